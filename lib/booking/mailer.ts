/** nodemailer over SMTP_URL. Timeouts bound every exchange, which is what makes the lease safe. */
import 'server-only';
import nodemailer from 'nodemailer';
import type { SendMail } from './outbox';

export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as const;

export function smtpSender(smtpUrl: string, opts: { pool?: boolean } = {}): { send: SendMail; close: () => void } {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    pool: opts.pool ?? true,
    maxConnections: 5,
    ...SMTP_TIMEOUTS,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  return {
    send: async (mail) => {
      await transport.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
      });
    },
    close: () => transport.close(),
  };
}
