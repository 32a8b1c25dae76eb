/**
 * Sign-in throttling with growing delays, per account and per client address. Every attempt is
 * counted in the database BEFORE its password is checked, by one insert-or-increment that also
 * refuses while the key is blocked; so parallel attempts cannot all slip past the count. From the
 * threshold on, each admitted attempt blocks the key for a delay that doubles with every further
 * attempt (base, 2·base, 4·base … capped): a success clears it, a failure leaves it standing.
 * The cap bounds how long anyone else's failures can keep an account's owner out.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '@/lib/db/schema';

export type ThrottleRule = { threshold: number; baseMs: number; maxMs: number };

/** A count untouched this long starts again from zero (a typo last month does not count today). */
export const STALE_AFTER_MS = 24 * 60 * 60_000;

/** Pure: how long the attempt numbered `attempts` (1-based, counted before checking) blocks the key. */
export function throttleDelayMs(attempts: number, rule: ThrottleRule): number {
  if (attempts < rule.threshold) return 0;
  return Math.min(rule.maxMs, rule.baseMs * 2 ** Math.min(attempts - rule.threshold, 40));
}

/** Keys are hashed: neither an address someone typed nor a client IP is stored as text. */
export function throttleKey(kind: 'account' | 'address', value: string): string {
  return createHash('sha256').update(`${kind}:${value.trim().toLowerCase()}`).digest('hex');
}

export type Claim = { admitted: true; attempts: number; blockedUntil: number | null } | { admitted: false };

/**
 * Counts one attempt on `key` and admits it unless the key is blocked at `now`. Atomic on SQLite
 * and PostgreSQL alike: the conflict update takes the row lock, and its WHERE sees the latest row.
 */
export async function claimAttempt(db: Kysely<Database>, key: string, now: number, rule: ThrottleRule): Promise<Claim> {
  const at = sql<number>`cast(${now} as bigint)`;
  const stale = sql`cast(${now - STALE_AFTER_MS} as bigint)`;
  // The attempt's number: one more than before, or 1 when the old count went stale.
  const next = sql<number>`(case when signin_throttle.updated_at < ${stale} then 1 else signin_throttle.attempts + 1 end)`;
  const row = await db
    .insertInto('signin_throttle')
    .values({ key, attempts: 1, blocked_until: blockedFrom(sql.lit(1), at, rule), updated_at: at })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({ attempts: next, blocked_until: blockedFrom(next, at, rule), updated_at: at })
        .where((eb) => eb.or([eb('signin_throttle.blocked_until', 'is', null), eb('signin_throttle.blocked_until', '<=', at)])),
    )
    .returning(['attempts', 'blocked_until'])
    .executeTakeFirst();
  if (!row) return { admitted: false };
  return { admitted: true, attempts: Number(row.attempts), blockedUntil: row.blocked_until === null ? null : Number(row.blocked_until) };
}

/**
 * `at + delay(n)` in SQL, or null below the threshold. The doubling is spelled out as a CASE over
 * the few steps before the cap, so no dialect-specific power function is needed.
 */
function blockedFrom(n: RawBuilder<unknown>, at: RawBuilder<unknown>, rule: ThrottleRule): RawBuilder<number | null> {
  const steps: RawBuilder<unknown>[] = [];
  for (let i = 0; ; i++) {
    const delay = throttleDelayMs(rule.threshold + i, rule);
    if (delay >= rule.maxMs) {
      const branches = steps.length ? sql.join(steps, sql` `) : sql``;
      return sql<number | null>`(case when ${n} < ${sql.lit(rule.threshold)} then null else ${at} + (case ${n} - ${sql.lit(rule.threshold)} ${branches} else ${sql.lit(rule.maxMs)} end) end)`;
    }
    steps.push(sql`when ${sql.lit(i)} then ${sql.lit(delay)}`);
  }
}

/** After a success: clears the key, unless attempts were counted after this one (they still stand). */
export async function clearAttempts(db: Kysely<Database>, key: string, attempts: number): Promise<void> {
  await db.deleteFrom('signin_throttle').where('key', '=', key).where('attempts', '=', attempts).execute();
}

/** Drops counts that have gone stale and are not blocking (called now and then, not per attempt). */
export async function sweepThrottle(db: Kysely<Database>, now: number): Promise<void> {
  await db
    .deleteFrom('signin_throttle')
    .where('updated_at', '<', now - STALE_AFTER_MS)
    .where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<', now)]))
    .execute();
}
