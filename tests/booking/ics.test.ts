/** The calendar invite, written by ical-generator and parsed back by node-ical. */
import { describe, expect, it } from 'vitest';
import ical from 'node-ical';
import { appointmentIcs, type IcsAppointment } from '@/lib/booking/ics';

const clinic = { name: 'Test Clinic', email: 'staff@clinic.test', url: 'http://127.0.0.1:3999' };
const base: IcsAppointment = {
  uid: '3f5e0c1a-0000-4000-8000-000000000001@clinic.test',
  sequence: 0,
  startsAt: new Date('2027-03-30T09:00:00Z'),
  durationMinutes: 45,
  clinician: 'Dr Rowan Ashcombe',
  place: 'Test Clinic, 12 Example Mews, London',
  videoUrl: null,
  stamp: new Date('2027-03-01T12:00:00Z'),
};

function parse(text: string) {
  const parsed = ical.sync.parseICS(text);
  const events = Object.values(parsed).filter((c) => c && c.type === 'VEVENT') as ical.VEvent[];
  const calendar = Object.values(parsed).find((c) => c && c.type === 'VCALENDAR') as { method?: string } | undefined;
  expect(events).toHaveLength(1);
  return { event: events[0], calendar, text };
}

describe('appointment .ics', () => {
  it('is an invite (METHOD:REQUEST) with the UID, sequence, times, place and organiser', () => {
    const { event, calendar, text } = parse(appointmentIcs(base, { method: 'REQUEST', clinic, attendee: 'ada@example.com' }));
    expect(text).toMatch(/^METHOD:REQUEST\r?$/m);
    expect(calendar?.method).toBe('REQUEST');
    expect(event.uid).toBe(base.uid);
    expect(Number(event.sequence)).toBe(0);
    expect(new Date(event.start as Date).toISOString()).toBe('2027-03-30T09:00:00.000Z');
    expect(new Date(event.end as Date).toISOString()).toBe('2027-03-30T09:45:00.000Z');
    expect(event.location).toBe(base.place);
    expect(String(event.summary)).toBe('Consultation at Test Clinic');
    expect(String(event.description)).toContain('Dr Rowan Ashcombe');
    expect(JSON.stringify(event.organizer)).toContain('staff@clinic.test');
    expect(JSON.stringify(event.attendee)).toContain('ada@example.com');
    expect(event.status).toBe('CONFIRMED');
  });

  it('keeps the UID and raises SEQUENCE for a new time, and cancels with METHOD:CANCEL', () => {
    const moved = parse(appointmentIcs({ ...base, sequence: 1, startsAt: new Date('2027-04-02T13:30:00Z') }, { method: 'REQUEST', clinic, attendee: 'ada@example.com' }));
    expect(moved.event.uid).toBe(base.uid);
    expect(Number(moved.event.sequence)).toBe(1);
    const cancelled = parse(appointmentIcs({ ...base, sequence: 2 }, { method: 'CANCEL', clinic, attendee: 'ada@example.com' }));
    expect(cancelled.text).toMatch(/^METHOD:CANCEL\r?$/m);
    expect(cancelled.calendar?.method).toBe('CANCEL');
    expect(cancelled.event.uid).toBe(base.uid);
    expect(Number(cancelled.event.sequence)).toBe(2);
    expect(cancelled.event.status).toBe('CANCELLED');
  });

  it('carries a video link when there is one, and no health details ever', () => {
    const { event, text } = parse(appointmentIcs({ ...base, videoUrl: 'https://video.example/room/abc' }, { method: 'REQUEST', clinic, attendee: 'ada@example.com' }));
    expect(JSON.stringify(event.url)).toContain('https://video.example/room/abc');
    expect(text).toMatch(/^URL(;[^:]*)?:https:\/\/video.example\/room\/abc\r?$/m);
    for (const word of ['knee', 'hip', 'pain', 'Lipogems']) expect(text.toLowerCase()).not.toContain(word.toLowerCase());
  });
});
