/**
 * One submission, from raw fields to a stored request: the rules shared by the Server Action (the
 * form) and the route handler (POST /api/booking). Every refusal is a specific 4xx with a message
 * a person can act on; nothing is stored unless every check passed.
 */
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import {
  createBookingSchema,
  fieldOrder,
  validateBooking,
  type BookingValues,
  type FieldErrors,
} from '@/lib/validations/booking';
import type { BookingConfig } from './config';
import type { Identity } from './emails';
import { signFormToken, verifyFormToken } from './form-token';
import { isAllowedOrigin } from '@/lib/http/origin';
import { hitAll, type RateLimiter } from '@/lib/http/rate-limit';
import { UNKNOWN_CLIENT } from '@/lib/http/client-address';
import { bookingRateKeys, SITE_KEY } from './rate-keys';
import { storeRequest } from './store';
import { spendFormToken } from './spent-tokens';
import { logEvent } from './log';

export const TOKEN_FIELD = 'formToken';
export const HONEYPOT_FIELD = 'website';

export type SubmitDeps = {
  db: Kysely<Database>;
  /** Per client address, recipient email and phone. */
  limiter: RateLimiter;
  /** The site-wide hourly ceiling (absent: none). */
  siteLimiter?: RateLimiter;
  secret: string;
  treatmentSlugs: readonly string[];
  config: BookingConfig;
  site: Identity;
  noticeVersion: string;
  /** The retention period, which is also the lifetime of the patient's manage link. */
  retentionMonths?: number;
  now?: () => number;
  /** Called after the commit, e.g. to wake the outbox worker. */
  onStored?: () => void;
};

export type SubmitOutcome =
  | { kind: 'stored'; status: 303; reference: string }
  | { kind: 'invalid'; status: 422; message: string; errors: FieldErrors; values: BookingValues; token: string }
  | { kind: 'rejected'; status: 400 | 403 | 409 | 413 | 415 | 429 | 503; message: string; values: BookingValues; token: string; retryAfterS?: number };

export const messages = {
  invalid: 'There is a problem with your answers. Check the fields marked below.',
  origin: 'This form can only be sent from our own website. Open the booking page and try again.',
  honeypot: 'We could not accept this request. Please phone us instead.',
  tooFast: 'Please check your answers, then send the form again.',
  expired: 'This form has expired. Check your answers, then send it again.',
  replayed: 'We have already received a request sent with this form. To send another one, check your answers and send the form again.',
  rateLimited: 'You have sent several requests in a short time. Please wait a few minutes and try again, or phone us.',
  tooLarge: 'The request is too large. Shorten your message and try again.',
  unsupported: 'The request must be sent as a form.',
  unavailable: 'Sorry, we could not save your request just now. Please try again in a few minutes, or phone us.',
} as const;

export async function submitBooking(raw: Record<string, unknown>, headers: Headers, deps: SubmitDeps, client = UNKNOWN_CLIENT): Promise<SubmitOutcome> {
  const now = (deps.now ?? Date.now)();
  const values = keepValues(raw);
  const token = typeof raw[TOKEN_FIELD] === 'string' ? (raw[TOKEN_FIELD] as string).slice(0, 100) : '';
  // A form that was expired or tampered with gets a fresh token, so the person can send it again.
  const freshToken = () => signFormToken(deps.secret, now - deps.config.minSubmitMs);
  const reject = (status: 400 | 403 | 409 | 429 | 503, message: string, extra: { retryAfterS?: number; token?: string } = {}) =>
    ({ kind: 'rejected', status, message, values, token: extra.token ?? (token || freshToken()), retryAfterS: extra.retryAfterS }) as const;

  if (!isAllowedOrigin(headers, { siteUrl: deps.site.url, allowed: deps.config.allowedOrigins, hops: deps.config.trustProxyHops })) {
    logEvent('booking.rejected', { reason: 'origin' });
    return reject(403, messages.origin);
  }
  const honeypot = raw[HONEYPOT_FIELD];
  if (honeypot !== undefined && honeypot !== '') {
    logEvent('booking.rejected', { reason: 'honeypot' });
    return reject(400, messages.honeypot);
  }
  const check = verifyFormToken(deps.secret, raw[TOKEN_FIELD], now, {
    minAgeMs: deps.config.minSubmitMs,
    maxAgeMs: deps.config.maxFormAgeMs,
  });
  if (!check.ok) {
    logEvent('booking.rejected', { reason: `token-${check.reason}` });
    if (check.reason === 'too-fast') return reject(400, messages.tooFast);
    // Expired, forged or missing: a fresh token, and the answers are kept.
    return reject(400, messages.expired, { token: freshToken() });
  }

  const schema = schemaFor(deps.treatmentSlugs);
  const result = validateBooking(schema, raw);
  if (!result.ok) {
    logEvent('booking.invalid', { fields: Object.keys(result.errors).join(',') });
    return { kind: 'invalid', status: 422, message: messages.invalid, errors: result.errors, values, token };
  }

  // Counted only for requests that would be stored: mistakes a person corrects do not use it up.
  const keys = bookingRateKeys(client, result.data.email, result.data.phone).map((key) => ({ limiter: deps.limiter, key }));
  if (deps.siteLimiter) keys.push({ limiter: deps.siteLimiter, key: SITE_KEY });
  const rate = await hitAll(keys, now);
  if (!rate.allowed) {
    logEvent('booking.rejected', { reason: 'rate-limit' });
    return reject(429, messages.rateLimited, { retryAfterS: rate.retryAfterS });
  }

  let reference: string;
  try {
    // Spent only now, when everything else passed: a form refused for its answers keeps its token.
    const expiresAt = new Date(check.renderedAt + deps.config.maxFormAgeMs);
    if (!(await spendFormToken(deps.db, check.nonce, expiresAt, new Date(now)))) {
      logEvent('booking.rejected', { reason: 'token-replayed' });
      return reject(409, messages.replayed, { token: freshToken() });
    }
    const stored = await storeRequest(deps.db, result.data, {
      now: new Date(now),
      site: deps.site,
      noticeVersion: deps.noticeVersion,
      retentionMonths: deps.retentionMonths,
      staffTo: deps.config.staffTo,
      confirmationsPerDay: deps.config.confirmationsPerDay,
    });
    reference = stored.reference;
    if (stored.confirmation === 'held') logEvent('booking.confirmation-held', { reference });
  } catch (err) {
    // The database is down or full: a server-side fault (5xx), but still a message a person can act
    // on, and a fresh token in case this one was spent before the failure.
    logEvent('booking.error', { error: err instanceof Error ? err.name : 'unknown' });
    return reject(503, messages.unavailable, { token: freshToken() });
  }
  logEvent('booking.stored', { reference });
  deps.onStored?.();
  return { kind: 'stored', status: 303, reference };
}

// Building a zod schema (and its compiled parser) per request is wasted work: cache per treatment list.
const schemas = new Map<string, ReturnType<typeof createBookingSchema>>();
function schemaFor(slugs: readonly string[]) {
  const key = slugs.join('\n');
  let schema = schemas.get(key);
  if (!schema) {
    if (schemas.size > 20) schemas.clear();
    schema = createBookingSchema(slugs);
    schemas.set(key, schema);
  }
  return schema;
}

/** The typed values, as strings, to put back into the form; bounded so an error page stays small. */
export function keepValues(raw: Record<string, unknown>): BookingValues {
  const out: BookingValues = {};
  for (const f of fieldOrder) {
    const v = raw[f];
    if (typeof v === 'string') out[f] = v.slice(0, 2000);
    else if (typeof v === 'boolean') out[f] = v ? 'on' : '';
  }
  return out;
}
