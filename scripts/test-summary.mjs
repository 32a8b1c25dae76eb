// The closing lines over the runners' JSON reports: each failed or skipped test by file, line and
// name (with the first lines of its error), then "tests: N passed, N failed, N skipped". A CI log is
// often read from its tail only, so what failed must be said there, not only in the runner's output.
// Usage: node scripts/test-summary.mjs <vitest.json> <playwright.json>...
// A missing report (its runner crashed before writing it) counts as a failure.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ERROR_LINES = 6;

// The runners colour their messages.
const ANSI = /\u001b\[[0-9;]*m/g;

/** The first lines of an error message, without colour codes or runner frames, indented under its test. */
function errorExcerpt(message) {
  const lines = String(message ?? '')
    .replace(ANSI, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    // Stack frames inside the runners and Node say nothing about the failure.
    .filter((line) => !/^\s*at .*(node_modules|node:internal|<anonymous>)/.test(line));
  const shown = lines.slice(0, ERROR_LINES).map((line) => `      ${line}`);
  if (lines.length > ERROR_LINES) shown.push(`      … (${lines.length - ERROR_LINES} more lines in the runner's output)`);
  return shown;
}

function relative(file) {
  return path.isAbsolute(file) ? path.relative(process.cwd(), file) : file;
}

/** Vitest's JSON report: its counts and each test that failed or was skipped. */
export function vitestOutcomes(report) {
  const failed = [];
  const skipped = [];
  let unloaded = 0;
  for (const file of report.testResults ?? []) {
    const where = relative(file.name);
    const assertions = file.assertionResults ?? [];
    // A file that failed to load has no assertions, only its own message.
    if (file.status === 'failed' && !assertions.some((a) => a.status === 'failed')) {
      failed.push({ where, title: '(the file failed before its tests ran)', error: file.message });
      unloaded += 1;
    }
    for (const a of assertions) {
      // Vitest records a test's line only with includeTaskLocation; the error's own frames name it.
      const at = a.location ? `${where}:${a.location.line}` : where;
      if (a.status === 'failed') failed.push({ where: at, title: a.fullName, error: (a.failureMessages ?? []).join('\n') });
      else if (a.status === 'pending' || a.status === 'skipped' || a.status === 'todo') skipped.push({ where: at, title: a.fullName });
    }
  }
  return {
    passed: report.numPassedTests,
    // A file that failed to load counts as a failure although none of its tests did.
    failed: report.numFailedTests + unloaded,
    skipped: report.numPendingTests + (report.numTodoTests ?? 0),
    failedTests: failed,
    skippedTests: skipped,
  };
}

/** Playwright's JSON report: its counts and each test that failed (after any retries) or was skipped. */
export function playwrightOutcomes(report) {
  const failed = [];
  const skipped = [];
  // Spec files are named relative to the config's rootDir (its testDir).
  const rootDir = report.config?.rootDir ?? process.cwd();
  const walk = (suite, titles) => {
    // A file's own suite is titled by its file name, which `where` already gives.
    const inner = suite.title && suite.title !== suite.file ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      const where = `${relative(path.join(rootDir, spec.file))}:${spec.line}`;
      const title = [...inner, spec.title].join(' › ');
      for (const test of spec.tests ?? []) {
        if (test.status === 'unexpected') {
          const last = test.results?.at(-1);
          const error = last?.errors?.map((e) => e.message).join('\n') || last?.error?.message;
          failed.push({ where, title, error: error ?? `status ${last?.status ?? 'unknown'}` });
        } else if (test.status === 'skipped') {
          skipped.push({ where, title });
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child, inner);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  // Errors outside any test (the web server did not start, a file did not load, global setup threw).
  for (const error of report.errors ?? []) {
    const at = error.location ? `${relative(error.location.file)}:${error.location.line}` : '(the run)';
    failed.push({ where: at, title: '(outside any test)', error: error.message });
  }
  const { expected, unexpected, flaky = 0, skipped: skippedCount } = report.stats;
  return {
    passed: expected + flaky,
    failed: unexpected + (report.errors?.length ?? 0),
    skipped: skippedCount,
    failedTests: failed,
    skippedTests: skipped,
  };
}

/** The summary's lines for the given reports (undefined: the runner wrote none). */
export function summaryLines(vitestFile, vitest, playwrightReports) {
  const lines = [];
  const listed = [];
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const add = (label, outcome) => {
    passed += outcome.passed;
    failed += outcome.failed;
    skipped += outcome.skipped;
    lines.push(`${label}: ${outcome.passed} passed, ${outcome.failed} failed`);
    listed.push(outcome);
  };
  if (vitest) add('vitest', vitestOutcomes(vitest));
  else {
    lines.push(`${vitestFile}: no report (the runner did not finish)`);
    failed += 1;
  }
  for (const { file, report } of playwrightReports) {
    if (report) add(`playwright (${file})`, playwrightOutcomes(report));
    else {
      lines.push(`${file}: no report (the runner did not finish)`);
      failed += 1;
    }
  }
  const failedTests = listed.flatMap((o) => o.failedTests);
  const skippedTests = listed.flatMap((o) => o.skippedTests);
  if (failedTests.length > 0) {
    lines.push('Failed tests:');
    for (const t of failedTests) lines.push(`  ✘ ${t.where} › ${t.title}`, ...errorExcerpt(t.error));
  }
  if (skippedTests.length > 0) {
    lines.push('Skipped tests:');
    for (const t of skippedTests) lines.push(`  - ${t.where} › ${t.title}`);
  }
  lines.push(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  return { lines, failed };
}

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [vitestFile, ...playwrightFiles] = process.argv.slice(2);
  const { lines, failed } = summaryLines(
    vitestFile,
    read(vitestFile),
    playwrightFiles.map((file) => ({ file, report: read(file) })),
  );
  console.log(lines.join('\n'));
  process.exit(failed > 0 ? 1 : 0);
}
