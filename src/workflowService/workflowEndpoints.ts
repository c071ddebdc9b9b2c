import { addDataAndFileToRequest, type Endpoint, type PayloadHandler } from 'payload'
import { describeWorkflow, performTransition } from './performTransition.js'
import type { NewsCollection } from '../workflow/newsCollections.js'
import { errorBody } from '../http/errorCodes.js'

const errorResponse = (f: { status: number; code: string; message: string }) =>
  Response.json(errorBody(f.code, f.message), { status: f.status })

const post =
  (collection: NewsCollection): PayloadHandler =>
  async (req) => {
    await addDataAndFileToRequest(req)
    const body = (req.data ?? {}) as Record<string, unknown>
    if (typeof body !== 'object' || Array.isArray(body))
      return errorResponse({
        status: 400,
        code: 'BAD_REQUEST',
        message: 'Badan permintaan harus berupa objek JSON.',
      })
    const input = {
      action: String(body.action ?? ''),
      reason: typeof body.reason === 'string' ? body.reason : undefined,
      publishAt: typeof body.publishAt === 'string' ? body.publishAt : undefined,
      changeNote: typeof body.changeNote === 'string' ? body.changeNote : undefined,
      minor: body.minor === true,
      expectedUpdatedAt:
        typeof body.expectedUpdatedAt === 'string' ? body.expectedUpdatedAt : undefined,
    }
    const result = await performTransition({
      collection,
      id: String(req.routeParams?.id),
      input,
      req,
    })
    return result.ok
      ? Response.json({ doc: result.doc, availableActions: result.availableActions })
      : errorResponse(result)
  }

const get =
  (collection: NewsCollection): PayloadHandler =>
  async (req) => {
    const result = await describeWorkflow(collection, String(req.routeParams?.id), req)
    if (!result.ok) return errorResponse(result)
    const { ok: _ok, ...state } = result
    return Response.json(state, { headers: { 'Cache-Control': 'private, no-store' } })
  }

/** POST/GET /api/<collection>/:id/workflow */
export const workflowEndpoints = (collection: NewsCollection): Endpoint[] => [
  { path: '/:id/workflow', method: 'post', handler: post(collection) },
  { path: '/:id/workflow', method: 'get', handler: get(collection) },
]
