import type { SanitizedConfig } from 'payload'

/**
 * `@payload-config` for the admin build. The admin is served by the express process that already
 * runs Payload (src/start.ts, instance key `default`), so the admin takes that instance's config
 * instead of bundling a second copy of the server into Next. Resolved on first use, never at build.
 */
type PayloadCache = Map<string, { payload?: { config: SanitizedConfig } }>

export const ADMIN_PAYLOAD_KEY = 'default'

const runningConfig = (): Promise<SanitizedConfig> => {
  const cached = (globalThis as { _payload?: PayloadCache })._payload?.get(ADMIN_PAYLOAD_KEY)
  if (cached?.payload) return Promise.resolve(cached.payload.config)
  return Promise.reject(
    new Error(
      'The admin needs the newsroom server: start it with `npm start` (src/start.ts), not `next start`.',
    ),
  )
}

const config = { then: (ok, fail) => runningConfig().then(ok, fail) } as Promise<SanitizedConfig>

export default config
