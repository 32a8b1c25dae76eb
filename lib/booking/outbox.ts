/**
 * The outbox worker: delivers queued mail through SMTP with retries and backoff.
 *
 * Exactly-once reasoning (as close as SMTP allows):
 * - Queued in the same transaction as the request (store.ts), so a stored request always has its
 *   mail queued, even if the process dies right after the commit.
 * - A worker CLAIMS a message with one conditional UPDATE (status → 'sending', a fresh random
 *   lease token, lease_until = now + lease). Only one worker's UPDATE can match, in SQLite and in
 *   PostgreSQL alike, so two workers never send the same message concurrently.
 * - It sends, and only after the SMTP server accepted the message (250 after DATA) marks it sent
 *   — with an UPDATE that also checks its own lease token. A worker whose lease was taken over
 *   cannot overwrite the newer owner's state.
 * - While a send is in progress the worker renews its lease every third of the lease period, so a
 *   slow send (a stalling server, a wait for a pooled connection) is never reclaimed while in
 *   flight. The transport's timeouts (mailer.ts) bound every stall to well under the lease, so a
 *   renewal is never the only thing keeping a dead exchange alive for long.
 * - If the process dies after claiming and before the server accepted, the lease expires and the
 *   next worker (after a restart, or another instance) sends it: one delivery, not zero.
 * - If it dies in the tiny window after the server accepted and before the 'sent' UPDATE, the
 *   message is sent once more on reclaim. SMTP offers no two-phase commit, so this window cannot
 *   be closed; it is kept to a single indexed UPDATE, and the resend carries the same Message-ID
 *   (fixed at queue time) so mail clients show it once. A message is never sent twice in any
 *   other case.
 * - Failures (connection refused, 4xx, 5xx) go back to 'pending' with exponential backoff; after
 *   maxAttempts the message is 'failed' and stays visible in `npm run outbox`.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { logEvent } from './log';

export type OutboxRow = Database['outbox'] extends infer T ? { [K in keyof T]: T[K] } : never;
export type OutgoingMail = {
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  messageId: string;
  /** A calendar invite or cancellation, sent as the message's text/calendar part. */
  ics?: { method: string; content: string };
};
export type SendMail = (mail: OutgoingMail) => Promise<void>;

export type OutboxOptions = {
  from: string;
  leaseMs?: number;
  maxAttempts?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  batchSize?: number;
  now?: () => number;
};

export class OutboxWorker {
  private readonly leaseMs: number;
  private readonly maxAttempts: number;
  private readonly backoffBaseMs: number;
  private readonly backoffMaxMs: number;
  private readonly batchSize: number;
  private readonly now: () => number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private again = false;
  private stopped = true;
  /** Set by stop(): the pass in progress finishes its batch and claims no more. */
  private draining = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly send: SendMail,
    private readonly opts: OutboxOptions,
  ) {
    this.leaseMs = opts.leaseMs ?? 5 * 60_000;
    this.maxAttempts = opts.maxAttempts ?? 10;
    this.backoffBaseMs = opts.backoffBaseMs ?? 30_000;
    this.backoffMaxMs = opts.backoffMaxMs ?? 60 * 60_000;
    this.batchSize = opts.batchSize ?? 20;
    this.now = opts.now ?? Date.now;
  }

  /** Delay before attempt n+1 after n failed attempts: base·2^(n-1), capped. */
  backoffMs(attempts: number): number {
    return Math.min(this.backoffMaxMs, this.backoffBaseMs * 2 ** Math.max(0, attempts - 1));
  }

  /** Claims one due message; null if none was due or another worker got it first. */
  async claim(id: string): Promise<{ row: OutboxRow; token: string } | null> {
    const now = new Date(this.now()).toISOString();
    const token = randomUUID();
    const res = await this.db
      .updateTable('outbox')
      .set((eb) => ({
        status: 'sending',
        lease_token: token,
        lease_until: new Date(this.now() + this.leaseMs).toISOString(),
        attempts: eb('attempts', '+', 1),
      }))
      .where('id', '=', id)
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
          eb.and([eb('status', '=', 'sending'), eb('lease_until', '<', now)]),
        ]),
      )
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) return null;
    const row = await this.db.selectFrom('outbox').selectAll().where('id', '=', id).where('lease_token', '=', token).executeTakeFirst();
    return row ? { row, token } : null;
  }

  async dueIds(): Promise<string[]> {
    const now = new Date(this.now()).toISOString();
    const rows = await this.db
      .selectFrom('outbox')
      .select('id')
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
          eb.and([eb('status', '=', 'sending'), eb('lease_until', '<', now)]),
        ]),
      )
      .orderBy('next_attempt_at')
      .limit(this.batchSize)
      .execute();
    return rows.map((r) => r.id);
  }

  /** Pushes the lease forward, only while this worker still holds it. */
  async renewLease(id: string, token: string): Promise<boolean> {
    const res = await this.db
      .updateTable('outbox')
      .set({ lease_until: new Date(this.now() + this.leaseMs).toISOString() })
      .where('id', '=', id)
      .where('lease_token', '=', token)
      .where('status', '=', 'sending')
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  /** Sends a claimed message and records the outcome under the same lease token. */
  async deliver(claimed: { row: OutboxRow; token: string }): Promise<'sent' | 'retry' | 'failed' | 'lost-lease'> {
    const { row, token } = claimed;
    const renewal = setInterval(() => {
      this.renewLease(row.id, token).catch((err) => logEvent('outbox.error', { error: err instanceof Error ? err.name : 'unknown' }));
    }, Math.max(10, Math.floor(this.leaseMs / 3)));
    renewal.unref?.();
    try {
      await this.send({
        from: this.opts.from,
        to: row.to_address,
        subject: row.subject,
        text: row.text_body,
        html: row.html_body ?? undefined,
        messageId: row.message_id,
        ics: row.ics_body && row.ics_method ? { method: row.ics_method, content: row.ics_body } : undefined,
      });
    } catch (err) {
      clearInterval(renewal);
      const failed = row.attempts >= this.maxAttempts;
      const res = await this.db
        .updateTable('outbox')
        .set({
          status: failed ? 'failed' : 'pending',
          next_attempt_at: new Date(this.now() + this.backoffMs(row.attempts)).toISOString(),
          lease_token: null,
          lease_until: null,
          last_error: describeSmtpError(err),
        })
        .where('id', '=', row.id)
        .where('lease_token', '=', token)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) return 'lost-lease';
      logEvent(failed ? 'outbox.failed' : 'outbox.retry', { kind: row.kind, attempts: row.attempts, error: describeSmtpError(err) });
      return failed ? 'failed' : 'retry';
    }
    clearInterval(renewal);
    const res = await this.db
      .updateTable('outbox')
      .set({ status: 'sent', sent_at: new Date(this.now()).toISOString(), lease_token: null, lease_until: null, last_error: null })
      .where('id', '=', row.id)
      .where('lease_token', '=', token)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) {
      logEvent('outbox.lost-lease', { kind: row.kind });
      return 'lost-lease';
    }
    return 'sent';
  }

  /** One pass: claim and deliver everything due now (a batch at a time). */
  async runOnce(): Promise<{ sent: number; retry: number; failed: number }> {
    const tally = { sent: 0, retry: 0, failed: 0 };
    for (;;) {
      if (this.draining) return tally;
      const ids = await this.dueIds();
      if (ids.length === 0) return tally;
      let progressed = false;
      await Promise.all(
        ids.map(async (id) => {
          const claimed = await this.claim(id);
          if (!claimed) return;
          progressed = true;
          const outcome = await this.deliver(claimed);
          if (outcome === 'sent' || outcome === 'retry' || outcome === 'failed') tally[outcome] += 1;
        }),
      );
      if (!progressed) return tally;
    }
  }

  /** Polls every `intervalMs`; `kick()` runs a pass straight away (after a new request). */
  start(intervalMs = 5_000) {
    this.stopped = false;
    this.draining = false;
    const tick = async () => {
      await this.kick();
      if (!this.stopped) this.timer = setTimeout(tick, intervalMs);
      this.timer?.unref?.();
    };
    this.timer = setTimeout(tick, 0);
    this.timer.unref?.();
  }

  kick(): Promise<unknown> {
    if (this.running) {
      this.again = true; // a request arrived mid-pass: run once more when this pass ends
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          await this.runOnce();
        } catch (err) {
          logEvent('outbox.error', { error: err instanceof Error ? err.name : 'unknown' });
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  async stop() {
    this.stopped = true;
    this.draining = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}

/** SMTP status only: response texts can echo addresses, never message content. */
export function describeSmtpError(err: unknown): string {
  const e = err as { responseCode?: number; code?: string; response?: string; message?: string };
  const parts = [e.responseCode ? String(e.responseCode) : null, e.code ?? null, (e.response ?? e.message ?? '').slice(0, 200) || null];
  return parts.filter(Boolean).join(' ') || 'unknown error';
}

export async function listUnsent(db: Kysely<Database>): Promise<OutboxRow[]> {
  return db.selectFrom('outbox').selectAll().where('status', '!=', 'sent').orderBy('created_at').execute();
}
