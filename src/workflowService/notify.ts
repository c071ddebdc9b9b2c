import { apiBaseOf } from '../config/publicUrls.js'
import type { PayloadRequest } from 'payload'
import { loadParents } from '../access/loadUnitScope.js'
import { ancestorsOf } from '../units/unitTree.js'
import { ACTION_LABELS } from '../workflow/actions.js'
import { recipientsFor } from '../workflow/recipients.js'
import type { Outcome } from '../workflow/types.js'
import { idString } from '../util/idOf.js'
import type { NewsItem } from '../workflow/newsCollections.js'
import type { User } from '../payload-types.js'

/** Emails people after a transition: editors of the unit on submit, the author on the editor's decisions. */
export const notifyAfterTransition = async (
  req: PayloadRequest,
  collection: string,
  doc: NewsItem,
  outcome: Outcome,
): Promise<void> => {
  const who = recipientsFor(outcome.action)
  if (who === 'nobody') return
  let to: User[] = []
  if (who === 'author') {
    const authorId = idString(doc.createdBy)
    const author = authorId
      ? await req.payload.findByID({
          collection: 'users',
          id: authorId,
          depth: 0,
          disableErrors: true,
        })
      : null
    to = author ? [author] : []
  } else {
    const unit = idString(doc.unit)
    if (!unit) return
    const units = [unit, ...ancestorsOf(unit, await loadParents(req))]
    const editors = await req.payload.find({
      collection: 'users',
      where: { and: [{ role: { equals: 'editor' } }, { unit: { in: units } }] },
      depth: 0,
      limit: 100,
    })
    to = editors.docs
  }
  const actorName = req.user?.name ?? 'Penjadwal sistem'
  const link = `${apiBaseOf(req.payload)}/admin/collections/${collection}/${doc.id}`
  const verb = ACTION_LABELS[outcome.action].noun
  for (const user of to) {
    if (req.user && String(user.id) === String(req.user.id)) continue
    await req.payload.sendEmail({
      to: user.email,
      subject: `[Humas] "${doc.title}" ${verb}`,
      text: [
        `Yth. ${user.name ?? user.email},`,
        '',
        `Naskah "${doc.title}" telah ${verb} oleh ${actorName}.`,
        outcome.reason ? `Catatan: ${outcome.reason}` : '',
        '',
        `Buka naskah: ${link}`,
        '',
        'Pesan ini dikirim otomatis oleh Humas Newsroom.',
      ]
        .filter((line, i, all) => line !== '' || all[i - 1] !== '')
        .join('\n'),
    })
  }
}
