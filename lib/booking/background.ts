/**
 * The outbox worker inside the server process: started once from instrumentation.ts, woken after
 * each stored request. Without SMTP_URL it does not run and mail waits in the outbox
 * (`npm run outbox` prints it).
 */
import 'server-only';
import { getDb } from '@/lib/db';
import { siteConfig } from '@/lib/site-config';
import { bookingConfig } from './config';
import { smtpSender } from './mailer';
import { OutboxWorker } from './outbox';
import { logEvent } from './log';

const g = globalThis as typeof globalThis & { __bookingWorker?: Promise<OutboxWorker | null> };

export function startBookingBackground(): Promise<OutboxWorker | null> {
  if (!g.__bookingWorker) {
    g.__bookingWorker = (async () => {
      const { db } = await getDb(); // migrates on start
      const config = bookingConfig(process.env, siteConfig);
      if (!config.smtpUrl) {
        logEvent('outbox.disabled', { reason: 'SMTP_URL is not set; mail stays in the outbox' });
        return null;
      }
      const sender = smtpSender(config.smtpUrl);
      const worker = new OutboxWorker(db, sender.send, {
        from: config.mailFrom,
        backoffBaseMs: Number(process.env.BOOKING_MAIL_BACKOFF_MS) || undefined,
      });
      worker.start(Number(process.env.BOOKING_OUTBOX_POLL_MS) || 5_000);
      logEvent('outbox.started');
      return worker;
    })().catch((err) => {
      // Database errors carry no form content; the cause says which migration or connection failed.
      const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : '';
      logEvent('outbox.error', { error: err instanceof Error ? `${err.message}${cause}`.slice(0, 300) : 'unknown' });
      g.__bookingWorker = undefined;
      return null;
    });
  }
  return g.__bookingWorker;
}

/** Deliver now rather than at the next poll; never throws into the request. */
export function kickOutbox() {
  void g.__bookingWorker?.then((w) => w?.kick()).catch(() => undefined);
}
