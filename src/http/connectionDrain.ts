import type { RequestHandler, Response } from 'express'
import net from 'node:net'
import type { Server } from 'node:http'

export type DrainOptions = {
  /** A connection with no request for this long, once draining, is idle: closed. */
  idleGraceMs?: number
  /** Past this, every connection left is closed (the last resort before the process timer). */
  deadlineMs?: number
}

/**
 * Graceful shutdown for keep-alive clients. Closing a keep-alive connection the instant a client
 * sends its next request on it resets that request, so connections are not cut at SIGTERM:
 * the listener stops (new connections are refused, which a client retries safely), every response
 * from then on says `Connection: close` (the client opens no further request on it), and only a
 * connection that has stayed quiet for a grace period is closed.
 */
export class ConnectionDrain {
  private draining = false
  private readonly inFlight = new Set<Response>()
  private lastActivity = Date.now()

  /** Mount first: tracks requests in flight and marks responses sent while draining. */
  readonly middleware: RequestHandler = (_req, res, next) => {
    this.inFlight.add(res)
    this.lastActivity = Date.now()
    if (this.draining) res.setHeader('Connection', 'close')
    const done = () => {
      this.inFlight.delete(res)
      this.lastActivity = Date.now()
    }
    // A response emits 'close' when it has finished or its connection ended first.
    res.once('close', done)
    next()
  }

  get isDraining(): boolean {
    return this.draining
  }

  /** Resolves once every connection has ended (or was ended at the deadline). */
  async drain(
    server: Server,
    { idleGraceMs = 300, deadlineMs = 8000 }: DrainOptions = {},
  ): Promise<void> {
    this.draining = true
    const started = Date.now()
    this.lastActivity = started
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('Connection', 'close')
    // net.Server's close stops listening without http.Server's immediate closeIdleConnections().
    const closed = new Promise<void>((resolve) =>
      net.Server.prototype.close.call(server, () => resolve()),
    )
    let finished = false
    void closed.then(() => (finished = true))
    while (!finished) {
      const now = Date.now()
      if (now - started >= deadlineMs) {
        server.closeAllConnections()
        break
      }
      if (this.inFlight.size === 0 && now - this.lastActivity >= idleGraceMs)
        server.closeIdleConnections()
      await new Promise((r) => setTimeout(r, 25))
    }
    await closed
  }
}
