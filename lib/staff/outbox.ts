/** The staff view of the outbox: what has not been sent, and a retry that makes a message due now. */
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';

export async function listUnsentForStaff(db: Kysely<Database>) {
  return db
    .selectFrom('outbox')
    .select(['id', 'request_id', 'kind', 'to_address', 'subject', 'status', 'attempts', 'next_attempt_at', 'last_error', 'created_at'])
    .where('status', '!=', 'sent')
    .orderBy('created_at', 'desc')
    .limit(500)
    .execute();
}

/**
 * Makes a pending or failed message due now (the worker picks it up on its next pass). A failed
 * message gets a fresh set of attempts. Messages in flight ('sending', leased) or sent are left alone.
 */
export async function retryOutboxMessage(db: Kysely<Database>, id: string, now: Date): Promise<boolean> {
  const res = await db
    .updateTable('outbox')
    .set((eb) => ({
      status: 'pending',
      next_attempt_at: now.toISOString(),
      attempts: eb.case().when('status', '=', 'failed').then(0).else(eb.ref('attempts')).end(),
    }))
    .where('id', '=', id)
    .where('status', 'in', ['pending', 'failed'])
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
