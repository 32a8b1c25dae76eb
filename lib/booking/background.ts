/**
 * The outbox worker inside the server process: started once from instrumentation.ts, woken after
 * each stored request, stopped on shutdown. Without SMTP_URL it does not run and mail waits in the
 * outbox (`npm run outbox` prints it).
 */
import 'server-only';
import { getDb } from '@/lib/db';
import { siteConfig } from '@/lib/site-config';
import { bookingConfig } from './config';
import { smtpSender } from './mailer';
import { OutboxWorker } from './outbox';
import { logEvent } from './log';

/** What /readyz reports: 'running' and 'disabled' (no SMTP_URL, by choice) are ready states. */
export type OutboxWorkerState = 'not-started' | 'starting' | 'running' | 'disabled' | 'failed' | 'stopping' | 'stopped';

const g = globalThis as typeof globalThis & {
  __bookingWorker?: Promise<OutboxWorker | null>;
  __bookingWorkerState?: OutboxWorkerState;
  __bookingSender?: { close: () => void };
};

export function outboxWorkerState(): OutboxWorkerState {
  return g.__bookingWorkerState ?? 'not-started';
}

function positive(value: string | undefined): number | undefined {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

export function startBookingBackground(): Promise<OutboxWorker | null> {
  if (g.__bookingWorkerState === 'stopping' || g.__bookingWorkerState === 'stopped') return Promise.resolve(null);
  if (!g.__bookingWorker) {
    g.__bookingWorkerState = 'starting';
    g.__bookingWorker = (async () => {
      const { db } = await getDb(); // migrates on start
      const config = bookingConfig(process.env, siteConfig);
      if (!config.smtpUrl) {
        g.__bookingWorkerState = 'disabled';
        logEvent('outbox.disabled', { reason: 'SMTP_URL is not set; mail stays in the outbox' });
        return null;
      }
      const sender = smtpSender(config.smtpUrl);
      g.__bookingSender = sender;
      const worker = new OutboxWorker(db, sender.send, {
        from: config.mailFrom,
        backoffBaseMs: positive(process.env.BOOKING_MAIL_BACKOFF_MS),
        leaseMs: positive(process.env.BOOKING_OUTBOX_LEASE_MS),
      });
      worker.start(positive(process.env.BOOKING_OUTBOX_POLL_MS) ?? 5_000);
      g.__bookingWorkerState = 'running';
      logEvent('outbox.started');
      return worker;
    })().catch((err) => {
      // Database errors carry no form content; the cause says which migration or connection failed.
      const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : '';
      logEvent('outbox.error', { error: err instanceof Error ? `${err.message}${cause}`.slice(0, 300) : 'unknown' });
      g.__bookingWorker = undefined;
      g.__bookingWorkerState = 'failed';
      return null;
    });
  }
  return g.__bookingWorker;
}

/**
 * Shutdown: the worker claims nothing more, the messages it holds a lease on are delivered (or
 * handed back for retry) and recorded, then the SMTP connections close.
 */
export async function stopBookingBackground(): Promise<void> {
  const pending = g.__bookingWorker;
  g.__bookingWorkerState = 'stopping';
  const worker = await pending?.catch(() => null);
  await worker?.stop();
  g.__bookingSender?.close();
  g.__bookingWorkerState = 'stopped';
  logEvent('outbox.stopped');
}

/** Deliver now rather than at the next poll; never throws into the request. */
export function kickOutbox() {
  void g.__bookingWorker?.then((w) => w?.kick()).catch(() => undefined);
}
