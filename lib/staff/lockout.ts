/** Account lockout: N consecutive failures lock the account for a period. */
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import type { StaffConfig } from './config';

/** Pure: is the account locked at `now`? */
export function isLocked(lockedUntil: string | null, now: Date): boolean {
  return lockedUntil !== null && Date.parse(lockedUntil) > now.getTime();
}

/** Pure: the state after one more failure. */
export function afterFailure(failedAttempts: number, now: Date, cfg: Pick<StaffConfig, 'lockoutThreshold' | 'lockoutMs'>): { failedAttempts: number; lockedUntil: string | null } {
  const n = failedAttempts + 1;
  if (n >= cfg.lockoutThreshold) return { failedAttempts: 0, lockedUntil: new Date(now.getTime() + cfg.lockoutMs).toISOString() };
  return { failedAttempts: n, lockedUntil: null };
}

/** Records a failure atomically-enough (one row, one update); returns true when it locked the account. */
export async function recordFailure(db: Kysely<Database>, userId: string, now: Date, cfg: Pick<StaffConfig, 'lockoutThreshold' | 'lockoutMs'>): Promise<boolean> {
  const row = await db.selectFrom('staff_users').select('failed_attempts').where('id', '=', userId).executeTakeFirst();
  if (!row) return false;
  const next = afterFailure(row.failed_attempts, now, cfg);
  await db.updateTable('staff_users').set({ failed_attempts: next.failedAttempts, locked_until: next.lockedUntil }).where('id', '=', userId).execute();
  return next.lockedUntil !== null;
}

export async function recordSuccess(db: Kysely<Database>, userId: string): Promise<void> {
  await db.updateTable('staff_users').set({ failed_attempts: 0, locked_until: null }).where('id', '=', userId).execute();
}
