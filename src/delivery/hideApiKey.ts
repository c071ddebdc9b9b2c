import type { CollectionAfterReadHook } from 'payload'

/** The API key never leaves the server after it is issued (only the rotate endpoint shows a new one, once). */
export const hideApiKey: CollectionAfterReadHook = ({ doc, context }) => {
  if (!doc || typeof doc !== 'object') return doc
  const {
    apiKey: _key,
    apiKeyIndex: _index,
    webhookSecret,
    ...rest
  } = doc as Record<string, unknown>
  // Only the webhook job (server-side context, never settable by a client) needs the secret to sign.
  if (context?.humasKeepSecrets === true) return { ...rest, webhookSecret }
  return { ...rest, webhookSecretSet: Boolean(webhookSecret) }
}
