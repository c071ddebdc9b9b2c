import SwaggerParser from '@apidevtools/swagger-parser'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroomHarness.js'

describe('OpenAPI description for portal developers', () => {
  let n: TestNewsroom
  beforeAll(async () => {
    n = await startNewsroom('sqlite')
  })
  afterAll(async () => n?.stop())

  it('is a valid OpenAPI 3.1 document', async () => {
    const res = await n.http.get('/api/openapi.json').expect(200)
    expect(res.body.openapi).toBe('3.1.0')
    await expect(SwaggerParser.validate(structuredClone(res.body))).resolves.toBeDefined()
    expect(Object.keys(res.body.webhooks)).toEqual(['publicationEvent'])
    // The validator does refuse a broken document (so the line above can fail).
    const broken = structuredClone(res.body)
    delete broken.info.title
    await expect(SwaggerParser.validate(broken)).rejects.toThrow()
  })

  it('describes only paths the server answers', async () => {
    const { body } = await n.http.get('/api/openapi.json').expect(200)
    const plain = Object.keys(body.paths).filter((p) => !p.includes('{'))
    expect(plain.length).toBeGreaterThanOrEqual(12)
    for (const path of plain) {
      const res = await n.http.get(path)
      expect({ path, status: res.status }).toEqual({ path, status: 200 })
    }
  })

  it('has a readable page at /api/docs', async () => {
    const res = await n.http.get('/api/docs').expect(200)
    expect(res.headers['content-type']).toMatch(/text\/html/)
    expect(res.text).toContain('/feeds/rss.xml')
    expect(res.text).toContain('X-Humas-Signature')
  })
})
