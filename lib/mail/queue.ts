/**
 * Queues one message in the outbox, which the outbox worker delivers with retries. For mail that
 * belongs to no consultation request (e.g. the sign-in alert to a staff member); the booking's own
 * mail is queued inside its request's transaction (lib/booking/store.ts).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';

export type QueuedMail = { kind: string; to: string; subject: string; text: string; html?: string | null };

export async function queueMail(db: Kysely<Database>, mail: QueuedMail, opts: { now: Date; siteUrl: string }): Promise<string> {
  const id = randomUUID();
  const at = opts.now.toISOString();
  await db
    .insertInto('outbox')
    .values({
      id,
      request_id: null,
      kind: mail.kind,
      to_address: mail.to,
      subject: mail.subject,
      text_body: mail.text,
      html_body: mail.html ?? null,
      message_id: `<${randomUUID()}@${hostnameOf(opts.siteUrl)}>`,
      status: 'pending',
      attempts: 0,
      next_attempt_at: at,
      lease_token: null,
      lease_until: null,
      last_error: null,
      created_at: at,
      sent_at: null,
    })
    .execute();
  return id;
}

function hostnameOf(url: string) {
  try {
    return new URL(url).hostname || 'localhost';
  } catch {
    return 'localhost';
  }
}
