/** What the retention purge (lib/booking/purge.ts) would remove now. */
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { retentionCutoff } from '@/lib/booking/purge';

export async function countPurgeable(db: Kysely<Database>, now: Date, months: number): Promise<{ count: number; cutoff: Date }> {
  const cutoff = retentionCutoff(now, months);
  const row = await db
    .selectFrom('consultation_requests')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('created_at', '<', cutoff.toISOString())
    .executeTakeFirstOrThrow();
  return { count: Number(row.n), cutoff };
}
