/** An over-long staff search is refused with a message; it never widens to "every request", in the list or the CSV export. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { site, sqliteDb, validInput, type TestDb } from '../booking/helpers';
import { createBookingSchema } from '@/lib/validations/booking';
import { storeRequest } from '@/lib/booking/store';
import { exportRequests, filtersToQuery, listRequests, parseFilters, SEARCH_MAX, SEARCH_TOO_LONG } from '@/lib/staff/inbox';

process.env.BOOKING_QUIET = '1';
let t: TestDb;
beforeAll(async () => {
  t = await sqliteDb();
  const schema = createBookingSchema(['lipogems']);
  for (const fullName of ['Ada Lovelace', 'Grace Hopper', 'Alan Turing']) {
    await storeRequest(t.db, schema.parse(validInput({ fullName })), { now: new Date(), site, noticeVersion: '2026-11-01', staffTo: 'staff@clinic.test' });
  }
});
afterAll(async () => t.cleanup());

describe('staff search length', () => {
  const long = 'a'.repeat(SEARCH_MAX + 1);

  it('keeps a search up to the limit, and refuses a longer one with a message instead of dropping it', () => {
    expect(parseFilters({ q: 'a'.repeat(SEARCH_MAX) })).toEqual({ status: undefined, treatment: undefined, q: 'a'.repeat(SEARCH_MAX), page: 1 });
    expect(parseFilters({ q: long })).toMatchObject({ q: long, searchError: SEARCH_TOO_LONG });
    expect(SEARCH_TOO_LONG).toMatch(/at most 100 characters/);
    // The refused search stays in links, so the export link of the refused page is refused too.
    expect(filtersToQuery(parseFilters({ q: long }))).toContain(long);
  });

  it('lists and exports nothing for a refused search, never all rows', async () => {
    expect((await listRequests(t.db, parseFilters({}))).total).toBe(3);
    const refused = parseFilters({ q: long, status: 'new' });
    expect(await listRequests(t.db, refused)).toMatchObject({ rows: [], total: 0 });
    expect(await exportRequests(t.db, refused)).toEqual([]);
  });
});
