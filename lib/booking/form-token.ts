/**
 * A signed, single-use "form rendered at" token. The server checks it on submit: too fast means
 * a bot, too old means a stale form. Each token carries a random nonce, recorded in the database
 * when a request is stored with it (./spent-tokens.ts), so a captured token stores one request at
 * most. HMAC-SHA256, compared in constant time.
 */
import 'server-only';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export function signFormToken(secret: string, renderedAt: number): string {
  const ts = String(Math.floor(renderedAt));
  const nonce = randomBytes(16).toString('base64url');
  return `${ts}.${nonce}.${mac(secret, `${ts}.${nonce}`)}`;
}

/** A token stamped now, for a freshly rendered form. */
export function newFormToken(secret: string): string {
  return signFormToken(secret, Date.now());
}

export type TokenCheck =
  | { ok: true; nonce: string; renderedAt: number }
  | { ok: false; reason: 'missing' | 'invalid' | 'too-fast' | 'expired' };

export function verifyFormToken(
  secret: string,
  token: unknown,
  now: number,
  opts: { minAgeMs: number; maxAgeMs: number },
): TokenCheck {
  if (typeof token !== 'string' || token.length === 0) return { ok: false, reason: 'missing' };
  const m = /^(\d{1,15})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return { ok: false, reason: 'invalid' };
  const expected = Buffer.from(mac(secret, `${m[1]}.${m[2]}`));
  const given = Buffer.from(m[3]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'invalid' };
  const renderedAt = Number(m[1]);
  const age = now - renderedAt;
  if (age < opts.minAgeMs) return { ok: false, reason: 'too-fast' };
  if (age > opts.maxAgeMs) return { ok: false, reason: 'expired' };
  return { ok: true, nonce: m[2], renderedAt };
}

function mac(secret: string, payload: string) {
  return createHmac('sha256', secret).update(`booking-form:${payload}`).digest('base64url');
}
