/**
 * A slow SMTP server must not lead to a second send: the transport's timeouts stay far below the
 * lease, and the worker renews its lease while a send is in progress, so another worker polling
 * meanwhile claims nothing. Real in-process SMTP server that holds its answer to DATA; real
 * databases (SQLite; PostgreSQL when TEST_DATABASE_URL is set).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBookingSchema } from '@/lib/validations/booking';
import { storeRequest } from '@/lib/booking/store';
import { OutboxWorker } from '@/lib/booking/outbox';
import { SMTP_TIMEOUTS, smtpSender } from '@/lib/booking/mailer';
import { databaseFactories, site, startSmtp, until, validInput, type TestDb } from './helpers';

process.env.BOOKING_QUIET = '1';
const schema = createBookingSchema(['lipogems']);
const DEFAULT_LEASE_MS = 5 * 60_000;

it('keeps every SMTP timeout far below the outbox lease', () => {
  const worst = SMTP_TIMEOUTS.connectionTimeout + SMTP_TIMEOUTS.greetingTimeout + SMTP_TIMEOUTS.socketTimeout;
  expect(worst).toBeLessThanOrEqual(DEFAULT_LEASE_MS / 10);
  expect(new OutboxWorker(null as never, async () => undefined, { from: 'x' })['leaseMs']).toBe(DEFAULT_LEASE_MS);
});

for (const factory of databaseFactories()) {
  describe(`outbox lease on ${factory.name}`, () => {
    let t: TestDb;
    const closers: (() => unknown)[] = [];
    beforeEach(async () => {
      t = await factory.open();
    });
    afterEach(async () => {
      for (const c of closers.splice(0).reverse()) await c();
      await t?.cleanup();
    });

    async function setUp() {
      const smtp = await startSmtp();
      closers.push(smtp.close, () => smtp.release());
      await storeRequest(t.db, schema.parse(validInput()), { now: new Date(), site, noticeVersion: '2026-11-01', staffTo: 'staff@clinic.test' });
      const worker = (leaseMs: number, timeouts = {}) => {
        const sender = smtpSender(smtp.url, { pool: false, timeouts });
        closers.push(sender.close);
        return new OutboxWorker(t.db, sender.send, { from: 'Clinic <staff@clinic.test>', leaseMs, backoffBaseMs: 60_000 });
      };
      return { smtp, worker };
    }

    it('a second worker claims nothing while a stalled send outlives the lease; each message arrives once', async () => {
      const { smtp, worker } = await setUp();
      const leaseMs = 1000;
      smtp.hold();
      const first = worker(leaseMs).runOnce();
      await until(() => smtp.waiting === 2, 'both messages to reach the stalled server');
      // Long enough for the original lease to have run out three times over.
      await new Promise((r) => setTimeout(r, leaseMs * 3));
      expect(await worker(leaseMs).runOnce()).toEqual({ sent: 0, retry: 0, failed: 0 });
      const sending = await t.db.selectFrom('outbox').select(['status', 'lease_until']).execute();
      expect(sending.map((r) => r.status)).toEqual(['sending', 'sending']);
      for (const r of sending) expect(Date.parse(r.lease_until!)).toBeGreaterThan(Date.now());

      smtp.release();
      expect(await first).toEqual({ sent: 2, retry: 0, failed: 0 });
      expect(smtp.received).toHaveLength(2);
      const ids = smtp.received.map((m) => /^Message-ID: (.+)$/im.exec(m.raw)![1]);
      expect(new Set(ids).size).toBe(2);
      const rows = await t.db.selectFrom('outbox').select(['status', 'lease_token']).execute();
      expect(rows).toEqual([
        { status: 'sent', lease_token: null },
        { status: 'sent', lease_token: null },
      ]);
    });

    it('a server that stops answering times the send out; the message goes back to pending for a retry', async () => {
      const { smtp, worker } = await setUp();
      smtp.hold();
      expect(await worker(60_000, { socketTimeout: 300 }).runOnce()).toEqual({ sent: 0, retry: 2, failed: 0 });
      const rows = await t.db.selectFrom('outbox').select(['status', 'last_error', 'lease_token']).execute();
      for (const r of rows) {
        expect(r.status).toBe('pending');
        expect(r.lease_token).toBeNull();
        expect(r.last_error).toMatch(/ETIMEDOUT|timeout/i);
      }
    });
  });
}
