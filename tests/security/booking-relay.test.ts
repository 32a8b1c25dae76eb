/**
 * The booking form is not a mail relay: a name cannot carry a link or markup, the patient
 * confirmation repeats nothing the sender chose beyond a plain first name, and one mailbox gets
 * a few confirmations a day at most (the request is still stored and staff still notified).
 * Real SQLite file, real in-process SMTP server.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBookingSchema, validateBooking } from '@/lib/validations/booking';
import { firstName, patientConfirmation } from '@/lib/booking/emails';
import { handleBookingPost } from '@/lib/booking/handler';
import { OutboxWorker } from '@/lib/booking/outbox';
import { smtpSender } from '@/lib/booking/mailer';
import { recipientKey } from '@/lib/booking/recipient';
import { bookingDeps, formPost, formToken, rowCount, site, sqliteDb, startSmtp, validInput, type TestDb } from '../booking/helpers';

process.env.BOOKING_QUIET = '1';
const schema = createBookingSchema(['lipogems']);
const nameError = (fullName: string) => {
  const r = validateBooking(schema, validInput({ fullName }));
  return r.ok ? undefined : r.errors.fullName;
};

describe('names cannot carry links or markup', () => {
  it.each([
    ['Your account is suspended, verify at https://evil.example/login', 'Enter your name without a web address or link'],
    ['Ada hxxp://x', 'Enter your name without a web address or link'],
    ['Ada ftp://files.example', 'Enter your name without a web address or link'],
    ['Ada www.evil', 'Enter your name without a web address or link'],
    ['Visit evil.example now', 'Enter your name without a web address or link'],
    ['Ada evil.co.uk', 'Enter your name without a web address or link'],
    ['Ada bit.ly/x', 'Enter your name without a web address or link'],
    ['Ada evil/login', 'Enter your name without a web address or link'],
    ['Write to ada@example.com', 'Enter your name here, not an email address'],
    ['<a href=x>Ada</a>', 'Full name must not contain < or >'],
    ['Ada <b>', 'Full name must not contain < or >'],
  ])('%j', (name, message) => {
    expect(nameError(name)).toBe(message);
  });

  it.each(['Ada Lovelace', 'J.R.R. Tolkien', "Siobhán O'Brien-Ní Fhaoláin", 'Dr. A. N. Other', 'Zoë Smith-Jones', '李小龍', 'Henry 8th', "Robert'); DROP TABLE x;--"])(
    'still accepts %j',
    (name) => {
      expect(nameError(name)).toBeUndefined();
    },
  );
});

describe('the confirmation repeats only a plain first name', () => {
  const mail = (fullName: string) =>
    patientConfirmation({ reference: 'NR-AAAA-BBBB-CCCC', fullName, to: 'a@example.com', contactMethod: 'email', site });

  it.each([
    ['Ada Lovelace', 'Ada'],
    ["Siobhán O'Brien", 'Siobhán'],
    ['Jean-Luc Picard', 'Jean-Luc'],
    ['Suspended!!! call 0900', null],
    ['A'.repeat(31), null],
    ['Ada-', null],
  ])('%j greets as %j', (fullName, expected) => {
    expect(firstName(fullName)).toBe(expected);
  });

  it('subject, text and HTML carry no other word the sender typed', () => {
    const m = mail('Ada account-suspended verify-now please');
    for (const part of [m.subject, m.text, m.html ?? '']) {
      expect(part).not.toMatch(/suspended|verify|please/);
    }
    expect(m.text.startsWith('Dear Ada,\n')).toBe(true);
    expect(m.html).toContain('<p>Dear Ada,</p>');
    expect(m.subject).toBe('Your consultation request NR-AAAA-BBBB-CCCC');
  });
});

describe('recipient key', () => {
  it('treats case, +tags and Gmail dots as the same mailbox', () => {
    for (const a of ['Victim@Example.com', 'victim+1@example.com', 'VICTIM+spam@EXAMPLE.COM']) expect(recipientKey(a)).toBe('victim@example.com');
    expect(recipientKey('v.i.c.tim+x@googlemail.com')).toBe('victim@gmail.com');
    expect(recipientKey('v.ictim@example.com')).toBe('v.ictim@example.com');
  });
});

describe('relay attempts through the endpoint', () => {
  let t: TestDb;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const closers: (() => unknown)[] = [];
  beforeAll(async () => {
    smtp = await startSmtp();
  });
  afterAll(async () => smtp.close());
  beforeEach(async () => {
    t = await sqliteDb();
    smtp.received.length = 0;
  });
  afterEach(async () => {
    for (const c of closers.splice(0)) await c();
    await t.cleanup();
  });

  async function deliverAll() {
    const sender = smtpSender(smtp.url, { pool: false });
    closers.push(sender.close);
    return new OutboxWorker(t.db, sender.send, { from: 'Clinic <staff@clinic.test>' }).runOnce();
  }

  it('refuses a phishing name with 422 and a field error, storing and sending nothing', async () => {
    const res = await handleBookingPost(
      formPost({ ...validInput({ fullName: 'Your account is suspended, verify at https://evil.example/login', email: 'stranger@example.org' }), formToken: formToken() }, { accept: 'application/json' }),
      bookingDeps(t.db),
    );
    expect(res.status).toBe(422);
    expect((await res.json()).errors.fullName).toBe('Enter your name without a web address or link');
    expect(await rowCount(t.db, 'consultation_requests')).toBe(0);
    expect(await rowCount(t.db, 'outbox')).toBe(0);
    expect(await deliverAll()).toEqual({ sent: 0, retry: 0, failed: 0 });
    expect(smtp.received).toHaveLength(0);
  });

  it('sends a mailbox at most three confirmations a day; later requests are stored, staff notified, the confirmation held', async () => {
    const deps = bookingDeps(t.db);
    const addresses = ['victim@example.org', 'Victim@Example.org', 'victim+a@example.org', 'victim+b@example.org', 'victim@example.org'];
    for (const email of addresses) {
      const res = await handleBookingPost(formPost({ ...validInput({ email }), formToken: formToken() }), deps);
      expect(res.status).toBe(303);
    }
    expect(await rowCount(t.db, 'consultation_requests')).toBe(5);
    const held = await t.db.selectFrom('outbox').select(['status', 'last_error']).where('status', '=', 'held').execute();
    expect(held).toHaveLength(2);
    expect(held[0].last_error).toBe('Not sent: this address already had 3 confirmations in 24 hours');

    expect(await deliverAll()).toEqual({ sent: 8, retry: 0, failed: 0 });
    const toVictim = smtp.received.filter((m) => m.to.some((a) => recipientKey(a) === 'victim@example.org'));
    expect(toVictim).toHaveLength(3);
    expect(smtp.received.filter((m) => m.to.includes(deps.config.staffTo))).toHaveLength(5);
  });

  it('counts the cap over 24 hours: once the earlier confirmations are a day old, the mailbox gets them again', async () => {
    const deps = bookingDeps(t.db);
    const post = async () => (await handleBookingPost(formPost({ ...validInput({ email: 'ada@example.com' }), formToken: formToken() }), deps)).status;
    for (let i = 0; i < 4; i++) expect(await post()).toBe(303);
    await t.db.updateTable('outbox').set({ created_at: new Date(Date.now() - 24 * 60 * 60 * 1000 - 1000).toISOString() }).execute();
    expect(await post()).toBe(303);
    const statuses = await t.db.selectFrom('outbox').select('status').where('kind', '=', 'patient-confirmation').execute();
    expect(statuses.map((s) => s.status).sort()).toEqual(['held', 'pending', 'pending', 'pending', 'pending']);
  });
});
