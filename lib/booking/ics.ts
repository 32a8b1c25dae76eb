/**
 * The calendar invite for an appointment (RFC 5545/5546), written by ical-generator. One UID per
 * appointment for its whole life and a SEQUENCE raised on every change, so a calendar that
 * received the first invite updates that one event: METHOD:REQUEST for an offer or a new time,
 * METHOD:CANCEL when it is cancelled. Times are UTC (`…Z`): unambiguous in every calendar, which
 * shows them in the reader's own zone. No health details: the clinic, the clinician and the place.
 */
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

export type IcsAppointment = {
  uid: string;
  sequence: number;
  startsAt: Date;
  durationMinutes: number;
  clinician: string;
  place: string;
  videoUrl: string | null;
  /** When this version of the event was written (DTSTAMP). */
  stamp: Date;
};

export type IcsMethod = 'REQUEST' | 'CANCEL';

export function appointmentIcs(
  a: IcsAppointment,
  opts: { method: IcsMethod; clinic: { name: string; email: string; url: string }; attendee: string },
): string {
  const calendar = ical({
    prodId: { company: opts.clinic.name, product: 'appointments', language: 'EN' },
    method: opts.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: a.uid,
    sequence: a.sequence,
    stamp: a.stamp,
    start: a.startsAt,
    end: new Date(a.startsAt.getTime() + a.durationMinutes * 60_000),
    summary: `Consultation at ${opts.clinic.name}`,
    description: `Consultation with ${a.clinician}.${a.videoUrl ? ` Video link: ${a.videoUrl}` : ''}`,
    location: a.place,
    url: a.videoUrl ?? undefined,
    status: opts.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: opts.clinic.name, email: opts.clinic.email },
    attendees: [{ email: opts.attendee, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.NEEDSACTION, rsvp: false }],
  });
  return calendar.toString();
}
