/**
 * scripts/test-summary.mjs, the last lines `npm test` prints: a CI log is read from its tail, so the
 * summary names each failed test with its file, line and error, and each skipped test.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = path.resolve(__dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'test-summary-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, report: unknown) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(report));
  return file;
}

function summary(...files: string[]) {
  const result = spawnSync(process.execPath, ['scripts/test-summary.mjs', ...files], { cwd: REPO, encoding: 'utf8' });
  return { status: result.status, lines: result.stdout.trimEnd().split('\n') };
}

/** Vitest's JSON reporter: one file with a failed, a skipped and a passed test; one that did not load. */
const VITEST = {
  numPassedTests: 1,
  numFailedTests: 1,
  numPendingTests: 1,
  numTodoTests: 0,
  testResults: [
    {
      name: path.join(REPO, 'tests/unit/a.test.ts'),
      status: 'failed',
      message: '',
      assertionResults: [
        {
          fullName: 'group fails',
          status: 'failed',
          failureMessages: [
            `AssertionError: expected 1 to be 2 // Object.is equality\n    at ${REPO}/tests/unit/a.test.ts:3:33\n    at file://${REPO}/node_modules/@vitest/runner/dist/chunk-artifact.js:302:11\n    at new Promise (<anonymous>)`,
          ],
        },
        { fullName: 'group skipped one', status: 'skipped', failureMessages: [] },
        { fullName: 'group passes', status: 'passed', failureMessages: [] },
      ],
    },
    {
      name: path.join(REPO, 'tests/unit/b.test.ts'),
      status: 'failed',
      message: "Cannot find module './missing' imported from tests/unit/b.test.ts",
      assertionResults: [],
    },
  ],
};

/** Playwright's JSON reporter: a test that failed after its one retry, a flaky one, a skipped one. */
const PLAYWRIGHT = {
  config: { rootDir: path.join(REPO, 'tests/e2e') },
  suites: [
    {
      title: 'booking.spec.ts',
      file: 'booking.spec.ts',
      specs: [],
      suites: [
        {
          title: 'the form',
          file: 'booking.spec.ts',
          specs: [
            {
              title: 'shows one error summary',
              file: 'booking.spec.ts',
              line: 42,
              tests: [
                {
                  status: 'unexpected',
                  results: [
                    { status: 'failed', errors: [{ message: 'first try' }] },
                    {
                      status: 'failed',
                      errors: [
                        {
                          message:
                            '\u001b[31mError: expect(locator).toBeVisible() failed\u001b[39m\n\nLocator: getByRole(\'alert\')\nExpected: visible\nTimeout: 5000ms\n\nCall log:\n  - waiting\n  - still waiting\n  - 9 × locator resolved\n  - more\n  - and more',
                        },
                      ],
                    },
                  ],
                },
              ],
            },
            { title: 'flaky one', file: 'booking.spec.ts', line: 50, tests: [{ status: 'flaky', results: [] }] },
            { title: 'skipped one', file: 'booking.spec.ts', line: 60, tests: [{ status: 'skipped', results: [] }] },
          ],
        },
      ],
    },
  ],
  errors: [],
  stats: { expected: 3, unexpected: 1, flaky: 1, skipped: 1 },
};

describe('scripts/test-summary.mjs', () => {
  it('names each failed test by file, line and title with the first lines of its error, without colour codes or runner frames', () => {
    const { status, lines } = summary(write('vitest.json', VITEST), write('playwright.json', PLAYWRIGHT));
    expect(status).toBe(1);
    expect(lines).toEqual([
      'vitest: 1 passed, 2 failed',
      `playwright (${path.join(dir, 'playwright.json')}): 4 passed, 1 failed`,
      'Failed tests:',
      '  ✘ tests/unit/a.test.ts › group fails',
      '      AssertionError: expected 1 to be 2 // Object.is equality',
      `          at ${REPO}/tests/unit/a.test.ts:3:33`,
      '  ✘ tests/unit/b.test.ts › (the file failed before its tests ran)',
      "      Cannot find module './missing' imported from tests/unit/b.test.ts",
      '  ✘ tests/e2e/booking.spec.ts:42 › the form › shows one error summary',
      '      Error: expect(locator).toBeVisible() failed',
      "      Locator: getByRole('alert')",
      '      Expected: visible',
      '      Timeout: 5000ms',
      '      Call log:',
      '        - waiting',
      "      … (4 more lines in the runner's output)",
      'Skipped tests:',
      '  - tests/unit/a.test.ts › group skipped one',
      '  - tests/e2e/booking.spec.ts:60 › the form › skipped one',
      'tests: 5 passed, 3 failed, 2 skipped',
    ]);
  });

  it('counts an error outside any test, and a runner that wrote no report, as failures', () => {
    const crashed = { ...PLAYWRIGHT, suites: [], errors: [{ message: 'Error: Timed out waiting 120000ms from config.webServer.' }], stats: { expected: 0, unexpected: 0, skipped: 0 } };
    const { status, lines } = summary(path.join(dir, 'none.json'), write('crashed.json', crashed));
    expect(status).toBe(1);
    expect(lines).toContain(`${path.join(dir, 'none.json')}: no report (the runner did not finish)`);
    expect(lines).toContain('  ✘ (the run) › (outside any test)');
    expect(lines).toContain('      Error: Timed out waiting 120000ms from config.webServer.');
    expect(lines.at(-1)).toBe('tests: 0 passed, 2 failed, 0 skipped');
  });

  it('passes, listing nothing, when every test passed', () => {
    const passing = { numPassedTests: 2, numFailedTests: 0, numPendingTests: 0, testResults: [] };
    const { status, lines } = summary(write('passing.json', passing));
    expect(status).toBe(0);
    expect(lines).toEqual(['vitest: 2 passed, 0 failed', 'tests: 2 passed, 0 failed, 0 skipped']);
  });
});
