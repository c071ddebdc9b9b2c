import { Kind, parse, visit, type ArgumentNode } from 'graphql'

/**
 * What a request tries with credentials: each login, password reset, unlock or verification it
 * carries, with the account named (email), if any. The limiter counts these, not requests: one
 * GraphQL request may hold fifty aliased logins.
 */
export type CredentialAttempt = { kind: CredentialKind; account: string | null }
export type CredentialKind =
  'login' | 'forgot-password' | 'reset-password' | 'unlock' | 'verify' | 'first-register'

/** Payload's credential endpoints for the users collection (the only one with passwords). */
export const REST_CREDENTIAL_ROUTES: Record<string, CredentialKind> = {
  '/api/users/login': 'login',
  '/api/users/forgot-password': 'forgot-password',
  '/api/users/reset-password': 'reset-password',
  '/api/users/unlock': 'unlock',
  '/api/users/verify/:token': 'verify',
  '/api/users/first-register': 'first-register',
}

/** The same operations as Payload names them in GraphQL (`<operation><singular name>`). */
const GRAPHQL_CREDENTIAL_MUTATIONS: Record<string, CredentialKind> = {
  loginUser: 'login',
  forgotPasswordUser: 'forgot-password',
  resetPasswordUser: 'reset-password',
  unlockUser: 'unlock',
  verifyEmailUser: 'verify',
}

const normaliseAccount = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().toLowerCase() : null

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}

/** A JSON body as an object (empty when absent or not an object); the JSON guard refused malformed ones. */
export const jsonBodyOf = (raw: Buffer | undefined): Record<string, unknown> => {
  if (!raw || raw.length === 0) return {}
  try {
    return asRecord(JSON.parse(raw.toString('utf8')))
  } catch {
    return {}
  }
}

/** Where a credential attempt can arrive: the REST routes above and GraphQL. */
export const CREDENTIAL_PATHS = [...Object.keys(REST_CREDENTIAL_ROUTES), '/api/graphql']

const restKindOf = (path: string): CredentialKind | undefined =>
  REST_CREDENTIAL_ROUTES[path] ??
  (/^\/api\/users\/verify\/[^/]+\/?$/.test(path) ? 'verify' : undefined)

/** The attempts a POST to `path` with this JSON body carries. */
export const credentialAttemptsOf = (
  path: string,
  body: Record<string, unknown>,
): CredentialAttempt[] => {
  if (path === '/api/graphql') return graphqlCredentialAttempts(body)
  const kind = restKindOf(path.replace(/\/$/, ''))
  return kind ? [attempt(kind, body.email ?? body.username)] : []
}

/**
 * Unlocking is an admin's rescue of an account under attack: it must not be counted against that
 * account (the attacker would have used up its budget); it counts per address like everything else.
 */
const attempt = (kind: CredentialKind, account: unknown): CredentialAttempt => ({
  kind,
  account: kind === 'unlock' ? null : normaliseAccount(account),
})

const argumentValue = (
  arg: ArgumentNode | undefined,
  variables: Record<string, unknown>,
): unknown => {
  if (!arg) return undefined
  if (arg.value.kind === Kind.STRING) return arg.value.value
  if (arg.value.kind === Kind.VARIABLE) return variables[arg.value.name.value]
  return undefined
}

/**
 * Every credential mutation field in a GraphQL request, read from the parsed document (aliases,
 * fragments and inline fragments included; those field names exist only on the Mutation type).
 * A document that does not parse holds no attempt: the GraphQL handler refuses it unexecuted.
 */
export const graphqlCredentialAttempts = (body: Record<string, unknown>): CredentialAttempt[] => {
  if (typeof body.query !== 'string') return []
  const variables = asRecord(body.variables)
  let document
  try {
    document = parse(body.query)
  } catch {
    return []
  }
  const attempts: CredentialAttempt[] = []
  visit(document, {
    Field(node) {
      const kind = GRAPHQL_CREDENTIAL_MUTATIONS[node.name.value]
      if (!kind) return
      const named = (name: string) => node.arguments?.find((a) => a.name.value === name)
      attempts.push(attempt(kind, argumentValue(named('email') ?? named('username'), variables)))
    },
  })
  return attempts
}
