/**
 * The one structured logger: one JSON line per event on stdout (errors on stderr), carrying the
 * request id when the code runs inside a request wrapped by `withRequestId`. Callers pass a small
 * set of scalar fields they chose (a reference, a count, an error code), never a form or a row,
 * so names, emails and health data cannot reach the logs by accident.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export type LogField = string | number | boolean | null | undefined;

/** The proxy's request id (nginx `$request_id`) is passed on in this header and echoed back. */
export const REQUEST_ID_HEADER = 'x-request-id';

const requestContext = new AsyncLocalStorage<{ requestId: string }>();

/** The caller's request id if it looks like one (it is echoed into logs), else a fresh one. */
export function requestIdFrom(headers: Headers): string {
  const given = headers.get(REQUEST_ID_HEADER);
  return given && /^[A-Za-z0-9._:-]{8,128}$/.test(given) ? given : randomUUID();
}

/** Runs a route handler with a request id that every log line inside it carries, and returns it in X-Request-Id. */
export async function withRequestId(request: Request, handler: () => Promise<Response>): Promise<Response> {
  const requestId = requestIdFrom(request.headers);
  const response = await requestContext.run({ requestId }, handler);
  try {
    response.headers.set(REQUEST_ID_HEADER, requestId);
  } catch {
    // Response.redirect() and friends have immutable headers: the id stays in the logs only.
  }
  return response;
}

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}

export function logEvent(event: string, fields: Record<string, LogField> = {}) {
  if (process.env.LOG_QUIET === '1' || process.env.BOOKING_QUIET === '1') return;
  const error = event.endsWith('.error') || event.endsWith('.failed');
  const line = JSON.stringify({ at: new Date().toISOString(), level: error ? 'error' : 'info', event, requestId: currentRequestId(), ...fields });
  if (error) console.error(line);
  else console.info(line);
}
