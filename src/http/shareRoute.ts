import { createHash } from 'node:crypto'
import { Router } from 'express'
import type { Payload } from 'payload'
import { renderShareCard } from '../media/shareCard.js'
import { errorBody } from './errorCodes.js'
import { isNewsCollection } from '../workflow/newsCollections.js'
import { mediaStoreOf } from '../media/mediaStore.js'

type Doc = Record<string, unknown>
type PhotoDoc = {
  filename?: string
  updatedAt?: string
  sizes?: { og?: { filename?: string } }
} | null

const CARDS = 'share-cards'

/**
 * GET /share/:collection/:slug.jpg — the item's 1200×630 share card. Only public items have one. The
 * card is rendered once per (title, unit, photo, logo) and kept in the media store (disk or bucket); a
 * new title or photo gives a new card at the same address.
 */
export const shareRoute = (payload: Payload): Router => {
  const router = Router()
  const store = mediaStoreOf(payload)
  const readIfAny = (key: string | null): Promise<Buffer | null> =>
    key ? store.read(key).catch(() => null) : Promise.resolve(null)

  router.get('/share/:collection/:file', async (req, res, next) => {
    try {
      const collection = req.params.collection
      const slug = req.params.file.replace(/\.jpg$/, '')
      if (!isNewsCollection(collection) || !req.params.file.endsWith('.jpg'))
        return void res.status(404).json(errorBody('NOT_FOUND', 'Gambar tidak ditemukan.'))
      // Read as the public: a card exists only for what the public may see.
      const found = await payload.find({
        collection: collection as 'press-releases',
        where: { slug: { equals: slug } },
        depth: 2,
        limit: 1,
        overrideAccess: false,
      })
      const doc = found.docs[0] as Doc | undefined
      if (!doc) return void res.status(404).json(errorBody('NOT_FOUND', 'Gambar tidak ditemukan.'))
      const photo = doc.featuredPhoto as PhotoDoc
      const unit = doc.unit as { name?: string; logo?: PhotoDoc } | null
      const photoFile = photo?.sizes?.og?.filename ?? photo?.filename ?? null
      const logoFile = unit?.logo?.filename ?? null
      const key = createHash('sha256')
        .update(JSON.stringify([doc.title, unit?.name, photoFile, photo?.updatedAt, logoFile]))
        .digest('hex')
        .slice(0, 16)
      const etag = `"${key}"`
      res.set({
        'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600',
        ETag: etag,
        'Content-Type': 'image/jpeg',
      })
      if (req.headers['if-none-match'] === etag) return void res.status(304).end()
      const cached = `${CARDS}/${collection}-${doc.id}-${key}.jpg`
      let card = await readIfAny(cached)
      if (!card) {
        card = await renderShareCard({
          title: String(doc.title),
          unitName: unit?.name ?? 'Humas',
          photo: await readIfAny(photoFile),
          logo: await readIfAny(logoFile),
        })
        const stale = await store.list(`${CARDS}/${collection}-${doc.id}-`)
        await Promise.all(stale.map((f) => store.remove(f)))
        await store.write(cached, card, 'image/jpeg')
      }
      res.send(card)
    } catch (error) {
      next(error)
    }
  })
  return router
}
