import path from 'node:path';

/**
 * The web editor tests' database folder: their `next dev` (playwright.dev.config.ts) uses it, the
 * tests seed staff accounts into it (tests/e2e-dev/staff.ts), and `npm test`'s warm-up signs in
 * through it (scripts/warm-editor.ts; scripts/test-all.sh passes the same path to the server it
 * starts). Under reports/, which git ignores and the main e2e suite never empties.
 */
export const EDITOR_DATA_DIR = path.join(process.cwd(), 'reports', 'editor-e2e-data');
