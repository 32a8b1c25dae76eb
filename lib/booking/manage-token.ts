/**
 * The patient's manage link: 32 random bytes (base64url, 43 characters) that only the patient's
 * email carries. The database keeps the token's SHA-256, never the token, so a copy of the database
 * opens no request. Look-up is by that hash (an index: the time it takes says nothing about how
 * close a guess was, because the hash of a guess shares no prefix with the real one's), and the
 * found hash is compared again with crypto.timingSafeEqual. A token expires with the retention
 * period, and dies with its request when the patient withdraws (erasure) or the purge runs.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';

export const MANAGE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashManageToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new token and the row that stores its hash; the caller inserts the row in its own transaction. */
export function newManageToken(requestId: string, now: Date, retentionMonths: number) {
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(now.getTime());
  expires.setUTCMonth(expires.getUTCMonth() + retentionMonths);
  return {
    token,
    row: { token_hash: hashManageToken(token), request_id: requestId, created_at: now.toISOString(), expires_at: expires.toISOString() },
  };
}

/** The link the patient's emails carry. The token is in the query string, which the proxy's access log leaves out (deploy/nginx). */
export function manageUrl(siteUrl: string, token: string): string {
  return `${siteUrl}/booking/manage?t=${token}`;
}

/** The request a token opens, or null: malformed, unknown, expired or erased tokens all look the same. */
export async function findRequestByToken(db: Kysely<Database>, token: unknown, now: Date): Promise<string | null> {
  if (typeof token !== 'string' || !MANAGE_TOKEN_PATTERN.test(token)) return null;
  const hash = hashManageToken(token);
  const row = await db.selectFrom('booking_manage_tokens').select(['token_hash', 'request_id', 'expires_at']).where('token_hash', '=', hash).executeTakeFirst();
  if (!row) return null;
  const stored = Buffer.from(row.token_hash, 'hex');
  const given = Buffer.from(hash, 'hex');
  if (stored.length !== given.length || !timingSafeEqual(stored, given)) return null;
  if (row.expires_at <= now.toISOString()) return null;
  return row.request_id;
}
