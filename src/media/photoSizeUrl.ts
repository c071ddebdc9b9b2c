import type { PayloadRequest } from 'payload'

/** Where a size file is served (through the same access rule as the photo itself). */
export const photoSizeUrl = (req: PayloadRequest, filename: string): string =>
  `${req.payload.config.serverURL || ''}/api/photos/sizes/${encodeURIComponent(filename)}`
