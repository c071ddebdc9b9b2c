import crypto from 'node:crypto'

/**
 * X-Humas-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the client's secret>.
 * The timestamp lets a portal refuse replays (we suggest a 5-minute window).
 */
export const signWebhook = (secret: string, body: string, unixSeconds: number): string =>
  `t=${unixSeconds},v1=${crypto.createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex')}`

export const verifyWebhook = (
  secret: string,
  body: string,
  header: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean => {
  const parts = Object.fromEntries(
    header.split(',').map((p) => p.split('=', 2) as [string, string]),
  )
  const t = Number(parts.t)
  if (!Number.isFinite(t) || Math.abs(nowSeconds - t) > toleranceSeconds || !parts.v1) return false
  const expected = signWebhook(secret, body, t).split('v1=')[1]
  return (
    expected.length === parts.v1.length &&
    crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(parts.v1))
  )
}
