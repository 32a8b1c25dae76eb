/**
 * Storage limitation (UK GDPR Art. 5(1)(e)): requests older than the retention period are deleted
 * together with their consent records and queued mail, in one transaction.
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
