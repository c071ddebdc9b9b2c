import { createLocalReq, type Payload, type TypedUser, type Where } from 'payload'
import type { I18nClient } from '@payloadcms/translations'
import { isRole } from '../../access/roles.js'
import { DEFAULT_TIMEZONE } from '../../config/timezones.js'
import { loadUnitScope } from '../../access/loadUnitScope.js'
import { AWAITING_SCHEDULER, STATE_LABELS, isWorkflowState } from '../../workflow/states.js'
import { idOf } from '../../util/idOf.js'
import {
  NEWS_COLLECTIONS,
  type NewsCollection,
  type NewsItem,
} from '../../workflow/newsCollections.js'
import { formatTime, languageOf } from '../formatTime.js'
import { humasT, type HumasKey } from '../translations.js'
import { deskWheres, todayAgendaWhere, type DeskUser } from './deskQueries.js'

type Props = { payload: Payload; user?: TypedUser | null; i18n: I18nClient<object, HumasKey> }
type Row = Pick<
  NewsItem,
  'id' | 'title' | 'workflowStatus' | 'updatedAt' | 'publishAt' | 'embargoUntil' | 'unit'
> & { collection: NewsCollection }

/** The news desk above the collection cards: what this person should look at first today. */
export const NewsDesk = async ({ payload, user, i18n }: Props) => {
  // Portal clients never reach the admin; staff only.
  const raw = user?.collection === 'users' ? user : null
  if (!raw || !isRole(raw.role)) return null
  const t = humasT(i18n)
  const lang = languageOf(i18n)
  const me: DeskUser = { id: raw.id, role: raw.role, unit: idOf(raw.unit) }
  const req = await createLocalReq({ user: raw }, payload)
  const now = new Date()
  const wheres = deskWheres(me, await loadUnitScope(req), now)

  const find = async (where: Where | null, sort: string): Promise<Row[]> => {
    if (!where) return []
    const results = await Promise.all(
      NEWS_COLLECTIONS.map((collection) =>
        payload
          .find({
            collection,
            where,
            sort,
            limit: 20,
            depth: 1,
            user: raw,
            overrideAccess: false,
            select: {
              title: true,
              workflowStatus: true,
              updatedAt: true,
              publishAt: true,
              embargoUntil: true,
              unit: true,
            },
          })
          .then((r) => r.docs.map((d) => ({ ...d, collection }))),
      ),
    )
    return results.flat()
  }
  const [waiting, drafts, scheduled] = await Promise.all([
    find(wheres.waitingReview, 'updatedAt'),
    find(wheres.myDrafts, '-updatedAt'),
    find(wheres.scheduled, 'publishAt'),
  ])
  const myUnit =
    me.unit === null
      ? null
      : await payload.findByID({
          collection: 'units',
          id: me.unit,
          depth: 0,
          user: raw,
          overrideAccess: false,
          disableErrors: true,
          req,
        })
  // Rendered on the server: times are shown in the unit's zone (WIB, WITA or WIT).
  const zone = myUnit?.timezone ?? DEFAULT_TIMEZONE
  const agenda =
    me.unit === null
      ? []
      : (
          await payload.find({
            collection: 'agenda',
            where: todayAgendaWhere(me.unit, now, zone),
            sort: 'startsAt',
            limit: 50,
            depth: 0,
            user: raw,
            overrideAccess: false,
          })
        ).docs
  const admin = payload.config.routes.admin

  const table = (rows: Row[], testId: string, time?: (r: Row) => string) =>
    rows.length === 0 ? (
      <p className="humas-muted">{t('humas:nothing')}</p>
    ) : (
      <ul className="humas-desk-list" data-testid={testId}>
        {rows.map((r) => (
          <li key={`${r.collection}-${r.id}`}>
            <a href={`${admin}/collections/${r.collection}/${r.id}`}>{r.title}</a>
            <span className={`humas-state humas-state--${r.workflowStatus}`}>
              {isWorkflowState(r.workflowStatus) ? STATE_LABELS[r.workflowStatus][lang] : ''}
            </span>
            <span className="humas-muted">{typeof r.unit === 'object' ? r.unit.name : ''}</span>
            {time && <span className="humas-muted">{time(r)}</span>}
          </li>
        ))}
      </ul>
    )

  return (
    <div className="humas-desk">
      <h2>{t('humas:dashboardTitle')}</h2>
      <div className="humas-desk-grid">
        {wheres.waitingReview && (
          <section>
            <h3>
              {t('humas:waitingReview')} ({waiting.length})
            </h3>
            {table(waiting, 'desk-waiting-review')}
          </section>
        )}
        <section>
          <h3>
            {t('humas:myDrafts')} ({drafts.length})
          </h3>
          {table(drafts, 'desk-my-drafts')}
        </section>
        <section>
          <h3>
            {t('humas:scheduled')} ({scheduled.length})
          </h3>
          {table(scheduled, 'desk-scheduled', (r) =>
            [
              r.workflowStatus === AWAITING_SCHEDULER
                ? `${t('humas:publishAt')}: ${formatTime(r.publishAt, lang, zone)}`
                : '',
              r.embargoUntil
                ? `${t('humas:embargoUntil')}: ${formatTime(r.embargoUntil, lang, zone)}`
                : '',
            ]
              .filter(Boolean)
              .join(' · '),
          )}
        </section>
        <section>
          <h3>
            {t('humas:todayAgenda')} ({agenda.length})
          </h3>
          {agenda.length === 0 ? (
            <p className="humas-muted">{t('humas:nothing')}</p>
          ) : (
            <ul className="humas-desk-list" data-testid="desk-agenda">
              {agenda.map((a) => {
                return (
                  <li key={a.id}>
                    <a href={`${admin}/collections/agenda/${a.id}`}>{a.title}</a>
                    <span className="humas-muted">{formatTime(a.startsAt, lang, zone)}</span>
                    <span className="humas-muted">{a.location ?? ''}</span>
                  </li>
                )
              })}
            </ul>
          )}
        </section>
      </div>
    </div>
  )
}
