import type { Request, RequestHandler, Response } from 'express'
import { ipKeyGenerator, rateLimit, type RateLimitRequestHandler } from 'express-rate-limit'
import { errorBody } from './errorCodes.js'
import type { CredentialAttempt } from './credentialAttempts.js'

const tooMany = (_req: Request, res: Response): void => {
  res
    .status(429)
    .json(
      errorBody(
        'TOO_MANY_REQUESTS',
        'Terlalu banyak permintaan dalam satu menit. Tunggu sebentar lalu coba lagi.',
      ),
    )
}

/**
 * Limits on the endpoints worth attacking: logins (password guessing) and workflow actions (each
 * refusal writes an audit entry, so a flood would fill the log). Per client IP, per minute.
 */
export const sensitiveRateLimit = (
  perMinute = Number(process.env.RATE_LIMIT_SENSITIVE_PER_MINUTE ?? 120),
): RequestHandler =>
  // X-Forwarded-For without `trust proxy` is ignored on purpose (see TRUST_PROXY): no warning for it.
  rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: tooMany,
    validate: { xForwardedForHeader: false },
  })

export type CredentialLimits = {
  /** Attempts naming one account (email), from anywhere, per window. */
  perAccount: number
  /** Attempts from one client address (an IPv6 /56), on any account, per window. */
  perAddress: number
  windowMs: number
}

export const credentialLimitsFromEnv = (): CredentialLimits => ({
  perAccount: Number(process.env.RATE_LIMIT_CREDENTIALS_PER_ACCOUNT ?? 10),
  perAddress: Number(process.env.RATE_LIMIT_CREDENTIALS_PER_ADDRESS ?? 50),
  windowMs: Number(process.env.RATE_LIMIT_CREDENTIALS_WINDOW_MS ?? 15 * 60_000),
})

const tooManyAttempts = (_req: Request, res: Response): void => {
  res
    .status(429)
    .json(
      errorBody(
        'TOO_MANY_LOGIN_ATTEMPTS',
        'Terlalu banyak percobaan masuk atau pemulihan akun. Tunggu beberapa menit lalu coba lagi.',
      ),
    )
}

/** Runs one express-rate-limit middleware; true when it let the request through. */
const passes = async (
  limiter: RateLimitRequestHandler,
  req: Request,
  res: Response,
): Promise<boolean> => {
  let passed = false
  await limiter(req, res, (err?: unknown) => {
    if (err) throw err
    passed = true
  })
  return passed
}

/**
 * Throttles credential attempts (login, forgot and reset password, unlock, verify) per account and
 * per client address, counting every attempt a request carries: a GraphQL request with fifty
 * aliased `loginUser` counts fifty, and is refused whole once a limit is passed. The client address
 * is `req.ip`, so it follows the explicit `trust proxy` setting and nothing else.
 */
export const credentialRateLimit = (
  limits: CredentialLimits,
  attemptsOf: (req: Request) => CredentialAttempt[],
): RequestHandler => {
  const current = new WeakMap<Request, CredentialAttempt>()
  // Counting each attempt of one request is the point here, hence no single-count check; an
  // X-Forwarded-For without trust is expected (it is ignored on purpose), hence no warning for it.
  const validate = { singleCount: false, xForwardedForHeader: false }
  const common = {
    windowMs: limits.windowMs,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: tooManyAttempts,
    validate,
  } as const
  const byAddress = rateLimit({
    ...common,
    limit: limits.perAddress,
    keyGenerator: (req) => `address:${ipKeyGenerator(req.ip ?? '')}`,
  })
  const byAccount = rateLimit({
    ...common,
    limit: limits.perAccount,
    identifier: 'account',
    skip: (req) => !current.get(req)?.account,
    keyGenerator: (req) => `account:${current.get(req)?.account}`,
  })
  return async (req, res, next) => {
    try {
      for (const attempt of attemptsOf(req)) {
        current.set(req, attempt)
        if (!(await passes(byAddress, req, res)) || !(await passes(byAccount, req, res))) return
      }
      next()
    } catch (error) {
      next(error)
    }
  }
}
