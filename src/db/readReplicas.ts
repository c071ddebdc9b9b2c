import { AsyncLocalStorage } from 'node:async_hooks'
import type { Payload } from 'payload'
import type { Pool, PoolConfig } from 'pg'
import { logger } from '../logger.js'
import { databaseFailureOf } from './databaseFailureOf.js'

/**
 * Reads on PostgreSQL read replicas (DATABASE_READ_REPLICAS), for the readers who may see the public
 * state a moment late and never anyone else:
 * - Only reads made inside `readingFromReplica` (anonymous and portal-key GET requests, see
 *   src/http/replicaReads.ts) may go to a replica. Everything else reads the primary: staff requests
 *   (so an editor never sees their own approval vanish), jobs, the scheduler, migrations, hooks.
 *   Writes and every query inside a transaction always go to the primary (drizzle's withReplicas).
 * - A replica is used only once it is known to have replayed every write this process knows of:
 *   each write that changes what the public sees (src/cache/invalidation.ts) sets it back until it
 *   has replayed the primary's WAL position taken once that write's transaction (and any other open
 *   then) has ended. Until then public reads go to
 *   the primary, so the next anonymous read after a transition answers shows it, whatever the lag,
 *   and writers never wait for a replica.
 * - A replica that fails (connection refused or cut, recovery conflict) is marked down, the failed
 *   read is repeated on the primary, and reads stay on the primary until it answers and has caught up.
 *
 * Payload's own `readReplicas` option is not used: it sends every read outside a transaction of
 * every caller to a random replica (including the migration bookkeeping read on boot and the
 * staff's reads after the 2 s window that follows this process's last write), and its replica pools
 * have no 'error' listener (a replica restart raises an unhandled 'error' event).
 */

const replicaReads = new AsyncLocalStorage<true>()

/** Runs `fn` with its database reads allowed on a read replica. */
export const readingFromReplica = <T>(fn: () => T): T => replicaReads.run(true, fn)

type PgModule = { Pool: new (config: PoolConfig) => Pool }
type Drizzle = {
  transaction: unknown
  select: unknown
}
type PostgresAdapter = {
  name: string
  pg: PgModule
  pool: Pool
  poolOptions: PoolConfig
  schema: Record<string, unknown>
  logger?: unknown
  drizzle: Drizzle
  primaryDrizzle?: Drizzle
  readReplicasAfterWriteInterval?: number
}

export type ReplicaState = 'current' | 'catching-up' | 'down'

export type ReadReplicasOptions = {
  /** How often a replica that is down is asked again (DATABASE_PING_MS). */
  pingEveryMs?: number
  /** Longest pause between two replay checks while a replica catches up. */
  catchUpPollMs?: number
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref())

/** SQLSTATE 40001 on a standby: a query cancelled by a conflict with recovery. Read again on the primary. */
const shouldReadOnPrimary = (error: unknown): boolean =>
  databaseFailureOf(error) === 'unavailable' ||
  (error as { code?: unknown } | null)?.code === '40001'

/** One replica: its pool, the drizzle instance reading through it, and whether it may be used. */
class ReplicaLink {
  readonly db: Drizzle
  /** Bumped by every write this process knows of, and when the replica went down. */
  private wanted = 0
  /** The `wanted` value this replica was last seen to have caught up with. */
  private caughtUp = -1
  private down = false
  private downSince = 0
  private loop: Promise<void> | null = null
  private stopped = false

  constructor(
    readonly index: number,
    private readonly pool: Pool,
    private readonly primaryPool: Pool,
    makeDrizzle: (client: unknown) => Drizzle,
    private readonly options: Required<ReadReplicasOptions>,
  ) {
    // An idle or checked-out replica connection that dies must not end the process.
    pool.on('error', (err) => this.markDown(err))
    pool.on('connect', (client) => client.on('error', (err) => this.markDown(err)))
    // A read that fails on the replica is read again on the primary: the caller never sees it.
    const client = {
      query: (config: unknown, values?: unknown) =>
        (pool.query(config as never, values as never) as Promise<unknown>).catch((err: unknown) => {
          if (!shouldReadOnPrimary(err)) throw err
          if (databaseFailureOf(err)) this.markDown(err)
          return primaryPool.query(config as never, values as never)
        }),
    }
    this.db = makeDrizzle(client)
    this.catchUp()
  }

  private kick(): void {
    if (this.loop || this.stopped) return
    this.loop = this.run().finally(() => {
      this.loop = null
      // A write noticed between the loop's last check and now.
      if (this.caughtUp !== this.wanted) this.kick()
    })
  }

  get state(): ReplicaState {
    if (this.down) return 'down'
    return this.caughtUp === this.wanted ? 'current' : 'catching-up'
  }

  usable(): boolean {
    return !this.stopped && this.state === 'current'
  }

  /** The primary has a write this replica must replay before it serves reads again. */
  catchUp(): void {
    this.wanted++
    this.kick()
  }

  markDown(reason: unknown): void {
    if (this.stopped) return
    if (!this.down) {
      this.down = true
      this.downSince = Date.now()
      logger.warn(
        { err: reason, replica: this.index },
        'read replica unavailable: public reads go to the primary until it answers again',
      )
    }
    this.catchUp()
  }

  /** Asks the replica now (readiness probe): false, and marked down, when it does not answer. */
  async probe(timeoutMs = 1000): Promise<boolean> {
    if (this.down) return false
    try {
      await Promise.race([
        this.pool.query('select 1'),
        sleep(timeoutMs).then(() => {
          throw new Error(`read replica did not answer within ${timeoutMs} ms`)
        }),
      ])
      return true
    } catch (err) {
      this.markDown(err)
      return false
    }
  }

  /**
   * The WAL position the replica must replay for a write notice: the primary's insert position once
   * every transaction open at the notice has ended. A notice from a collection hook (Local API
   * writes) comes before its own transaction commits; the others come after it, and then this
   * costs two more queries. A fresh transaction id marks "now" (a snapshot's xmax would not: a
   * running transaction newer than every finished one is not listed in it); once the oldest
   * running transaction is younger than it, all those that were open have ended. The insert
   * position covers every record written so far, commits included, even with
   * synchronous_commit=off. Null when a newer notice came meanwhile.
   */
  private async targetAfter(wanted: number): Promise<string | null> {
    const now = await this.primaryPool.query<{ xid: string }>(
      'select pg_current_xact_id()::text as xid',
    )
    let pause = 1
    for (;;) {
      const { rows } = await this.primaryPool.query<{ ended: boolean }>(
        'select pg_snapshot_xmin(pg_current_snapshot()) > $1::xid8 as ended',
        [now.rows[0].xid],
      )
      if (rows[0].ended) break
      if (this.stopped || wanted !== this.wanted) return null
      await sleep(pause)
      pause = Math.min(pause * 2, this.options.catchUpPollMs)
    }
    const { rows } = await this.primaryPool.query<{ lsn: string }>(
      'select pg_current_wal_insert_lsn()::text as lsn',
    )
    return rows[0].lsn
  }

  /** Until the replica has replayed the primary's WAL position taken after the latest write. */
  private async run(): Promise<void> {
    while (!this.stopped && this.caughtUp !== this.wanted) {
      const wanted = this.wanted
      let target: string | null
      try {
        target = await this.targetAfter(wanted)
      } catch {
        await sleep(this.options.pingEveryMs) // the primary is down: its own health check reports it
        continue
      }
      if (target === null) continue // a newer write: take a newer target
      let pause = 1
      while (!this.stopped && wanted === this.wanted) {
        try {
          const { rows } = await this.pool.query<{ replayed: boolean }>(
            'select coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false) as replayed',
            [target],
          )
          if (this.down)
            logger.info(
              { replica: this.index, downMs: Date.now() - this.downSince },
              'read replica answers again',
            )
          this.down = false
          if (rows[0].replayed) {
            this.caughtUp = wanted
            break
          }
          await sleep(pause)
          pause = Math.min(pause * 2, this.options.catchUpPollMs)
        } catch (err) {
          this.markDown(err)
          await sleep(this.options.pingEveryMs)
          break // take a new target: the replica may have restarted from anywhere
        }
      }
    }
  }

  async close(): Promise<void> {
    this.stopped = true
    await this.loop?.catch(() => undefined)
    await this.pool.end().catch(() => undefined)
  }
}

export type ReadReplicasStatus = {
  configured: number
  /** Replicas serving public reads now. */
  current: number
  catchingUp: number
  down: number
}

export class ReadReplicas {
  private next = 0
  constructor(private readonly links: ReplicaLink[]) {}

  /** Which database a read runs on: a current replica inside `readingFromReplica`, else the primary. */
  choose<D>(primary: D, replicas: D[]): D {
    if (!replicaReads.getStore()) return primary
    const usable = this.links.filter((link) => link.usable())
    if (usable.length === 0) return primary
    const link = usable[this.next++ % usable.length]
    return replicas[link.index]
  }

  /** A write changed what the public sees: no replica serves until it has replayed it. */
  sawWrite(): void {
    for (const link of this.links) link.catchUp()
  }

  status(): ReadReplicasStatus {
    const states = this.links.map((link) => link.state)
    return {
      configured: states.length,
      current: states.filter((s) => s === 'current').length,
      catchingUp: states.filter((s) => s === 'catching-up').length,
      down: states.filter((s) => s === 'down').length,
    }
  }

  /** Asks every replica believed up (for /readyz); returns the status afterwards. */
  async probe(): Promise<ReadReplicasStatus> {
    await Promise.all(this.links.map((link) => link.probe()))
    return this.status()
  }

  async close(): Promise<void> {
    await Promise.all(this.links.map((link) => link.close()))
  }
}

const installed = new WeakMap<Payload, ReadReplicas>()

/** The read replicas of a Payload instance, when it has any. */
export const readReplicasOf = (payload: Payload): ReadReplicas | undefined => installed.get(payload)

/** DATABASE_READ_REPLICAS: comma-separated PostgreSQL URIs. */
export const readReplicaUris = (value = process.env.DATABASE_READ_REPLICAS): string[] =>
  (value ?? '')
    .split(',')
    .map((uri) => uri.trim())
    .filter(Boolean)

/**
 * Puts read replicas behind a connected PostgreSQL adapter: its `drizzle` becomes drizzle's
 * `withReplicas` with our choice of database per read, and `primaryDrizzle` the primary (Payload
 * reads from it for the reads that are part of a write). Replica pools take the primary pool's
 * options (size, connection timeout). Does nothing on other databases or without URIs.
 */
export const installReadReplicas = async (
  payload: Payload,
  uris: string[],
  options: ReadReplicasOptions = {},
): Promise<ReadReplicas | undefined> => {
  const adapter = payload.db as unknown as PostgresAdapter
  if (uris.length === 0) return undefined
  if (adapter.name !== 'postgres') {
    logger.warn(
      `DATABASE_READ_REPLICAS ignored: read replicas need PostgreSQL, not ${adapter.name}`,
    )
    return undefined
  }
  const { drizzle } = await import('@payloadcms/db-postgres/drizzle/node-postgres')
  const { withReplicas } = await import('@payloadcms/db-postgres/drizzle/pg-core')
  const settings: Required<ReadReplicasOptions> = {
    pingEveryMs: options.pingEveryMs ?? Number(process.env.DATABASE_PING_MS ?? 500),
    catchUpPollMs: options.catchUpPollMs ?? 100,
  }
  const links = uris.map(
    (connectionString, index) =>
      new ReplicaLink(
        index,
        new adapter.pg.Pool({ ...adapter.poolOptions, connectionString }),
        adapter.pool,
        (client) =>
          drizzle({
            client: client as never,
            logger: adapter.logger as never,
            schema: adapter.schema,
          }) as unknown as Drizzle,
        settings,
      ),
  )
  const replicas = new ReadReplicas(links)
  const primary = adapter.drizzle
  adapter.primaryDrizzle = primary
  // Payload's read-after-write window (every read of the process on the primary for 2 s after any
  // write) is replaced by the rules above.
  adapter.readReplicasAfterWriteInterval = 0
  adapter.drizzle = withReplicas(primary as never, links.map((link) => link.db) as never, (dbs) =>
    replicas.choose(primary as never, dbs),
  ) as unknown as Drizzle
  installed.set(payload, replicas)
  return replicas
}
