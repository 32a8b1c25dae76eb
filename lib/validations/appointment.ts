/**
 * The staff form that offers an appointment: a date and time on the clinic's clock, a clinician, a
 * place and, for a video consultation, its link. One zod schema; the instant is worked out in the
 * clinic's zone (lib/booking/clinic-time.ts) and must be in the future.
 */
import { z } from 'zod';
import { fromLocal } from '@/lib/booking/clinic-time';

const CONTROL = /[\u0000-\u001f\u007f]/;

export const appointmentFields = ['date', 'time', 'clinician', 'place', 'videoUrl'] as const;
export type AppointmentField = (typeof appointmentFields)[number];

export const appointmentSchema = z.object({
  date: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date, like 2027-03-30'),
  time: z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter the time as hours and minutes, like 14:30'),
  clinician: z.string().trim().min(1, 'Enter the clinician').max(100, 'The clinician must be 100 characters or fewer').refine((s) => !CONTROL.test(s), 'Remove the control characters'),
  place: z.string().trim().min(1, 'Enter where the appointment is').max(200, 'The place must be 200 characters or fewer').refine((s) => !CONTROL.test(s), 'Remove the control characters'),
  videoUrl: z
    .string()
    .trim()
    .max(500, 'The video link must be 500 characters or fewer')
    .refine((s) => s === '' || (URL.canParse(s) && new URL(s).protocol === 'https:'), 'Enter the video link as a full https:// address, or leave it empty'),
});

export type AppointmentInput = { startsAt: Date; clinician: string; place: string; videoUrl: string | null };

export function parseAppointment(
  raw: Partial<Record<AppointmentField, string | undefined>>,
  opts: { timeZone: string; now: Date },
): { ok: true; value: AppointmentInput } | { ok: false; errors: Partial<Record<AppointmentField, string>> } {
  const result = appointmentSchema.safeParse(Object.fromEntries(appointmentFields.map((f) => [f, raw[f] ?? ''])));
  if (!result.success) {
    const errors: Partial<Record<AppointmentField, string>> = {};
    for (const issue of result.error.issues) {
      const field = issue.path[0] as AppointmentField;
      errors[field] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const v = result.data;
  const startsAt = fromLocal({ date: v.date, time: v.time }, opts.timeZone);
  if (!startsAt) return { ok: false, errors: { date: 'Enter a real date, like 2027-03-30' } };
  if (startsAt.getTime() <= opts.now.getTime()) return { ok: false, errors: { date: 'The appointment must be in the future' } };
  return { ok: true, value: { startsAt, clinician: v.clinician, place: v.place, videoUrl: v.videoUrl || null } };
}
