import type { RequestHandler } from 'express'

/** Payload's language cookie: set when a user picks a language in their account settings. */
const LANGUAGE_COOKIE = 'payload-lng='

/**
 * The admin speaks Bahasa Indonesia unless the user chose otherwise. Payload would follow the
 * browser's Accept-Language (English on most office machines); without the cookie we ask for `id`.
 */
export const preferIndonesian: RequestHandler = (req, _res, next) => {
  if (!req.headers.cookie?.includes(LANGUAGE_COOKIE)) req.headers['accept-language'] = 'id'
  next()
}
