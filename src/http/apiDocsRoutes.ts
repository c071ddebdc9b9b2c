import { escapeMarkup as esc } from '../util/escapeMarkup.js'
import { Router } from 'express'
import type { Payload } from 'payload'
import { buildOpenApi } from '../delivery/openapi.js'

/** GET /api/openapi.json and a readable page at /api/docs (self-contained: no scripts, no CDN). */
export const apiDocsRoutes = (payload: Payload): Router => {
  const router = Router()
  const doc = () => buildOpenApi(payload.config.serverURL || '')
  router.get('/api/openapi.json', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=300').json(doc())
  })
  router.get('/api/docs', (_req, res) => {
    const d = doc()
    const rows = Object.entries(
      d.paths as Record<string, Record<string, { summary?: string; description?: string }>>,
    )
      .flatMap(([path, ops]) =>
        Object.entries(ops).map(
          ([method, op]) =>
            `<tr><td><code>${method.toUpperCase()}</code></td><td><code>${esc(path)}</code></td><td>${esc(op.summary ?? '')}${op.description ? `<br><small>${esc(op.description)}</small>` : ''}</td></tr>`,
        ),
      )
      .join('\n')
    const hook = d.webhooks.publicationEvent.post
    res.set('Cache-Control', 'public, max-age=300').type('html')
      .send(`<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${esc(d.info.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;line-height:1.5}table{border-collapse:collapse;width:100%}td{border-top:1px solid #ddd;padding:.4rem;vertical-align:top}code{background:#f3f3f3;padding:0 .2rem}</style></head>
<body><h1>${esc(d.info.title)}</h1><p>${esc(d.info.description)}</p>
<p>Deskripsi mesin: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${d.openapi}).</p>
<h2>Autentikasi</h2><p><code>Authorization: portal-clients API-Key &lt;kunci&gt;</code> — ${esc(d.components.securitySchemes.portalApiKey.description)}</p>
<h2>Endpoint</h2><table>${rows}</table>
<h2>Webhook</h2><p>${esc(hook.summary)}. ${esc(hook.description)}</p>
</body></html>`)
  })
  return router
}
