import type { Endpoint } from 'payload'
import { isAdmin, principalOf } from '../access/principal.js'
import { newApiKey } from './portalKeys.js'

export const REVEAL_KEY = 'humasRevealApiKey'

/**
 * POST /api/portal-clients/:id/rotate-key (admins): issues a new key, which stops the old one on the
 * next request, and shows the new key this once. It is never readable again.
 */
export const rotateKeyEndpoint: Endpoint = {
  path: '/:id/rotate-key',
  method: 'post',
  handler: async (req) => {
    if (!isAdmin(principalOf(req.user))) {
      return Response.json(
        {
          errors: [
            { code: 'FORBIDDEN', message: 'Hanya admin yang dapat membuat kunci API portal.' },
          ],
        },
        { status: 403 },
      )
    }
    const apiKey = newApiKey()
    // An unknown id throws NotFound (404), answered with its code by src/http/addErrorCodes.ts.
    const doc = await req.payload.update({
      collection: 'portal-clients',
      id: String(req.routeParams?.id),
      data: { enableAPIKey: true, apiKey },
      req,
      user: req.user,
      overrideAccess: false,
      depth: 0,
    })
    return Response.json(
      {
        id: doc.id,
        apiKey,
        message: 'Simpan kunci ini sekarang: kunci tidak dapat ditampilkan lagi.',
      },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
}
