'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { ACTION_LABELS, isWorkflowAction } from '../../workflow/actions.js'
import { isWorkflowState, STATE_LABELS } from '../../workflow/states.js'
import { formatTime, languageOf } from '../formatTime.js'
import { humasT, type HumasKey } from '../translations.js'

type Entry = {
  id: string
  at: string
  actorName?: string
  action: string
  from?: string
  to?: string
  reason?: string
}
type Note = { id?: string; note: string; at: string }

/** The item's history: what was done to it (audit log) and its public change notes. */
export const HistoryPanel = () => {
  const { i18n } = useTranslation<object, HumasKey>()
  const t = humasT(i18n)
  const lang = languageOf(i18n)
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const [entries, setEntries] = useState<Entry[] | null>(null)
  const [notes, setNotes] = useState<Note[]>([])

  useEffect(() => {
    if (!id || !collectionSlug) return
    const api = `${config.serverURL}${config.routes.api}`
    const where = `where[targetCollection][equals]=${encodeURIComponent(collectionSlug)}&where[documentId][equals]=${encodeURIComponent(String(id))}&where[outcome][equals]=done`
    void fetch(`${api}/audit-log?${where}&sort=-at&limit=50&depth=0`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : { docs: [] }))
      .then((b: { docs: Entry[] }) => setEntries(b.docs))
    void fetch(`${api}/${collectionSlug}/${id}?depth=0&select[changeNotes]=true`, {
      credentials: 'include',
    })
      .then((r) => (r.ok ? r.json() : {}))
      .then((b: { changeNotes?: Note[] }) => setNotes(b.changeNotes ?? []))
  }, [id, collectionSlug, config])

  if (!id) return null
  // The audit log writes a correction's states as `approved (koreksi)`: name the state, keep the mark.
  const stateName = (s?: string) => {
    const [, state = s ?? '', mark = ''] = /^(\w+)( \(koreksi\))?$/.exec(s ?? '') ?? []
    const name = isWorkflowState(state) ? STATE_LABELS[state][lang] : state
    return mark ? `${name} (${lang === 'en' ? 'correction' : 'koreksi'})` : name
  }
  return (
    <section className="humas-history" aria-label={t('humas:historyTitle')}>
      <h3>{t('humas:historyTitle')}</h3>
      {entries === null && <p>{t('humas:loading')}</p>}
      {entries?.length === 0 && <p>{t('humas:historyEmpty')}</p>}
      <ol className="humas-timeline">
        {entries?.map((e) => (
          <li key={e.id}>
            <time dateTime={e.at}>{formatTime(e.at, lang)}</time>{' '}
            <strong>{isWorkflowAction(e.action) ? ACTION_LABELS[e.action][lang] : e.action}</strong>{' '}
            {t('humas:by')} {e.actorName ?? '—'}
            {e.from && e.to && e.from !== e.to && (
              <span className="humas-muted">
                {' '}
                ({stateName(e.from)} → {stateName(e.to)})
              </span>
            )}
            {e.reason && <blockquote>{e.reason}</blockquote>}
          </li>
        ))}
      </ol>
      {notes.length > 0 && (
        <>
          <h4>{t('humas:changeNotesTitle')}</h4>
          <ul className="humas-timeline">
            {notes.map((n, i) => (
              <li key={n.id ?? i}>
                <time dateTime={n.at}>{formatTime(n.at, lang)}</time> {n.note}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
