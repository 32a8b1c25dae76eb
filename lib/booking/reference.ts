/**
 * Reference numbers patients quote on the phone: 12 characters of Crockford base32 from a CSPRNG
 * (60 bits, so they cannot be guessed or enumerated), grouped for reading aloud. Unrelated to the
 * database id. Crockford's alphabet has no I, L, O or U, which avoids misreadings.
 */
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const REFERENCE_PATTERN = /^NR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

export function newReference(): string {
  const bytes = randomBytes(12);
  let chars = '';
  for (const b of bytes) chars += ALPHABET[b & 31]; // 32 divides 256: no modulo bias
  return `NR-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** Normalises what a person might type (lower case, spaces) and checks the shape. */
export function parseReference(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 40) return null;
  const s = input.trim().toUpperCase().replace(/\s+/g, '');
  return REFERENCE_PATTERN.test(s) ? s : null;
}
