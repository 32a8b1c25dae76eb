/** Inbox queries, status, notes, purge and outbox retry against real databases. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseFactories, site, validInput, type TestDb } from '../booking/helpers';
import { createBookingSchema } from '@/lib/validations/booking';
import { storeRequest } from '@/lib/booking/store';
import { purgeRequests } from '@/lib/booking/purge';
import { addNote, exportRequests, filtersToQuery, getRequest, likePattern, listRequests, parseFilters, setStatus } from '@/lib/staff/inbox';
import { countPurgeable } from '@/lib/booking/purge';
import { listUnsentForStaff, retryOutboxMessage } from '@/lib/staff/outbox';

process.env.BOOKING_QUIET = '1';
const schema = createBookingSchema(['lipogems', 'bmac']);
const DAY = 86_400_000;

describe('inbox filters (pure)', () => {
  it('parses valid filters and drops malformed ones', () => {
    expect(parseFilters({ status: 'booked', treatment: 'bmac', q: ' ada ', page: '3' })).toEqual({ status: 'booked', treatment: 'bmac', q: 'ada', page: 3 });
    expect(parseFilters({ status: 'deleted', treatment: 'x; drop table', q: '', page: '-1' })).toEqual({ status: undefined, treatment: undefined, q: undefined, page: 1 });
    expect(parseFilters({ status: ['new', 'closed'], page: 'abc' })).toEqual({ status: 'new', treatment: undefined, q: undefined, page: 1 });
    expect(parseFilters({})).toEqual({ status: undefined, treatment: undefined, q: undefined, page: 1 });
  });
  it('round-trips through the query string', () => {
    const f = { status: 'new' as const, treatment: 'bmac', q: 'a&b=c', page: 2 };
    expect(parseFilters(Object.fromEntries(new URLSearchParams(filtersToQuery(f).slice(1))))).toEqual(f);
    expect(filtersToQuery({ page: 1 })).toBe('');
  });
  it('escapes LIKE wildcards', () => {
    expect(likePattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
});

for (const factory of databaseFactories()) {
  describe(`inbox on ${factory.name}`, () => {
    let t: TestDb;
    beforeEach(async () => {
      t = await factory.open();
    });
    afterEach(async () => {
      await t?.cleanup();
    });

    const base = new Date('2026-11-01T09:00:00.000Z');
    async function add(i: number, o: Record<string, unknown> = {}, at = new Date(base.getTime() + i * DAY)) {
      return storeRequest(t.db, schema.parse(validInput(o)), { now: at, site, noticeVersion: '2026-11-01', staffTo: 'staff@clinic.test' });
    }

    it('lists newest first, filters by status, treatment and name/email search, and paginates', async () => {
      const a = await add(0, { fullName: 'Ada Lovelace', email: 'ada@example.com', treatment: 'lipogems' });
      const b = await add(1, { fullName: 'Grace Hopper', email: 'grace@navy.example', treatment: 'bmac' });
      const c = await add(2, { fullName: 'Alan Turing', email: 'alan@example.org', treatment: 'bmac' });
      await add(3, { fullName: '100% Real Name', email: 'pct@example.com' });
      await setStatus(t.db, b.id, 'contacted');

      const all = await listRequests(t.db, parseFilters({}));
      expect(all.total).toBe(4);
      expect(all.rows.map((r) => r.full_name)).toEqual(['100% Real Name', 'Alan Turing', 'Grace Hopper', 'Ada Lovelace']);

      expect((await listRequests(t.db, parseFilters({ status: 'contacted' }))).rows.map((r) => r.id)).toEqual([b.id]);
      expect((await listRequests(t.db, parseFilters({ status: 'new', treatment: 'bmac' }))).rows.map((r) => r.id)).toEqual([c.id]);
      expect((await listRequests(t.db, parseFilters({ q: 'LOVELACE' }))).rows.map((r) => r.id)).toEqual([a.id]);
      expect((await listRequests(t.db, parseFilters({ q: 'navy.example' }))).rows.map((r) => r.id)).toEqual([b.id]);
      expect((await listRequests(t.db, parseFilters({ q: 'example' }))).total).toBe(4);
      // % is text, not a wildcard
      expect((await listRequests(t.db, parseFilters({ q: '100%' }))).total).toBe(1);
      expect((await listRequests(t.db, parseFilters({ q: 'a%e' }))).total).toBe(0);
      expect((await listRequests(t.db, parseFilters({ q: "' or 1=1 --" }))).total).toBe(0);

      const p1 = await listRequests(t.db, parseFilters({}), 3);
      const p2 = await listRequests(t.db, parseFilters({ page: '2' }), 3);
      expect([p1.pages, p1.rows.length, p2.rows.length]).toEqual([2, 3, 1]);
      expect(p2.rows[0].id).toBe(a.id);

      const exported = await exportRequests(t.db, parseFilters({ treatment: 'bmac' }));
      expect(exported.map((r) => r.id)).toEqual([c.id, b.id]);
      expect(exported[0]).toMatchObject({ message: expect.any(String), phone: expect.any(String) });
    });

    it('shows a request with its consent records and notes; changes status; adds notes', async () => {
      const { id } = await add(0, { marketing: 'yes' });
      expect(await setStatus(t.db, id, 'booked')).toEqual({ from: 'new' });
      expect(await setStatus(t.db, '00000000-0000-4000-8000-000000000000', 'booked')).toBeNull();
      expect(await setStatus(t.db, 'not-a-uuid', 'booked')).toBeNull();
      expect(await addNote(t.db, id, 'a@clinic.test', 'Called, left voicemail', new Date(base.getTime() + 1000))).toBe(true);
      expect(await addNote(t.db, '00000000-0000-4000-8000-000000000000', 'a@clinic.test', 'x', base)).toBe(false);
      const r = await getRequest(t.db, id);
      expect(r?.request).toMatchObject({ status: 'booked', full_name: 'Ada Lovelace' });
      expect(r?.consents.map((c) => c.purpose)).toEqual(['health-data', 'marketing']);
      expect(r?.notes.map((n) => [n.author, n.body])).toEqual([['a@clinic.test', 'Called, left voicemail']]);
      expect(await getRequest(t.db, 'nope')).toBeNull();
    });

    it('counts what the purge would remove, and the purge removes notes with their request', async () => {
      const now = new Date('2026-11-25T12:00:00.000Z');
      const old = await add(0, {}, new Date(now.getTime() - 400 * DAY));
      const recent = await add(0, {}, new Date(now.getTime() - 10 * DAY));
      await addNote(t.db, old.id, 'a@clinic.test', 'old note', now);
      await addNote(t.db, recent.id, 'a@clinic.test', 'recent note', now);
      expect((await countPurgeable(t.db, now, 12)).count).toBe(1);
      expect((await purgeRequests(t.db, { now, months: 12 })).removed).toBe(1);
      expect((await countPurgeable(t.db, now, 12)).count).toBe(0);
      const notes = await t.db.selectFrom('request_notes').select('body').execute();
      expect(notes.map((n) => n.body)).toEqual(['recent note']);
    });

    it('retries failed and pending outbox messages, never sent or in-flight ones', async () => {
      const { id } = await add(0);
      const mails = await t.db.selectFrom('outbox').select(['id', 'kind']).where('request_id', '=', id).orderBy('kind').execute();
      const [patient, staffMail] = mails;
      await t.db.updateTable('outbox').set({ status: 'failed', attempts: 10, last_error: '550 rejected', next_attempt_at: '2030-01-01T00:00:00.000Z' }).where('id', '=', patient.id).execute();
      await t.db.updateTable('outbox').set({ status: 'sent', sent_at: base.toISOString() }).where('id', '=', staffMail.id).execute();

      expect((await listUnsentForStaff(t.db)).map((m) => [m.kind, m.status, m.last_error])).toEqual([['patient-confirmation', 'failed', '550 rejected']]);
      const now = new Date('2026-11-25T12:00:00.000Z');
      expect(await retryOutboxMessage(t.db, patient.id, now)).toBe(true);
      const row = await t.db.selectFrom('outbox').selectAll().where('id', '=', patient.id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: 'pending', attempts: 0, next_attempt_at: now.toISOString() });
      expect(await retryOutboxMessage(t.db, staffMail.id, now)).toBe(false);
      await t.db.updateTable('outbox').set({ status: 'sending', attempts: 3 }).where('id', '=', patient.id).execute();
      expect(await retryOutboxMessage(t.db, patient.id, now)).toBe(false);
      await t.db.updateTable('outbox').set({ status: 'pending', attempts: 3 }).where('id', '=', patient.id).execute();
      expect(await retryOutboxMessage(t.db, patient.id, now)).toBe(true);
      expect((await t.db.selectFrom('outbox').select('attempts').where('id', '=', patient.id).executeTakeFirstOrThrow()).attempts).toBe(3);
    });
  });
}
