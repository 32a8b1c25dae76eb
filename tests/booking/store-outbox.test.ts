/**
 * Store and outbox against real databases (a SQLite file; PostgreSQL when TEST_DATABASE_URL is
 * set, required in CI) and a real in-process SMTP server.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBookingSchema } from '@/lib/validations/booking';
import { storeRequest } from '@/lib/booking/store';
import { OutboxWorker } from '@/lib/booking/outbox';
import { smtpSender } from '@/lib/booking/mailer';
import { purgeRequests } from '@/lib/booking/purge';
import { DatabaseRateLimiter } from '@/lib/http/rate-limit';
import { REFERENCE_PATTERN } from '@/lib/booking/reference';
import { databaseFactories, site, startSmtp, validInput, type TestDb } from './helpers';
import { freePort } from '../../scripts/lib/ports';

process.env.BOOKING_QUIET = '1';
const schema = createBookingSchema(['lipogems']);
const parse = (o: Record<string, unknown> = {}) => schema.parse(validInput(o));
const ctx = (now = new Date()) => ({ now, site, noticeVersion: '2026-11-01', staffTo: 'staff@clinic.test' });

for (const factory of databaseFactories()) {
  describe(`store and outbox on ${factory.name}`, () => {
    let t: TestDb;
    const closers: (() => unknown)[] = [];
    beforeEach(async () => {
      t = await factory.open();
    });
    afterEach(async () => {
      for (const c of closers.splice(0)) await c();
      await t?.cleanup();
    });

    /** A worker with a controllable clock, as a second process would have. */
    function worker(smtpUrl: string, clock: { now: number }, opts: Partial<ConstructorParameters<typeof OutboxWorker>[2]> = {}) {
      const sender = smtpSender(smtpUrl, { pool: false });
      closers.push(sender.close);
      return new OutboxWorker(t.db, sender.send, { from: 'Clinic <staff@clinic.test>', backoffBaseMs: 1000, now: () => clock.now, ...opts });
    }

    it('stores the request, its consent record and both mails in one transaction', async () => {
      const { id, reference } = await storeRequest(t.db, parse({ marketing: 'yes' }), ctx());
      expect(reference).toMatch(REFERENCE_PATTERN);
      expect(reference).not.toContain(id);
      const req = await t.db.selectFrom('consultation_requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      expect(req).toMatchObject({ full_name: 'Ada Lovelace', joint: 'knee', marketing_consent: 1, status: 'new' });
      const consents = await t.db.selectFrom('consent_records').selectAll().where('request_id', '=', id).orderBy('purpose').execute();
      expect(consents.map((c) => c.purpose)).toEqual(['health-data', 'marketing']);
      expect(consents[0]).toMatchObject({ notice_version: '2026-11-01', given_at: req.created_at });
      expect(consents[0].text).toContain('health information');
      const mails = await t.db.selectFrom('outbox').selectAll().where('request_id', '=', id).orderBy('kind').execute();
      expect(mails.map((m) => [m.kind, m.status])).toEqual([
        ['patient-confirmation', 'pending'],
        ['staff-notification', 'pending'],
      ]);
      // privacy.md: no health details in staff email, and none in the patient's either
      for (const m of mails) {
        for (const secret of ['Knee pain', 'knee', 'stairs']) {
          expect(m.text_body).not.toContain(secret);
          expect(m.html_body ?? '').not.toContain(secret);
        }
      }
      expect(mails[1].text_body).toContain(reference);
    });

    it('rolls back everything when any part of the transaction fails', async () => {
      // A to_address of null violates NOT NULL in the outbox insert, the last statement of the transaction.
      const bad = { ...ctx(), staffTo: null as unknown as string };
      await expect(storeRequest(t.db, parse(), bad)).rejects.toThrow();
      for (const table of ['consultation_requests', 'consent_records', 'outbox'] as const) {
        const rows = await t.db.selectFrom(table).select('id').execute();
        expect(rows, table).toHaveLength(0);
      }
    });

    it('delivers both mails once, and marks them sent only after SMTP accepted them', async () => {
      const smtp = await startSmtp();
      closers.push(smtp.close);
      const { reference } = await storeRequest(t.db, parse(), ctx());
      const clock = { now: Date.now() };
      const w = worker(smtp.url, clock);
      expect(await w.runOnce()).toEqual({ sent: 2, retry: 0, failed: 0 });
      expect(await w.runOnce()).toEqual({ sent: 0, retry: 0, failed: 0 });
      expect(smtp.received).toHaveLength(2);
      const patient = smtp.received.find((m) => m.to.includes('ada@example.com'))!;
      expect(patient.raw).toContain(reference);
      expect(patient.raw).toMatch(/Content-Type: text\/plain/i);
      expect(patient.raw).toMatch(/Content-Type: text\/html/i);
      const staff = smtp.received.find((m) => m.to.includes('staff@clinic.test'))!;
      expect(staff.raw).toContain(reference);
      expect(staff.raw).not.toMatch(/Knee pain|Ada Lovelace/);
      const rows = await t.db.selectFrom('outbox').select(['status', 'attempts', 'sent_at']).execute();
      expect(rows.every((r) => r.status === 'sent' && r.attempts === 1 && r.sent_at)).toBe(true);
    });

    it('keeps mail while SMTP is down and delivers it exactly once when it is back', async () => {
      const port = await freePort();
      await storeRequest(t.db, parse(), ctx());
      const clock = { now: Date.now() };
      const w = worker(`smtp://127.0.0.1:${port}`, clock);
      expect(await w.runOnce()).toEqual({ sent: 0, retry: 2, failed: 0 });
      let rows = await t.db.selectFrom('outbox').selectAll().execute();
      expect(rows.every((r) => r.status === 'pending' && r.attempts === 1 && r.last_error)).toBe(true);

      const smtp = await startSmtp(port);
      closers.push(smtp.close);
      // Not yet due: backoff holds the retry back.
      expect(await w.runOnce()).toEqual({ sent: 0, retry: 0, failed: 0 });
      clock.now += 1000;
      expect(await w.runOnce()).toEqual({ sent: 2, retry: 0, failed: 0 });
      clock.now += 60_000;
      expect(await w.runOnce()).toEqual({ sent: 0, retry: 0, failed: 0 });
      expect(smtp.received).toHaveLength(2);
      rows = await t.db.selectFrom('outbox').selectAll().execute();
      expect(rows.every((r) => r.status === 'sent' && r.attempts === 2)).toBe(true);
    });

    it('retries with exponential backoff when SMTP rejects (5xx), then gives up as failed', async () => {
      const smtp = await startSmtp();
      closers.push(smtp.close);
      smtp.setMode('reject-5xx');
      await storeRequest(t.db, parse(), ctx());
      const clock = { now: Date.now() };
      const w = worker(smtp.url, clock, { maxAttempts: 3 });
      expect(await w.runOnce()).toMatchObject({ retry: 2 });
      const first = await t.db.selectFrom('outbox').selectAll().execute();
      expect(first[0].last_error).toMatch(/^550/);
      expect(Date.parse(first[0].next_attempt_at) - clock.now).toBe(1000);

      clock.now += 1000;
      expect(await w.runOnce()).toMatchObject({ retry: 2 });
      const second = await t.db.selectFrom('outbox').selectAll().execute();
      expect(Date.parse(second[0].next_attempt_at) - clock.now).toBe(2000); // doubled
      clock.now += 1999;
      expect(await w.runOnce()).toEqual({ sent: 0, retry: 0, failed: 0 });
      clock.now += 1;
      expect(await w.runOnce()).toMatchObject({ failed: 2 });
      clock.now += 3_600_000;
      expect(await w.runOnce()).toEqual({ sent: 0, retry: 0, failed: 0 }); // failed mail is not retried forever
      expect(smtp.received).toHaveLength(0);
      expect(smtp.rejected).toBe(6);
    });

    it('recovers after a 5xx once the server accepts again, delivering exactly once', async () => {
      const smtp = await startSmtp();
      closers.push(smtp.close);
      smtp.setMode('reject-5xx');
      await storeRequest(t.db, parse(), ctx());
      const clock = { now: Date.now() };
      const w = worker(smtp.url, clock);
      await w.runOnce();
      smtp.setMode('accept');
      clock.now += 1000;
      expect(await w.runOnce()).toMatchObject({ sent: 2 });
      clock.now += 10 * 60_000;
      await w.runOnce();
      expect(smtp.received).toHaveLength(2);
    });

    it('after a crash mid-send, a second worker delivers once when the lease expires; the first cannot mark it', async () => {
      const smtp = await startSmtp();
      closers.push(smtp.close);
      await storeRequest(t.db, parse(), ctx());
      const clock = { now: Date.now() };
      const a = worker(smtp.url, clock, { leaseMs: 60_000 });
      // Process A claims both messages, then "crashes" before sending.
      const claimed = [];
      for (const id of await a.dueIds()) claimed.push((await a.claim(id))!);
      expect(claimed.every(Boolean)).toBe(true);

      // Process B starts over the same database: while A's lease is live, it must not send.
      const b = worker(smtp.url, clock, { leaseMs: 60_000 });
      expect(await b.runOnce()).toEqual({ sent: 0, retry: 0, failed: 0 });
      clock.now += 60_001;
      expect(await b.runOnce()).toEqual({ sent: 2, retry: 0, failed: 0 });
      expect(smtp.received).toHaveLength(2);

      // A comes back from the dead: its stale lease cannot overwrite B's result.
      expect(await a.deliver(claimed[0])).toBe('lost-lease');
      const rows = await t.db.selectFrom('outbox').selectAll().execute();
      expect(rows.every((r) => r.status === 'sent')).toBe(true);
      clock.now += 10 * 60_000;
      expect(await b.runOnce()).toEqual({ sent: 0, retry: 0, failed: 0 });
    });

    it('two workers racing over the same due mail send each message once', async () => {
      const smtp = await startSmtp();
      closers.push(smtp.close);
      for (let i = 0; i < 5; i++) await storeRequest(t.db, parse({ email: `p${i}@example.com` }), ctx());
      const clock = { now: Date.now() };
      const [x, y] = [worker(smtp.url, clock), worker(smtp.url, clock)];
      const [rx, ry] = await Promise.all([x.runOnce(), y.runOnce()]);
      expect(rx.sent + ry.sent).toBe(10);
      expect(smtp.received).toHaveLength(10);
      const ids = smtp.received.map((m) => /Message-ID: (<[^>]+>)/i.exec(m.raw)?.[1]);
      expect(new Set(ids).size).toBe(10);
    });

    it('purges requests older than the retention period, with their consent records and mail', async () => {
      const now = new Date('2026-11-25T12:00:00Z');
      const old = await storeRequest(t.db, parse(), ctx(new Date('2025-11-25T11:59:59Z')));
      const kept = await storeRequest(t.db, parse(), ctx(new Date('2025-11-25T12:00:01Z')));
      const { removed } = await purgeRequests(t.db, { now, months: 12 });
      expect(removed).toBe(1);
      const left = await t.db.selectFrom('consultation_requests').select('id').execute();
      expect(left.map((r) => r.id)).toEqual([kept.id]);
      const consents = await t.db.selectFrom('consent_records').select('request_id').execute();
      expect(consents.every((c) => c.request_id === kept.id)).toBe(true);
      const mail = await t.db.selectFrom('outbox').select('request_id').execute();
      expect(mail.every((m) => m.request_id === kept.id)).toBe(true);
      expect(old.id).not.toBe(kept.id);
    });

    it('rate-limits per key in the shared database, across limiter instances', async () => {
      const a = new DatabaseRateLimiter(t.db, 3, 60_000);
      const b = new DatabaseRateLimiter(t.db, 3, 60_000);
      const now = 1_800_000_000_000;
      const results = await Promise.all([a.hit('ip1', now), b.hit('ip1', now), a.hit('ip1', now), b.hit('ip1', now)]);
      expect(results.filter((r) => r.allowed)).toHaveLength(3);
      expect((await a.hit('ip2', now)).allowed).toBe(true);
      expect((await a.hit('ip1', now + 60_000)).allowed).toBe(true); // next window
    });
  });
}
