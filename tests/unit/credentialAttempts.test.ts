import { describe, expect, it } from '@jest/globals'
import { credentialAttemptsOf } from '../../src/http/credentialAttempts.js'
import { trustProxy } from '../../src/config/env.js'
import { csrfAllowedOrigins } from '../../src/config/publicUrls.js'

describe('credential attempts in a request', () => {
  it('reads one attempt from each REST credential route, naming the account in lower case', () => {
    expect(
      credentialAttemptsOf('/api/users/login', { email: ' Penulis@Uji.Test ', password: 'x' }),
    ).toEqual([{ kind: 'login', account: 'penulis@uji.test' }])
    expect(credentialAttemptsOf('/api/users/forgot-password/', { email: 'a@b.c' })).toEqual([
      { kind: 'forgot-password', account: 'a@b.c' },
    ])
    expect(credentialAttemptsOf('/api/users/verify/abc123', {})).toEqual([
      { kind: 'verify', account: null },
    ])
    expect(credentialAttemptsOf('/api/users/unlock', { email: 'a@b.c' })).toEqual([
      { kind: 'unlock', account: null },
    ])
    expect(credentialAttemptsOf('/api/users/me', { email: 'a@b.c' })).toEqual([])
  })
  it('counts every credential mutation of a GraphQL document: aliases, variables, fragments', () => {
    const aliased = Array.from(
      { length: 50 },
      (_, i) => `a${i}: loginUser(email: "x${i % 2}@uji.test", password: "p") { token }`,
    ).join(' ')
    const attempts = credentialAttemptsOf('/api/graphql', { query: `mutation { ${aliased} }` })
    expect(attempts).toHaveLength(50)
    expect(new Set(attempts.map((a) => a.account))).toEqual(new Set(['x0@uji.test', 'x1@uji.test']))
    expect(
      credentialAttemptsOf('/api/graphql', {
        query:
          'mutation M($e: String!) { ...F ... on Mutation { resetPasswordUser(token: "t", password: "p") { token } } } fragment F on Mutation { forgotPasswordUser(email: $e) }',
        variables: { e: 'Korban@Uji.Test' },
      }),
    ).toEqual([
      { kind: 'reset-password', account: null },
      { kind: 'forgot-password', account: 'korban@uji.test' },
    ])
    expect(
      credentialAttemptsOf('/api/graphql', { query: '{ PressReleases { docs { title } } }' }),
    ).toEqual([])
    expect(credentialAttemptsOf('/api/graphql', { query: 'mutation { loginUser(' })).toEqual([])
  })
})

describe('proxy trust and CSRF origins from the environment', () => {
  it('trusts no proxy unless told', () => {
    expect(trustProxy(undefined)).toBe(false)
    expect(trustProxy('')).toBe(false)
    expect(trustProxy('false')).toBe(false)
    expect(trustProxy('1')).toBe(1)
    expect(trustProxy('loopback')).toBe('loopback')
    expect(trustProxy('10.0.0.0/8, 192.168.0.1')).toBe('10.0.0.0/8, 192.168.0.1')
  })
  it('allows the server origin and the listed ones', () => {
    expect(
      csrfAllowedOrigins(
        'https://humas.jatimprov.go.id/path',
        'https://redaksi.jatimprov.go.id/, http://localhost:5173',
      ),
    ).toEqual([
      'https://humas.jatimprov.go.id',
      'https://redaksi.jatimprov.go.id',
      'http://localhost:5173',
    ])
    expect(csrfAllowedOrigins(undefined, undefined)).toEqual([
      `http://localhost:${process.env.PORT ?? 3000}`,
    ])
  })
})
