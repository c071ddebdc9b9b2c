import { APIError } from 'payload'

/** A refused upload: a status, a stable code and a sentence for the photographer. */
export const photoRejection = (status: 400 | 413 | 415, code: string, message: string): APIError =>
  new APIError(message, status, { code }, true)
