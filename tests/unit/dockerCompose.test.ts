import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

const root = path.resolve(import.meta.dirname, '../..')
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8')

// No Docker engine runs here: check the file's structure by reading it.
describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml'))
  const app = compose.services.app

  it('runs the app on PostgreSQL by default, with MongoDB behind a profile', () => {
    expect(Object.keys(compose.services).sort()).toEqual([
      'app',
      'minio',
      'minio-bucket',
      'mongo',
      'nginx',
      'postgres',
      'postgres-replica',
      'setup',
    ])
    expect(app.environment.DATABASE_URI).toContain('postgres://')
    expect(app.environment.DATABASE_URI).toContain('@postgres:5432/')
    expect(app.environment.NODE_ENV).toBe('production')
    expect(compose.services.postgres.profiles).toBeUndefined()
    expect(compose.services.mongo.profiles).toEqual(['mongo'])
  })

  it('scales the app to three replicas behind nginx, which alone publishes a port', () => {
    expect(app.deploy.replicas).toBe(3)
    expect(app.ports).toBeUndefined()
    expect(app.environment.WEB_CONCURRENCY).toMatch(/^\$\{WEB_CONCURRENCY:-\d+\}$/)
    expect(app.environment.TRUST_PROXY).toBeDefined()
    const published = Object.entries(compose.services).filter(
      ([, s]) => (s as { ports?: unknown }).ports,
    )
    expect(published.map(([name]) => name)).toEqual(['nginx'])
    expect(compose.services.nginx.volumes).toContain('./deploy/nginx.conf:/etc/nginx/nginx.conf:ro')
    expect(compose.services.nginx.depends_on.app.condition).toBe('service_healthy')
    const nginx = read('deploy/nginx.conf')
    expect(nginx).toMatch(/upstream newsroom \{[^}]*server app:3000/)
    expect(nginx).toContain('proxy_pass http://newsroom;')
    expect(nginx).toContain('X-Forwarded-For')
    // Replicas install nothing themselves: one setup service does, before they start.
    expect(app.command.join(' ')).not.toContain('npm install')
    expect(compose.services.setup.command.join(' ')).toContain('npm install')
    expect(app.depends_on.setup.condition).toBe('service_completed_successfully')
  })

  it('reads from a streaming replica of the PostgreSQL primary', () => {
    expect(app.environment.DATABASE_READ_REPLICAS).toContain('@postgres-replica:5432/')
    expect(compose.services.postgres.command.join(' ')).toContain('wal_level=replica')
    expect(compose.services.postgres.volumes).toContain(
      './deploy/postgres/primary-init.sh:/docker-entrypoint-initdb.d/10-replication.sh:ro',
    )
    expect(read('deploy/postgres/primary-init.sh')).toContain('WITH REPLICATION LOGIN')
    const replica = compose.services['postgres-replica']
    expect(replica.depends_on.postgres.condition).toBe('service_healthy')
    const entrypoint = read('deploy/postgres/replica-entrypoint.sh')
    expect(entrypoint).toMatch(/pg_basebackup .*-h "\$PRIMARY_HOST"/s)
    expect(entrypoint).toContain(' -R ')
  })

  it('stores photos in a private MinIO bucket through the S3 settings', () => {
    expect(app.environment).toMatchObject({
      MEDIA_STORAGE: 's3',
      S3_ENDPOINT: 'http://minio:9000',
      S3_FORCE_PATH_STYLE: 'true',
    })
    for (const name of ['S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'])
      expect(app.environment[name]).toBeTruthy()
    expect(app.depends_on['minio-bucket'].condition).toBe('service_completed_successfully')
    expect(compose.services['minio-bucket'].entrypoint.join(' ')).toContain('anonymous set none')
  })

  it('keeps media and the databases on named volumes', () => {
    expect(Object.keys(compose.volumes).sort()).toEqual([
      'dbdata',
      'dbreplica',
      'media',
      'mongodata',
    ])
    expect(compose.services.minio.volumes).toContain('media:/data')
    expect(compose.services.postgres.volumes[0]).toMatch(/^dbdata:/)
    expect(compose.services['postgres-replica'].volumes[0]).toMatch(/^dbreplica:/)
  })

  it('has health checks, the app and nginx ones on /readyz', () => {
    for (const name of ['app', 'nginx', 'postgres', 'postgres-replica', 'minio', 'mongo'])
      expect(compose.services[name].healthcheck.test.length).toBeGreaterThan(1)
    expect(app.healthcheck.test.join(' ')).toContain('/readyz')
    expect(compose.services.nginx.healthcheck.test.join(' ')).toContain('/readyz')
    expect(app.depends_on.postgres.condition).toBe('service_healthy')
  })
})
