import { ValidationError, type PayloadRequest } from 'payload'

/** A 400 naming fields, with the summary in the caller's language (Indonesian by default). */
export const fieldErrors = (
  req: PayloadRequest,
  collection: string,
  errors: { path: string; message: string }[],
): ValidationError => new ValidationError({ collection, errors, req }, req.t)
