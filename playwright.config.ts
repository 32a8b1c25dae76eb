import { defineConfig, devices } from '@playwright/test';
import path from 'node:path';
import { chromiumLaunchOptions } from './scripts/lib/chromium';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
const e2eDataDir = path.join(process.cwd(), 'test-results', 'e2e-data');

// Accounts the tests create get the cheap test-only scrypt cost (lib/staff/password.ts); the server
// verifies them with the cost stored in each hash, and hashes at the real cost itself.
process.env.TEST_CHEAP_PASSWORD_HASH = '1';

export default defineConfig({
  testDir: 'tests/e2e',
  // Two workers on two cores. Read-only files run their tests in parallel (each opts in with
  // test.describe.configure), and so do booking and manage, whose tests each write and read rows of
  // their own. The files whose tests share setup (staff, security-http and security-probe) run their
  // tests in order, each file in one worker. Writers use data of their own (a unique run id), so
  // they never meet.
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL,
    // Recording a trace costs about a fifth of a page test's CPU time even when it is thrown away
    // (docs/performance.md): recorded on request only (E2E_TRACE=1). A failing test still leaves a
    // screenshot, and the report has the error and the step it failed in.
    trace: process.env.E2E_TRACE === '1' ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions } }],
  webServer: {
    // The production build must exist (scripts/test-all.sh builds it first).
    command: `npx next start -p ${PORT} -H 127.0.0.1`,
    url: `${baseURL}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    env: {
      NODE_ENV: 'production',
      SITE_URL: baseURL,
      DATA_DIR: e2eDataDir,
      // Never in a server, even one under test: it would refuse to hash.
      TEST_CHEAP_PASSWORD_HASH: '',
      // Booking form (docs/booking.md): fast test submissions from one address must be accepted.
      BOOKING_MIN_SUBMIT_MS: '0',
      BOOKING_RATE_LIMIT: '1000',
      BOOKING_SITE_RATE_LIMIT: '1000',
      // The manage link's per-address limit (docs/booking.md): every e2e page view comes from one address.
      BOOKING_MANAGE_RATE_LIMIT: '1000',
      // Staff sign-in (docs/staff.md): the e2e signs in many times from one address; lockout stays at its default.
      STAFF_SIGNIN_RATE_LIMIT: '1000',
      // Failed sign-ins from one address, counted over the whole run (every test signs in from
      // 127.0.0.1): at the default 20, the lockout test failed once the run's failures reached it,
      // because a blocked address stops the account's own count. tests/staff/throttle.test.ts covers it.
      STAFF_THROTTLE_ADDRESS_THRESHOLD: '1000',
    },
  },
});
