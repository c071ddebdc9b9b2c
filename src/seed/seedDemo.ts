import type { CollectionSlug, Payload, Where } from 'payload'
import { WORKFLOW_CONTEXT } from '../workflow/ownedFields.js'
import { placeholderPhoto } from '../media/placeholderPhoto.js'
import * as demo from './demoData.js'
import { paragraphsToLexical } from './lexical.js'
import { backfillPublicBodies } from '../delivery/backfillPublicBodies.js'

type Id = string | number
type Progress = (message: string) => void

/**
 * Seeds the demo newsroom. Idempotent: every item is looked up by a natural key (slug, email,
 * title) and created only when missing. This runs as the system, not on behalf of a user.
 */
export const seedDemo = async (
  payload: Payload,
  progress: Progress = () => undefined,
): Promise<{ created: number; skipped: number }> => {
  const now = new Date()
  const ids = new Map<string, Id>()
  let created = 0
  let skipped = 0
  const total =
    demo.demoUnits.length +
    demo.demoUsers.length +
    demo.demoSpokespeople.length +
    demo.demoTopics.length +
    demo.demoPhotos.length +
    demo.demoAgenda.length +
    demo.demoPressReleases.length +
    demo.demoCoverage.length
  let step = 0

  const ensure = async (
    collection: CollectionSlug,
    key: string,
    where: Where,
    make: () => Promise<Record<string, unknown>>,
    file?: () => Promise<Buffer>,
  ) => {
    step++
    const found = await payload.find({ collection, where, limit: 1, depth: 0 })
    if (found.docs[0]) {
      ids.set(`${collection}:${key}`, found.docs[0].id)
      skipped++
      return found.docs[0].id
    }
    const data = await make()
    const bytes = file ? await file() : undefined
    const doc = await payload.create({
      collection,
      data: data as never,
      depth: 0,
      // Demo items arrive in their workflow states as imported history, not through transitions.
      context: { [WORKFLOW_CONTEXT]: true },
      ...(bytes
        ? { file: { data: bytes, mimetype: 'image/jpeg', name: `${key}.jpg`, size: bytes.length } }
        : {}),
    })
    ids.set(`${collection}:${key}`, doc.id)
    created++
    progress(`[seed ${step}/${total}] ${collection}: ${key}`)
    return doc.id
  }
  const ref = (collection: string, key: string | null | undefined): Id | null =>
    key ? (ids.get(`${collection}:${key}`) ?? null) : null
  const refs = (collection: string, keys: readonly string[]): Id[] =>
    keys.map((k) => ref(collection, k)).filter((v): v is Id => v !== null)

  for (const u of demo.demoUnits) {
    await ensure('units', u.key, { name: { equals: u.name } }, async () => ({
      name: u.name,
      type: u.type,
      regionCode: u.regionCode,
      parent: ref('units', u.parent),
      timezone: 'Asia/Jakarta',
      publicContact: u.contact,
    }))
  }
  for (const u of demo.demoUsers) {
    await ensure('users', u.key, { email: { equals: u.email } }, async () => ({
      email: u.email,
      name: u.name,
      role: u.role,
      unit: ref('units', u.unit),
      position: u.position,
      nip: u.nip,
      password: demo.DEMO_PASSWORDS[u.role],
    }))
  }
  for (const s of demo.demoSpokespeople) {
    const { key, ...fields } = s
    await ensure(
      'spokespeople',
      key,
      { and: [{ name: { equals: s.name } }, { position: { equals: s.position } }] },
      async () => ({
        ...fields,
        unit: ref('units', s.unit),
      }),
    )
  }
  for (const t of demo.demoTopics) {
    await ensure('topics', t.key, { name: { equals: t.name } }, async () => ({
      name: t.name,
      kind: t.kind,
    }))
  }
  for (const p of demo.demoPhotos) {
    await ensure(
      'photos',
      p.key,
      { alt: { equals: p.alt } },
      async () => ({
        alt: p.alt,
        caption: p.caption,
        credit: p.credit,
        unit: ref('units', p.unit),
        isPublic: p.isPublic,
        containsMinors: 'containsMinors' in p ? p.containsMinors : false,
        consentRecorded: 'consentRecorded' in p ? p.consentRecorded : false,
        takenAt: now.toISOString(),
        place: 'Jawa Timur',
      }),
      () => placeholderPhoto(p.label, p.hue),
    )
  }
  for (const a of demo.demoAgenda) {
    await ensure('agenda', a.key, { title: { equals: a.title } }, async () => ({
      title: a.title,
      unit: ref('units', a.unit),
      startsAt: demo.hoursFromNow(now, a.startOffset),
      endsAt: demo.hoursFromNow(now, a.startOffset + a.hours),
      timezone: 'Asia/Jakarta',
      location: a.location,
      status: a.status,
      visibility: a.visibility,
      officials: refs('spokespeople', a.officials),
      representedBy: ref('spokespeople', a.representedBy),
      protocolNotes: a.protocolNotes,
    }))
  }
  const author = ref('users', 'writer')
  const editorialData = (
    item: (typeof demo.demoPressReleases)[number] | (typeof demo.demoCoverage)[number],
  ) => {
    const published =
      'publishedOffset' in item ? demo.hoursFromNow(now, item.publishedOffset) : undefined
    return {
      title: item.title,
      summary: item.summary,
      datelineCity: item.dateline,
      body: paragraphsToLexical([...item.body]),
      unit: ref('units', item.unit),
      topics: refs('topics', item.topics),
      spokespeople: refs('spokespeople', item.spokespeople),
      featuredPhoto: 'photo' in item ? ref('photos', item.photo) : null,
      workflowStatus: item.state,
      publishedAt: published,
      embargoUntil:
        'embargoOffset' in item ? demo.hoursFromNow(now, item.embargoOffset) : undefined,
      publishAt:
        'publishAtOffset' in item ? demo.hoursFromNow(now, item.publishAtOffset) : undefined,
      syndicated: 'syndicated' in item ? item.syndicated : false,
      internalNotes: 'internalNotes' in item ? item.internalNotes : undefined,
      withdrawal:
        'withdrawalReason' in item
          ? { reason: item.withdrawalReason, withdrawnAt: demo.hoursFromNow(now, -2) }
          : undefined,
      createdBy: author,
      lastEditedBy: author,
      mediaContact: {
        name: 'Bambang Sutrisno',
        phone: '0812-3000-4567',
        email: 'humas@jatimprov.go.id',
      },
    }
  }
  for (const item of demo.demoPressReleases) {
    await ensure('press-releases', item.key, { title: { equals: item.title } }, async () =>
      editorialData(item),
    )
  }
  for (const item of demo.demoCoverage) {
    await ensure('event-coverage', item.key, { title: { equals: item.title } }, async () => ({
      ...editorialData(item),
      agendaEvent: ref('agenda', item.agenda),
      phase: item.phase,
      officialsPresent: refs('spokespeople', item.officialsPresent),
      representedBy: ref('spokespeople', item.representedBy),
      location: item.location,
    }))
  }
  // Imported in their published state, not through a transition: render their public body now.
  await backfillPublicBodies(payload)
  return { created, skipped }
}
