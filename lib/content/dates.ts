/** Dates from Contentlayer are ISO timestamps at UTC midnight; show them as calendar dates. */
const formatter = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(iso: string): string {
  return formatter.format(new Date(iso));
}

/** The YYYY-MM-DD part, for <time dateTime>. */
export function isoDay(iso: string): string {
  return iso.slice(0, 10);
}
