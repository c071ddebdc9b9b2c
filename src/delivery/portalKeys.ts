import crypto from 'node:crypto'

export const PORTAL_AUTH_PREFIX = 'portal-clients API-Key '

/** A new API key: 32 random bytes, URL-safe. */
export const newApiKey = (): string => `hpk_${crypto.randomBytes(32).toString('base64url')}`

/** The index Payload stores for an API key (HMAC-SHA256 with the server secret), never the key itself. */
export const apiKeyIndexOf = (apiKey: string, secret: string): string =>
  crypto.createHmac('sha256', secret).update(apiKey).digest('hex')
