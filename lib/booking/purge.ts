/**
 * Storage limitation (UK GDPR Art. 5(1)(e)): requests older than the retention period are deleted
 * together with their consent records, appointments, manage links and queued mail, in one
 * transaction. The same run deletes expired manage links, and the final message of an erasure
 * once it has been sent (until then it is the one place the withdrawn patient's address is kept).
 */
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';

/** The cutoff instant: `months` calendar months before `now` (UTC). */
export function retentionCutoff(now: Date, months: number): Date {
  const d = new Date(now.getTime());
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

export async function purgeRequests(db: Kysely<Database>, opts: { now: Date; months: number }): Promise<{ removed: number; cutoff: Date }> {
  const cutoff = retentionCutoff(opts.now, opts.months);
  const iso = cutoff.toISOString();
  const removed = await db.transaction().execute(async (trx) => {
    const old = trx.selectFrom('consultation_requests').select('id').where('created_at', '<', iso);
    await trx.deleteFrom('consent_records').where('request_id', 'in', old).execute();
    await trx.deleteFrom('outbox').where('request_id', 'in', old).execute();
    await trx.deleteFrom('appointments').where('request_id', 'in', old).execute();
    await trx.deleteFrom('booking_manage_tokens').where((eb) => eb.or([eb('request_id', 'in', old), eb('expires_at', '<=', opts.now.toISOString())])).execute();
    await trx.deleteFrom('request_notes').where('request_id', 'in', old).execute();
    // Sent, or undeliverable for longer than the retention period allows: the address goes now.
    await trx
      .deleteFrom('outbox')
      .where('kind', '=', 'patient-erasure')
      .where((eb) => eb.or([eb('status', '=', 'sent'), eb('created_at', '<', iso)]))
      .execute();
    const res = await trx.deleteFrom('consultation_requests').where('created_at', '<', iso).executeTakeFirst();
    return Number(res.numDeletedRows);
  });
  return { removed, cutoff };
}

/** What the purge would remove now: for `--dry-run` and the staff area's confirmation step. */
export async function countPurgeable(db: Kysely<Database>, now: Date, months: number): Promise<{ count: number; cutoff: Date }> {
  const cutoff = retentionCutoff(now, months);
  const row = await db
    .selectFrom('consultation_requests')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('created_at', '<', cutoff.toISOString())
    .executeTakeFirstOrThrow();
  return { count: Number(row.n), cutoff };
}
