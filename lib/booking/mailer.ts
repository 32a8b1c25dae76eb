/**
 * nodemailer over SMTP_URL. Timeouts bound every stall (connecting, waiting for the greeting, any
 * silence mid-exchange) to seconds, far below the outbox lease, which the worker also renews while
 * a send is in progress (outbox.ts).
 */
import 'server-only';
import nodemailer from 'nodemailer';
import type { SendMail } from './outbox';

export const SMTP_TIMEOUTS = { connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 15_000 } as const;

export function smtpSender(
  smtpUrl: string,
  opts: { pool?: boolean; timeouts?: Partial<Record<keyof typeof SMTP_TIMEOUTS, number>> } = {},
): { send: SendMail; close: () => void } {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    pool: opts.pool ?? true,
    maxConnections: 5,
    ...SMTP_TIMEOUTS,
    ...opts.timeouts,
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
        // nodemailer's calendar event: a text/calendar part with the METHOD, which mail clients
        // offer to add to (or, for CANCEL, remove from) the calendar.
        icalEvent: mail.ics ? { method: mail.ics.method, content: mail.ics.content, filename: 'invite.ics' } : undefined,
      });
    },
    close: () => transport.close(),
  };
}
