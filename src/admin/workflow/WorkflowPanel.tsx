'use client'
import { Button, useFormModified, useTranslation } from '@payloadcms/ui'
import { useRef, useState } from 'react'
import { ACTION_LABELS, type WorkflowAction } from '../../workflow/actions.js'
import { INPUT_LABELS, inputsFor } from '../../workflow/inputs.js'
import { AWAITING_SCHEDULER, STATE_LABELS } from '../../workflow/states.js'
import { formatTime, languageOf } from '../formatTime.js'
import { humasT, type HumasKey } from '../translations.js'
import { firstError, useWorkflowState } from './useWorkflowState.js'

type Draft = { reason: string; publishAt: string; changeNote: string; minor: boolean }
const EMPTY: Draft = { reason: '', publishAt: '', changeNote: '', minor: false }

/**
 * The edit view's workflow panel: the state, embargo and schedule, and only the actions the server
 * says this user may take now; a dialog asks for what the action needs (from src/workflow).
 */
export const WorkflowPanel = () => {
  const { i18n } = useTranslation<object, HumasKey>()
  const t = humasT(i18n)
  const lang = languageOf(i18n)
  const modified = useFormModified()
  const { base, view, error, reload } = useWorkflowState()
  const [action, setAction] = useState<WorkflowAction | null>(null)
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const [refusal, setRefusal] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const dialog = useRef<HTMLDialogElement>(null)

  if (!base)
    return (
      <section className="humas-workflow" aria-label={t('humas:workflowTitle')}>
        <h4>{t('humas:workflowTitle')}</h4>
        <p>{t('humas:saveFirst')}</p>
      </section>
    )
  if (!view)
    return (
      <section className="humas-workflow">
        <h4>{t('humas:workflowTitle')}</h4>
        <p role={error ? 'alert' : undefined}>{error ?? t('humas:loading')}</p>
      </section>
    )

  const inputs = action ? inputsFor(view, action) : []
  const open = (a: WorkflowAction) => {
    setAction(a)
    setDraft(EMPTY)
    setRefusal(null)
    dialog.current?.showModal()
  }
  const close = () => {
    dialog.current?.close()
    setAction(null)
  }
  const run = async () => {
    if (!action) return
    setBusy(true)
    setRefusal(null)
    const payload: Record<string, unknown> = { action, expectedUpdatedAt: view.updatedAt }
    if (inputs.includes('reason') || inputs.includes('publicNotice')) payload.reason = draft.reason
    if (inputs.includes('publishAt') && draft.publishAt)
      payload.publishAt = new Date(draft.publishAt).toISOString()
    if (inputs.includes('changeNote'))
      Object.assign(payload, { changeNote: draft.changeNote, minor: draft.minor })
    const res = await fetch(`${base}/workflow`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(payload),
    })
    const body = await res.json().catch(() => ({}))
    setBusy(false)
    if (!res.ok) {
      setRefusal(firstError(body, res.statusText))
      await reload()
      return
    }
    close()
    // The form shows the document as loaded; the new state, times and locks come with a fresh load.
    window.location.reload()
  }

  const stateLabel = STATE_LABELS[view.state][lang]
  return (
    <section
      className="humas-workflow"
      aria-label={t('humas:workflowTitle')}
      data-state={view.state}
    >
      <h4>{t('humas:workflowTitle')}</h4>
      <p className={`humas-state humas-state--${view.state}`} data-testid="workflow-state">
        {stateLabel}
      </p>
      <dl className="humas-facts">
        {view.embargoUntil && (
          <>
            <dt>{t('humas:embargoUntil')}</dt>
            <dd>{formatTime(view.embargoUntil, lang)}</dd>
          </>
        )}
        {view.publishAt && view.state === AWAITING_SCHEDULER && (
          <>
            <dt>{t('humas:publishAt')}</dt>
            <dd>{formatTime(view.publishAt, lang)}</dd>
          </>
        )}
        {view.publishedAt && (
          <>
            <dt>{t('humas:publishedAt')}</dt>
            <dd>{formatTime(view.publishedAt, lang)}</dd>
          </>
        )}
        {view.revisionState && (
          <>
            <dt>{t('humas:correction')}</dt>
            <dd>{STATE_LABELS[view.revisionState][lang]}</dd>
          </>
        )}
      </dl>
      {view.needsRetrospectiveApproval && (
        <p className="humas-warning">{t('humas:retrospective')}</p>
      )}
      {modified && view.availableActions.length > 0 && (
        <p className="humas-warning" role="status">
          {t('humas:unsavedChanges')}
        </p>
      )}
      {error && (
        <p role="alert" className="humas-error">
          {error}
        </p>
      )}
      <div className="humas-actions">
        {view.availableActions.length === 0 && <p>{t('humas:noActions')}</p>}
        {view.availableActions.map((a) => (
          <Button
            key={a}
            buttonStyle={
              a === 'publish' || a === 'approve' || a === 'submit' ? 'primary' : 'secondary'
            }
            size="medium"
            disabled={modified}
            onClick={() => open(a)}
          >
            {ACTION_LABELS[a][lang]}
          </Button>
        ))}
      </div>
      <dialog
        ref={dialog}
        className="humas-dialog"
        aria-labelledby="humas-dialog-title"
        onClose={() => setAction(null)}
      >
        {action && (
          // Not a <form>: the panel sits inside Payload's document form, and a nested form would submit that one.
          <div role="group" aria-labelledby="humas-dialog-title">
            <h3 id="humas-dialog-title">{ACTION_LABELS[action][lang]}</h3>
            {(inputs.includes('reason') || inputs.includes('publicNotice')) && (
              <label>
                {INPUT_LABELS[inputs.includes('reason') ? 'reason' : 'publicNotice'][lang]}
                <textarea
                  name="reason"
                  rows={4}
                  value={draft.reason}
                  onChange={(e) => setDraft({ ...draft, reason: e.target.value })}
                />
              </label>
            )}
            {inputs.includes('publishAt') && (
              <label>
                {INPUT_LABELS.publishAt[lang]}
                <input
                  type="datetime-local"
                  name="publishAt"
                  value={draft.publishAt}
                  onChange={(e) => setDraft({ ...draft, publishAt: e.target.value })}
                />
              </label>
            )}
            {inputs.includes('changeNote') && (
              <>
                <label>
                  {INPUT_LABELS.changeNote[lang]}
                  <textarea
                    name="changeNote"
                    rows={3}
                    value={draft.changeNote}
                    onChange={(e) => setDraft({ ...draft, changeNote: e.target.value })}
                  />
                </label>
                <label className="humas-inline">
                  <input
                    type="checkbox"
                    name="minor"
                    checked={draft.minor}
                    onChange={(e) => setDraft({ ...draft, minor: e.target.checked })}
                  />
                  {t('humas:minor')}
                </label>
              </>
            )}
            {refusal && (
              <p role="alert" className="humas-error">
                {refusal}
              </p>
            )}
            <div className="humas-actions">
              <Button
                type="button"
                buttonStyle="primary"
                size="medium"
                disabled={busy}
                onClick={() => void run()}
              >
                {t('humas:confirm')}
              </Button>
              <Button type="button" buttonStyle="secondary" size="medium" onClick={close}>
                {t('humas:cancel')}
              </Button>
            </div>
          </div>
        )}
      </dialog>
    </section>
  )
}
