/**
 * The pages the editor tests make, and the content build they run. Each spec deletes the files it
 * made; compiling the content again without them happens once, after both specs
 * (tests/e2e-dev/teardown.ts), instead of once per spec.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Every page a test makes has a slug starting with one of these. */
export const TEST_PAGE_PREFIXES = { editor: 'e2e-editor-test-', review: 'e2e-review-' } as const;

const generated = path.join(process.cwd(), '.contentlayer', 'generated');

export function contentBuild() {
  // Not --clearCache: that deletes .contentlayer/generated while it rebuilds, and every dev server
  // and build sharing this working tree would fail to import it meanwhile.
  execFileSync('npx', ['contentlayer2', 'build'], { cwd: process.cwd(), stdio: 'pipe', timeout: 180_000 });
}

/** Compiled files of test pages (absolute paths). */
export function compiledTestPages(): string[] {
  if (!fs.existsSync(generated)) return [];
  return fs
    .readdirSync(generated, { recursive: true, encoding: 'utf8' })
    .filter((f) => Object.values(TEST_PAGE_PREFIXES).some((prefix) => path.basename(f).includes(prefix)))
    .map((f) => path.join(generated, f));
}
