import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createBookingSchema, fieldErrorsOf, formDataToInput, limits, validateBooking } from '@/lib/validations/booking';
import { signFormToken, verifyFormToken } from '@/lib/booking/form-token';
import { newReference, parseReference, REFERENCE_PATTERN } from '@/lib/booking/reference';
import { isAllowedOrigin } from '@/lib/http/origin';
import { MemoryRateLimiter } from '@/lib/http/rate-limit';
import { clientAddress } from '@/lib/http/client-address';
import { patientConfirmation } from '@/lib/booking/emails';
import { retentionCutoff } from '@/lib/booking/purge';
import { sealFormState, unsealFormState } from '@/lib/booking/form-state';
import { validInput } from './helpers';

const schema = createBookingSchema(['lipogems', 'bmac']);
const errorsFor = (o: Record<string, unknown>) => {
  const r = validateBooking(schema, validInput(o));
  return r.ok ? {} : r.errors;
};

describe('booking schema', () => {
  it('accepts a complete request and normalises it', () => {
    const r = schema.parse(validInput({ fullName: '  Ada  Lovelace \t', marketing: 'on', heardFrom: '' }));
    expect(r.fullName).toBe('Ada  Lovelace');
    expect(r.marketing).toBe(true);
    expect(r.consent).toBe(true);
    expect(r.heardFrom).toBeNull();
  });

  it('requires the fields the clinic needs, with GOV.UK-style messages', () => {
    const r = validateBooking(schema, {});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors)).toEqual(['fullName', 'email', 'contactMethod', 'treatment', 'joint', 'message', 'consent']);
    expect(r.errors.fullName).toBe('Enter your full name');
    expect(r.errors.consent).toMatch(/^Tick the box/);
  });

  it('lists errors in page order, one per field', () => {
    expect(Object.keys(errorsFor({ consent: '', email: 'nope', fullName: '' }))).toEqual(['fullName', 'email', 'consent']);
  });

  it('rejects an invalid email with an example of the right format', () => {
    expect(errorsFor({ email: 'ada@' }).email).toMatch(/correct format, like name@example.com/);
  });

  it('needs a phone number only when the person asks to be phoned', () => {
    expect(errorsFor({ phone: '', contactMethod: 'email' })).toEqual({});
    expect(errorsFor({ phone: '', contactMethod: 'phone' }).phone).toMatch(/as you asked us to phone you/);
    expect(errorsFor({ phone: 'call me maybe' }).phone).toMatch(/^Enter a phone number/);
    expect(errorsFor({ phone: '12' }).phone).toBeDefined();
    expect(errorsFor({ phone: '+44 (0)20 7946-0123' })).toEqual({});
  });

  it('accepts only published treatments or "not sure", and the listed joints', () => {
    expect(errorsFor({ treatment: 'bmac' })).toEqual({});
    expect(errorsFor({ treatment: 'not-sure' })).toEqual({});
    expect(errorsFor({ treatment: 'adipose-msc' }).treatment).toBeDefined();
    expect(errorsFor({ joint: 'elbow' }).joint).toBeDefined();
    expect(errorsFor({ contactMethod: 'pigeon' }).contactMethod).toBeDefined();
  });

  it('limits the message by characters a person sees, not UTF-16 units', () => {
    expect(errorsFor({ message: 'a'.repeat(limits.message) })).toEqual({});
    expect(errorsFor({ message: 'a'.repeat(limits.message + 1) }).message).toBe('Short message must be 1000 characters or fewer');
    expect(errorsFor({ message: '😀'.repeat(limits.message) })).toEqual({}); // 2000 UTF-16 units, 1000 characters
  });

  it('refuses control characters, bidi overrides and lone surrogates, but allows newlines in the message', () => {
    expect(errorsFor({ message: 'line one\nline two\r\n\tindented' })).toEqual({});
    expect(errorsFor({ fullName: 'Ada\nLovelace' }).fullName).toMatch(/control characters/);
    expect(errorsFor({ fullName: 'Ada\u0000' }).fullName).toBeDefined();
    expect(errorsFor({ message: 'hi \u202E evil' }).message).toBeDefined();
    expect(errorsFor({ availability: 'x\uD800y' }).availability).toBeDefined();
  });

  it('keeps markup and SQL as plain text (escaped on output, parameterised in queries)', () => {
    const r = schema.parse(validInput({ fullName: "Robert'); DROP TABLE x;--", message: '<script>alert(1)</script>' }));
    expect(r.message).toBe('<script>alert(1)</script>');
  });

  it('rejects wrong types rather than coercing them', () => {
    expect(errorsFor({ fullName: 42 }).fullName).toBeDefined();
    expect(errorsFor({ consent: 1 }).consent).toBeDefined();
    expect(errorsFor({ joint: ['knee'] }).joint).toBeDefined();
    expect(validateBooking(schema, null).ok).toBe(false);
    expect(validateBooking(schema, 'string').ok).toBe(false);
  });

  it('requires the health consent; marketing consent is separate and optional', () => {
    expect(errorsFor({ consent: '' }).consent).toBeDefined();
    expect(errorsFor({ consent: undefined }).consent).toBeDefined();
    expect(schema.parse(validInput({ marketing: undefined })).marketing).toBe(false);
  });

  it('reads FormData: known fields only, strings kept, files rejected', () => {
    const fd = new FormData();
    fd.set('fullName', 'Ada');
    fd.set('evil', 'x');
    fd.set('message', new Blob(['hi']));
    const input = formDataToInput(fd);
    expect(Object.keys(input).sort()).toEqual(['fullName', 'message']);
    expect(fieldErrorsOf(schema.safeParse(input).error!).message).toBeDefined();
  });
});

describe('form token', () => {
  const secret = 'a-test-secret-of-enough-length';
  const opts = { minAgeMs: 3000, maxAgeMs: 60_000 };
  it('accepts a signed timestamp within the window', () => {
    expect(verifyFormToken(secret, signFormToken(secret, 1000), 5000, opts)).toMatchObject({ ok: true, renderedAt: 1000 });
  });
  it('refuses too fast, too old, forged and malformed tokens', () => {
    const t = signFormToken(secret, 1000);
    expect(verifyFormToken(secret, t, 2000, opts)).toEqual({ ok: false, reason: 'too-fast' });
    expect(verifyFormToken(secret, t, 70_000, opts)).toEqual({ ok: false, reason: 'expired' });
    expect(verifyFormToken('another-secret-entirely', t, 5000, opts)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyFormToken(secret, t.replace(/^1000/, '0001'), 5000, opts)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyFormToken(secret, undefined, 5000, opts)).toEqual({ ok: false, reason: 'missing' });
    expect(verifyFormToken(secret, 'x'.repeat(5000), 5000, opts)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('reference numbers', () => {
  it('are well-formed, distinct and parse back from what a person types', () => {
    const refs = new Set(Array.from({ length: 2000 }, newReference));
    expect(refs.size).toBe(2000);
    for (const r of refs) expect(r).toMatch(REFERENCE_PATTERN);
    const r = [...refs][0];
    expect(parseReference(` ${r.toLowerCase()} `)).toBe(r);
    expect(parseReference('NR-IIII-0000-0000')).toBeNull(); // I is not in Crockford's alphabet
    expect(parseReference(42)).toBeNull();
  });
});

describe('origin check', () => {
  const opts = { siteUrl: 'https://clinic.example', allowed: ['https://www.clinic.example'] };
  const h = (o: Record<string, string>) => new Headers(o);
  it('allows the site, an allowed origin and the request host', () => {
    expect(isAllowedOrigin(h({ origin: 'https://clinic.example' }), opts)).toBe(true);
    expect(isAllowedOrigin(h({ origin: 'https://www.clinic.example' }), opts)).toBe(true);
    expect(isAllowedOrigin(h({ origin: 'http://127.0.0.1:3200', host: '127.0.0.1:3200' }), opts)).toBe(true);
    expect(isAllowedOrigin(h({ referer: 'https://clinic.example/book' }), opts)).toBe(true);
  });
  it('refuses other sites, null and missing origins', () => {
    expect(isAllowedOrigin(h({ origin: 'https://evil.example', host: 'clinic.example' }), opts)).toBe(false);
    expect(isAllowedOrigin(h({ origin: 'null' }), opts)).toBe(false);
    expect(isAllowedOrigin(h({}), opts)).toBe(false);
    expect(isAllowedOrigin(h({ origin: 'not a url' }), opts)).toBe(false);
  });
});

describe('in-memory rate limit', () => {
  it('allows the limit per window and key, then refuses with a retry time', async () => {
    const l = new MemoryRateLimiter(2, 60_000);
    const t = 1_800_000_000_000;
    expect((await l.hit('a', t)).allowed).toBe(true);
    expect((await l.hit('a', t)).allowed).toBe(true);
    const third = await l.hit('a', t + 1000);
    expect(third.allowed).toBe(false);
    expect(third.retryAfterS).toBe(59);
    expect((await l.hit('b', t)).allowed).toBe(true);
    expect((await l.hit('a', t + 60_000)).allowed).toBe(true);
  });
  it('keys on the right-most forwarded address behind one trusted proxy', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '6.6.6.6, 10.0.0.1' }), { hops: 1 })).toBe('10.0.0.1');
    expect(clientAddress(new Headers({}), { hops: 1 })).toBe('unknown');
  });
});

describe('emails and retention', () => {
  it('never repeats a name that is not plainly a name: markup gets a neutral greeting', () => {
    const m = patientConfirmation({
      reference: 'NR-AAAA-BBBB-CCCC',
      fullName: '<img src=x onerror=alert(1)>',
      to: 'a@b.c',
      contactMethod: 'email',
      site: { name: 'C', email: 'c@c', phone: '1', url: 'http://x' },
    });
    expect(m.html).not.toContain('<img');
    expect(m.html).not.toContain('img');
    expect(m.html).toContain('<p>Hello,</p>');
    expect(m.text).toContain('NR-AAAA-BBBB-CCCC');
  });
  it('computes the cutoff in calendar months', () => {
    expect(retentionCutoff(new Date('2026-11-25T00:00:00Z'), 12).toISOString()).toBe('2025-11-25T00:00:00.000Z');
  });
});

describe('sealed form state (JavaScript-off re-render)', () => {
  const state = { message: 'There is a problem', errors: { email: 'Enter…' }, values: { fullName: 'Zoë' }, token: 't' };
  it('round-trips, and refuses tampering or another key', () => {
    const sealed = sealFormState('key-one-0123456789', state);
    expect(unsealFormState('key-one-0123456789', sealed)).toEqual(state);
    expect(unsealFormState('key-two-0123456789', sealed)).toBeNull();
    expect(unsealFormState('key-one-0123456789', `A${sealed}`)).toBeNull();
    expect(unsealFormState('key-one-0123456789', 'garbage')).toBeNull();
    expect(unsealFormState('key-one-0123456789', null)).toBeNull();
  });
  it('stays under the header size limit by dropping the longest values', () => {
    const random = () => {
      const bytes = randomBytes(6000); // incompressible astral characters
      return Array.from({ length: 3000 }, (_, i) => String.fromCodePoint(0x10000 + bytes.readUInt16BE(i * 2))).join('');
    };
    const sealed = sealFormState('k-0123456789abcdef', { ...state, values: { fullName: 'Ada', message: random(), availability: random() } });
    expect(sealed.length).toBeLessThan(12_100);
    const back = unsealFormState('k-0123456789abcdef', sealed)!;
    expect(back.values.fullName).toBe('Ada');
    expect([back.values.message, back.values.availability].filter(Boolean)).toHaveLength(1); // one dropped, enough to fit
  });
});
