import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/chromium';
import { EDITOR_DATA_DIR } from './scripts/lib/editor-e2e';

/**
 * End-to-end tests that need `next dev`: the staff web editor (Keystatic) in local mode, which
 * runs in development only (a production build answers 404 there, tested by tests/e2e/staff.spec.ts).
 * Run with `npm run test:e2e:editor`. Separate build folder and port so it can run beside the main
 * e2e suite and other engineers' servers.
 *
 * The editor needs a staff session, so the dev server uses a database of its own that the tests
 * seed (DATA_DIR: EDITOR_DATA_DIR, scripts/lib/editor-e2e.ts). A dev server you
 * already have running on this port is reused only if it was started with that DATA_DIR. In CI a
 * running server is reused only when EDITOR_E2E_SERVER=running says the run started it so:
 * `npm test` starts and warms one during the main end-to-end tests (scripts/test-all.sh).
 */
const PORT = Number(process.env.EDITOR_E2E_PORT ?? 3500);
const baseURL = `http://127.0.0.1:${PORT}`;

// The staff account the tests create gets the cheap test-only scrypt cost (lib/staff/password.ts).
process.env.TEST_CHEAP_PASSWORD_HASH = '1';

export default defineConfig({
  testDir: 'tests/e2e-dev',
  // One content build after both specs, without the pages they made (each spec deletes its files).
  globalTeardown: './tests/e2e-dev/teardown.ts',
  // Not test-results/: the main suite empties that folder when it starts, even mid-run of this one.
  outputDir: 'reports/playwright-editor',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  // A rich-text editor driven through the UI under `next dev` on two cores: one retry in CI, and
  // the report marks a test that needed it as flaky.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  // The first request to each route compiles it; on two cores that takes a while.
  timeout: 240_000,
  expect: { timeout: 30_000 },
  // A trace only on the retry (or every test with E2E_TRACE=1): recording one costs CPU time in every
  // test (docs/performance.md), and a test that fails for real fails its retry too, with the trace.
  use: { baseURL, trace: process.env.E2E_TRACE === '1' ? 'retain-on-failure' : 'on-first-retry', launchOptions: chromiumLaunchOptions, viewport: { width: 1400, height: 1000 } },
  projects: [{ name: 'editor', use: { ...devices['Desktop Chrome'], viewport: { width: 1400, height: 1000 }, launchOptions: chromiumLaunchOptions } }],
  webServer: {
    command: `npx contentlayer2 build && npx next dev -p ${PORT} -H 127.0.0.1`,
    // Waiting on the editor's page also compiles it (and its staff gate, which answers a redirect
    // to the sign-in page here) before the first test starts.
    url: `${baseURL}/keystatic`,
    reuseExistingServer: !process.env.CI || process.env.EDITOR_E2E_SERVER === 'running',
    timeout: 240_000,
    env: {
      NEXT_DIST_DIR: '.next-editor',
      NEXT_TELEMETRY_DISABLED: '1',
      DATA_DIR: EDITOR_DATA_DIR,
      DATABASE_URL: '',
      TEST_CHEAP_PASSWORD_HASH: '',
    },
  },
});
