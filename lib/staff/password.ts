/**
 * Password hashing with Node's built-in scrypt (RFC 7914; OWASP-recommended parameters
 * N=2^17, r=8, p=1), a random 16-byte salt per password and a constant-time comparison.
 * The stored string names its parameters, so they can be raised later without breaking old hashes.
 */
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const KEYLEN = 32;
export type ScryptParams = { N: number; r: number; p: number };
export const DEFAULT_PARAMS: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };

/**
 * Tests create many accounts; at the real cost each one is a second of CPU on a small machine.
 * TEST_CHEAP_PASSWORD_HASH=1 lowers the cost of new hashes, but only inside a test runner (Vitest
 * or a Playwright worker, which set VITEST / TEST_WORKER_INDEX, and their child processes) and
 * never with NODE_ENV=production: anywhere else the variable is refused with an error, so a stray
 * copy in a deployment's environment stops the hashing instead of weakening it. Verifying always
 * uses the parameters stored in the hash, so a server under test checks these accounts cheaply
 * without the variable.
 */
export const TEST_ONLY_PARAMS: ScryptParams = { N: 2 ** 10, r: 8, p: 1 };
export const CHEAP_HASH_VARIABLE = 'TEST_CHEAP_PASSWORD_HASH';

/** The parameters new hashes get in this environment (see TEST_ONLY_PARAMS). */
export function hashParamsFor(env: Record<string, string | undefined>): ScryptParams {
  if (!env[CHEAP_HASH_VARIABLE]) return DEFAULT_PARAMS;
  const underTestRunner = Boolean(env.VITEST || env.TEST_WORKER_INDEX);
  if (env[CHEAP_HASH_VARIABLE] !== '1' || env.NODE_ENV === 'production' || !underTestRunner) {
    throw new Error(
      `${CHEAP_HASH_VARIABLE} is a test-only setting (value 1, inside Vitest or Playwright, not with NODE_ENV=production); ` +
        'it is refused here so passwords are never stored with a weak hash. Remove it from this environment.',
    );
  }
  return TEST_ONLY_PARAMS;
}

function scrypt(password: string, salt: Buffer, keylen: number, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scryptCb(password, salt, keylen, opts, (err, key) => (err ? reject(err) : resolve(key))));
}

const maxmem = (N: number, r: number) => 128 * N * r * 2;

export async function hashPassword(password: string, params: ScryptParams = hashParamsFor(process.env)): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password.normalize('NFKC'), salt, KEYLEN, { ...params, maxmem: maxmem(params.N, params.r) });
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0)) return false;
  const salt = Buffer.from(parts[4], 'base64');
  const expected = Buffer.from(parts[5], 'base64');
  if (expected.length !== KEYLEN) return false;
  const key = await scrypt(password.normalize('NFKC'), salt, KEYLEN, { N, r, p, maxmem: maxmem(N, r) });
  return timingSafeEqual(key, expected);
}

/** A hash of a random password: verifying against it costs the same as against a real account. */
let dummy: Promise<string> | null = null;
export function dummyHash(): Promise<string> {
  return (dummy ??= hashPassword(randomBytes(16).toString('hex')));
}

/** A one-time password for a new account: 20 characters from an unambiguous alphabet (~100 bits). */
export function generatePassword(length = 20): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const out: string[] = [];
  while (out.length < length) {
    for (const b of randomBytes(length * 2)) {
      // Rejection sampling keeps every character equally likely.
      if (b < 256 - (256 % alphabet.length) && out.length < length) out.push(alphabet[b % alphabet.length]);
    }
  }
  return out.join('');
}

export const MIN_PASSWORD_LENGTH = 12;
