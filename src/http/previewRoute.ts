import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { Router } from 'express'
import { createLocalReq, type Payload, type Where } from 'payload'
import { loadUnitScope } from '../access/loadUnitScope.js'
import { principalOf } from '../access/principal.js'
import { previewNews } from '../access/rules.js'
import { isPlausibleId } from '../access/queryAllowList.js'
import { isWorkflowState, STATE_LABELS } from '../workflow/states.js'
import { escapeMarkup as esc } from '../util/escapeMarkup.js'
import { errorBody } from './errorCodes.js'
import { isNewsCollection, type NewsItem } from '../workflow/newsCollections.js'

const page = (doc: NewsItem, correction: boolean): string => {
  const state = isWorkflowState(doc.workflowStatus) ? STATE_LABELS[doc.workflowStatus].id : ''
  const body =
    doc.body && typeof doc.body === 'object' && 'root' in doc.body
      ? convertLexicalToHTML({ data: doc.body, disableContainer: true })
      : ''
  // Depth 1 populates the photo and the unit (an id is left where access hides one).
  const photo = typeof doc.featuredPhoto === 'object' ? doc.featuredPhoto : null
  const unit = typeof doc.unit === 'object' ? doc.unit : null
  const embargo =
    typeof doc.embargoUntil === 'string'
      ? `<p class="embargo">Embargo hingga ${esc(new Date(doc.embargoUntil).toLocaleString('id-ID', { timeZone: 'Asia/Jakarta' }))} WIB</p>`
      : ''
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="robots" content="noindex,nofollow"><title>Pratinjau: ${esc(String(doc.title ?? ''))}</title>
<style>body{font-family:Georgia,serif;max-width:760px;margin:0 auto;padding:0 1rem 3rem;line-height:1.6;color:#222}.banner{font-family:system-ui,sans-serif;background:#fff4d6;border-bottom:2px solid #e0a800;padding:.6rem 1rem;margin:0 -1rem 1.5rem}.embargo{font-family:system-ui,sans-serif;color:#a33}img{max-width:100%}figcaption,.meta{font-family:system-ui,sans-serif;font-size:.85rem;color:#555}</style></head>
<body><div class="banner" role="note"><strong>PRATINJAU</strong> — ${correction ? 'koreksi yang belum terbit' : 'belum terbit'} (status: ${esc(state)}). Halaman ini hanya dapat dibuka staf unit penerbit.</div>
<p class="meta">${esc(unit?.name ?? '')}</p><h1>${esc(String(doc.title ?? ''))}</h1>${embargo}
${doc.summary ? `<p><strong>${esc(String(doc.datelineCity ?? '')).toUpperCase()}${doc.datelineCity ? ' — ' : ''}</strong>${esc(String(doc.summary))}</p>` : ''}
${photo?.url ? `<figure><img src="${esc(photo.url)}" alt="${esc(photo.alt ?? '')}"><figcaption>${esc(photo.caption ?? '')} ${photo.credit ? `(Foto: ${esc(photo.credit)})` : ''}</figcaption></figure>` : ''}
<article>${body}</article></body></html>`
}

/**
 * GET /preview/:collection/:id — how an unpublished item (or the pending correction of a published
 * one) will read, for logged-in staff of its unit only (the admin session cookie). Never cached.
 */
export const previewRoute = (payload: Payload): Router => {
  const router = Router()
  router.get('/preview/:collection/:id', async (req, res, next) => {
    try {
      res.set({ 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' })
      const collection = req.params.collection
      if (!isNewsCollection(collection))
        return void res.status(404).json(errorBody('NOT_FOUND', 'Halaman tidak ditemukan.'))
      if (!isPlausibleId(payload.db.defaultIDType === 'number' ? 'number' : 'text', req.params.id))
        return void res
          .status(404)
          .json(errorBody('NOT_FOUND', 'Naskah tidak ditemukan atau bukan milik unit Anda.'))
      const { user } = await payload.auth({
        headers: new Headers(req.headers as Record<string, string>),
      })
      if (!user)
        return void res.redirect(
          302,
          `${payload.config.routes.admin}/login?redirect=${encodeURIComponent(req.originalUrl)}`,
        )
      const localReq = await createLocalReq({ user }, payload)
      const rule = previewNews(principalOf(user), await loadUnitScope(localReq))
      if (rule === false)
        return void res
          .status(404)
          .json(errorBody('NOT_FOUND', 'Naskah tidak ditemukan atau bukan milik unit Anda.'))
      const where: Where =
        rule === true
          ? { id: { equals: req.params.id } }
          : { and: [{ id: { equals: req.params.id } }, rule] }
      const found = await payload.find({
        collection,
        where,
        depth: 1,
        limit: 1,
        user,
        overrideAccess: false,
        req: localReq,
      })
      const doc = found.docs[0]
      if (!doc)
        return void res
          .status(404)
          .json(errorBody('NOT_FOUND', 'Naskah tidak ditemukan atau bukan milik unit Anda.'))
      const revision = doc.revision
      res.type('html').send(
        revision?.data
          ? page(
              {
                ...doc,
                // A correction holds the item's own content fields.
                ...(revision.data as Partial<NewsItem>),
                unit: doc.unit,
                featuredPhoto: doc.featuredPhoto,
              },
              true,
            )
          : page(doc, false),
      )
    } catch (err) {
      next(err)
    }
  })
  return router
}
