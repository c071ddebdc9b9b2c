/** The part of s3rver (which ships no types) that the tests use. */
declare module 's3rver' {
  import type { IncomingMessage, ServerResponse } from 'node:http'

  export default class S3rver {
    constructor(options: {
      silent?: boolean
      directory?: string
      configureBuckets?: { name: string }[]
    })
    /** Creates the buckets named in the options, on disk, without listening. */
    configureBuckets(): Promise<unknown>
    /** The request handler (a Koa application's callback). */
    callback(): (req: IncomingMessage, res: ServerResponse) => void
  }
}
