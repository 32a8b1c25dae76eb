/**
 * Form tokens are single-use and short-lived: a replayed token (sequentially or in a burst) stores
 * one request at most, and the refusal hands back a fresh token with every answer kept.
 * Real SQLite file; PostgreSQL too when TEST_DATABASE_URL is set.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bookingConfig } from '@/lib/booking/config';
import { handleBookingPost } from '@/lib/booking/handler';
import { signFormToken, verifyFormToken } from '@/lib/booking/form-token';
import { spendFormToken } from '@/lib/booking/spent-tokens';
import type { FormRenderState } from '@/lib/booking/form-state';
import { bookingDeps, databaseFactories, formPost, formToken, rowCount, testSecret, validInput, type TestDb } from '../booking/helpers';

process.env.BOOKING_QUIET = '1';

describe('token life', () => {
  it('defaults to two hours and follows BOOKING_MAX_FORM_AGE_MS', () => {
    expect(bookingConfig({} as NodeJS.ProcessEnv).maxFormAgeMs).toBe(2 * 60 * 60 * 1000);
    expect(bookingConfig({ BOOKING_MAX_FORM_AGE_MS: '600000' } as unknown as NodeJS.ProcessEnv).maxFormAgeMs).toBe(600_000);
  });
  it('refuses a 23-hour-old token', () => {
    const opts = { minAgeMs: 3000, maxAgeMs: bookingConfig({} as NodeJS.ProcessEnv).maxFormAgeMs };
    const now = Date.now();
    expect(verifyFormToken(testSecret, signFormToken(testSecret, now - 23 * 3_600_000), now, opts)).toEqual({ ok: false, reason: 'expired' });
  });
  it('gives every rendered form its own nonce, bound by the signature', () => {
    const a = signFormToken(testSecret, 1000);
    const b = signFormToken(testSecret, 1000);
    expect(a).not.toBe(b);
    const [ts, , mac] = a.split('.');
    const swapped = `${ts}.${b.split('.')[1]}.${mac}`;
    expect(verifyFormToken(testSecret, swapped, 10_000, { minAgeMs: 0, maxAgeMs: 60_000 })).toEqual({ ok: false, reason: 'invalid' });
  });
});

for (const factory of databaseFactories()) {
  describe(`replayed tokens on ${factory.name}`, () => {
    let t: TestDb;
    beforeEach(async () => {
      t = await factory.open();
    });
    afterEach(async () => t?.cleanup());

    it('stores once; the second submission is refused (409) with a fresh token and the answers kept', async () => {
      const token = formToken();
      const fields = { ...validInput({ fullName: 'Ada Replay' }), formToken: token };
      const renders: FormRenderState[] = [];
      const renderForm = async (state: FormRenderState, status: number) => {
        renders.push(state);
        return new Response('form', { status });
      };
      const deps = bookingDeps(t.db);
      expect((await handleBookingPost(formPost(fields), deps, { renderForm })).status).toBe(303);
      const again = await handleBookingPost(formPost(fields), deps, { renderForm });
      expect(again.status).toBe(409);
      expect(renders).toHaveLength(1);
      expect(renders[0].message).toMatch(/already received a request sent with this form/);
      expect(renders[0].values.fullName).toBe('Ada Replay');
      expect(renders[0].token).not.toBe(token);
      expect(await rowCount(t.db, 'consultation_requests')).toBe(1);

      // The fresh token works (once it is old enough to pass the time-to-submit check).
      const fresh = await handleBookingPost(formPost({ ...fields, formToken: renders[0].token }), { ...deps, now: () => Date.now() + 5000 });
      expect(fresh.status).toBe(303);
      expect(await rowCount(t.db, 'consultation_requests')).toBe(2);
    });

    it('a burst of 20 submissions with one token stores exactly one request', async () => {
      const token = formToken();
      const deps = bookingDeps(t.db);
      const statuses = await Promise.all(
        Array.from({ length: 20 }, () => handleBookingPost(formPost({ ...validInput(), formToken: token }, { accept: 'application/json' }), deps).then((r) => r.status)),
      );
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(19);
      expect(await rowCount(t.db, 'consultation_requests')).toBe(1);
      expect(await rowCount(t.db, 'outbox')).toBe(2);
    });

    it('a refusal for the answers does not spend the token: the corrected form goes through', async () => {
      const token = formToken();
      const deps = bookingDeps(t.db);
      const bad = await handleBookingPost(formPost({ ...validInput({ email: 'nope' }), formToken: token }, { accept: 'application/json' }), deps);
      expect(bad.status).toBe(422);
      expect((await bad.json()).token).toBe(token);
      expect((await handleBookingPost(formPost({ ...validInput(), formToken: token }), deps)).status).toBe(303);
    });

    it('an expired token is refused with a fresh one, storing nothing', async () => {
      const deps = bookingDeps(t.db);
      const old = formToken(deps.config.maxFormAgeMs + 60_000);
      const res = await handleBookingPost(formPost({ ...validInput(), formToken: old }, { accept: 'application/json' }), deps);
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.message).toMatch(/expired/);
      expect(body.token).not.toBe(old);
      expect(await rowCount(t.db, 'consultation_requests')).toBe(0);
    });

    it('forgets spent nonces once their token has expired', async () => {
      const now = new Date();
      expect(await spendFormToken(t.db, 'a'.repeat(22), new Date(now.getTime() - 1), now)).toBe(true);
      expect(await spendFormToken(t.db, 'b'.repeat(22), new Date(now.getTime() + 60_000), now)).toBe(true);
      expect(await rowCount(t.db, 'booking_spent_tokens')).toBe(1);
      expect(await spendFormToken(t.db, 'b'.repeat(22), new Date(now.getTime() + 60_000), now)).toBe(false);
    });
  });
}
