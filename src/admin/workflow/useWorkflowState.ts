'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import type { WorkflowAction } from '../../workflow/actions.js'
import type { WorkflowState } from '../../workflow/states.js'

export type WorkflowView = {
  state: WorkflowState
  revisionState: WorkflowState | null
  embargoUntil: string | null
  publishAt: string | null
  publishedAt: string | null
  needsRetrospectiveApproval: boolean
  updatedAt: string
  availableActions: WorkflowAction[]
}

export type ApiError = { errors?: { message?: string; code?: string }[] }

export const firstError = (body: ApiError, fallback: string): string =>
  body.errors?.[0]?.message ?? fallback

/** The item's workflow as the server sees it for this user: GET /api/<collection>/:id/workflow. */
export const useWorkflowState = () => {
  const { id, collectionSlug, savedDocumentData } = useDocumentInfo()
  // A save changes the item's version: the state is read again, so the next action is not refused as stale.
  const savedAt = (savedDocumentData as { updatedAt?: string } | undefined)?.updatedAt
  const { config } = useConfig()
  const base =
    id && collectionSlug ? `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}` : null
  const [view, setView] = useState<WorkflowView | null>(null)
  const [error, setError] = useState<string | null>(null)

  const reload = useCallback(async () => {
    if (!base) return
    const res = await fetch(`${base}/workflow`, { credentials: 'include' })
    const body = await res.json()
    if (res.ok) {
      setView(body as WorkflowView)
      setError(null)
    } else setError(firstError(body, res.statusText))
  }, [base])

  useEffect(() => {
    void reload()
  }, [reload, savedAt])

  return { base, collectionSlug, id, view, error, reload }
}
