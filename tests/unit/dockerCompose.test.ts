import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

// No Docker engine runs here: check the file's structure by reading it.
describe('docker-compose.yml', () => {
  const compose = parse(
    fs.readFileSync(path.resolve(import.meta.dirname, '../../docker-compose.yml'), 'utf8'),
  )

  it('runs the app on PostgreSQL by default, with MongoDB behind a profile', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['app', 'mongo', 'postgres'])
    expect(compose.services.app.environment.DATABASE_URI).toContain('postgres://')
    expect(compose.services.app.environment.NODE_ENV).toBe('production')
    expect(compose.services.postgres.profiles).toBeUndefined()
    expect(compose.services.mongo.profiles).toEqual(['mongo'])
  })

  it('keeps media and the databases on named volumes', () => {
    expect(Object.keys(compose.volumes).sort()).toEqual(['dbdata', 'media', 'mongodata'])
    expect(compose.services.app.volumes).toContain('media:/app/media')
    expect(compose.services.postgres.volumes[0]).toMatch(/^dbdata:/)
  })

  it('has health checks, the app one on /readyz', () => {
    for (const name of ['app', 'postgres', 'mongo'])
      expect(compose.services[name].healthcheck.test.length).toBeGreaterThan(1)
    expect(compose.services.app.healthcheck.test.join(' ')).toContain('/readyz')
    expect(compose.services.app.depends_on.postgres.condition).toBe('service_healthy')
  })
})
