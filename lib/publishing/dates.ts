/** Calendar arithmetic on YYYY-MM-DD strings, in UTC so the result does not depend on the machine. */

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The date `months` calendar months after `iso`, minus one day: a review on 2026-11-25 is next due
 * 2027-11-24, inside the content check's 12-month limit. Month ends clamp (2026-01-31 + 1 month → 02-27).
 */
export function addMonthsMinusOneDay(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  const target = new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay)));
  target.setUTCDate(target.getUTCDate() - 1);
  return target.toISOString().slice(0, 10);
}
