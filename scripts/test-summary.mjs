// One closing line over the runners' JSON reports: "tests: N passed, N failed, N skipped".
// Usage: node scripts/test-summary.mjs <vitest.json> <playwright.json>...
// A missing report (its runner crashed before writing it) counts as a failure.
import fs from 'node:fs';

const [vitestFile, ...playwrightFiles] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    console.log(`${file}: no report (the runner did not finish)`);
    failed += 1;
    return undefined;
  }
}

const vitest = read(vitestFile);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
  console.log(`vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed`);
}

for (const file of playwrightFiles) {
  const report = read(file);
  if (!report) continue;
  const { expected, unexpected, flaky = 0 } = report.stats;
  passed += expected + flaky;
  failed += unexpected;
  skipped += report.stats.skipped;
  console.log(`playwright (${file}): ${expected + flaky} passed, ${unexpected} failed`);
}

console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
