/**
 * The key that signs form tokens. BOOKING_SECRET wins; otherwise one is generated once and kept in
 * the database, so every instance sharing the database (and every restart) agrees on it.
 */
import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';

export async function getFormSecret(db: Kysely<Database>, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.BOOKING_SECRET && env.BOOKING_SECRET.length >= 16) return env.BOOKING_SECRET;
  const key = 'booking_form_secret';
  await db
    .insertInto('app_settings')
    .values({ key, value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('app_settings').select('value').where('key', '=', key).executeTakeFirstOrThrow();
  return row.value;
}
