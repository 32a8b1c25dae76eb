/**
 * Sign-in: per-address rate limit, throttling with growing delays per address and per account
 * (counted before the password is checked: lib/staff/throttle.ts), constant work for unknown
 * accounts, one generic failure message, a mail to the owner when throttling starts, and an audit
 * row for every outcome.
 */
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import type { RateLimiter } from '@/lib/http/rate-limit';
import type { StaffConfig } from './config';
import { dummyHash, verifyPassword } from './password';
import { claimAttempt, clearAttempts, sweepThrottle, throttleDelayMs, throttleKey, type ThrottleRule } from './throttle';
import { createSession } from './sessions';
import { audit } from './audit';
import { emailSchema } from './users';
import { queueSignInAlert, type ThrottleAlert } from './signin-alert';

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date; userId: string; email: string }
  | { ok: false; reason: 'invalid' | 'rate-limited' };

/** The one message every refused sign-in shows: it never says whether the account exists or is locked. */
export const GENERIC_SIGNIN_ERROR = 'The email address or password is not right, or the account is locked for a while. Try again later.';

export type SignInDeps = { limiter: RateLimiter; config: StaffConfig; now?: Date; alert?: ThrottleAlert };

const g = globalThis as typeof globalThis & { __throttleSweptAt?: number };

export async function signIn(db: Kysely<Database>, input: { email: unknown; password: unknown; clientKey: string }, deps: SignInDeps): Promise<SignInResult> {
  const now = deps.now ?? new Date();
  const t = now.getTime();
  const rate = await deps.limiter.hit(`staff-signin:${input.clientKey}`, t);
  if (!rate.allowed) {
    await audit(db, { actor: null, action: 'signin.rate-limited', at: now });
    return { ok: false, reason: 'rate-limited' };
  }
  const parsed = emailSchema.safeParse(typeof input.email === 'string' ? input.email.slice(0, 320) : '');
  const email = parsed.success ? parsed.data : typeof input.email === 'string' ? input.email.slice(0, 320) : '';
  const password = typeof input.password === 'string' ? input.password.slice(0, 1024) : '';
  const { config } = deps;
  const base = { baseMs: config.throttleBaseMs, maxMs: config.throttleMaxMs };
  const accountRule: ThrottleRule = { ...base, threshold: config.lockoutThreshold };
  const addressRule: ThrottleRule = { ...base, threshold: config.addressThreshold };

  // Counted before anything is checked; a blocked key refuses without looking at the password.
  // Unknown accounts are counted by the typed address too, so throttling says nothing about existence.
  const addressKey = throttleKey('address', input.clientKey);
  const byAddress = await claimAttempt(db, addressKey, t, addressRule);
  const accountKey = throttleKey('account', email);
  const byAccount = byAddress.admitted ? await claimAttempt(db, accountKey, t, accountRule) : { admitted: false as const };
  const user = parsed.success ? await db.selectFrom('staff_users').selectAll().where('email', '=', parsed.data).executeTakeFirst() : undefined;
  if (!byAddress.admitted || !byAccount.admitted) {
    await audit(db, { actor: user?.email ?? null, action: 'signin.locked', at: now });
    return { ok: false, reason: 'invalid' };
  }

  const right = user ? await verifyPassword(password, user.password_hash) : (await verifyPassword(password, await dummyHash()), false);
  if (!user || !right) {
    await audit(db, { actor: user?.email ?? null, action: 'signin.failure', detail: user ? null : 'unknown account', at: now });
    // Exactly one admitted attempt carries the threshold's number: throttling starts with it.
    if (user && byAccount.attempts === accountRule.threshold) {
      const waitMs = throttleDelayMs(byAccount.attempts, accountRule);
      await audit(db, { actor: user.email, action: 'signin.lockout', detail: `next attempt after ${Math.round(waitMs / 1000)} s, doubling`, at: now });
      await (deps.alert ?? queueSignInAlert)(db, user.email, { attempts: byAccount.attempts, waitMs, now });
    }
    return { ok: false, reason: 'invalid' };
  }
  await clearAttempts(db, accountKey, byAccount.attempts);
  await clearAttempts(db, addressKey, byAddress.attempts);
  if (t - (g.__throttleSweptAt ?? 0) > 3_600_000) {
    g.__throttleSweptAt = t;
    await sweepThrottle(db, t);
  }
  const session = await createSession(db, user.id, now, config);
  await audit(db, { actor: user.email, action: 'signin.success', at: now });
  return { ok: true, token: session.token, expiresAt: session.expiresAt, userId: user.id, email: user.email };
}
