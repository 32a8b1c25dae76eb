/** Reminder times: clinic-local days before, quiet hours, DST changes in between, none in the past. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inQuietHours, planReminders } from '@/lib/booking/reminders';
import { toLocal } from '@/lib/booking/clinic-time';

const LONDON = 'Europe/London';
const quietHours = { start: '21:00', end: '08:00' };
const opts = (now: string) => ({ timeZone: LONDON, daysBefore: [7, 1], quietHours, now: new Date(now) });
const local = (d: Date) => toLocal(d, LONDON);

describe('planReminders', () => {
  it('sends 7 days and 1 day before, at the appointment’s local time', () => {
    const plans = planReminders(new Date('2027-06-16T09:00:00Z'), opts('2027-06-01T00:00:00Z')); // 10:00 BST
    expect(plans.map((p) => [p.daysBefore, p.at.toISOString()])).toEqual([
      [7, '2027-06-09T09:00:00.000Z'],
      [1, '2027-06-15T09:00:00.000Z'],
    ]);
  });

  it('keeps the local time across the March change: 7 days before is 7 days less an hour in UTC', () => {
    // Thursday 1 April 2027 10:00 BST; a week earlier, 25 March, is still GMT.
    const start = new Date('2027-04-01T09:00:00Z');
    const [seven, one] = planReminders(start, opts('2027-03-01T00:00:00Z'));
    expect(local(seven.at)).toEqual({ date: '2027-03-25', time: '10:00' });
    expect(seven.at.toISOString()).toBe('2027-03-25T10:00:00.000Z');
    expect(start.getTime() - seven.at.getTime()).toBe(7 * 86_400_000 - 3_600_000);
    expect(local(one.at)).toEqual({ date: '2027-03-31', time: '10:00' });
  });

  it('keeps the local time across the October change: 7 days before is 7 days and an hour in UTC', () => {
    // Tuesday 2 November 2027 10:00 GMT; 26 October is still BST.
    const start = new Date('2027-11-02T10:00:00Z');
    const [seven] = planReminders(start, opts('2027-10-01T00:00:00Z'));
    expect(local(seven.at)).toEqual({ date: '2027-10-26', time: '10:00' });
    expect(seven.at.toISOString()).toBe('2027-10-26T09:00:00.000Z');
    expect(start.getTime() - seven.at.getTime()).toBe(7 * 86_400_000 + 3_600_000);
  });

  it('a reminder due on the change night itself lands at the end of the quiet hours', () => {
    // Monday 29 March 2027 01:30 BST is an odd hour, but the day before is the change day.
    const start = new Date('2027-03-29T00:30:00Z');
    const one = planReminders(start, opts('2027-03-01T00:00:00Z')).find((p) => p.daysBefore === 1)!;
    expect(local(one.at)).toEqual({ date: '2027-03-28', time: '08:00' });
    expect(one.at.toISOString()).toBe('2027-03-28T07:00:00.000Z');
  });

  it('moves a reminder out of the quiet hours to their end on the same date', () => {
    const early = planReminders(new Date('2027-01-20T07:30:00Z'), opts('2027-01-01T00:00:00Z')); // 07:30 GMT
    expect(early.map((p) => local(p.at))).toEqual([
      { date: '2027-01-13', time: '08:00' },
      { date: '2027-01-19', time: '08:00' },
    ]);
    const late = planReminders(new Date('2027-01-20T21:30:00Z'), opts('2027-01-01T00:00:00Z'));
    expect(late.map((p) => local(p.at).time)).toEqual(['08:00', '08:00']);
  });

  it('skips a reminder whose time has passed when the appointment is offered', () => {
    const plans = planReminders(new Date('2027-06-16T09:00:00Z'), opts('2027-06-12T00:00:00Z'));
    expect(plans.map((p) => p.daysBefore)).toEqual([1]);
    expect(planReminders(new Date('2027-06-16T09:00:00Z'), opts('2027-06-15T12:00:00Z'))).toEqual([]);
  });

  it('never plans a reminder in the quiet hours, in the past, or after the appointment (any instant, any change)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2029, 0, 1) }),
        fc.integer({ min: 0, max: 30 * 86_400_000 }),
        (startMs, leadMs) => {
          const start = new Date(startMs - (startMs % 60_000));
          const now = new Date(start.getTime() - leadMs);
          for (const p of planReminders(start, { timeZone: LONDON, daysBefore: [7, 1], quietHours, now })) {
            expect(inQuietHours(local(p.at).time, quietHours)).toBe(false);
            expect(p.at.getTime()).toBeGreaterThan(now.getTime());
            expect(p.at.getTime()).toBeLessThan(start.getTime());
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('inQuietHours', () => {
  it('handles hours over midnight and within a day', () => {
    expect(inQuietHours('21:00', quietHours)).toBe(true);
    expect(inQuietHours('07:59', quietHours)).toBe(true);
    expect(inQuietHours('08:00', quietHours)).toBe(false);
    expect(inQuietHours('20:59', quietHours)).toBe(false);
    expect(inQuietHours('13:30', { start: '13:00', end: '14:00' })).toBe(true);
    expect(inQuietHours('14:00', { start: '13:00', end: '14:00' })).toBe(false);
  });
});
