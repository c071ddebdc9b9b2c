import type { CollectionAfterReadHook } from 'payload'

/** The API key never leaves the server after it is issued (only the rotate endpoint shows a new one, once). */
export const hideApiKey: CollectionAfterReadHook = ({ doc }) => {
  if (!doc || typeof doc !== 'object') return doc
  const { apiKey: _key, apiKeyIndex: _index, webhookSecret, ...rest } = doc as Record<string, unknown>
  return { ...rest, webhookSecretSet: Boolean(webhookSecret) }
}
