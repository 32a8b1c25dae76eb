/**
 * When an appointment's reminders go out. Pure, so the DST and quiet-hours cases are tested directly.
 *
 * A reminder N days before goes at the appointment's local time of day on the local date N days
 * earlier: "7 days before a 10:00 appointment" is 10:00 a week before on the clinic's clock, even
 * when the clocks change in between (the UTC gap is then 7 days ± 1 hour). A time inside the quiet
 * hours moves to their end on that same date (08:00 by default), so nobody is woken by the clinic.
 * A reminder whose time has passed, or that would not come before the appointment, is not sent.
 */
import { addDays, fromLocal, toLocal } from './clinic-time';

export type QuietHours = { start: string; end: string };
export type ReminderPlan = { daysBefore: number; at: Date };

export function inQuietHours(time: string, quiet: QuietHours): boolean {
  if (quiet.start === quiet.end) return false;
  // Overnight (21:00–08:00) or within one day (13:00–14:00): HH:MM strings compare as times.
  return quiet.start > quiet.end ? time >= quiet.start || time < quiet.end : time >= quiet.start && time < quiet.end;
}

export function planReminders(
  startsAt: Date,
  opts: { timeZone: string; daysBefore: readonly number[]; quietHours: QuietHours; now: Date },
): ReminderPlan[] {
  const local = toLocal(startsAt, opts.timeZone);
  const plans: ReminderPlan[] = [];
  for (const days of [...new Set(opts.daysBefore)].sort((a, b) => b - a)) {
    const date = addDays(local.date, -days);
    const time = inQuietHours(local.time, opts.quietHours) ? opts.quietHours.end : local.time;
    const at = fromLocal({ date, time }, opts.timeZone);
    if (!at || at.getTime() <= opts.now.getTime() || at.getTime() >= startsAt.getTime()) continue;
    plans.push({ daysBefore: days, at });
  }
  return plans;
}
