import type { IncomingMessage, ServerResponse } from 'node:http'
import { pinoHttp, type Options } from 'pino-http'
import { logger } from '../logger.js'
import { requestIdOf } from './requestId.js'

/** Probes that would fill the log with nothing. */
const ignored = (req: IncomingMessage) => req.url === '/healthz' || req.url === '/readyz'

/**
 * One short line per request at `info`: method, URL, status, milliseconds (~250 bytes), under
 * `request` and `response`; the request id is the logger's own `requestId` (src/logger.ts's mixin
 * puts it on every line written while answering, this one included). No header can be in it, so src/logger.ts's redaction (which
 * watches `req.headers` and `res.headers`) has nothing to do and is not run on every line.
 * Headers, redacted, only at `debug`, where pino-http's standard `req` and `res` serializers run.
 */
const compact: Options = {
  wrapSerializers: false,
  customAttributeKeys: { req: 'request', res: 'response' },
  serializers: {
    request: (req: IncomingMessage & { originalUrl?: string }) => ({
      method: req.method,
      url: req.originalUrl ?? req.url,
    }),
    response: (res: ServerResponse) => ({ statusCode: res.statusCode }),
  },
}

/**
 * The request log, a plain Node middleware: express mounts it, and the cache-hit path
 * (src/http/cachedHitsFirst.ts) runs the same instance, so every answer is logged alike.
 * Null when nothing would be logged (it costs ~0.1 ms a request even when discarded).
 */
export const requestLog = () =>
  logger.isLevelEnabled('info')
    ? pinoHttp({
        logger,
        genReqId: requestIdOf,
        autoLogging: { ignore: ignored },
        ...(logger.isLevelEnabled('debug') ? {} : compact),
      })
    : null
