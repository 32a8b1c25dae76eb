/** A moment as staff read it: "2 Dec 2026, 09:30", in the clinic's time zone whatever the server's. */
export function formatDateTime(iso: string) {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });
}
