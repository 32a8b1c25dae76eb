/**
 * What must never ship in the standalone server (`<distDir>/standalone`, what the container image and
 * a plain copy-to-server deployment run): databases and their backups, environment files with secrets,
 * and the tests' folders and reports. Next's file tracer copies files it cannot rule out, so the build
 * checks its output instead of trusting the tracer (scripts/check-standalone.ts).
 */

export type ForbiddenFile = { file: string; why: string };

const RULES: { test: (file: string) => boolean; why: string }[] = [
  { test: (f) => /\.(sqlite3?|db)(-wal|-shm|-journal)?$/i.test(f) || /\.sqlite\./i.test(f), why: 'a database file (patient requests, staff accounts)' },
  { test: (f) => /(^|\/)\.env(\.|$)/.test(f) && !/\.env\.example$/.test(f), why: 'an environment file (secrets)' },
  { test: (f) => /^(data|backups|test-results|reports|tests|coverage|playwright-report)\//.test(f), why: 'a local data, test or report folder' },
];

/** The files among `files` (paths relative to the standalone folder, `/`-separated) that must not ship; node_modules is the packages' own business. */
export function forbiddenStandaloneFiles(files: readonly string[]): ForbiddenFile[] {
  return files
    .filter((file) => !file.startsWith('node_modules/'))
    .flatMap((file) => {
      const rule = RULES.find((r) => r.test(file));
      return rule ? [{ file, why: rule.why }] : [];
    });
}
