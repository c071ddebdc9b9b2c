import { describe, expect, it } from '@jest/globals'
import { mayReadFromReplica } from '../../src/http/replicaReads.js'
import { readReplicaUris } from '../../src/db/readReplicas.js'

const PORTAL = 'portal-clients API-Key hpk_abc'

describe('who may read from a replica', () => {
  it.each([
    ['GET', {}, true],
    ['HEAD', {}, true],
    ['GET', { authorization: PORTAL }, true],
    ['GET', { cookie: 'theme=dark' }, true],
    ['POST', {}, false],
    ['POST', { authorization: PORTAL }, false],
    ['PATCH', {}, false],
    ['GET', { cookie: 'payload-token=eyJ' }, false],
    ['GET', { authorization: 'JWT eyJ' }, false],
    ['GET', { authorization: 'users API-Key abc' }, false],
    ['GET', { authorization: PORTAL, cookie: 'payload-token=eyJ' }, false],
  ])('%s with %j → %s', (method, headers, expected) => {
    expect(mayReadFromReplica({ method, headers })).toBe(expected)
  })

  it('reads DATABASE_READ_REPLICAS as a comma-separated list', () => {
    expect(readReplicaUris('')).toEqual([])
    expect(readReplicaUris(' postgres://a/x , postgres://b/x,')).toEqual([
      'postgres://a/x',
      'postgres://b/x',
    ])
  })
})
