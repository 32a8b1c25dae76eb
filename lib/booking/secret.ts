/**
 * The key that signs form tokens. BOOKING_SECRET wins; otherwise one is generated once and kept in
 * the database, so every instance sharing the database (and every restart) agrees on it.
 */
import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { logEvent } from './log';

export const MIN_SECRET_LENGTH = 16;

export async function getFormSecret(db: Kysely<Database>, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.BOOKING_SECRET && env.BOOKING_SECRET.length >= MIN_SECRET_LENGTH) return env.BOOKING_SECRET;
  if (env.BOOKING_SECRET) {
    // Still safe (the shared database key is used), but the operator meant to set one: say so.
    logEvent('booking.secret.error', { error: `BOOKING_SECRET is shorter than ${MIN_SECRET_LENGTH} characters and is ignored; using the key kept in the database` });
  }
  const key = 'booking_form_secret';
  await db
    .insertInto('app_settings')
    .values({ key, value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('app_settings').select('value').where('key', '=', key).executeTakeFirstOrThrow();
  return row.value;
}
