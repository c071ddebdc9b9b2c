import nodemailer from 'nodemailer'
import type { PayloadEmailAdapter, SendEmailOptions } from 'payload'
import { logger } from '../logger.js'

export type CapturedEmail = { to: string; subject: string; text: string; from: string; at: string }

/**
 * Payload's email adapter. With SMTP_URL (e.g. smtp://user:pass@mail.example.go.id:587) mail goes
 * through nodemailer's SMTP transport; without it, mail is captured in memory (readable by tests as
 * `payload.email.outbox`) and logged, so development never sends real mail by accident.
 */
export const newsroomEmailAdapter = (
  options: { smtpUrl?: string; fromAddress?: string; fromName?: string } = {},
): PayloadEmailAdapter => {
  const fromAddress = options.fromAddress ?? process.env.EMAIL_FROM ?? 'humas@newsroom.local'
  const fromName = options.fromName ?? process.env.EMAIL_FROM_NAME ?? 'Humas Newsroom'
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null
  const outbox: CapturedEmail[] = []
  return () => ({
    name: transport ? 'smtp' : 'capture',
    defaultFromAddress: fromAddress,
    defaultFromName: fromName,
    outbox,
    sendEmail: async (message: SendEmailOptions) => {
      const from = `"${fromName}" <${fromAddress}>`
      if (transport) return transport.sendMail({ from, ...message })
      const captured = {
        to: String(message.to),
        subject: String(message.subject),
        text: String(message.text ?? ''),
        from,
        at: new Date().toISOString(),
      }
      outbox.push(captured)
      logger.info({ to: captured.to, subject: captured.subject }, 'email captured (no SMTP_URL)')
      return captured
    },
  })
}
