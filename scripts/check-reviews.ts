/**
 * npm run check:reviews: every published article and treatment must match an approval by its
 * named reviewer (lib/reviews/rule.ts). Exit 0 all approved, 1 a page is not.
 *
 * --only-in-production: do nothing unless SITE_ENV=production. `npm run build` runs it this way:
 * `next dev` shows such a page with a draft banner and "awaiting review" instead.
 */
import path from 'node:path';
import { contentRoot, listPages, pageFile, readAuthors, readPageSource, readRecord } from '../lib/reviews/files';
import { reviewProblems } from '../lib/reviews/rule';
import { todayIso } from '../lib/publishing/dates';

if (process.argv.includes('--only-in-production') && process.env.SITE_ENV !== 'production') {
  process.exit(0);
}

const root = contentRoot();
const authors = readAuthors(root);
const problems = listPages(root).flatMap((key) =>
  reviewProblems(
    { file: path.relative(process.cwd(), pageFile(root, key)).split(path.sep).join('/'), key, source: readPageSource(root, key)! },
    readRecord(root, key),
    authors,
    todayIso(),
  ),
);
if (problems.length === 0) {
  console.log('check:reviews: every published page matches an approval by its named reviewer.');
} else {
  for (const p of problems) console.error(p);
  console.error(`\ncheck:reviews: ${problems.length} problem${problems.length === 1 ? '' : 's'}: a published page needs a clinical reviewer's approval (docs/publishing.md).`);
  process.exitCode = 1;
}
