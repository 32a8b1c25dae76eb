/**
 * The patient's link, appointments, reminders and erasure against real databases (a SQLite file;
 * PostgreSQL when TEST_DATABASE_URL is set) and a real in-process SMTP server.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ical from 'node-ical';
import { randomBytes } from 'node:crypto';
import * as crypto from 'node:crypto';
import { createBookingSchema } from '@/lib/validations/booking';
import { storeRequest } from '@/lib/booking/store';
import { OutboxWorker } from '@/lib/booking/outbox';
import { smtpSender } from '@/lib/booking/mailer';
import { purgeRequests } from '@/lib/booking/purge';
import { findRequestByToken, hashManageToken, MANAGE_TOKEN_PATTERN } from '@/lib/booking/manage-token';
import { offerAppointment, cancelAppointmentByStaff, type AppointmentContext } from '@/lib/booking/appointments';
import { applyPatientAction, manageView } from '@/lib/booking/manage';
import { handleManagePost, type ManageDeps } from '@/lib/booking/manage-post';
import { bookingConfig } from '@/lib/booking/config';
import { signFormToken } from '@/lib/booking/form-token';
import { MemoryRateLimiter } from '@/lib/http/rate-limit';
import { addNote } from '@/lib/staff/inbox';
import { databaseFactories, site, startSmtp, testSecret, validInput, type TestDb } from './helpers';

vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  return { ...real, timingSafeEqual: vi.fn(real.timingSafeEqual) };
});

process.env.BOOKING_QUIET = '1';
const schema = createBookingSchema(['lipogems']);
const EMAIL = 'ada.patient@example.com';
const parse = () => schema.parse(validInput({ email: EMAIL }));
const T0 = new Date('2027-03-01T10:00:00Z');
const ctx = (now: Date): AppointmentContext => ({
  now,
  site,
  timeZone: 'Europe/London',
  durationMinutes: 45,
  reminders: { daysBefore: [7, 1], quietHours: { start: '21:00', end: '08:00' } },
  retentionMonths: 12,
});
// Thursday 1 April 2027, 10:00 BST: the 7-day reminder falls before the March change.
const OFFER = { startsAt: new Date('2027-04-01T09:00:00Z'), clinician: 'Dr Rowan Ashcombe', place: 'Test Clinic, London', videoUrl: null };

const tokenFrom = (text: string) => {
  const m = /\/booking\/manage\?t=([A-Za-z0-9_-]{43})/.exec(text);
  if (!m) throw new Error('no manage link in the mail');
  return m[1];
};
/** The text/calendar part of a raw message, unfolded enough for node-ical. */
function icsPart(raw: string) {
  const m = /Content-Type: text\/calendar; (?:charset=utf-8; )?method=(\w+)[\s\S]*?\r\n\r\n([\s\S]*?)\r\n--/i.exec(raw);
  if (!m) throw new Error('no text/calendar part');
  let body = m[2];
  if (/Content-Transfer-Encoding: base64/i.test(raw.slice(m.index, m.index + 400))) body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  else if (/Content-Transfer-Encoding: quoted-printable/i.test(raw.slice(m.index, m.index + 400)))
    body = body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
  const parsed = ical.sync.parseICS(body);
  const event = Object.values(parsed).find((c) => c?.type === 'VEVENT') as ical.VEvent;
  return { method: m[1].toUpperCase(), event };
}

for (const factory of databaseFactories()) {
  describe(`manage link and appointments on ${factory.name}`, () => {
    let t: TestDb;
    const closers: (() => unknown)[] = [];
    beforeEach(async () => {
      t = await factory.open();
    });
    afterEach(async () => {
      for (const c of closers.splice(0)) await c();
      await t?.cleanup();
    });

    function worker(smtpUrl: string, clock: { now: number }) {
      const sender = smtpSender(smtpUrl, { pool: false });
      closers.push(sender.close);
      return new OutboxWorker(t.db, sender.send, { from: 'Clinic <staff@clinic.test>', backoffBaseMs: 1000, now: () => clock.now });
    }
    async function stored() {
      const { id, reference } = await storeRequest(t.db, parse(), { now: T0, site, noticeVersion: '2026-11-01', staffTo: 'staff@clinic.test', retentionMonths: 12 });
      const mail = await t.db.selectFrom('outbox').select('text_body').where('request_id', '=', id).where('kind', '=', 'patient-confirmation').executeTakeFirstOrThrow();
      return { id, reference, token: tokenFrom(mail.text_body) };
    }
    const outbox = (kind?: string) => {
      let q = t.db.selectFrom('outbox').selectAll();
      if (kind) q = q.where('kind', '=', kind);
      return q.orderBy('next_attempt_at').execute();
    };

    it('the confirmation carries a 256-bit link; only its SHA-256 is stored, and it expires with the retention period', async () => {
      const { id, token } = await stored();
      expect(token).toMatch(MANAGE_TOKEN_PATTERN);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      const rows = await t.db.selectFrom('booking_manage_tokens').selectAll().execute();
      expect(rows).toEqual([expect.objectContaining({ request_id: id, token_hash: hashManageToken(token), expires_at: '2028-03-01T10:00:00.000Z' })]);
      expect(JSON.stringify(rows)).not.toContain(token);
      expect(await findRequestByToken(t.db, token, T0)).toBe(id);
      expect(await findRequestByToken(t.db, token, new Date('2028-03-01T10:00:00Z'))).toBeNull();
    });

    it('refuses guesses, near misses and malformed tokens alike, comparing the hash with timingSafeEqual', async () => {
      const { id, token } = await stored();
      const spy = vi.mocked(crypto.timingSafeEqual);
      spy.mockClear();
      expect(await findRequestByToken(t.db, token, T0)).toBe(id);
      expect(spy).toHaveBeenCalledTimes(1);
      const nearMiss = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
      const guesses = [nearMiss, ...Array.from({ length: 200 }, () => randomBytes(32).toString('base64url'))];
      for (const g of guesses) expect(await findRequestByToken(t.db, g, T0)).toBeNull();
      for (const bad of ['', 'short', `${token}x`, token.toUpperCase().replace(/[^A-Z]/g, '!'), null, 42, `${token.slice(0, 42)}=`]) {
        expect(await findRequestByToken(t.db, bad, T0)).toBeNull();
      }
    });

    it('an offer sends one invite with METHOD:REQUEST and schedules the reminders in clinic time; the same offer again sends nothing', async () => {
      const { id } = await stored();
      expect(await offerAppointment(t.db, id, OFFER, ctx(T0))).toBe('offered');
      expect(await offerAppointment(t.db, id, OFFER, ctx(T0))).toBe('unchanged');
      const invites = await outbox('appointment-invite');
      expect(invites).toHaveLength(1);
      expect(invites[0]).toMatchObject({ ics_method: 'REQUEST', to_address: EMAIL, status: 'pending' });
      const reminders = await outbox('appointment-reminder');
      expect(reminders.map((r) => r.next_attempt_at)).toEqual(['2027-03-25T10:00:00.000Z', '2027-03-31T09:00:00.000Z']);
      // Each email's manage link opens the same request.
      expect(await findRequestByToken(t.db, tokenFrom(invites[0].text_body), T0)).toBe(id);
      expect(await findRequestByToken(t.db, tokenFrom(reminders[1].text_body), T0)).toBe(id);
    });

    it('delivers invite, change and reminders exactly once through SMTP failures and repeated passes, and the .ics parses back', async () => {
      const smtp = await startSmtp();
      closers.push(smtp.close);
      const clock = { now: T0.getTime() };
      const w = worker(smtp.url, clock);
      const { id } = await stored();
      await offerAppointment(t.db, id, OFFER, ctx(T0));
      smtp.setMode('reject-4xx');
      await w.runOnce();
      expect(smtp.received).toHaveLength(0);
      smtp.setMode('accept');
      for (let i = 0; i < 3; i++) {
        clock.now += 5 * 60_000;
        await w.runOnce();
      }
      const invites = () => smtp.received.filter((m) => /Subject: (Your consultation NR-|New time for)/.test(m.raw));
      expect(invites()).toHaveLength(1);
      const first = icsPart(invites()[0].raw);
      expect(first.method).toBe('REQUEST');
      expect(Number(first.event.sequence)).toBe(0);
      expect(new Date(first.event.start).toISOString()).toBe('2027-04-01T09:00:00.000Z');

      // A new time: same UID, SEQUENCE 1; the old reminders are replaced, not added to.
      const later = new Date(T0.getTime() + 3_600_000);
      clock.now = later.getTime();
      expect(await offerAppointment(t.db, id, { ...OFFER, startsAt: new Date('2027-04-02T13:00:00Z') }, ctx(later))).toBe('changed');
      await w.runOnce();
      expect(invites()).toHaveLength(2);
      const second = icsPart(invites()[1].raw);
      expect(second.event.uid).toBe(first.event.uid);
      expect(Number(second.event.sequence)).toBe(1);
      // 14:00 BST on 2 April: 14:00 GMT on 26 March (before the change), 14:00 BST on 1 April.
      expect((await outbox('appointment-reminder')).map((r) => r.next_attempt_at)).toEqual(['2027-03-26T14:00:00.000Z', '2027-04-01T13:00:00.000Z']);

      // Reminders go when due, once each, even with a failure and many passes.
      clock.now = new Date('2027-03-26T14:00:00Z').getTime();
      smtp.setMode('reject-4xx');
      await w.runOnce();
      smtp.setMode('accept');
      for (let i = 0; i < 4; i++) {
        clock.now += 60_000 * 10;
        await w.runOnce();
      }
      clock.now = new Date('2027-04-01T13:30:00Z').getTime();
      await w.runOnce();
      await w.runOnce();
      const reminders = smtp.received.filter((m) => /Subject: Reminder/.test(m.raw));
      expect(reminders.map((m) => /Subject: ([^\r\n]*)/.exec(m.raw)![1])).toEqual(['Reminder: your consultation in 7 days', 'Reminder: your consultation tomorrow']);
    });

    it('a cancellation sends METHOD:CANCEL with the same UID and no reminder afterwards', async () => {
      const smtp = await startSmtp();
      closers.push(smtp.close);
      const clock = { now: T0.getTime() };
      const w = worker(smtp.url, clock);
      const { id } = await stored();
      await offerAppointment(t.db, id, OFFER, ctx(T0));
      await w.runOnce();
      expect(await cancelAppointmentByStaff(t.db, id, ctx(T0))).toBe(true);
      expect(await cancelAppointmentByStaff(t.db, id, ctx(T0))).toBe(false);
      clock.now = new Date('2027-04-02T00:00:00Z').getTime();
      await w.runOnce();
      const subjects = smtp.received.map((m) => /Subject: ([^\r\n]*)/.exec(m.raw)![1]);
      expect(subjects.filter((s) => s.startsWith('Reminder'))).toEqual([]);
      const cancel = smtp.received.find((m) => /Subject: Consultation cancelled/.test(m.raw))!;
      const invite = smtp.received.find((m) => /Subject: Your consultation NR-/.test(m.raw))!;
      const c = icsPart(cancel.raw);
      expect(c.method).toBe('CANCEL');
      expect(c.event.uid).toBe(icsPart(invite.raw).event.uid);
      expect(Number(c.event.sequence)).toBe(1);
      expect(c.event.status).toBe('CANCELLED');
    });

    it('patient answers: accept, then ask for another time (the slot is cancelled in their calendar), then cancel the request', async () => {
      const { id } = await stored();
      await offerAppointment(t.db, id, OFFER, ctx(T0));
      expect(await applyPatientAction(t.db, id, 'accept', ctx(T0))).toMatchObject({ ok: true });
      expect(await manageView(t.db, id)).toMatchObject({ status: 'booked', patientReply: 'accepted', appointment: { status: 'accepted' } });
      expect(await applyPatientAction(t.db, id, 'accept', ctx(T0))).toEqual({ ok: false, reason: 'not-available' });
      expect(await applyPatientAction(t.db, id, 'another-time', ctx(T0))).toMatchObject({ ok: true });
      expect((await outbox('appointment-reminder')).filter((r) => r.status === 'pending')).toEqual([]);
      expect((await outbox('appointment-cancelled'))[0]).toMatchObject({ ics_method: 'CANCEL' });
      expect(await applyPatientAction(t.db, id, 'cancel', ctx(T0))).toMatchObject({ ok: true });
      expect(await manageView(t.db, id)).toMatchObject({ status: 'closed', patientReply: 'cancelled' });
      const audit = await t.db.selectFrom('audit_log').select(['action', 'actor']).where('request_id', '=', id).orderBy('at').execute();
      expect(audit.map((a) => a.action)).toEqual(['patient.accept', 'patient.another-time', 'patient.cancel']);
    });

    it('withdrawal erases the request and everything naming the patient, leaves a tombstone, and sends one last email', async () => {
      const smtp = await startSmtp();
      closers.push(smtp.close);
      const clock = { now: T0.getTime() };
      const w = worker(smtp.url, clock);
      const { id, reference, token } = await stored();
      await offerAppointment(t.db, id, OFFER, ctx(T0));
      await addNote(t.db, id, 'staff@clinic.test', 'Called, no answer', T0);
      expect(await applyPatientAction(t.db, id, 'withdraw', ctx(T0))).toEqual({ ok: true, reference });

      for (const table of ['consultation_requests', 'consent_records', 'appointments', 'booking_manage_tokens', 'request_notes'] as const) {
        expect(await t.db.selectFrom(table).selectAll().execute(), table).toEqual([]);
      }
      // The address survives only in the one queued final message.
      const rows = await outbox();
      expect(rows.map((r) => [r.kind, r.request_id, r.to_address])).toEqual([['patient-erasure', null, EMAIL]]);
      expect(rows[0].ics_method).toBe('CANCEL');
      const tombstone = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'request.withdrawn').execute();
      expect(tombstone).toEqual([expect.objectContaining({ actor: null, detail: `${reference} withdrawn by patient` })]);
      // Whole words: a random id such as "…-ada3-…" holds "ada" and failed this one CI run in about a hundred.
      expect(JSON.stringify(await t.db.selectFrom('audit_log').selectAll().execute())).not.toMatch(/\b(?:ada|lovelace|knee)\b|example\.com/i);

      // The link is dead, for the page and for a replayed action.
      expect(await findRequestByToken(t.db, token, T0)).toBeNull();
      expect(await applyPatientAction(t.db, id, 'withdraw', ctx(T0))).toEqual({ ok: false, reason: 'gone' });

      await w.runOnce();
      await w.runOnce();
      expect(smtp.received.map((m) => /Subject: ([^\r\n]*)/.exec(m.raw)![1])).toEqual([`Your request ${reference} has been deleted`]);
      expect(icsPart(smtp.received[0].raw).method).toBe('CANCEL');

      // Once sent, the next purge removes the last copy of the address.
      await purgeRequests(t.db, { now: new Date(T0.getTime() + 86_400_000), months: 12 });
      const everything = await Promise.all(
        (['consultation_requests', 'consent_records', 'outbox', 'appointments', 'booking_manage_tokens', 'request_notes', 'audit_log'] as const).map((x) => t.db.selectFrom(x).selectAll().execute()),
      );
      expect(JSON.stringify(everything)).not.toContain(EMAIL);
    });

    it('the purge deletes expired links and old requests’ appointments', async () => {
      const { id, token } = await stored();
      await offerAppointment(t.db, id, OFFER, ctx(T0));
      const { removed } = await purgeRequests(t.db, { now: new Date('2028-03-02T00:00:00Z'), months: 12 });
      expect(removed).toBe(1);
      expect(await t.db.selectFrom('booking_manage_tokens').selectAll().execute()).toEqual([]);
      expect(await t.db.selectFrom('appointments').selectAll().execute()).toEqual([]);
      expect(await t.db.selectFrom('outbox').selectAll().execute()).toEqual([]);
      expect(await findRequestByToken(t.db, token, T0)).toBeNull();
    });

    describe('POST /booking/manage/submit', () => {
      const deps = (limit = 100): ManageDeps => ({
        db: t.db,
        secret: testSecret,
        limiter: new MemoryRateLimiter(limit, 60_000),
        config: bookingConfig({} as NodeJS.ProcessEnv),
        context: (now = T0) => ctx(now),
      });
      const post = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
        new Request(`${site.url}/booking/manage/submit`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin: site.url, ...headers },
          body: new URLSearchParams(fields),
        });
      const form = () => signFormToken(testSecret, T0.getTime() - 1000);

      it('does the action only for a same-origin post with a valid form token, and answers with a 303', async () => {
        const { id, token } = await stored();
        await offerAppointment(t.db, id, OFFER, ctx(T0));
        const d = deps();
        const cross = await handleManagePost(post({ t: token, action: 'accept', formToken: form() }, { origin: 'https://evil.example' }), d, { now: T0, clientAddress: '192.0.2.1' });
        expect(cross.status).toBe(403);
        const stale = await handleManagePost(post({ t: token, action: 'accept', formToken: signFormToken(testSecret, T0.getTime() - 3 * 3_600_000) }), d, { now: T0, clientAddress: '192.0.2.1' });
        expect(stale.status).toBe(303);
        expect(stale.headers.get('location')).toBe(`/booking/manage/confirm?t=${token}&action=accept&error=expired`);
        expect((await manageView(t.db, id))?.appointment?.status).toBe('offered');
        const ok = await handleManagePost(post({ t: token, action: 'accept', formToken: form() }), d, { now: T0, clientAddress: '192.0.2.1' });
        expect(ok.status).toBe(303);
        expect(ok.headers.get('location')).toBe(`/booking/manage?t=${token}&done=accept`);
        expect(ok.headers.get('referrer-policy')).toBe('no-referrer');
        expect((await manageView(t.db, id))?.appointment?.status).toBe('accepted');
      });

      it('sends a wrong token to the page that says nothing, and withdraw to the withdrawn page; the token cannot be reused', async () => {
        const { token } = await stored();
        const d = deps();
        const guess = randomBytes(32).toString('base64url');
        const wrong = await handleManagePost(post({ t: guess, action: 'withdraw', formToken: form() }), d, { now: T0, clientAddress: '192.0.2.1' });
        expect(wrong.headers.get('location')).toBe(`/booking/manage?t=${guess}`);
        const junk = await handleManagePost(post({ t: '../../etc', action: 'withdraw', formToken: form() }), d, { now: T0, clientAddress: '192.0.2.1' });
        expect(junk.headers.get('location')).toBe('/booking/manage');
        const gone = await handleManagePost(post({ t: token, action: 'withdraw', formToken: form() }), d, { now: T0, clientAddress: '192.0.2.1' });
        expect(gone.headers.get('location')).toBe('/booking/manage/withdrawn');
        const again = await handleManagePost(post({ t: token, action: 'withdraw', formToken: form() }), d, { now: T0, clientAddress: '192.0.2.1' });
        expect(again.headers.get('location')).toBe(`/booking/manage?t=${token}`);
        expect((await outbox()).filter((r) => r.kind === 'patient-erasure')).toHaveLength(1);
      });

      it('is rate-limited per client address, guesses included', async () => {
        const d = deps(3);
        const statuses: number[] = [];
        for (let i = 0; i < 5; i++) {
          const r = await handleManagePost(post({ t: randomBytes(32).toString('base64url'), action: 'cancel', formToken: form() }), d, { now: T0, clientAddress: '198.51.100.7' });
          statuses.push(r.status);
        }
        expect(statuses).toEqual([303, 303, 303, 429, 429]);
        const other = await handleManagePost(post({ t: randomBytes(32).toString('base64url'), action: 'cancel', formToken: form() }), d, { now: T0, clientAddress: '198.51.100.8' });
        expect(other.status).toBe(303);
      });
    });
  });
}
