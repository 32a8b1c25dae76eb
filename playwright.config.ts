import { defineConfig, devices } from '@playwright/test';
import path from 'node:path';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
const e2eDataDir = path.join(process.cwd(), 'test-results', 'e2e-data');

/** Debian's Chromium: Playwright's own browser download cannot reach its host here. */
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: chromium,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: chromium } },
  ],
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
      // Booking form (docs/booking.md): fast test submissions from one address must be accepted.
      BOOKING_MIN_SUBMIT_MS: '0',
      BOOKING_RATE_LIMIT: '1000',
      BOOKING_SITE_RATE_LIMIT: '1000',
      // Staff sign-in (docs/staff.md): the e2e signs in many times from one address; lockout stays at its default.
      STAFF_SIGNIN_RATE_LIMIT: '1000',
    },
  },
});
