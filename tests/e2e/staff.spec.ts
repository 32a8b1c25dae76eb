/**
 * Staff area end to end (issue 4), against `next start` with the e2e database
 * (DATA_DIR=test-results/e2e-data, as playwright.config.ts starts the server).
 * Accounts, requests and sessions are created with the same library functions the
 * `staff:add` command and the booking store use, against that same database.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { test, expect, type Page } from '@playwright/test';
import type { Kysely } from 'kysely';
import { openDb } from '@/lib/db/connect';
import type { Database } from '@/lib/db/schema';
import { storeRequest } from '@/lib/booking/store';
import type { BookingRequest } from '@/lib/validations/booking';
import { createStaffUser } from '@/lib/staff/users';
import { createSession } from '@/lib/staff/sessions';
import { throttleKey } from '@/lib/staff/throttle';
import { hashToken } from '@/lib/staff/tokens';
import { expectNoAxeViolations, watchConsole } from './support';

const DATA_DIR = path.join(process.cwd(), 'test-results', 'e2e-data');
const PASSWORD = 'e2e staff password 123';
// Set anew by every beforeAll: in parallel mode a worker can run it more than once for this file.
let run: string;
let NAME: string;
const MESSAGE = 'Knee, "bad" on stairs';
const UUID_PLACEHOLDER = '00000000-0000-4000-8000-000000000000';

let db: Kysely<Database>;
let staffEmail: string;
let staffId: string;
let requestId: string;
let oldRequestId: string;

function bookingRequest(overrides: Partial<BookingRequest> = {}): BookingRequest {
  return {
    fullName: NAME,
    email: `patient-${run}@example.com`,
    phone: '+44 20 7946 0123',
    contactMethod: 'email',
    treatment: 'not-sure',
    joint: 'knee',
    message: MESSAGE,
    availability: 'Weekday mornings',
    heardFrom: null,
    consent: true,
    marketing: false,
    ...overrides,
  } as BookingRequest;
}

// The groups below share nothing but the accounts and requests beforeAll makes, afresh each time it
// runs: they run on both workers (the inbox walk-through stays in order, in one).
test.describe.configure({ mode: 'parallel' });

const storeCtx = (now: Date) => ({ now, site: { name: 'Clinic', email: 'staff@clinic.test', phone: '020 7946 0000', url: 'http://127.0.0.1' }, noticeVersion: '2026-11-01', staffTo: 'staff@clinic.test' });

test.beforeAll(async () => {
  run = randomBytes(4).toString('hex');
  NAME = `=1+2 Staffe2e ${run}`;
  ({ db } = await openDb({ dataDir: DATA_DIR }));
  const user = await createStaffUser(db, { role: 'manager', email: `manager-${run}@clinic.test`, password: PASSWORD });
  staffEmail = user.email;
  staffId = user.id;
  requestId = (await storeRequest(db, bookingRequest(), storeCtx(new Date()))).id;
  // Older than the 12-month retention period: the purge must remove it.
  oldRequestId = (await storeRequest(db, bookingRequest({ fullName: `Old Staffe2e ${run}`, email: `old-${run}@example.com` }), storeCtx(new Date(Date.now() - 800 * 86_400_000)))).id;
});

test.afterAll(async () => {
  await db?.destroy();
});

/** Every staff page and route handler, found on disk at test time: a new one is covered automatically. */
function staffEndpoints(): { pages: string[]; routes: { path: string; methods: string[] }[] } {
  const root = path.join(process.cwd(), 'app', 'staff');
  const pages: string[] = [];
  const routes: { path: string; methods: string[] }[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/^(page|route)\.(tsx?|jsx?)$/.test(e.name)) {
        const segs = path
          .relative(path.join(process.cwd(), 'app'), dir)
          .split(path.sep)
          .filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith('@'))
          .map((s) => (/^\[.*\]$/.test(s) ? UUID_PLACEHOLDER : s));
        const url = `/${segs.join('/')}`;
        if (e.name.startsWith('page.')) pages.push(url);
        else {
          const src = fs.readFileSync(full, 'utf8');
          const methods = [...src.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(GET|HEAD|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
          routes.push({ path: url, methods });
        }
      }
    }
  };
  walk(root);
  return { pages: pages.sort(), routes: routes.sort((a, b) => a.path.localeCompare(b.path)) };
}

/** The only staff endpoints reachable without a session: how one starts. */
const PUBLIC = new Set(['/staff/sign-in', '/staff/sign-in/submit']);

async function signIn(page: Page, email = staffEmail, password = PASSWORD) {
  await page.goto('/staff/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test.describe('staff area: access control', () => {
  test('finds the staff routes on disk', () => {
    const { pages, routes } = staffEndpoints();
    expect(pages).toEqual(expect.arrayContaining(['/staff', '/staff/sign-in', `/staff/requests/${UUID_PLACEHOLDER}`, '/staff/purge', '/staff/outbox', '/staff/password']));
    expect(routes.map((r) => r.path)).toEqual(
      expect.arrayContaining(['/staff/export.csv', '/staff/sign-out', '/staff/purge/run', '/staff/outbox/retry', '/staff/password/submit', `/staff/requests/${UUID_PLACEHOLDER}/status`]),
    );
    for (const r of routes) expect(r.methods.length, r.path).toBeGreaterThan(0);
  });

  test('every page, route and form endpoint denies anonymous, expired and idle-expired sessions', async ({ request, baseURL }) => {
    const expired = await createSession(db, staffId, new Date(Date.now() - 13 * 3_600_000), { absoluteMs: 12 * 3_600_000 });
    const idle = await createSession(db, staffId, new Date(Date.now() - 31 * 60_000), { absoluteMs: 12 * 3_600_000 });
    const sessions: [string, Record<string, string>][] = [
      ['anonymous', {}],
      ['expired', { cookie: `staff_session=${expired.token}` }],
      ['idle-expired', { cookie: `staff_session=${idle.token}` }],
      ['forged', { cookie: `staff_session=${randomBytes(32).toString('base64url')}` }],
    ];
    const origin = { origin: baseURL! };
    const { pages, routes } = staffEndpoints();
    let checked = 0;
    for (const [kind, cookie] of sessions) {
      for (const url of pages.filter((p) => !PUBLIC.has(p))) {
        const get = await request.get(url, { headers: cookie, maxRedirects: 0 });
        expect([303, 307, 308], `${kind} GET ${url}`).toContain(get.status());
        expect(get.headers().location, `${kind} GET ${url}`).toMatch(/\/staff\/sign-in$/);
        // A form post to a page (how a Server Action would arrive) is refused the same way.
        const post = await request.post(url, { headers: { ...cookie, ...origin }, form: { x: '1' }, maxRedirects: 0 });
        expect(post.status(), `${kind} POST ${url}`).not.toBe(200);
        expect(await post.text(), `${kind} POST ${url}`).not.toContain('Signed in as');
        checked += 2;
      }
      for (const r of routes.filter((x) => !PUBLIC.has(x.path))) {
        for (const m of r.methods) {
          const res = await request.fetch(r.path, { method: m, headers: { ...cookie, ...origin }, ...(m === 'GET' ? {} : { form: { id: UUID_PLACEHOLDER, confirm: 'yes', status: 'closed', note: 'x' } }), maxRedirects: 0 });
          expect(res.status(), `${kind} ${m} ${r.path}`).toBe(401);
          expect(await res.text()).not.toContain(NAME);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
    // Expired sessions are not just refused but deleted. (Only these two: the account's other tests,
    // which may run before this one in the same worker, make valid sessions of their own.)
    const left = await db.selectFrom('staff_sessions').select('token_hash').where('token_hash', 'in', [hashToken(expired.token), hashToken(idle.token)]).execute();
    expect(left).toHaveLength(0);
    // Nothing changed.
    const row = await db.selectFrom('consultation_requests').select('status').where('id', '=', requestId).executeTakeFirstOrThrow();
    expect(row.status).toBe('new');
  });

  test('state-changing posts from another origin are refused, even with a valid session', async ({ request }) => {
    const s = await createSession(db, staffId, new Date(), { absoluteMs: 3_600_000 });
    const { routes } = staffEndpoints();
    for (const r of routes) {
      for (const m of r.methods.filter((x) => x !== 'GET' && x !== 'HEAD')) {
        const res = await request.fetch(r.path, {
          method: m,
          headers: { cookie: `staff_session=${s.token}`, origin: 'https://evil.example' },
          form: { email: staffEmail, password: PASSWORD, confirm: 'yes', id: UUID_PLACEHOLDER },
          maxRedirects: 0,
        });
        expect(res.status(), `${m} ${r.path}`).toBe(403);
      }
    }
  });

  test('staff pages are noindex and never cached', async ({ page }) => {
    for (const url of ['/staff/sign-in', '/staff']) {
      const res = await page.goto(url);
      const headers = res!.headers();
      expect(headers['x-robots-tag']).toContain('noindex');
      expect(headers['cache-control']).toContain('no-store');
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    }
  });
});

test.describe('staff area: roles', () => {
  test('writers and clinical reviewers never reach patient requests; they land on the review queue', async ({ page, request, baseURL }) => {
    for (const role of ['writer', 'reviewer'] as const) {
      const user = await createStaffUser(db, { role, authorId: role === 'reviewer' ? 'priya-lindqvist' : null, email: `${role}-${run}@clinic.test`, password: PASSWORD });
      const s = await createSession(db, user.id, new Date(), { absoluteMs: 3_600_000 });
      const cookie = { cookie: `staff_session=${s.token}` };
      await page.context().clearCookies();
      await page.context().addCookies([{ name: 'staff_session', value: s.token, url: baseURL!, sameSite: 'Strict' }]);
      await page.goto('/staff');
      await expect(page).toHaveURL(/\/staff\/reviews$/);
      await expect(page.getByRole('navigation', { name: 'Staff area' }).getByRole('link', { name: 'Inbox' })).toHaveCount(0);
      await expectNoAxeViolations(page);
      for (const url of [`/staff/requests/${requestId}`, '/staff/outbox', '/staff/purge']) {
        await page.goto(url);
        await expect(page, url).toHaveURL(/\/staff\/reviews\?notice=not-permitted$/);
        await expect(page.getByRole('status')).toContainText('managers only');
      }
      expect((await request.get('/staff/export.csv', { headers: cookie, maxRedirects: 0 })).status()).toBe(403);
      const post = await request.post(`/staff/requests/${requestId}/status`, { headers: { ...cookie, origin: baseURL! }, form: { status: 'closed' }, maxRedirects: 0 });
      expect(post.status()).toBe(403);
      // In a production build (local mode) approvals cannot be written: the review route refuses even a reviewer.
      const approve = await request.post('/staff/reviews/articles/what-to-expect-consultation-to-recovery/submit', { headers: { ...cookie, origin: baseURL! }, form: { action: 'approve' }, maxRedirects: 0 });
      expect(approve.status()).toBe(403);
    }
    const row = await db.selectFrom('consultation_requests').select('status').where('id', '=', requestId).executeTakeFirstOrThrow();
    expect(row.status).not.toBe('closed');
  });
});

test.describe('staff area: return after sign-in, and the web editor in production', () => {
  test('sign-in returns to a staff path given as ?next=, and to /staff for anything else', async ({ page }) => {
    await page.goto('/staff/sign-in?next=/staff/outbox');
    await expect(page.locator('input[type="hidden"][name="next"]')).toHaveValue('/staff/outbox');
    await page.getByLabel('Email address').fill(staffEmail);
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    // A refused sign-in keeps where to go afterwards.
    await expect(page).toHaveURL(/\/staff\/sign-in\?error=invalid&next=%2Fstaff%2Foutbox$/);
    await page.getByLabel('Email address').fill(staffEmail);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/staff\/outbox$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
  });

  test('an open redirect through ?next= is refused, in the page and in a hand-made post', async ({ page, request, baseURL }) => {
    for (const next of ['//evil.example', 'https://evil.example/staff', '/\\evil.example', '/staff/../book']) {
      await page.goto(`/staff/sign-in?next=${encodeURIComponent(next)}`);
      await expect(page.locator('input[name="next"]')).toHaveCount(0);
      const res = await request.post('/staff/sign-in/submit', {
        headers: { origin: baseURL! },
        form: { email: staffEmail, password: PASSWORD, next },
        maxRedirects: 0,
      });
      expect(res.status(), next).toBe(303);
      expect(res.headers().location, next).toBe('/staff');
    }
  });

  test('in a production build (local mode) the editor and its API answer 404, signed in or not, and are not linked', async ({ page, request, baseURL }) => {
    const s = await createSession(db, staffId, new Date(), { absoluteMs: 3_600_000 });
    const withSession: Record<string, string>[] = [{}, { cookie: `staff_session=${s.token}` }];
    for (const cookie of withSession) {
      for (const url of ['/keystatic', '/keystatic/collection/articles', '/keystatic/collection/articles/create']) {
        const res = await request.get(url, { headers: cookie, maxRedirects: 0 });
        expect(res.status(), url).toBe(404);
        expect(await res.text()).not.toContain('keystatic-');
      }
      for (const url of ['/api/keystatic/tree', '/api/keystatic/blob/x/content/articles/x.mdx', '/api/keystatic/update', '/api/keystatic/github/oauth/callback']) {
        expect((await request.get(url, { headers: cookie, maxRedirects: 0 })).status(), `GET ${url}`).toBe(404);
        expect((await request.post(url, { headers: { ...cookie, origin: baseURL! }, data: '{}', maxRedirects: 0 })).status(), `POST ${url}`).toBe(404);
      }
    }
    // Signed in with the session made above (the sign-in form has tests of its own).
    await page.context().addCookies([{ name: 'staff_session', value: s.token, url: baseURL!, sameSite: 'Strict' }]);
    await page.goto('/staff');
    await expect(page).toHaveURL(/\/staff$/);
    await expect(page.getByRole('link', { name: 'Edit articles' })).toHaveCount(0);
  });
});

test.describe.serial('staff area: working the inbox', () => {
  test('a wrong password shows one generic error; repeated failures lock the account', async ({ page }) => {
    const errors = watchConsole(page);
    const victim = await createStaffUser(db, { role: 'manager', email: `locked-${run}@clinic.test`, password: PASSWORD });
    await signIn(page, victim.email, 'wrong password');
    await expect(page).toHaveURL(/\/staff\/sign-in\?error=invalid/);
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('There is a problem');
    const generic = await page.getByRole('alert', { name: 'There is a problem' }).innerText();
    await expectNoAxeViolations(page);
    for (let i = 0; i < 4; i++) await signIn(page, victim.email, `wrong password ${i}`);
    // Five failures start throttling: the account is blocked for a while (the first delay, doubling after).
    const row = await db.selectFrom('signin_throttle').select(['blocked_until']).where('key', '=', throttleKey('account', victim.email)).executeTakeFirstOrThrow();
    expect(Number(row.blocked_until)).toBeGreaterThan(Date.now());
    // The right password is refused while blocked, with the same message as a wrong one or an unknown account.
    await signIn(page, victim.email, PASSWORD);
    await expect(page).toHaveURL(/error=invalid/);
    expect(await page.getByRole('alert', { name: 'There is a problem' }).innerText()).toBe(generic);
    await signIn(page, `nobody-${run}@clinic.test`, PASSWORD);
    expect(await page.getByRole('alert', { name: 'There is a problem' }).innerText()).toBe(generic);
    const audit = await db.selectFrom('audit_log').select('action').where('actor', '=', victim.email).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['signin.failure', 'signin.lockout', 'signin.locked']));
    expect(errors).toEqual([]);
  });

  test('a one-time password from staff:add must be changed before anything else', async ({ page }) => {
    const errors = watchConsole(page);
    const fresh = await createStaffUser(db, { role: 'manager', email: `fresh-${run}@clinic.test` });
    await signIn(page, fresh.email, fresh.password);
    await expect(page).toHaveURL(/\/staff\/password$/);
    await expect(page).toHaveTitle(/Change your password/);
    await expectNoAxeViolations(page);
    await page.goto('/staff');
    await expect(page).toHaveURL(/\/staff\/password$/);
    expect((await page.request.get('/staff/export.csv')).status()).toBe(403);
    await page.getByLabel('Current password').fill(fresh.password);
    await page.getByLabel('New password', { exact: true }).fill('my own new password');
    await page.getByLabel('New password again').fill('my own new passwort');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('do not match');
    await expectNoAxeViolations(page);
    await page.getByLabel('Current password').fill(fresh.password);
    await page.getByLabel('New password', { exact: true }).fill('my own new password');
    await page.getByLabel('New password again').fill('my own new password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page).toHaveURL(/\/staff$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Consultation requests' })).toBeVisible();
    expect((await db.selectFrom('staff_users').select('must_change_password').where('id', '=', fresh.id).executeTakeFirstOrThrow()).must_change_password).toBe(0);
    expect(errors).toEqual([]);
  });

  test('sign in, find, filter and open a request; change status; add a note; export; purge; outbox; sign out', async ({ page, context }) => {
    const errors = watchConsole(page);
    await signIn(page);
    await expect(page).toHaveURL(/\/staff$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Consultation requests' })).toBeVisible();
    // One copy of the session cookie per staff path (the staff area and the editor), never Path=/.
    const sessionCookies = (await context.cookies()).filter((c) => c.name === 'staff_session');
    expect(sessionCookies.map((c) => c.path).sort()).toEqual(['/api/keystatic', '/keystatic', '/staff']);
    for (const c of sessionCookies) expect(c).toMatchObject({ httpOnly: true, sameSite: 'Strict', value: sessionCookies[0].value });
    expect((await context.cookies(`${new URL(page.url()).origin}/`)).filter((c) => c.name === 'staff_session')).toEqual([]);
    await expect(page.getByRole('link', { name: NAME })).toBeVisible();
    await expectNoAxeViolations(page);

    // Filters: status and treatment and search; a non-matching status hides it.
    await page.getByLabel('Status').selectOption('new');
    await page.getByLabel('Treatment').selectOption('not-sure');
    await page.getByLabel('Name or email').fill(`PATIENT-${run}`);
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(/status=new/);
    await expect(page.getByRole('link', { name: NAME })).toBeVisible();
    await expect(page.getByText('1 request.')).toBeVisible();
    await page.goto(`/staff?status=closed&q=${encodeURIComponent(run)}`);
    await expect(page.getByText('No requests match.')).toBeVisible();

    // Detail: everything submitted and the consent record.
    await page.goto(`/staff?q=${encodeURIComponent(`patient-${run}`)}`);
    await page.getByRole('link', { name: NAME }).click();
    await expect(page).toHaveURL(new RegExp(`/staff/requests/${requestId}$`));
    for (const text of [NAME, `patient-${run}@example.com`, '+44 20 7946 0123', MESSAGE, 'Weekday mornings', 'Consent record', 'privacy notice version 2026-11-01']) {
      await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
    }
    await expectNoAxeViolations(page);

    await page.getByLabel('Status', { exact: true }).selectOption('contacted');
    await page.getByRole('button', { name: 'Save status' }).click();
    await expect(page.getByRole('status')).toHaveText('Status updated.');
    expect((await db.selectFrom('consultation_requests').select('status').where('id', '=', requestId).executeTakeFirstOrThrow()).status).toBe('contacted');

    await page.getByRole('button', { name: 'Add note' }).click();
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Enter a note');
    await expect(page.getByRole('link', { name: 'Enter a note' })).toHaveAttribute('href', '#note');
    await expectNoAxeViolations(page);
    await page.getByLabel('Add a note').fill('Phoned, left a voicemail <script>alert(1)</script>');
    await page.getByRole('button', { name: 'Add note' }).click();
    await expect(page.getByRole('status')).toHaveText('Note added.');
    await expect(page.getByText('Phoned, left a voicemail <script>alert(1)</script>')).toBeVisible();
    await expect(page.getByRole('table', { name: /Audit log/ })).toContainText('request.status');

    const audit = await db.selectFrom('audit_log').select(['action', 'actor']).where('request_id', '=', requestId).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['request.view', 'request.status', 'request.note']));
    expect(new Set(audit.map((a) => a.actor))).toEqual(new Set([staffEmail]));

    // CSV export of the filtered list: downloaded, formula neutralised, quoting right.
    await page.goto(`/staff?q=${encodeURIComponent(`patient-${run}`)}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download these as CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^consultation-requests-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    const lines = csv.replace(/^\ufeff/, '').split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Reference,Received,Status,Full name,Email,Phone/);
    expect(lines[1]).toContain(`,'${NAME},`);
    expect(lines[1]).toContain(",'+44 20 7946 0123,");
    expect(lines[1]).toContain('"Knee, ""bad"" on stairs"');
    expect(lines[1]).toContain(',contacted,');
    expect(await db.selectFrom('audit_log').select('detail').where('action', '=', 'export.csv').where('actor', '=', staffEmail).executeTakeFirst()).toMatchObject({
      detail: expect.stringMatching(/^1 rows/),
    });

    // Purge: a confirmation step, then the old request is gone and the new one stays.
    await page.getByRole('link', { name: 'Retention purge' }).click();
    await expect(page).toHaveTitle(/Retention purge/);
    await expect(page.locator('#purge-count')).toContainText(/[1-9]\d* requests? can be purged/);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Purge old requests' }).click();
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Tick the box to confirm');
    expect(await db.selectFrom('consultation_requests').select('id').where('id', '=', oldRequestId).executeTakeFirst()).toBeTruthy();
    await expectNoAxeViolations(page);
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Purge old requests' }).click();
    await expect(page.getByRole('status')).toContainText(/Removed [1-9]\d* request/);
    expect(await db.selectFrom('consultation_requests').select('id').where('id', '=', oldRequestId).executeTakeFirst()).toBeUndefined();
    expect(await db.selectFrom('consultation_requests').select('id').where('id', '=', requestId).executeTakeFirst()).toBeTruthy();
    expect(await db.selectFrom('audit_log').select('action').where('action', '=', 'purge.run').where('actor', '=', staffEmail).executeTakeFirst()).toBeTruthy();

    // Outbox: the request's mail waits (no SMTP in e2e); a failed message can be retried.
    const mail = await db.selectFrom('outbox').select('id').where('request_id', '=', requestId).where('kind', '=', 'patient-confirmation').executeTakeFirstOrThrow();
    await db.updateTable('outbox').set({ status: 'failed', attempts: 10, last_error: '550 e2e rejected' }).where('id', '=', mail.id).execute();
    await page.getByRole('link', { name: 'Outbox' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
    await expect(page).toHaveTitle(/Outbox/); // client-side navigation: metadata arrives after the content
    // This run's row (a local data folder keeps earlier runs' failed mails too).
    await expect(page.getByRole('row', { name: new RegExp(`patient-${run}@example\\.com`) })).toContainText('550 e2e rejected');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: `Retry patient-confirmation to patient-${run}@example.com` }).click();
    await expect(page.getByRole('status')).toContainText('sent again');
    const retried = await db.selectFrom('outbox').select(['status', 'attempts']).where('id', '=', mail.id).executeTakeFirstOrThrow();
    expect(retried.attempts).toBeLessThanOrEqual(1); // reset to 0; the worker may already have tried once
    expect(['pending', 'sending']).toContain(retried.status);

    // Sign out: the session is gone server-side, not just the cookie.
    const token = (await context.cookies()).find((c) => c.name === 'staff_session')!.value;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/staff\/sign-in\?signed-out=1/);
    await expect(page.getByRole('status')).toHaveText('You have signed out.');
    expect((await context.cookies()).filter((c) => c.name === 'staff_session')).toEqual([]);
    await page.goto('/staff');
    await expect(page).toHaveURL(/\/staff\/sign-in$/);
    const replay = await page.request.get('/staff/export.csv', { headers: { cookie: `staff_session=${token}` } });
    expect(replay.status()).toBe(401);
    expect(errors).toEqual([]);
  });
});
