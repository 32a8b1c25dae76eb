/**
 * The only logger the booking code uses. It takes an event name and a small set of scalar,
 * non-health fields (reference, counts, error codes), so form content cannot reach the logs.
 */
type Safe = string | number | boolean | null | undefined;

export function logEvent(event: string, fields: Record<string, Safe> = {}) {
  if (process.env.BOOKING_QUIET === '1') return;
  const line = JSON.stringify({ at: new Date().toISOString(), event, ...fields });
  if (event.endsWith('.error') || event.endsWith('.failed')) console.error(line);
  else console.info(line);
}
