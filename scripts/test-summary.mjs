// Prints one closing line over both runners' JSON reports: "tests: N passed, N failed, N skipped".
import fs from 'node:fs';

const [vitestFile, playwrightFile] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

const vitest = JSON.parse(fs.readFileSync(vitestFile, 'utf8'));
passed += vitest.numPassedTests;
failed += vitest.numFailedTests;
skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);

const playwright = JSON.parse(fs.readFileSync(playwrightFile, 'utf8'));
passed += playwright.stats.expected + (playwright.stats.flaky ?? 0);
failed += playwright.stats.unexpected;
skipped += playwright.stats.skipped;

console.log(`vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed`);
console.log(`playwright: ${playwright.stats.expected} passed, ${playwright.stats.unexpected} failed`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
