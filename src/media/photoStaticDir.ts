import type { Payload } from 'payload'

/** Where photo files live (the upload directory Payload was configured with). */
export const photoStaticDir = (payload: Payload): string =>
  String((payload.collections.photos.config.upload as { staticDir: string }).staticDir)
