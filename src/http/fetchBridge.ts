import fs from 'node:fs'
import { Readable } from 'node:stream'
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'
import { requestIdOf } from './requestId.js'
import { uploadBodyFileOf } from './uploadBodyBuffer.js'

/**
 * Express ⇄ Fetch. Payload's REST and GraphQL handlers speak Fetch; express speaks Node streams.
 * A body already buffered by our JSON guard is passed as bytes; an upload from its temporary file;
 * anything else is streamed.
 * `defaultQuery` is appended to the query string (defaults the caller did not set).
 */
export const toFetchRequest = (
  req: ExpressRequest,
  { asMethod, defaultQuery }: { asMethod?: string; defaultQuery?: string } = {},
): Request => {
  const headers = new Headers()
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    if (Array.isArray(value)) value.forEach((v) => headers.append(key, v))
    else headers.set(key, value)
  }
  // Our id, never the client's: Payload's error hooks log and return it with a 5xx.
  headers.set('x-request-id', requestIdOf(req))
  const path = defaultQuery
    ? `${req.originalUrl}${req.originalUrl.includes('?') ? '&' : '?'}${defaultQuery}`
    : req.originalUrl
  const url = `${req.protocol}://${req.get('host') ?? 'localhost'}${path}`
  const method = (asMethod ?? req.method).toUpperCase()
  const hasBody = method !== 'GET' && method !== 'HEAD'
  const buffered = (req as { rawBody?: Buffer }).rawBody
  const onDisk = uploadBodyFileOf(req)
  if (buffered) headers.set('content-length', String(buffered.length))
  else if (onDisk) headers.set('content-length', String(onDisk.size))
  // An upload on disk is read in 1 MB chunks: a stream of small chunks measured ~0.5 s slower.
  const body = !hasBody
    ? undefined
    : buffered
      ? new Uint8Array(buffered)
      : onDisk
        ? (Readable.toWeb(
            fs.createReadStream(onDisk.path, { highWaterMark: 1024 * 1024 }),
          ) as ReadableStream)
        : (Readable.toWeb(req) as ReadableStream)
  return new Request(url, { method, headers, body, duplex: 'half' } as RequestInit)
}

export const sendFetchResponse = async (
  response: Response,
  res: ExpressResponse,
): Promise<void> => {
  res.status(response.status)
  response.headers.forEach((value, key) => {
    if (key === 'set-cookie' || key === 'content-length' || key === 'content-encoding') return
    res.setHeader(key, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) res.setHeader('set-cookie', cookies)
  if (!response.body) {
    res.end()
    return
  }
  const length = response.headers.get('content-length')
  if (length) res.setHeader('content-length', length)
  await new Promise<void>((resolve, reject) => {
    Readable.fromWeb(response.body as import('node:stream/web').ReadableStream)
      .on('error', reject)
      .pipe(res)
      .on('finish', resolve)
      .on('close', resolve)
  })
}
