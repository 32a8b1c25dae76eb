/**
 * The new:article scaffold, checked by the real content-check engine on a temporary content root
 * holding copies of the real authors and bibliography.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkFile, loadContext } from '@/lib/compliance';
import { articleFrontmatter, TREATMENT_SECTIONS } from '@/lib/content/schema';
import { AUTHOR_PLACEHOLDER, REVIEWER_PLACEHOLDER, articleSlug, createArticleFile, scaffoldArticle } from '@/lib/publishing/scaffold';

const realContent = path.join(process.cwd(), 'content');
const now = new Date('2026-11-25T10:00:00Z');
let root: string;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'scaffold-'));
  fs.cpSync(path.join(realContent, 'authors'), path.join(root, 'authors'), { recursive: true });
  fs.copyFileSync(path.join(realContent, 'references.bib'), path.join(root, 'references.bib'));
  fs.mkdirSync(path.join(root, 'articles'));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function people() {
  return [...loadContext({ root }).authors.values()].map((a) => ({ slug: a.slug, registered: a.registered }));
}

/** What a writer does next: fills the placeholders and writes each section. */
function fillPlaceholders(source: string, author: string, reviewer: string): string {
  return source
    .replace(/^description: ''$/m, "description: 'What a knee injection involves, who it may suit, its risks and what the evidence does and does not show.'")
    .replace(
      /^summary: \[\]$/m,
      'summary:\n  - It is an injection of your own tissue into the knee, done in one visit.\n  - Results vary and some people do not improve.',
    )
    .replace(`author: ${AUTHOR_PLACEHOLDER}`, `author: ${author}`)
    .replace(`reviewer: ${REVIEWER_PLACEHOLDER}`, `reviewer: ${reviewer}`)
    .replace(/\{\/\*[^]*?\*\/\}/g, (comment) => `${comment}\n\nThis part of the page is written in short, plain sentences. It says what the section is about.`);
}

describe('npm run new:article scaffold', () => {
  it('makes the slug from the title', () => {
    expect(articleSlug('  Knee Pain: What Helps? ')).toBe('knee-pain-what-helps');
  });

  it('writes every required field, today’s dates, a draft flag and the treatment sections', () => {
    const { slug, source } = scaffoldArticle({ title: 'Knee injections explained', now, people: people() });
    expect(slug).toBe('knee-injections-explained');
    const data = parseYaml(source.split(/^---$/m)[1]) as Record<string, unknown>;
    const required = Object.entries(articleFrontmatter.shape)
      .filter(([, field]) => !field.safeParse(undefined).success)
      .map(([name]) => name);
    for (const name of required) expect(data, name).toHaveProperty(name);
    expect(data).toMatchObject({ title: 'Knee injections explained', publishedAt: '2026-11-25', draft: true });
    // Review dates are not typed: they come from the approval in the staff area.
    expect(data).not.toHaveProperty('reviewedAt');
    expect(data).not.toHaveProperty('nextReviewDue');
    for (const heading of ['Risks and side effects', 'Limits of the evidence', 'Regulatory status', 'Results vary']) {
      expect(source).toContain(`\n## ${heading}\n`);
    }
    // The treatment-page section titles are reused, so the wording matches what the check expects.
    expect(source).toContain(`## ${TREATMENT_SECTIONS.find((s) => s.id === 'limits-of-the-evidence')!.title}`);
  });

  it('as written, the content check flags exactly the placeholders a writer must fill', () => {
    const file = createArticleFile(path.join(root, 'articles'), { title: 'Unfilled scaffold page', now, people: people() });
    const report = checkFile(file, { root, now, mode: 'production' });
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.ruleId).sort()).toEqual(['frontmatter-schema', 'frontmatter-schema', 'unknown-author', 'unknown-reviewer']);
    expect(errors.map((f) => f.message).join('\n')).toMatch(/description[^]*summary/);
  });

  it('with its placeholders filled, passes the content check with zero errors', () => {
    const file = createArticleFile(path.join(root, 'articles'), { title: 'Knee injections explained', now, people: people() });
    const [author, reviewer] = people().filter((p) => p.registered).map((p) => p.slug);
    fs.writeFileSync(file, fillPlaceholders(fs.readFileSync(file, 'utf8'), author, reviewer));
    const report = checkFile(file, { root, now, mode: 'production' });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.draft).toBe(true);
  });

  it('refuses to overwrite an existing article', () => {
    const dir = path.join(root, 'articles');
    const file = createArticleFile(dir, { title: 'Written once only', now });
    fs.appendFileSync(file, '\nA writer’s own words.\n');
    expect(() => createArticleFile(dir, { title: 'Written once only', now })).toThrow(/already exists/);
    expect(fs.readFileSync(file, 'utf8')).toContain('A writer’s own words.');
  });

  it('rejects a title too short to be one', () => {
    expect(() => scaffoldArticle({ title: ' ab ' })).toThrow(/at least 5 characters/);
  });
});
