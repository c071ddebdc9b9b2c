import cluster from 'node:cluster'
import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import type { DatabaseKind } from '../db/databaseKind.js'
import { logger } from '../logger.js'

/**
 * One cache truth across workers and instances: when a write empties this process's public reads,
 * every other process serving the same database empties its own.
 *
 * - PostgreSQL: `NOTIFY newsroom_cache` after the commit, and each process `LISTEN`s on a dedicated
 *   connection (reconnected with a back-off; a reconnection empties the cache, since notices sent
 *   while it was away are lost). It reaches every worker of every instance, on one machine or many.
 * - SQLite (one machine: a database file is not shared across machines): through the cluster's IPC,
 *   the primary relaying to the other workers (src/cluster/primary.ts). Chosen over a generation
 *   counter in the database because the counter costs a query on every cached read (the fast path
 *   would read the database again) or, polled, a delay of one poll; the IPC message costs nothing on
 *   reads and arrives in well under a millisecond. A process writing the same file outside the
 *   cluster (a script) is not heard: its changes show within the cache's TTL (PUBLIC_CACHE_TTL_MS).
 */
export type InvalidationBus = {
  /** Tell the others (several writes in one tick make one message). */
  publish: () => void
  /** Each message received from another process (for tests and logs). */
  readonly received: number
  close: () => Promise<void>
}

export const CACHE_CHANNEL = 'newsroom_cache'
/** The listener's connection, as pg_stat_activity names it. */
export const LISTENER_NAME = 'humas-cache-listener'
/** The IPC message a worker sends to the primary, which relays it to the other workers. */
export const IPC_INVALIDATE = 'newsroom:cache-invalidate'

export type IpcInvalidate = { type: typeof IPC_INVALIDATE; origin: string }
export const isIpcInvalidate = (m: unknown): m is IpcInvalidate =>
  Boolean(m) && (m as { type?: unknown }).type === IPC_INVALIDATE

const buses = new WeakMap<Payload, InvalidationBus>()
export const invalidationBusFor = (payload: Payload): InvalidationBus | undefined =>
  buses.get(payload)

type PgClient = import('pg').Client

/** Coalesces publishes of one tick into one send. */
const coalesced = (send: () => void): (() => void) => {
  let queued = false
  return () => {
    if (queued) return
    queued = true
    setImmediate(() => {
      queued = false
      send()
    })
  }
}

const pgBus = async (
  connectionString: string,
  origin: string,
  onRemote: () => void,
): Promise<InvalidationBus> => {
  const { default: pg } = await import('pg')
  let client: PgClient | null = null
  let closed = false
  let received = 0
  let retryMs = 250
  let timer: NodeJS.Timeout | undefined

  const connect = async (reconnecting: boolean): Promise<void> => {
    const c = new pg.Client({
      connectionString,
      connectionTimeoutMillis: 2000,
      application_name: LISTENER_NAME,
    })
    c.on('error', (err) => {
      logger.warn({ err }, 'cache invalidation listener lost its connection')
      lost(c)
    })
    c.on('end', () => lost(c))
    c.on('notification', (msg) => {
      if (msg.channel !== CACHE_CHANNEL || msg.payload === origin) return
      received++
      onRemote()
    })
    await c.connect()
    await c.query(`LISTEN ${CACHE_CHANNEL}`)
    if (closed) return void c.end().catch(() => undefined)
    client = c
    retryMs = 250
    // Whatever was sent while this process was not listening is lost: start from an empty cache.
    if (reconnecting) {
      onRemote()
      logger.info('cache invalidation listener reconnected')
    }
  }
  const lost = (c: PgClient) => {
    if (client !== c && client !== null) return
    client = null
    c.removeAllListeners('end')
    void c.end().catch(() => undefined)
    retry()
  }
  const retry = () => {
    if (closed || timer) return
    timer = setTimeout(() => {
      timer = undefined
      connect(true).catch((err) => {
        logger.warn({ err, retryMs }, 'cache invalidation listener cannot connect yet')
        retryMs = Math.min(retryMs * 2, 5000)
        retry()
      })
    }, retryMs)
    timer.unref()
  }

  await connect(false).catch((err) => {
    // The database may be down at boot (the app serves 503 until it is back): keep trying.
    logger.warn({ err }, 'cache invalidation listener cannot connect yet')
    retry()
  })

  return {
    publish: coalesced(() => {
      const c = client
      if (!c) return
      c.query('SELECT pg_notify($1, $2)', [CACHE_CHANNEL, origin]).catch((err) =>
        logger.warn({ err }, 'cache invalidation notice not sent'),
      )
    }),
    get received() {
      return received
    },
    close: async () => {
      closed = true
      clearTimeout(timer)
      const c = client
      client = null
      if (c) {
        c.removeAllListeners('end')
        await c.end().catch(() => undefined)
      }
    },
  }
}

const ipcBus = (origin: string, onRemote: () => void): InvalidationBus => {
  let received = 0
  const listener = (message: unknown) => {
    if (!isIpcInvalidate(message) || message.origin === origin) return
    received++
    onRemote()
  }
  process.on('message', listener)
  return {
    publish: coalesced(() => {
      if (process.connected)
        process.send?.({ type: IPC_INVALIDATE, origin } satisfies IpcInvalidate)
    }),
    get received() {
      return received
    },
    close: async () => void process.off('message', listener),
  }
}

/**
 * Starts the broadcast for this Payload instance: `onRemote` runs for each invalidation another
 * process made. No bus for a lone SQLite process (nobody to tell) or MongoDB.
 */
export const startInvalidationBus = async (
  payload: Payload,
  kind: DatabaseKind,
  onRemote: () => void,
): Promise<InvalidationBus | undefined> => {
  const origin = randomUUID()
  let bus: InvalidationBus | undefined
  if (kind === 'postgres') {
    const pool = (payload.db as unknown as { poolOptions?: { connectionString?: string } })
      .poolOptions
    if (pool?.connectionString) bus = await pgBus(pool.connectionString, origin, onRemote)
  } else if (cluster.isWorker) bus = ipcBus(origin, onRemote)
  if (bus) buses.set(payload, bus)
  return bus
}
