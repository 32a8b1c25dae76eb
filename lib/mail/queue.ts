/**
 * Outbox rows: what the outbox worker delivers, with retries. `outboxRow` is the one shape of a
 * queued message (the booking store inserts its mail with it inside its request's transaction);
 * `queueMail` queues one message that belongs to no request, e.g. the sign-in alert to a staff member.
 */
import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';

export type QueuedMail = { kind: string; to: string; subject: string; text: string; html?: string | null };

export function outboxRow(mail: QueuedMail, opts: { now: Date; siteUrl: string; requestId?: string | null }): Insertable<Database['outbox']> {
  const at = opts.now.toISOString();
  return {
    id: randomUUID(),
    request_id: opts.requestId ?? null,
    kind: mail.kind,
    to_address: mail.to,
    subject: mail.subject,
    text_body: mail.text,
    html_body: mail.html ?? null,
    // Fixed at queue time, so a resend after a crash carries the same Message-ID.
    message_id: `<${randomUUID()}@${hostnameOf(opts.siteUrl)}>`,
    status: 'pending',
    attempts: 0,
    next_attempt_at: at,
    lease_token: null,
    lease_until: null,
    last_error: null,
    created_at: at,
    sent_at: null,
  };
}

export async function queueMail(db: Kysely<Database>, mail: QueuedMail, opts: { now: Date; siteUrl: string }): Promise<string> {
  const row = outboxRow(mail, opts);
  await db.insertInto('outbox').values(row).execute();
  return row.id;
}

function hostnameOf(url: string) {
  try {
    return new URL(url).hostname || 'localhost';
  } catch {
    return 'localhost';
  }
}
