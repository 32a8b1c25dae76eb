/** Clinic-local wall time ↔ UTC in Europe/London, across both DST changes. */
import { describe, expect, it } from 'vitest';
import { addDays, describeLocal, fromLocal, offsetMinutes, toLocal } from '@/lib/booking/clinic-time';

const LONDON = 'Europe/London';

describe('clinic time (Europe/London)', () => {
  it('reads winter as GMT and summer as BST', () => {
    expect(fromLocal({ date: '2027-01-15', time: '10:00' }, LONDON)?.toISOString()).toBe('2027-01-15T10:00:00.000Z');
    expect(fromLocal({ date: '2027-07-15', time: '10:00' }, LONDON)?.toISOString()).toBe('2027-07-15T09:00:00.000Z');
    expect(offsetMinutes(new Date('2027-07-15T09:00:00Z'), LONDON)).toBe(60);
    expect(offsetMinutes(new Date('2027-01-15T09:00:00Z'), LONDON)).toBe(0);
  });

  it('changes offset at 01:00 UTC on the last Sunday of March and of October', () => {
    // 2027-03-28: 01:00 GMT becomes 02:00 BST.
    expect(toLocal(new Date('2027-03-28T00:59:00Z'), LONDON)).toEqual({ date: '2027-03-28', time: '00:59' });
    expect(toLocal(new Date('2027-03-28T01:00:00Z'), LONDON)).toEqual({ date: '2027-03-28', time: '02:00' });
    // 2027-10-31: 02:00 BST becomes 01:00 GMT.
    expect(toLocal(new Date('2027-10-31T00:59:00Z'), LONDON)).toEqual({ date: '2027-10-31', time: '01:59' });
    expect(toLocal(new Date('2027-10-31T01:00:00Z'), LONDON)).toEqual({ date: '2027-10-31', time: '01:00' });
  });

  it('moves a time in the spring gap forward by the gap, as calendars do', () => {
    expect(fromLocal({ date: '2027-03-28', time: '01:30' }, LONDON)?.toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(toLocal(fromLocal({ date: '2027-03-28', time: '01:30' }, LONDON)!, LONDON).time).toBe('02:30');
  });

  it('takes the first of the two 01:30s in the autumn overlap', () => {
    expect(fromLocal({ date: '2027-10-31', time: '01:30' }, LONDON)?.toISOString()).toBe('2027-10-31T00:30:00.000Z');
  });

  it('round-trips every quarter hour of both change days', () => {
    for (const date of ['2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31']) {
      for (let m = 0; m < 24 * 60; m += 15) {
        const time = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        const instant = fromLocal({ date, time }, LONDON)!;
        const inGap = date.endsWith('-03-29') || date.endsWith('-03-28') ? time >= '01:00' && time < '02:00' : false;
        if (!inGap) expect(toLocal(instant, LONDON), `${date} ${time}`).toEqual({ date, time });
      }
    }
  });

  it('refuses dates and times that do not exist on any calendar', () => {
    expect(fromLocal({ date: '2027-02-30', time: '10:00' }, LONDON)).toBeNull();
    expect(fromLocal({ date: '2027-02-10', time: '24:00' }, LONDON)).toBeNull();
    expect(fromLocal({ date: '10/02/2027', time: '10:00' }, LONDON)).toBeNull();
  });

  it('adds calendar days across month and year ends', () => {
    expect(addDays('2027-03-01', -7)).toBe('2027-02-22');
    expect(addDays('2027-01-03', -7)).toBe('2026-12-27');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('describes an instant in words on the clinic clock', () => {
    expect(describeLocal(new Date('2027-03-30T09:00:00Z'), LONDON)).toBe('Tuesday, 30 March 2027 at 10:00');
  });
});
