import type { RequestHandler } from 'express'
import { errorBody } from './errorCodes.js'

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export type CsrfRequest = {
  method: string
  cookie?: string
  origin?: string
  referer?: string
  host?: string
}

const hasCookie = (header: string | undefined, name: string): boolean =>
  (header ?? '').split(';').some((part) => {
    const [key, ...value] = part.trim().split('=')
    return key === name && value.join('=') !== ''
  })

/** The origin a browser says the request comes from: `Origin`, else the `Referer`'s; `null` stays `null`. */
const claimedOrigin = (r: CsrfRequest): string | undefined => {
  if (r.origin !== undefined) return r.origin
  if (r.referer === undefined) return undefined
  try {
    return new URL(r.referer).origin
  } catch {
    return 'null'
  }
}

const sameHost = (origin: string, host: string | undefined): boolean => {
  try {
    return host !== undefined && new URL(origin).host === host
  } catch {
    return false
  }
}

/**
 * Whether a request may change something. Only a write that carries the session cookie is at risk
 * (a browser attaches it to requests a foreign page makes; SameSite=Lax still lets top-level form
 * POSTs from a sibling subdomain through). Such a write must come from an allowed origin, or from the
 * origin the browser addressed (its Host: behind any hostname the admin keeps working). A request
 * with neither Origin nor Referer comes from a program, not a browser page, and passes; so do
 * requests authenticated by `Authorization` alone.
 */
export const csrfAllows = (
  r: CsrfRequest,
  allowedOrigins: ReadonlySet<string>,
  cookieName: string,
): boolean => {
  if (!STATE_CHANGING.has(r.method.toUpperCase()) || !hasCookie(r.cookie, cookieName)) return true
  const origin = claimedOrigin(r)
  if (origin === undefined) return true
  return allowedOrigins.has(origin) || sameHost(origin, r.host)
}

/** Refuses cookie-authenticated writes from foreign origins with 403 `CSRF_ORIGIN_REFUSED`. */
export const csrfGuard = (
  allowedOrigins: readonly string[],
  cookieName: string,
): RequestHandler => {
  const allowed = new Set(allowedOrigins)
  return (req, res, next) => {
    const h = req.headers
    if (
      csrfAllows(
        {
          method: req.method,
          cookie: h.cookie,
          origin: h.origin,
          referer: h.referer,
          host: h.host,
        },
        allowed,
        cookieName,
      )
    )
      return next()
    res
      .status(403)
      .json(
        errorBody(
          'CSRF_ORIGIN_REFUSED',
          'Permintaan ditolak: berasal dari situs lain yang tidak diizinkan mengubah data dengan sesi login Anda.',
        ),
      )
  }
}
