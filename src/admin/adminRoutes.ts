import compression from 'compression'
import express, { type Router } from 'express'
import helmet from 'helmet'
import nextModule from 'next'
import { adminAppDir } from './adminSettings.js'
import { preferIndonesian } from './preferIndonesian.js'

/** `next` is CommonJS (`module.exports = createServer`); its types describe an ES module with a default export. */
const createNextServer = nextModule as unknown as typeof nextModule.default

/**
 * Payload's admin (a Next.js app built into `.next`) served at /admin by our express process,
 * beside /api. Next renders with the Payload instance this process runs (src/admin/runningConfig.ts).
 */
export const adminRoutes = async (): Promise<{ router: Router; close: () => Promise<void> }> => {
  const nextApp = createNextServer({ dev: false, dir: adminAppDir(), quiet: true })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()

  const router = express.Router()
  router.use(
    ['/admin', '/_next'],
    // Next's pages carry inline bootstrap scripts and styles: a CSP of their own, still same-origin only.
    helmet({
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'", "'unsafe-inline'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'frame-src': ["'self'"],
          'connect-src': ["'self'"],
        },
      },
    }),
    compression(),
    preferIndonesian,
  )
  router.all(['/admin', '/admin/{*rest}', '/_next/{*rest}'], (req, res) => handle(req, res))
  return { router, close: () => nextApp.close() }
}
