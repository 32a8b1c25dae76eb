/**
 * Single-use form tokens: a token's nonce is recorded when it stores a request. Recording is one
 * insert that does nothing on conflict, so of two submissions racing with the same token exactly
 * one gets to store, in SQLite and PostgreSQL alike. Rows outlive their token by nothing: once a
 * token has expired it is refused for its age, so its row can go.
 */
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';

/** True if this call spent the nonce; false if it had been spent before (a replayed form). */
export async function spendFormToken(db: Kysely<Database>, nonce: string, expiresAt: Date, now: Date): Promise<boolean> {
  await db.deleteFrom('booking_spent_tokens').where('expires_at', '<', now.toISOString()).execute();
  const res = await db
    .insertInto('booking_spent_tokens')
    .values({ nonce, expires_at: expiresAt.toISOString() })
    .onConflict((oc) => oc.column('nonce').doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}
