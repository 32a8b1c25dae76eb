/** Sessions, lockout and sign-in against real databases (SQLite file; PostgreSQL when TEST_DATABASE_URL is set, required in CI). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseFactories, type TestDb } from '../booking/helpers';
import { MemoryRateLimiter } from '@/lib/http/rate-limit';
import { staffConfig, type StaffConfig } from '@/lib/staff/config';
import { createSession, revokeSession, sessionState, validateSession } from '@/lib/staff/sessions';
import { throttleDelayMs } from '@/lib/staff/throttle';
import { signIn } from '@/lib/staff/signin';
import { changePassword, createStaffUser, newPasswordProblem } from '@/lib/staff/users';
import { hashToken } from '@/lib/staff/tokens';

const MIN = 60_000;
const cfg: StaffConfig = { ...staffConfig({} as NodeJS.ProcessEnv), idleMs: 30 * MIN, absoluteMs: 12 * 60 * MIN, lockoutThreshold: 3, throttleBaseMs: MIN, throttleMaxMs: 15 * MIN, ipLimit: 100, ipWindowMs: 10 * MIN };

describe('session expiry (pure)', () => {
  const t0 = new Date('2026-11-25T10:00:00.000Z');
  const s = { created_at: t0.toISOString(), last_seen_at: t0.toISOString(), expires_at: new Date(t0.getTime() + 12 * 60 * MIN).toISOString() };
  it.each([
    [0, 'valid'],
    [29 * MIN, 'valid'],
    [30 * MIN, 'idle-expired'],
    [12 * 60 * MIN, 'expired'],
  ])('at +%i ms a session is %s', (dt, state) => {
    expect(sessionState(s, new Date(t0.getTime() + dt), 30 * MIN)).toBe(state);
  });
  it('absolute expiry wins even for a session in constant use', () => {
    const busy = { ...s, last_seen_at: new Date(t0.getTime() + 12 * 60 * MIN - 1000).toISOString() };
    expect(sessionState(busy, new Date(t0.getTime() + 12 * 60 * MIN), 30 * MIN)).toBe('expired');
  });
});

describe('throttle delays (pure)', () => {
  const rule = { threshold: cfg.lockoutThreshold, baseMs: cfg.throttleBaseMs, maxMs: cfg.throttleMaxMs };
  it('admits attempts freely below the threshold, then doubles the wait from the threshold on, up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 50].map((n) => throttleDelayMs(n, rule) / MIN)).toEqual([0, 0, 1, 2, 4, 8, 15, 15, 15]);
  });
});

describe('new password checks (pure)', () => {
  it.each([
    ['short', 'short', 'too-short'],
    ['a long new password', 'a long new passwore', 'mismatch'],
    ['the current password', 'the current password', 'same'],
    ['a long new password', 'a long new password', null],
  ])('%s / %s → %s', (next, confirm, problem) => {
    expect(newPasswordProblem('the current password', next, confirm)).toBe(problem);
  });
});

for (const factory of databaseFactories()) {
  describe(`staff auth on ${factory.name}`, () => {
    let t: TestDb;
    beforeEach(async () => {
      t = await factory.open();
    });
    afterEach(async () => {
      await t?.cleanup();
    });

    const PASSWORD = 'a long enough password';
    const deps = (now: Date, limiter = new MemoryRateLimiter(100, 10 * MIN)) => ({ limiter, config: cfg, now });
    const actions = async () => (await t.db.selectFrom('audit_log').select(['action', 'actor']).orderBy('at').orderBy('id').execute()).map((r) => `${r.action}:${r.actor ?? '-'}`);

    it('creates accounts with a hashed password, lower-cased email, and refuses duplicates and short passwords', async () => {
      const u = await createStaffUser(t.db, { role: 'manager', email: ' Manager@Clinic.Test ', password: PASSWORD });
      expect(u.email).toBe('manager@clinic.test');
      const row = await t.db.selectFrom('staff_users').selectAll().executeTakeFirstOrThrow();
      expect(row.password_hash).not.toContain(PASSWORD);
      expect(row.must_change_password).toBe(0);
      await expect(createStaffUser(t.db, { role: 'manager', email: 'manager@clinic.test', password: PASSWORD })).rejects.toThrow(/already exists/);
      await expect(createStaffUser(t.db, { role: 'manager', email: 'other@clinic.test', password: 'short' })).rejects.toThrow(/at least 12/);
      await expect(createStaffUser(t.db, { role: 'manager', email: 'not an email', password: PASSWORD })).rejects.toThrow();
      const gen = await createStaffUser(t.db, { role: 'manager', email: 'new@clinic.test' });
      expect(gen.generated).toBe(true);
      expect(gen.password).toHaveLength(20);
    });

    it('sessions: valid until idle or absolute expiry, stored hashed, deleted on expiry and on sign-out', async () => {
      const { id } = await createStaffUser(t.db, { role: 'manager', email: 'a@clinic.test', password: PASSWORD });
      const t0 = new Date('2026-11-25T10:00:00.000Z');
      const { token } = await createSession(t.db, id, t0, cfg);
      const stored = await t.db.selectFrom('staff_sessions').selectAll().executeTakeFirstOrThrow();
      expect(stored.token_hash).toBe(hashToken(token));
      expect(JSON.stringify(stored)).not.toContain(token);

      expect(await validateSession(t.db, token, new Date(t0.getTime() + 20 * MIN), cfg)).toMatchObject({ email: 'a@clinic.test' });
      // Use at +20 min moved the idle window: +45 min is 25 min idle, still valid.
      expect(await validateSession(t.db, token, new Date(t0.getTime() + 45 * MIN), cfg)).not.toBeNull();
      expect(await validateSession(t.db, 'not-a-token', t0, cfg)).toBeNull();
      expect(await validateSession(t.db, undefined, t0, cfg)).toBeNull();
      // 31 minutes after the last use: idle-expired, and the row is gone.
      expect(await validateSession(t.db, token, new Date(t0.getTime() + 76 * MIN), cfg)).toBeNull();
      expect(await t.db.selectFrom('staff_sessions').selectAll().execute()).toHaveLength(0);

      const second = await createSession(t.db, id, t0, cfg);
      expect(await validateSession(t.db, second.token, new Date(t0.getTime() + 12 * 60 * MIN), { idleMs: 24 * 60 * MIN })).toBeNull();

      const third = await createSession(t.db, id, t0, cfg);
      await revokeSession(t.db, third.token);
      expect(await validateSession(t.db, third.token, t0, cfg)).toBeNull();
    });

    it('a one-time password must be changed; the change checks the current password and ends other sessions', async () => {
      const u = await createStaffUser(t.db, { role: 'manager', email: 'new@clinic.test' });
      const now = new Date();
      const mine = await createSession(t.db, u.id, now, cfg);
      const other = await createSession(t.db, u.id, now, cfg);
      expect(await validateSession(t.db, mine.token, now, cfg)).toMatchObject({ mustChangePassword: true });
      expect(await changePassword(t.db, u.id, { current: 'wrong one-time pw', next: PASSWORD, confirm: PASSWORD })).toBe('current-wrong');
      expect(await changePassword(t.db, u.id, { current: u.password, next: 'short', confirm: 'short' })).toBe('too-short');
      expect(await changePassword(t.db, u.id, { current: u.password, next: PASSWORD, confirm: PASSWORD, keepTokenHash: hashToken(mine.token) })).toBeNull();
      expect(await validateSession(t.db, mine.token, now, cfg)).toMatchObject({ mustChangePassword: false });
      expect(await validateSession(t.db, other.token, now, cfg)).toBeNull();
      const d = deps(now);
      expect((await signIn(t.db, { email: 'new@clinic.test', password: u.password, clientKey: 'ip1' }, d)).ok).toBe(false);
      expect((await signIn(t.db, { email: 'new@clinic.test', password: PASSWORD, clientKey: 'ip1' }, d)).ok).toBe(true);
    });

    it('signs in with the right password, and audits it', async () => {
      await createStaffUser(t.db, { role: 'manager', email: 'a@clinic.test', password: PASSWORD });
      const now = new Date();
      const res = await signIn(t.db, { email: 'A@clinic.test', password: PASSWORD, clientKey: 'ip1' }, deps(now));
      expect(res.ok).toBe(true);
      if (!res.ok) return;
      expect(await validateSession(t.db, res.token, now, cfg)).toMatchObject({ email: 'a@clinic.test' });
      expect(await actions()).toEqual(['signin.success:a@clinic.test']);
    });

    it('throttles the account after the threshold, refuses even the right password while blocked, and admits it after the first delay', async () => {
      await createStaffUser(t.db, { role: 'manager', email: 'a@clinic.test', password: PASSWORD });
      const t0 = new Date();
      const d = deps(t0);
      for (let i = 0; i < 3; i++) expect(await signIn(t.db, { email: 'a@clinic.test', password: 'wrong password', clientKey: 'ip1' }, d)).toEqual({ ok: false, reason: 'invalid' });
      const locked = await signIn(t.db, { email: 'a@clinic.test', password: PASSWORD, clientKey: 'ip1' }, d);
      expect(locked).toEqual({ ok: false, reason: 'invalid' }); // same answer as a wrong password: no enumeration
      // Same clock for every attempt, so compare as a multiset.
      expect((await actions()).sort()).toEqual(['signin.failure:a@clinic.test', 'signin.failure:a@clinic.test', 'signin.failure:a@clinic.test', 'signin.locked:a@clinic.test', 'signin.lockout:a@clinic.test']);
      const later = await signIn(t.db, { email: 'a@clinic.test', password: PASSWORD, clientKey: 'ip1' }, { ...d, now: new Date(t0.getTime() + cfg.throttleBaseMs) });
      expect(later.ok).toBe(true);
      expect(await t.db.selectFrom('signin_throttle').selectAll().execute()).toEqual([]);
    });

    it('a success resets the failure count', async () => {
      await createStaffUser(t.db, { role: 'manager', email: 'a@clinic.test', password: PASSWORD });
      const d = deps(new Date());
      for (let round = 0; round < 3; round++) {
        for (let i = 0; i < 2; i++) await signIn(t.db, { email: 'a@clinic.test', password: 'nope nope nope', clientKey: 'ip1' }, d);
        expect((await signIn(t.db, { email: 'a@clinic.test', password: PASSWORD, clientKey: 'ip1' }, d)).ok).toBe(true);
      }
    });

    it('answers an unknown account exactly like a wrong password', async () => {
      await createStaffUser(t.db, { role: 'manager', email: 'a@clinic.test', password: PASSWORD });
      const d = deps(new Date());
      const unknown = await signIn(t.db, { email: 'nobody@clinic.test', password: PASSWORD, clientKey: 'ip1' }, d);
      const wrong = await signIn(t.db, { email: 'a@clinic.test', password: 'not the password', clientKey: 'ip1' }, d);
      expect(unknown).toEqual(wrong);
      const junk = await signIn(t.db, { email: ['x'], password: 42, clientKey: 'ip1' }, d);
      expect(junk).toEqual(wrong);
      expect(await actions()).toContain('signin.failure:-');
    });

    it('rate-limits sign-in attempts per client address, even with the right password', async () => {
      await createStaffUser(t.db, { role: 'manager', email: 'a@clinic.test', password: PASSWORD });
      const limiter = new MemoryRateLimiter(2, 10 * MIN);
      const now = new Date();
      const d = { limiter, config: { ...cfg, lockoutThreshold: 100 }, now };
      await signIn(t.db, { email: 'a@clinic.test', password: 'wrong password 1', clientKey: 'ip1' }, d);
      await signIn(t.db, { email: 'a@clinic.test', password: 'wrong password 2', clientKey: 'ip1' }, d);
      expect(await signIn(t.db, { email: 'a@clinic.test', password: PASSWORD, clientKey: 'ip1' }, d)).toEqual({ ok: false, reason: 'rate-limited' });
      expect((await signIn(t.db, { email: 'a@clinic.test', password: PASSWORD, clientKey: 'ip2' }, d)).ok).toBe(true);
      expect(await actions()).toContain('signin.rate-limited:-');
    });
  });
}
