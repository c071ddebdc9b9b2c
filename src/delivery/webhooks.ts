import { randomUUID } from 'node:crypto'
import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import { publicItemUrl, siteBaseOf } from '../config/publicUrls.js'
import { signWebhook } from './webhookSignature.js'
import { isUnderEmbargo } from '../workflow/embargo.js'
import type { NewsCollection } from '../workflow/newsCollections.js'

export const WEBHOOK_QUEUE = 'webhooks'
export const DELIVER_TASK = 'deliverWebhook'
export type WebhookEvent = 'publish' | 'correction' | 'withdraw' | 'embargo-lifted'
type Input = {
  clientId: string
  event: WebhookEvent
  collection: NewsCollection
  id: string
  deliveryId?: string
}
type Client = {
  id: string | number
  webhookUrl?: string
  webhookSecret?: string
  active?: boolean
  expiresAt?: string
  receivesEmbargoed?: boolean
}

/** Clients that want webhooks (the delivery job checks, per item, whether each may see it). */
const subscribers = async (payload: Payload, req: PayloadRequest): Promise<Client[]> =>
  // Who subscribed is configuration, read as the system.
  (
    await payload.find({
      collection: 'portal-clients',
      where: { and: [{ active: { equals: true } }, { webhookUrl: { exists: true } }] },
      limit: 1000,
      depth: 0,
      req,
      showHiddenFields: true,
      context: { humasKeepSecrets: true },
    })
  ).docs as unknown as Client[]

/**
 * Queues one delivery per subscribed portal, in the caller's transaction. An item under embargo also
 * queues "embargo-lifted" for the moment the embargo ends, for portals that could not see it before.
 */
export const queueWebhooks = async (
  req: PayloadRequest,
  collection: Input['collection'],
  doc: { id: string | number; embargoUntil?: unknown },
  event: WebhookEvent,
): Promise<void> => {
  const clients = await subscribers(req.payload, req)
  const now = new Date()
  const underEmbargo = isUnderEmbargo(doc.embargoUntil, now)
  for (const client of clients) {
    // Each delivery gets its own id, sent as X-Humas-Delivery on every attempt: delivery is
    // at-least-once (a retry after a lost answer, a job taken over from a dead instance), and the
    // id lets a portal ignore a repeat.
    const input = {
      clientId: String(client.id),
      event,
      collection,
      id: String(doc.id),
      deliveryId: randomUUID(),
    }
    await req.payload.jobs.queue({
      task: DELIVER_TASK as never,
      input: input as never,
      queue: WEBHOOK_QUEUE,
      req,
    })
    if (event === 'publish' && underEmbargo && !client.receivesEmbargoed) {
      await req.payload.jobs.queue({
        task: DELIVER_TASK as never,
        input: { ...input, event: 'embargo-lifted', deliveryId: randomUUID() } as never,
        queue: WEBHOOK_QUEUE,
        waitUntil: new Date(String(doc.embargoUntil)),
        req,
      })
    }
  }
}

/**
 * The delivery job: reads the item as the portal client (the one access rule decides whether it may
 * hear of it), signs the body, POSTs it, and logs the attempt. A failure throws, and the jobs queue
 * retries with exponential backoff: 12 retries from 30 s double to more than a day in all.
 */
export const deliverWebhookTask = (retryDelayMs: number): TaskConfig => ({
  slug: DELIVER_TASK,
  label: 'Kirim webhook ke portal',
  retries: { attempts: 12, backoff: { type: 'exponential', delay: retryDelayMs } },
  inputSchema: [
    { name: 'clientId', type: 'text', required: true },
    { name: 'event', type: 'text', required: true },
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    // Not required: jobs queued before it existed fall back to their job id.
    { name: 'deliveryId', type: 'text' },
  ],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  handler: async ({ input, job, req }) => {
    const { clientId, event, collection, id, deliveryId } = input as Input
    const payload = req.payload
    const client = (await payload.findByID({
      collection: 'portal-clients',
      id: clientId,
      depth: 0,
      disableErrors: true,
      req,
      showHiddenFields: true,
      context: { humasKeepSecrets: true },
    })) as unknown as Client | null
    if (
      !client?.webhookUrl ||
      client.active !== true ||
      (client.expiresAt && new Date(client.expiresAt) <= new Date())
    )
      return { output: { outcome: 'no-subscriber' } }
    const asClient = { ...client, collection: 'portal-clients' }
    const visible = await payload.find({
      collection,
      where: { id: { equals: id } },
      depth: 0,
      limit: 1,
      user: asClient as never,
      overrideAccess: false,
    })
    const doc = visible.docs[0] as { slug?: string; embargoUntil?: string } | undefined
    if (!doc) return { output: { outcome: 'not-entitled' } }
    const site = siteBaseOf(payload)
    const embargoed = isUnderEmbargo(doc.embargoUntil, new Date())
    const body = JSON.stringify({
      event,
      collection,
      id,
      slug: doc.slug,
      url: publicItemUrl(site, collection, String(doc.slug)),
      time: new Date().toISOString(),
      ...(embargoed ? { embargoed, embargoUntil: doc.embargoUntil } : {}),
    })
    const t = Math.floor(Date.now() / 1000)
    const attempt = (job.totalTried ?? 0) + 1
    const started = Date.now()
    const log = (data: Record<string, unknown>) =>
      payload.create({
        collection: 'webhook-deliveries',
        data: {
          client: client.id,
          event,
          targetCollection: collection,
          documentId: id,
          url: client.webhookUrl,
          attempt,
          durationMs: Date.now() - started,
          ...data,
        } as never,
        depth: 0,
      })
    try {
      const res = await fetch(client.webhookUrl, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'HumasNewsroom-Webhook/1',
          'X-Humas-Event': event,
          'X-Humas-Delivery': deliveryId || `job-${job.id}`,
          'X-Humas-Signature': signWebhook(client.webhookSecret ?? '', body, t),
        },
        body,
        signal: AbortSignal.timeout(10_000),
        redirect: 'manual',
      })
      if (res.status >= 200 && res.status < 300) {
        await log({ outcome: 'delivered', responseStatus: res.status })
        return { output: { outcome: 'delivered' } }
      }
      await log({ outcome: 'failed', responseStatus: res.status, error: `HTTP ${res.status}` })
      throw new Error(`webhook answered ${res.status}`)
    } catch (error) {
      if (!(error instanceof Error && error.message.startsWith('webhook answered')))
        await log({
          outcome: 'failed',
          error: String((error as Error).message ?? error).slice(0, 300),
        })
      throw error
    }
  },
})
