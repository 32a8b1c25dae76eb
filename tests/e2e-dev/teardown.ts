import fs from 'node:fs';
import { compiledTestPages, contentBuild } from './content';

/**
 * After the editor tests (playwright.dev.config.ts): if a test page was compiled, compile the content
 * again, now without the test pages the specs deleted, so the site and other builds sharing this
 * working tree never show them. Without --clearCache Contentlayer leaves a deleted file's compiled
 * JSON behind (outside its index): those go too.
 */
export default function globalTeardown() {
  if (compiledTestPages().length === 0) return;
  contentBuild();
  for (const file of compiledTestPages()) fs.rmSync(file, { force: true });
}
