import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHEAP_HASH_VARIABLE, DEFAULT_PARAMS, generatePassword, hashParamsFor, hashPassword, TEST_ONLY_PARAMS, verifyPassword } from '@/lib/staff/password';
import { hashToken, newToken } from '@/lib/staff/tokens';

const fast = { N: 2 ** 10, r: 8, p: 1 };

describe('password hashing (scrypt)', () => {
  it('verifies the right password and refuses a wrong one, with the default parameters', async () => {
    // The real cost, named explicitly: the test run itself sets the cheap test-only cost.
    const h = await hashPassword('correct horse battery staple', DEFAULT_PARAMS);
    expect(h).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPassword('correct horse battery staple', h)).toBe(true);
    expect(await verifyPassword('correct horse battery stapl', h)).toBe(false);
    expect(await verifyPassword('', h)).toBe(false);
    // Four scrypt runs at the real cost: seconds of CPU, which a busy shared machine can stretch past the default limit.
  }, 120_000);

  it('salts every hash', async () => {
    const [a, b] = await Promise.all([hashPassword('same password!', fast), hashPassword('same password!', fast)]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same password!', a)).toBe(true);
    expect(await verifyPassword('same password!', b)).toBe(true);
  });

  it('refuses malformed or tampered hashes instead of throwing', async () => {
    const h = await hashPassword('a password here', fast);
    const parts = h.split('$');
    const flipped = Buffer.from(parts[5], 'base64');
    flipped[0] ^= 1;
    for (const bad of ['', 'plain', 'bcrypt$x', [...parts.slice(0, 5), flipped.toString('base64')].join('$'), h.replace('$1024$', '$0$'), `${h}$extra`]) {
      expect(await verifyPassword('a password here', bad), bad).toBe(false);
    }
  });

  it('treats Unicode-equivalent spellings as the same password', async () => {
    const h = await hashPassword('caf\u00e9 au lait!!', fast);
    expect(await verifyPassword('cafe\u0301 au lait!!', h)).toBe(true);
  });

  it('round-trips any password (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 40 }), fc.string({ minLength: 1, maxLength: 40 }), async (pw, other) => {
        const h = await hashPassword(pw, fast);
        expect(await verifyPassword(pw, h)).toBe(true);
        if (other.normalize('NFKC') !== pw.normalize('NFKC')) expect(await verifyPassword(other, h)).toBe(false);
      }),
      { numRuns: 25 },
    );
  });

  it('generates long one-time passwords from an unambiguous alphabet', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const p = generatePassword();
      expect(p).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{20}$/);
      seen.add(p);
    }
    expect(seen.size).toBe(50);
  });
});

describe('the test-only cheap hash cost', () => {
  const cheap = { [CHEAP_HASH_VARIABLE]: '1' };

  it('is off unless asked for: new hashes get the real cost', () => {
    expect(hashParamsFor({ NODE_ENV: 'production' })).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    expect(hashParamsFor({ VITEST: 'true', NODE_ENV: 'test' })).toBe(DEFAULT_PARAMS);
    expect(hashParamsFor({ [CHEAP_HASH_VARIABLE]: '' })).toBe(DEFAULT_PARAMS);
  });

  it('applies inside Vitest or a Playwright worker, and their child processes', () => {
    expect(hashParamsFor({ ...cheap, VITEST: 'true', NODE_ENV: 'test' })).toBe(TEST_ONLY_PARAMS);
    expect(hashParamsFor({ ...cheap, TEST_WORKER_INDEX: '0' })).toBe(TEST_ONLY_PARAMS);
    expect(TEST_ONLY_PARAMS.N).toBeLessThan(DEFAULT_PARAMS.N);
  });

  it('is refused, with a message naming the variable, in production or outside a test runner', () => {
    for (const env of [
      { ...cheap, NODE_ENV: 'production', VITEST: 'true' },
      { ...cheap, NODE_ENV: 'production', TEST_WORKER_INDEX: '0' },
      { ...cheap, NODE_ENV: 'production' },
      { ...cheap },
      { ...cheap, NODE_ENV: 'development' },
      { [CHEAP_HASH_VARIABLE]: 'yes', VITEST: 'true' },
    ]) {
      expect(() => hashParamsFor(env), JSON.stringify(env)).toThrow(/TEST_CHEAP_PASSWORD_HASH is a test-only setting/);
    }
  });

  it('is what this test run uses, and a hash made with it verifies like any other', async () => {
    const h = await hashPassword('a test account password');
    expect(h).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(await verifyPassword('a test account password', h)).toBe(true);
    expect(await verifyPassword('another password', h)).toBe(false);
  });
});

describe('session tokens', () => {
  it('are 32 random bytes and stored only as their SHA-256', () => {
    const t = newToken();
    expect(Buffer.from(t, 'base64url')).toHaveLength(32);
    expect(hashToken(t)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(t)).not.toContain(t);
    expect(newToken()).not.toBe(t);
  });
});
