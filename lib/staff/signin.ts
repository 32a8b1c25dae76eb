/**
 * Sign-in: per-address rate limit, per-account lockout, constant work for unknown accounts, one
 * generic failure message, and an audit row for every outcome.
 */
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import type { RateLimiter } from '@/lib/booking/rate-limit';
import type { StaffConfig } from './config';
import { dummyHash, verifyPassword } from './password';
import { isLocked, recordFailure, recordSuccess } from './lockout';
import { createSession } from './sessions';
import { audit } from './audit';
import { emailSchema } from './users';

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date; userId: string; email: string }
  | { ok: false; reason: 'invalid' | 'rate-limited' };

/** The one message every refused sign-in shows: it never says whether the account exists or is locked. */
export const GENERIC_SIGNIN_ERROR = 'The email address or password is not right, or the account is locked for a while. Try again later.';

export async function signIn(
  db: Kysely<Database>,
  input: { email: unknown; password: unknown; clientKey: string },
  deps: { limiter: RateLimiter; config: StaffConfig; now?: Date },
): Promise<SignInResult> {
  const now = deps.now ?? new Date();
  const rate = await deps.limiter.hit(`staff-signin:${input.clientKey}`, now.getTime());
  if (!rate.allowed) {
    await audit(db, { actor: null, action: 'signin.rate-limited', at: now });
    return { ok: false, reason: 'rate-limited' };
  }
  const parsed = emailSchema.safeParse(typeof input.email === 'string' ? input.email.slice(0, 320) : '');
  const password = typeof input.password === 'string' ? input.password.slice(0, 1024) : '';
  const user = parsed.success ? await db.selectFrom('staff_users').selectAll().where('email', '=', parsed.data).executeTakeFirst() : undefined;

  if (!user) {
    await verifyPassword(password, await dummyHash()); // same cost as a real account
    await audit(db, { actor: null, action: 'signin.failure', detail: 'unknown account', at: now });
    return { ok: false, reason: 'invalid' };
  }
  if (isLocked(user.locked_until, now)) {
    await verifyPassword(password, await dummyHash());
    await audit(db, { actor: user.email, action: 'signin.locked', at: now });
    return { ok: false, reason: 'invalid' };
  }
  if (!(await verifyPassword(password, user.password_hash))) {
    const locked = await recordFailure(db, user.id, now, deps.config);
    await audit(db, { actor: user.email, action: 'signin.failure', at: now });
    if (locked) await audit(db, { actor: user.email, action: 'signin.lockout', detail: `locked for ${Math.round(deps.config.lockoutMs / 60_000)} min`, at: now });
    return { ok: false, reason: 'invalid' };
  }
  await recordSuccess(db, user.id);
  const session = await createSession(db, user.id, now, deps.config);
  await audit(db, { actor: user.email, action: 'signin.success', at: now });
  return { ok: true, token: session.token, expiresAt: session.expiresAt, userId: user.id, email: user.email };
}
