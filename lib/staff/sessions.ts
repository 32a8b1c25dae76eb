/** Session records in the database: create, validate (idle and absolute expiry), revoke. */
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import type { StaffConfig } from './config';
import { hashToken, newToken } from './tokens';
import { roleOf, type StaffRole } from './roles';

export type SessionTimes = { created_at: string; last_seen_at: string; expires_at: string };

/** Pure: is a session still valid at `now`? */
export function sessionState(s: SessionTimes, now: Date, idleMs: number): 'valid' | 'idle-expired' | 'expired' {
  const t = now.getTime();
  if (t >= Date.parse(s.expires_at)) return 'expired';
  if (t - Date.parse(s.last_seen_at) >= idleMs) return 'idle-expired';
  return 'valid';
}

export async function createSession(db: Kysely<Database>, userId: string, now: Date, cfg: Pick<StaffConfig, 'absoluteMs'>): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + cfg.absoluteMs);
  await db
    .insertInto('staff_sessions')
    .values({ token_hash: hashToken(token), user_id: userId, created_at: now.toISOString(), last_seen_at: now.toISOString(), expires_at: expiresAt.toISOString() })
    .execute();
  return { token, expiresAt };
}

export type StaffUser = { id: string; email: string; mustChangePassword: boolean; role: StaffRole; authorId: string | null };

/** The signed-in user for a cookie token, or null. Expired sessions are deleted; valid ones are touched. */
export async function validateSession(db: Kysely<Database>, token: string | undefined, now: Date, cfg: Pick<StaffConfig, 'idleMs'>): Promise<StaffUser | null> {
  if (!token || token.length > 200) return null;
  const tokenHash = hashToken(token);
  const row = await db
    .selectFrom('staff_sessions')
    .innerJoin('staff_users', 'staff_users.id', 'staff_sessions.user_id')
    .select(['staff_sessions.created_at', 'staff_sessions.last_seen_at', 'staff_sessions.expires_at', 'staff_users.id', 'staff_users.email', 'staff_users.must_change_password', 'staff_users.role', 'staff_users.author_id'])
    .where('staff_sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return null;
  if (sessionState(row, now, cfg.idleMs) !== 'valid') {
    await db.deleteFrom('staff_sessions').where('token_hash', '=', tokenHash).execute();
    return null;
  }
  // Touch at most once a minute: every page view need not be a write.
  if (now.getTime() - Date.parse(row.last_seen_at) > 60_000) {
    await db.updateTable('staff_sessions').set({ last_seen_at: now.toISOString() }).where('token_hash', '=', tokenHash).execute();
  }
  return { id: row.id, email: row.email, mustChangePassword: row.must_change_password === 1, role: roleOf(row.role), authorId: row.author_id };
}

export async function revokeSession(db: Kysely<Database>, token: string | undefined): Promise<void> {
  if (!token) return;
  await db.deleteFrom('staff_sessions').where('token_hash', '=', hashToken(token)).execute();
}
