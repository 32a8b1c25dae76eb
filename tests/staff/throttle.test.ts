/**
 * Sign-in throttling against real databases (a SQLite file; PostgreSQL when TEST_DATABASE_URL is
 * set): attempts counted atomically before the password is checked, growing delays, the cap, the
 * per-address count and the owner's alert mail.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseFactories, type TestDb } from '../booking/helpers';
import { MemoryRateLimiter } from '@/lib/http/rate-limit';
import { staffConfig, type StaffConfig } from '@/lib/staff/config';
import { signIn } from '@/lib/staff/signin';
import { randomUUID } from 'node:crypto';
import { hashPassword } from '@/lib/staff/password';
import { claimAttempt, throttleKey } from '@/lib/staff/throttle';

const MIN = 60_000;
const PASSWORD = 'a long enough password';
const cfg: StaffConfig = { ...staffConfig({} as NodeJS.ProcessEnv), lockoutThreshold: 5, addressThreshold: 100, throttleBaseMs: MIN, throttleMaxMs: 15 * MIN, ipLimit: 10_000 };

for (const factory of databaseFactories()) {
  describe(`sign-in throttling on ${factory.name}`, () => {
    let t: TestDb;
    beforeEach(async () => {
      t = await factory.open();
    });
    afterEach(async () => {
      await t?.cleanup();
    });

    /** A staff account whose hash is cheap to check: these tests count checks, not their cost. */
    async function account(email: string) {
      const id = randomUUID();
      const password_hash = await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 });
      await t.db.insertInto('staff_users').values({ id, email, password_hash, locked_until: null, created_at: new Date().toISOString() }).execute();
      return { id, email };
    }
    const deps = (now: Date, config = cfg) => ({ limiter: new MemoryRateLimiter(10_000, 10 * MIN), config, now });
    const audits = async (action: string) => (await t.db.selectFrom('audit_log').select('id').where('action', '=', action).execute()).length;
    const alerts = async (to: string) => t.db.selectFrom('outbox').select(['kind', 'subject', 'text_body']).where('to_address', '=', to).execute();

    it('40 parallel sign-ins: at most the threshold of passwords are checked, and a right one in the burst neither signs in nor clears the block', async () => {
      const owner = await account('owner@clinic.test');
      const now = new Date();
      const d = deps(now);
      const burst = Array.from({ length: 40 }, (_, i) => signIn(t.db, { email: owner.email, password: i === 39 ? PASSWORD : `wrong password ${i}`, clientKey: '203.0.113.9' }, d));
      const results = await Promise.all(burst);
      const checked = (await audits('signin.failure')) + (await audits('signin.success'));
      console.info(`[throttle ${factory.name}] 40 parallel sign-ins, threshold ${cfg.lockoutThreshold}: ${checked} passwords checked, ${await audits('signin.locked')} refused unchecked`);
      expect(checked).toBeLessThanOrEqual(cfg.lockoutThreshold);
      expect(await audits('signin.locked')).toBe(40 - checked);
      expect(results[39]).toEqual({ ok: false, reason: 'invalid' });
      expect(results.every((r) => !r.ok)).toBe(true);
      // Still blocked: the right password, sent alone now, is refused without being checked.
      expect(await signIn(t.db, { email: owner.email, password: PASSWORD, clientKey: '203.0.113.9' }, d)).toEqual({ ok: false, reason: 'invalid' });
      expect(await t.db.selectFrom('staff_sessions').selectAll().execute()).toEqual([]);
      // Throttling started once, and the owner was told once.
      expect(await audits('signin.lockout')).toBe(1);
      expect(await alerts(owner.email)).toHaveLength(1);
    });

    it('each further failure doubles the wait, up to the cap; the right password is refused while blocked and admitted after', async () => {
      const owner = await account('owner@clinic.test');
      const t0 = Date.now();
      const at = (ms: number) => deps(new Date(t0 + ms));
      const attempt = (ms: number, password: string) => signIn(t.db, { email: owner.email, password, clientKey: '203.0.113.9' }, at(ms));
      for (let i = 0; i < 5; i++) await attempt(0, 'wrong password');
      // Blocked for 1 minute: even the right password is refused, and not checked.
      const checksBefore = await audits('signin.failure');
      expect((await attempt(MIN - 1, PASSWORD)).ok).toBe(false);
      expect(await audits('signin.failure')).toBe(checksBefore);
      // After 1 min a failure blocks for 2, then 4, 8, then the 15-minute cap.
      let clock = MIN;
      for (const wait of [2, 4, 8, 15, 15]) {
        await attempt(clock, 'wrong again');
        expect((await attempt(clock + wait * MIN - 1, PASSWORD)).ok, `still blocked just before ${wait} min`).toBe(false);
        clock += wait * MIN;
      }
      // The cap: however long the attacker kept at it, the owner waits at most 15 minutes.
      const ok = await attempt(clock, PASSWORD);
      expect(ok.ok).toBe(true);
      expect(await t.db.selectFrom('signin_throttle').selectAll().where('key', '=', throttleKey('account', owner.email)).execute()).toEqual([]);
      expect(await alerts(owner.email)).toHaveLength(1);
    });

    it('mails the owner when throttling starts, saying what happened and what to do; no mail for an unknown account', async () => {
      const owner = await account('owner@clinic.test');
      const now = new Date();
      for (let i = 0; i < 5; i++) await signIn(t.db, { email: owner.email, password: `nope ${i}`, clientKey: '203.0.113.9' }, deps(now));
      // Unknown accounts are throttled alike (a short threshold keeps their full-cost dummy checks few).
      const short = { ...cfg, lockoutThreshold: 2 };
      for (let i = 0; i < 3; i++) await signIn(t.db, { email: 'nobody@clinic.test', password: `nope ${i}`, clientKey: '203.0.113.9' }, deps(now, short));
      const [mail] = await alerts(owner.email);
      expect(mail.kind).toBe('staff-signin-alert');
      expect(mail.subject).toMatch(/failed sign-ins/);
      expect(mail.text_body).toContain('5 failed attempts');
      expect(mail.text_body).toContain('60 seconds');
      expect(await alerts('nobody@clinic.test')).toEqual([]);
      expect((await t.db.selectFrom('outbox').selectAll().execute()).length).toBe(1);
    }, 120_000); // two unknown-account checks run at the real hashing cost (the same work as a real account)

    it('throttles an address that tries many accounts, while the same accounts stay open from elsewhere', async () => {
      await account('owner@clinic.test');
      for (let i = 0; i < 2; i++) await account(`guess${i}@clinic.test`);
      const now = new Date();
      const config = { ...cfg, addressThreshold: 2 };
      for (let i = 0; i < 2; i++) await signIn(t.db, { email: `guess${i}@clinic.test`, password: 'wrong password', clientKey: '198.51.100.66' }, deps(now, config));
      expect((await signIn(t.db, { email: 'owner@clinic.test', password: PASSWORD, clientKey: '198.51.100.66' }, deps(now, config))).ok).toBe(false);
      expect((await signIn(t.db, { email: 'owner@clinic.test', password: PASSWORD, clientKey: '203.0.113.9' }, deps(now, config))).ok).toBe(true);
    });

    it('a count untouched for a day starts again', async () => {
      const key = throttleKey('account', 'someone@clinic.test');
      const rule = { threshold: 3, baseMs: MIN, maxMs: 15 * MIN };
      const t0 = Date.now();
      for (let i = 1; i <= 2; i++) expect(await claimAttempt(t.db, key, t0, rule)).toEqual({ admitted: true, attempts: i, blockedUntil: null });
      expect(await claimAttempt(t.db, key, t0 + 25 * 60 * MIN, rule)).toEqual({ admitted: true, attempts: 1, blockedUntil: null });
    });
  });
}
