import type { DatabaseFailure } from '../db/databaseFailureOf.js'

export type FailureAnswer = {
  status: number
  retryAfterSeconds: number
  code: string
  message: string
}

/**
 * How a database failure is answered, whichever path met it (Payload's REST and GraphQL, our
 * routes, the gate in front of them): 503 with a hint when to retry. Nothing was written.
 */
export const databaseFailureAnswer = (failure: DatabaseFailure): FailureAnswer =>
  failure === 'busy'
    ? {
        status: 503,
        retryAfterSeconds: 1,
        code: 'DATABASE_BUSY',
        message:
          'Basis data sedang sibuk menyimpan perubahan lain. Tidak ada yang disimpan; silakan coba lagi sebentar lagi.',
      }
    : {
        status: 503,
        retryAfterSeconds: 5,
        code: 'DATABASE_UNAVAILABLE',
        message:
          'Basis data sedang tidak dapat dihubungi. Tidak ada yang disimpan; silakan coba lagi sebentar lagi.',
      }
