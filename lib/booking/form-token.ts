/**
 * A signed "form rendered at" timestamp. The server checks it on submit: too fast means a bot,
 * too old means a stale or replayed form. HMAC-SHA256, compared in constant time.
 */
import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';

export function signFormToken(secret: string, renderedAt: number): string {
  const ts = String(Math.floor(renderedAt));
  return `${ts}.${mac(secret, ts)}`;
}

/** A token stamped now, for a freshly rendered form. */
export function newFormToken(secret: string): string {
  return signFormToken(secret, Date.now());
}

export type TokenCheck = { ok: true } | { ok: false; reason: 'missing' | 'invalid' | 'too-fast' | 'expired' };

export function verifyFormToken(
  secret: string,
  token: unknown,
  now: number,
  opts: { minAgeMs: number; maxAgeMs: number },
): TokenCheck {
  if (typeof token !== 'string' || token.length === 0) return { ok: false, reason: 'missing' };
  const m = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return { ok: false, reason: 'invalid' };
  const expected = Buffer.from(mac(secret, m[1]));
  const given = Buffer.from(m[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'invalid' };
  const age = now - Number(m[1]);
  if (age < opts.minAgeMs) return { ok: false, reason: 'too-fast' };
  if (age > opts.maxAgeMs) return { ok: false, reason: 'expired' };
  return { ok: true };
}

function mac(secret: string, ts: string) {
  return createHmac('sha256', secret).update(`booking-form:${ts}`).digest('base64url');
}
