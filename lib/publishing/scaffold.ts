/**
 * `npm run new:article -- "Title"`: a new draft article with every required field and the sections
 * a treatment article must have. Placeholders are chosen so that the content check fails until a
 * writer fills them (empty description and key points, unknown author and reviewer), instead of
 * plausible-looking text that could slip through review.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { CATEGORIES } from '../content/schema';
import { todayIso } from './dates';
import { articleSlug } from './slug';

export { articleSlug };

export const AUTHOR_PLACEHOLDER = 'fill-in-author';
export const REVIEWER_PLACEHOLDER = 'fill-in-reviewer';

export type PersonOption = { slug: string; registered: boolean };

export type ScaffoldOptions = {
  title: string;
  now?: Date;
  /** Existing profiles, listed in comments so a writer can copy a slug. */
  people?: PersonOption[];
};

/** The body: the sections a treatment article needs, each with an MDX comment saying what goes there. */
const BODY = `{/* Opening paragraph: who this page is for and what it covers, in plain words (aim for a reading age of 12). */}

## What it is

{/* Describe the treatment or topic plainly. No "cure", "miracle" or "breakthrough". */}

## Who it may help

{/* Who might consider it, and who should try other treatments first. */}

## Risks and side effects

{/* Name the real risks: pain and swelling, bruising at the harvest site, infection, no benefit. Never "safe" or "risk-free". */}

## What the evidence shows

{/* Report what studies measured, with a citation in the same sentence as every figure, e.g. "In one trial of 24 people [@lee2019]". */}

## Limits of the evidence

{/* Say how small, short or uncontrolled the studies are, and what is not known. */}

## Regulatory status

{/* State the actual status (e.g. regulated by the HTA; not a licensed medicine). Never "approved" or "licensed" unless it is. */}

## Results vary

{/* Say plainly that results vary and some patients do not improve. Link to the consultation page for personal advice. */}
`;

function quoteIfNeeded(value: string): string {
  return stringify(value).trimEnd();
}

export function scaffoldArticle({ title, now = new Date(), people = [] }: ScaffoldOptions): { slug: string; source: string } {
  const cleanTitle = title.trim().replace(/\s+/g, ' ');
  if (cleanTitle.length < 5) throw new Error('new:article: give a title of at least 5 characters, e.g. npm run new:article -- "Knee pain after running"');
  const slug = articleSlug(cleanTitle);
  if (!slug) throw new Error(`new:article: cannot make a file name from "${title}"`);
  const today = todayIso(now);
  const everyone = people.map((p) => p.slug).join(', ') || 'see content/authors';
  const registered = people.filter((p) => p.registered).map((p) => p.slug).join(', ') || 'see content/authors';

  const frontMatter = [
    `title: ${quoteIfNeeded(cleanTitle)}`,
    `# One or two sentences (50–170 characters) shown in search results and link previews.`,
    `description: ''`,
    `# 2 to 6 plain-language key points shown at the top of the page, one per line as "  - A point.". No figures: they cannot be cited here.`,
    `summary: []`,
    `publishedAt: ${today}`,
    `# Slug of a profile in content/authors: ${everyone}`,
    `author: ${AUTHOR_PLACEHOLDER}`,
    `# A registered clinician who is not the author: ${registered}`,
    `reviewer: ${REVIEWER_PLACEHOLDER}`,
    `# One of: ${CATEGORIES.join(', ')}. "treatment" articles must give risks, limits of the evidence, regulatory status and that results vary.`,
    `category: treatment`,
    `# Up to 8, lower-case words joined by hyphens, e.g. [knee, hip]`,
    `tags: []`,
    `# Drafts show only in development. A published page also needs the reviewer's approval in /staff/reviews.`,
    `draft: true`,
  ].join('\n');
  return { slug, source: `---\n${frontMatter}\n---\n${BODY}` };
}

/** Writes content/articles/<slug>.mdx; refuses to overwrite. Returns the file written. */
export function createArticleFile(articlesDir: string, options: ScaffoldOptions): string {
  const { slug, source } = scaffoldArticle(options);
  const file = path.join(articlesDir, `${slug}.mdx`);
  try {
    // 'wx' fails if the file exists, atomically: no check-then-write race with the web editor.
    fs.writeFileSync(file, source, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new Error(`new:article: ${path.relative(process.cwd(), file)} already exists; choose another title or edit that file`);
    }
    throw error;
  }
  return file;
}
