import { AsyncLocalStorage } from 'node:async_hooks'
import pino from 'pino'

/** The request being answered, for every log line written while answering it (src/http/requestId.ts). */
export const requestContext = new AsyncLocalStorage<{ requestId: string }>()

/**
 * One structured logger for the process. LOG_LEVEL=silent in tests. Lines go to stdout without
 * blocking the event loop on each write (pino flushes what is pending when the process exits).
 */
export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    base: { service: 'humas-newsroom' },
    mixin: () => requestContext.getStore() ?? {},
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      censor: '[disembunyikan]',
    },
  },
  pino.destination({ dest: 1, sync: false }),
)
