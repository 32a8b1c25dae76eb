/**
 * The patient's manage link end to end, with JavaScript on and off, against `next start` and the
 * e2e database (as staff.spec.ts). Requests and appointments are created with the same library
 * functions the booking form and the staff page use; the link is read from the queued confirmation,
 * as the patient would read it from their email.
 */
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { test, expect, type Page, type Response } from '@playwright/test';
import type { Kysely } from 'kysely';
import { openDb } from '@/lib/db/connect';
import type { Database } from '@/lib/db/schema';
import { storeRequest } from '@/lib/booking/store';
import { offerAppointment } from '@/lib/booking/appointments';
import { fromLocal, addDays, toLocal } from '@/lib/booking/clinic-time';
import type { BookingRequest } from '@/lib/validations/booking';
import { createStaffUser } from '@/lib/staff/users';
import { expectNoAxeViolations as expectNoAxeViolationsOnPage, expectNoAxeViolationsWithoutJs } from './support';

const DATA_DIR = path.join(process.cwd(), 'test-results', 'e2e-data');
const run = randomBytes(4).toString('hex');
let db: Kysely<Database>;
let n = 0;

// Each test makes its own patient and reads only that patient's rows (a worker loads this file with
// a run id of its own), so the tests spread over the workers.
test.describe.configure({ mode: 'parallel' });

test.beforeAll(async () => {
  ({ db } = await openDb({ dataDir: DATA_DIR }));
});
test.afterAll(async () => {
  await db?.destroy();
});

const site = (baseURL: string) => ({ name: 'Clinic', email: 'staff@clinic.test', phone: '020 7946 0000', url: baseURL });

/** A stored request (and optionally an offered appointment ten days ahead at 10:00 UK time); returns its link. */
async function patient(baseURL: string, opts: { offer?: boolean } = {}) {
  n += 1;
  const now = new Date();
  const req = {
    fullName: `Manage Patient ${run}${n}`.replace(/\d/g, 'x'),
    email: `manage-${run}-${n}@example.com`,
    phone: '+44 20 7946 0123',
    contactMethod: 'email',
    treatment: 'not-sure',
    joint: 'knee',
    message: 'Knee pain on stairs.',
    availability: '',
    heardFrom: null,
    consent: true,
    marketing: false,
  } as unknown as BookingRequest;
  const { id, reference } = await storeRequest(db, req, { now, site: site(baseURL), noticeVersion: '2026-11-01', staffTo: 'staff@clinic.test', retentionMonths: 12 });
  const mail = await db.selectFrom('outbox').select('text_body').where('request_id', '=', id).where('kind', '=', 'patient-confirmation').executeTakeFirstOrThrow();
  const link = /(\/booking\/manage\?t=[A-Za-z0-9_-]{43})/.exec(mail.text_body)![1];
  if (opts.offer) {
    const day = addDays(toLocal(now, 'Europe/London').date, 10);
    await offerAppointment(
      db,
      id,
      { startsAt: fromLocal({ date: day, time: '10:00' }, 'Europe/London')!, clinician: 'Dr Rowan Ashcombe', place: 'Northfield clinic, London', videoUrl: null },
      { now, site: site(baseURL), timeZone: 'Europe/London', durationMinutes: 45, reminders: { daysBefore: [7, 1], quietHours: { start: '21:00', end: '08:00' } }, retentionMonths: 12 },
    );
  }
  return { id, reference, link };
}

/** axe on what the browser shows; with JavaScript off, on the same server HTML in a JavaScript-on page (axe is page script). */
async function expectNoAxeViolations(page: Page, js: boolean, doc: Response | null) {
  if (js) await expectNoAxeViolationsOnPage(page);
  else await expectNoAxeViolationsWithoutJs(page, await doc!.text());
}

/** Presses a button and returns the document response it leads to. */
async function press(page: Page, name: string) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().resourceType() === 'document' && r.status() < 300),
    page.getByRole('button', { name }).click(),
  ]);
  await page.waitForLoadState();
  return response;
}

for (const js of [true, false]) {
  test.describe(`manage link with JavaScript ${js ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: js });

    test('shows the request and the appointment, and accepting needs the confirmation button', async ({ page, baseURL }) => {
      const p = await patient(baseURL!, { offer: true });
      const first = await page.goto(p.link);
      expect(first!.status()).toBe(200);
      const headers = first!.headers();
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['x-robots-tag']).toContain('noindex');
      expect(headers['cache-control']).toContain('no-store');
      await expect(page.getByRole('heading', { level: 1, name: 'Your consultation request' })).toBeVisible();
      await expect(page.getByTestId('reference')).toHaveText(p.reference);
      await expect(page.getByTestId('appointment-status')).toContainText('We have offered you this appointment');
      await expect(page.getByText('Dr Rowan Ashcombe')).toBeVisible();
      await expect(page.getByRole('link', { name: 'staff@clinic.test' }).or(page.getByRole('link', { name: /@/ })).first()).toBeVisible();
      await expectNoAxeViolations(page, js, first);

      const confirm = await press(page, 'Accept this appointment');
      await expect(page).toHaveURL(/\/booking\/manage\/confirm\?/);
      await expect(page.getByRole('heading', { level: 1, name: 'Accept this appointment?' })).toBeVisible();
      // Opening the confirmation page changed nothing.
      expect((await db.selectFrom('appointments').select('status').where('request_id', '=', p.id).executeTakeFirstOrThrow()).status).toBe('offered');
      await expectNoAxeViolations(page, js, confirm);

      const done = await press(page, 'Yes, accept this appointment');
      expect(done.url()).toMatch(/done=accept/);
      await expect(page.getByRole('status')).toContainText('You have accepted the appointment');
      await expect(page.getByTestId('appointment-status')).toContainText('You have accepted this appointment');
      await expect(page.getByTestId('status')).toContainText('Your consultation is booked');
      await expectNoAxeViolations(page, js, done);
    });

    test('asking for another time releases the slot', async ({ page, baseURL }) => {
      const p = await patient(baseURL!, { offer: true });
      await page.goto(p.link);
      await press(page, 'Ask for another time');
      await press(page, 'Yes, ask for another time');
      await expect(page.getByTestId('appointment-status')).toContainText('You asked for another time');
      expect((await db.selectFrom('appointments').select('status').where('request_id', '=', p.id).executeTakeFirstOrThrow()).status).toBe('another-time');
      const pendingReminders = await db.selectFrom('outbox').select('id').where('request_id', '=', p.id).where('kind', '=', 'appointment-reminder').where('status', '=', 'pending').execute();
      expect(pendingReminders).toEqual([]);
    });

    test('cancelling closes the request; "No, go back" changes nothing', async ({ page, baseURL }) => {
      const p = await patient(baseURL!);
      await page.goto(p.link);
      await press(page, 'Cancel my request');
      await page.getByRole('link', { name: 'No, go back' }).click();
      await expect(page.getByTestId('status')).toContainText('We have received your request');
      await press(page, 'Cancel my request');
      await press(page, 'Yes, cancel my request');
      await expect(page.getByTestId('status')).toContainText('You cancelled this request');
      await expect(page.getByRole('button', { name: 'Cancel my request' })).toHaveCount(0);
    });

    test('withdrawing consent erases the request; the link then shows a page that reveals nothing', async ({ page, baseURL }) => {
      const p = await patient(baseURL!, { offer: true });
      await page.goto(p.link);
      const confirm = await press(page, 'Withdraw my consent and delete my request');
      await expect(page.getByRole('heading', { level: 1, name: 'Withdraw your consent and delete your request?' })).toBeVisible();
      await expectNoAxeViolations(page, js, confirm);
      const gone = await press(page, 'Yes, withdraw my consent and delete my request');
      await expect(page).toHaveURL(/\/booking\/manage\/withdrawn$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Your request has been deleted' })).toBeVisible();
      await expectNoAxeViolations(page, js, gone);
      expect(await db.selectFrom('consultation_requests').select('id').where('id', '=', p.id).execute()).toEqual([]);
      const last = await db.selectFrom('outbox').select(['kind', 'request_id']).where('to_address', '=', `manage-${run}-${n}@example.com`).execute();
      expect(last.map((r) => r.kind)).toEqual(['patient-erasure']);

      const again = await page.goto(p.link);
      expect(again!.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1, name: 'This link does not work' })).toBeVisible();
      await expect(page.getByText(p.reference)).toHaveCount(0);
      await expectNoAxeViolations(page, js, again);
    });
  });
}

test('a wrong, a malformed and a missing token get the same page, which reveals nothing', async ({ page }) => {
  let first: string | null = null;
  for (const url of [`/booking/manage?t=${randomBytes(32).toString('base64url')}`, '/booking/manage?t=abc', '/booking/manage', `/booking/manage/confirm?t=${randomBytes(32).toString('base64url')}&action=withdraw`]) {
    const r = await page.goto(url);
    expect(r!.status(), url).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'This link does not work' })).toBeVisible();
    const main = await page.locator('main').innerText();
    first ??= main;
    expect(main, url).toBe(first);
  }
});

test('a cross-site post is refused', async ({ request, baseURL }) => {
  const p = await patient(baseURL!);
  const r = await request.post('/booking/manage/submit', { form: { t: p.link.split('t=')[1], action: 'withdraw', formToken: 'x' }, headers: { origin: 'https://evil.example' }, maxRedirects: 0 });
  expect(r.status()).toBe(403);
  expect(await db.selectFrom('consultation_requests').select('id').where('id', '=', p.id).execute()).toHaveLength(1);
});

test('staff offer an appointment from the request page and see the patient’s answer', async ({ page, baseURL }) => {
  const password = 'e2e staff password 123';
  const staff = await createStaffUser(db, { email: `manage-staff-${run}@clinic.test`, role: 'manager', password });
  const p = await patient(baseURL!);
  await page.goto('/staff/sign-in');
  await page.getByLabel('Email address').fill(staff.email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.goto(`/staff/requests/${p.id}`);
  const day = addDays(toLocal(new Date(), 'Europe/London').date, 9);
  await page.getByLabel('Date').fill(day);
  await page.getByLabel('Time').fill('11:15');
  await page.getByRole('button', { name: 'Offer this appointment' }).click();
  await expect(page.getByRole('status')).toContainText('Appointment offered');
  await expect(page.getByTestId('appointment')).toContainText('11:15');
  const invite = await db.selectFrom('outbox').select(['ics_method', 'to_address']).where('request_id', '=', p.id).where('kind', '=', 'appointment-invite').execute();
  expect(invite).toEqual([{ ics_method: 'REQUEST', to_address: `manage-${run}-${n}@example.com` }]);

  // The patient accepts through their link; staff see it on the request and in the inbox.
  await page.goto(p.link);
  await press(page, 'Accept this appointment');
  await press(page, 'Yes, accept this appointment');
  await page.goto(`/staff/requests/${p.id}`);
  await expect(page.getByTestId('patient-reply')).toContainText('Accepted the appointment');
  await page.goto('/staff');
  await expect(page.getByRole('table', { name: /Upcoming appointments/ })).toContainText('Dr');
  await expect(page.getByRole('table', { name: /Patients' answers/ })).toContainText('Accepted the appointment');
});
