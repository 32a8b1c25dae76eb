import { defineConfig } from 'vitest/config';
import os from 'node:os';
import path from 'node:path';

/**
 * Projects, so the edit loop can run the fast part alone (`npm run test:unit`):
 * - unit and unit-isolated: in-process code and pure functions (below: which files need isolation);
 * - integration: real SQLite files, PostgreSQL (TEST_DATABASE_URL), an SMTP server, child processes
 *   (the content check's CLI, staff:add, a Contentlayer build).
 * Every file isolates what it touches (its own temp folder, port 0, a fresh PostgreSQL schema), so
 * all files run in parallel, one per core; the integration files after the unit files. The three
 * that start child processes (the content check's CLI, staff:add, Contentlayer) start as few as
 * their wiring needs and test the other cases in-process; the in-process files run beside them; the
 * time limit below allows for a child process starting on a busy core (docs/performance.md).
 */
const INTEGRATION = [
  'tests/integration/**/*.test.ts',
  'tests/compliance/cli.test.ts',
  'tests/compliance/run-bundled.test.ts',
  'tests/booking/handler.test.ts',
  'tests/booking/handler.property.test.ts',
  'tests/booking/store-outbox.test.ts',
  'tests/booking/manage.test.ts',
  'tests/staff/auth.test.ts',
  'tests/staff/inbox.test.ts',
  'tests/staff/staff-add.test.ts',
  'tests/staff/reviews-due.test.ts',
];

/**
 * Unit files that set process.env for the modules they import (a data folder, quiet logs), or
 * change it in a test: each gets a fresh module graph and environment (Vitest's default isolation).
 * Every other unit file shares its worker's modules with the files before it (isolate: false): the
 * English language model, zod schemas and the content engine load once per worker instead of once
 * per file, which halves the unit tests' CPU time (docs/performance.md). A new file that sets
 * process.env at load time belongs here; a test that uses vi.stubEnv restores it (unstubAllEnvs).
 */
const OWN_ENVIRONMENT = [
  'tests/ops/backup.test.ts',
  'tests/ops/secret.test.ts',
  'tests/booking/outbox-lease.test.ts',
  'tests/staff/search-limit.test.ts',
  'tests/security/booking-limits.test.ts',
  'tests/security/booking-multipart.test.ts',
  'tests/security/booking-relay.test.ts',
  'tests/security/booking-tokens.test.ts',
  'tests/security/staff-post.test.ts',
];

export default defineConfig({
  resolve: {
    alias: {
      '@': import.meta.dirname,
      'contentlayer/generated': path.resolve(import.meta.dirname, '.contentlayer/generated'),
      // `import 'server-only'` marks modules that must never reach a browser bundle; Next resolves it
      // per layer. Tests run those modules in Node, so they get the package's no-op (its react-server
      // export), as Next's server layer does. Scripts run with tsx import no marked module: the marker
      // sits only on modules the app alone loads (README, "Project layout").
      'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js'),
    },
  },
  test: {
    environment: 'node',
    // One worker per core. Vitest's default leaves a core to its main process (cores - 1), which on
    // a 2-core machine runs every file in one worker while the other core idles; the main process
    // only collects results (docs/performance.md).
    maxWorkers: os.availableParallelism(),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // New staff passwords get the cheap test-only scrypt cost (lib/staff/password.ts); the tests of
    // the hashing itself name the real parameters.
    env: { TEST_CHEAP_PASSWORD_HASH: '1' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**', 'tests/e2e-dev/**', ...INTEGRATION, ...OWN_ENVIRONMENT],
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: { name: 'unit-isolated', include: OWN_ENVIRONMENT, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        // A child process (tsx, Contentlayer) can take tens of seconds just to start on a busy shared
        // machine: a generous limit, so a slow host is not reported as a failing test.
        test: { name: 'integration', include: INTEGRATION, sequence: { groupOrder: 1 }, testTimeout: 120_000 },
      },
    ],
  },
});
