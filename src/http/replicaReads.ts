import type { NextFunction, Request, Response } from 'express'
import { isAnonymousRequest } from '../cache/cachePolicy.js'
import { readingFromReplica } from '../db/readReplicas.js'
import { PORTAL_AUTH_PREFIX } from '../delivery/portalKeys.js'

/**
 * Whose reads a read replica may serve: a GET or HEAD with no credentials, or with a portal API key
 * and no staff session. They see the public state, which may trail the primary for a moment (never
 * past a write this instance made: src/db/readReplicas.ts). Any staff credential reads the primary,
 * so whoever just wrote reads what they wrote.
 */
export const mayReadFromReplica = (req: Pick<Request, 'method' | 'headers'>): boolean =>
  (req.method === 'GET' || req.method === 'HEAD') &&
  (isAnonymousRequest(req.headers) ||
    (Boolean(req.headers.authorization?.startsWith(PORTAL_AUTH_PREFIX)) &&
      !(req.headers.cookie ?? '').includes('payload-token')))

/** Runs the rest of the request with its reads allowed on a replica, when `mayReadFromReplica`. */
export const replicaReads = (req: Request, _res: Response, next: NextFunction): void =>
  mayReadFromReplica(req) ? readingFromReplica(next) : next()
