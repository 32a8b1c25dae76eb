/**
 * What the booking page needs to re-render the form after a refused submission: the message,
 * field errors, the values as typed and the form token. With JavaScript off, the submit route
 * renders /book itself and hands it this state in a request header, sealed with an HMAC so that
 * nobody else can make the page display anything. Never stored, never put in a URL or cookie.
 */
import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { BookingValues, FieldErrors } from '@/lib/validations/booking';

export type FormRenderState = {
  message: string;
  errors: FieldErrors;
  values: BookingValues;
  token: string;
};

export const STATE_HEADER = 'x-booking-form-state';
/** Node's default header limit is 16 KB; stay well below it. */
const MAX_SEALED = 12_000;

export function sealFormState(secret: string, state: FormRenderState): string {
  let s = state;
  let payload = pack(s);
  // Only hostile input gets near the limit: drop the longest kept values until it fits.
  while (payload.length > MAX_SEALED && Object.keys(s.values).length > 0) {
    const longest = (Object.entries(s.values) as [keyof BookingValues, string][]).sort((a, b) => b[1].length - a[1].length)[0][0];
    const values = { ...s.values };
    delete values[longest];
    s = { ...s, values };
    payload = pack(s);
  }
  return `${payload}.${mac(secret, payload)}`;
}

export function unsealFormState(secret: string, sealed: string | null | undefined): FormRenderState | null {
  if (!sealed || sealed.length > MAX_SEALED + 100) return null;
  const dot = sealed.lastIndexOf('.');
  if (dot < 0) return null;
  const payload = sealed.slice(0, dot);
  const given = Buffer.from(sealed.slice(dot + 1));
  const expected = Buffer.from(mac(secret, payload));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const parsed = JSON.parse(inflateRawSync(Buffer.from(payload, 'base64url')).toString('utf8')) as FormRenderState;
    return {
      message: String(parsed.message ?? ''),
      errors: parsed.errors ?? {},
      values: parsed.values ?? {},
      token: String(parsed.token ?? ''),
    };
  } catch {
    return null;
  }
}

function pack(state: FormRenderState) {
  return deflateRawSync(Buffer.from(JSON.stringify(state), 'utf8')).toString('base64url');
}

function mac(secret: string, payload: string) {
  return createHmac('sha256', secret).update(`booking-form-state:${payload}`).digest('base64url');
}
