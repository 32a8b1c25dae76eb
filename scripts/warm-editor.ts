/**
 * Warms a running `next dev` for the web editor's end-to-end tests (playwright.dev.config.ts): a
 * browser signed in as staff opens every kind of page those tests open, so Turbopack compiles each
 * route and its client code (Keystatic's is most of it) here rather than inside the tests. `npm test`
 * starts the dev server and runs this at the lowest CPU priority while the main end-to-end tests run,
 * so the compiling uses the CPU time those leave idle (docs/performance.md). Nothing here is a test:
 * a page that fails to load is reported and the tests compile it themselves.
 *
 *   EDITOR_E2E_PORT=3500 tsx scripts/warm-editor.ts   (the server must use the editor tests' DATA_DIR)
 */
import { randomBytes } from 'node:crypto';
import { chromium } from '@playwright/test';
import { openDb } from '../lib/db/connect';
import { createStaffUser } from '../lib/staff/users';
import { createSession } from '../lib/staff/sessions';
import { SESSION_COOKIE, STAFF_COOKIE_PATHS } from '../lib/staff/cookies';
import { chromiumLaunchOptions } from './lib/chromium';
import { EDITOR_DATA_DIR } from './lib/editor-e2e';
import { waitForHttp } from './lib/server';

const baseURL = `http://127.0.0.1:${Number(process.env.EDITOR_E2E_PORT ?? 3500)}`;
/** Compiling at the lowest priority beside a busy test run can take minutes per page. */
const PAGE_TIMEOUT = 600_000;

/** Pages of the same routes the editor tests open (any item compiles its route). */
const ANONYMOUS = ['/staff/sign-in?next=%2Fkeystatic'];
const SIGNED_IN = [
  '/keystatic',
  '/keystatic/collection/articles',
  '/keystatic/collection/articles/create',
  '/keystatic/collection/treatments/item/bmac',
  '/keystatic/collection/authors/item/rowan-ashcombe',
  '/staff',
  '/staff/reviews',
  '/staff/reviews/articles/what-to-expect-consultation-to-recovery',
  '/articles/what-to-expect-consultation-to-recovery',
];
/** Route handlers the tests call; a GET compiles the module (the answer does not matter). */
const HANDLERS = ['/api/keystatic/tree', '/staff/sign-in/submit', '/staff/reviews/articles/what-to-expect-consultation-to-recovery/submit'];

async function main() {
  const started = Date.now();
  await waitForHttp(`${baseURL}/staff/sign-in`, PAGE_TIMEOUT);
  const { db } = await openDb({ dataDir: EDITOR_DATA_DIR });
  let token: string;
  try {
    const user = await createStaffUser(db, { role: 'writer', email: `warm-up-${randomBytes(4).toString('hex')}@clinic.test`, password: randomBytes(16).toString('hex') });
    token = (await createSession(db, user.id, new Date(), { absoluteMs: 3_600_000 })).token;
  } finally {
    await db.destroy();
  }

  const browser = await chromium.launch(chromiumLaunchOptions);
  const failed: string[] = [];
  try {
    const context = await browser.newContext({ baseURL, viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const visit = async (url: string) => {
      const t0 = Date.now();
      try {
        await page.goto(url, { waitUntil: 'networkidle', timeout: PAGE_TIMEOUT });
        console.log(`  warmed ${url} (${Math.round((Date.now() - t0) / 1000)} s)`);
      } catch (error) {
        failed.push(`${url}: ${(error as Error).message.split('\n')[0]}`);
      }
    };
    for (const url of ANONYMOUS) await visit(url);
    const { hostname } = new URL(baseURL);
    await context.addCookies(STAFF_COOKIE_PATHS.map((p) => ({ name: SESSION_COOKIE, value: token, domain: hostname, path: p, httpOnly: true, sameSite: 'Strict' as const })));
    for (const url of SIGNED_IN) await visit(url);
    for (const url of HANDLERS) {
      try {
        await context.request.get(url, { headers: { 'no-cors': '1' }, timeout: PAGE_TIMEOUT, maxRedirects: 0 });
      } catch (error) {
        failed.push(`${url}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`editor dev server warmed in ${Math.round((Date.now() - started) / 1000)} s${failed.length ? `; not warmed:\n  ${failed.join('\n  ')}` : ''}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
