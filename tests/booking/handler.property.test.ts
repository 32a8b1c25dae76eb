/**
 * Property: whatever arrives, the handler answers with a deliberate status (never 5xx), and
 * every stored row is one the schema accepts — re-validating it gives back exactly what was stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { handleBookingPost } from '@/lib/booking/handler';
import { bookingConfig } from '@/lib/booking/config';
import { signFormToken } from '@/lib/booking/form-token';
import { MemoryRateLimiter } from '@/lib/http/rate-limit';
import type { SubmitDeps } from '@/lib/booking/submit';
import { createBookingSchema, fieldOrder } from '@/lib/validations/booking';
import { site, sqliteDb, validInput, type TestDb } from './helpers';

process.env.BOOKING_QUIET = '1';
let t: TestDb;
let deps: SubmitDeps;
const secret = 'property-test-secret-0123456789';
const schema = createBookingSchema(['lipogems']);
const allowed = new Set([201, 303, 400, 403, 413, 415, 422, 429]);
let stored = 0;

beforeAll(async () => {
  t = await sqliteDb();
  deps = {
    db: t.db,
    limiter: new MemoryRateLimiter(1_000_000, 60_000),
    secret,
    treatmentSlugs: ['lipogems'],
    config: { ...bookingConfig({} as NodeJS.ProcessEnv), minSubmitMs: 0 },
    site,
    noticeVersion: '2026-11-01',
  };
});
afterAll(async () => {
  await assertStoredRowsValid();
  await t.cleanup();
});

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    "'; DROP TABLE consultation_requests; --",
    '" OR 1=1 --',
    '\u0000\u0001\u001b[31m',
    '\u202Egnp.exe',
    '\uD800',
    '𝔘𝔫𝔦𝔠𝔬𝔡𝔢'.repeat(300),
    'Z̸̢̛̙̗a̷̧͚̹l̴̡̗̺g̶̢̨̛o̵̢̧'.repeat(100),
    '\u200B'.repeat(2000),
    '',
    '   ',
    'on',
    'yes',
    'lipogems',
    'not-sure',
    'knee',
    'phone',
  ),
  fc.string({ minLength: 900, maxLength: 1100 }),
);
const anyValue = fc.oneof(hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.object({ maxDepth: 1 }));
const fieldName = fc.oneof(fc.constantFrom(...fieldOrder, 'formToken', 'website', '__proto__', 'constructor'), fc.string({ maxLength: 10 }));

function request(body: BodyInit, type: string) {
  return new Request(`${site.url}/book/submit`, { method: 'POST', headers: { 'content-type': type, origin: site.url }, body });
}

async function post(req: Request) {
  const res = await handleBookingPost(req, deps);
  expect(allowed, `status ${res.status}`).toContain(res.status);
  if (res.status === 201 || res.status === 303) stored += 1;
  return res;
}

async function assertStoredRowsValid() {
  const rows = await t.db.selectFrom('consultation_requests').selectAll().execute();
  expect(rows.length).toBe(stored);
  for (const r of rows) {
    const parsed = schema.safeParse({
      fullName: r.full_name,
      email: r.email,
      phone: r.phone,
      contactMethod: r.contact_method,
      treatment: r.treatment,
      joint: r.joint,
      message: r.message,
      availability: r.availability,
      heardFrom: r.heard_from ?? '',
      consent: 'yes',
      marketing: r.marketing_consent ? 'yes' : '',
    });
    expect(parsed.success).toBe(true);
    expect(parsed.data!.fullName).toBe(r.full_name); // stored already normalised
    expect(parsed.data!.message).toBe(r.message);
    const consent = await t.db.selectFrom('consent_records').select('purpose').where('request_id', '=', r.id).execute();
    expect(consent.map((c) => c.purpose)).toContain('health-data');
  }
}

describe('no input yields a 5xx or stores an invalid row', () => {
  it('arbitrary JSON objects with any field types', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fieldName, anyValue, { maxKeys: 14 }), fc.boolean(), async (fields, withToken) => {
        const body = { ...fields, ...(withToken ? { formToken: signFormToken(secret, Date.now() - 1000) } : {}) };
        await post(request(JSON.stringify(body), 'application/json'));
      }),
      { numRuns: 300 },
    );
  });

  it('a valid request with one field replaced by hostile input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fieldOrder), anyValue, async (field, value) => {
        const body = { ...validInput({ [field]: value }), formToken: signFormToken(secret, Date.now() - 1000) };
        const res = await post(request(JSON.stringify(body), 'application/json'));
        // Fields whose hostile value is still valid text (markup, SQL) are stored as plain text; others are refused.
        expect([201, 422]).toContain(res.status);
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary urlencoded forms', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fieldName, hostileString), { maxLength: 15 }), async (pairs) => {
        const params = new URLSearchParams(pairs);
        params.set('formToken', signFormToken(secret, Date.now() - 1000));
        await post(request(params.toString(), 'application/x-www-form-urlencoded'));
      }),
      { numRuns: 200 },
    );
  });

  it('arbitrary bytes under any content type', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 20_000 }),
        fc.constantFrom('application/json', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'multipart/form-data', 'text/plain', '', 'application/json; charset=latin1'),
        async (bytes, type) => {
          await post(request(bytes as unknown as BodyInit, type));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('stored rows all re-validate', async () => {
    await assertStoredRowsValid();
    expect(stored).toBeGreaterThan(0); // the generators do reach the store
  });
});
