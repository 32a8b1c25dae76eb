/**
 * npm run new:article -- "Title of the article"
 *
 * Writes content/articles/<slug>.mdx as a draft with every required field, today's dates and the
 * sections a treatment article needs. Never overwrites. Then: fill the placeholders, run
 * `npm run content:check`, and see docs/writing-guide.md.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContext } from '../lib/compliance';
import { createArticleFile } from '../lib/publishing/scaffold';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const title = process.argv.slice(2).join(' ').trim();
if (!title) {
  console.error('Usage: npm run new:article -- "Title of the article"');
  process.exit(2);
}

try {
  const root = path.join(repoRoot, 'content');
  const people = [...loadContext({ root }).authors.values()].map((a) => ({ slug: a.slug, registered: a.registered }));
  const file = createArticleFile(path.join(root, 'articles'), { title, people });
  console.log(`Created ${path.relative(process.cwd(), file)} (draft).`);
  console.log('Next: fill in description, summary, author and reviewer, write each section, then run npm run content:check.');
  console.log('Preview it with npm run dev; the page lists the content check findings. Guide: docs/writing-guide.md');
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
