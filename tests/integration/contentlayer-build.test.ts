/**
 * Contentlayer itself must refuse broken documents (not drop them silently): these build a copy of
 * the content model on small fixtures in a temp folder and check the exit code and each document's
 * message. Two builds serve the whole file: valid documents, and broken ones.
 * A built fixture is also rendered as the site renders it, to prove that the page's citation
 * numbers, its reference list, its table of contents and the content check agree.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { getMDXComponent } from 'mdx-bundler/client';
import { mdxComponents } from '@/components/mdx/mdx-content';
import { ReferenceList } from '@/components/content/reference-list';
import { checkSource } from '@/lib/compliance';
import { loadContext } from '@/lib/compliance/engine';
import type { TocEntry } from '@/lib/content/pipeline';

const run = promisify(execFile);
const repo = process.cwd();
let dir: string;

const goodArticle = `---
title: A fixture article
description: A description long enough to be shown in search results for this fixture.
summary: [First key point here., Second key point here.]
publishedAt: 2026-10-01
author: fixture-author
reviewer: fixture-reviewer
category: evidence
---
A sentence with a source [@lee2019].
`;

const author = (name: string) => `---
name: ${name}
role: Consultant
registration:
  body: GMC
  number: '0000009'
photo: /images/authors/x.svg
photoAlt: Portrait illustration used in a test fixture
---
Bio.
`;

/** Citations in code, in a figure caption and in groups, repeated; headings in a component and setext. */
const trickyArticle = goodArticle.replace(
  'A sentence with a source [@lee2019].\n',
  `To cite, a writer types \`[@heidari2020]\` in the text.

<Figure src="/images/x.svg" alt="A diagram of a knee joint" caption="Adapted from [@jo2014]" />

## What was found [@fan2023]

Pain fell in one small trial [@lee2019; @jo2014], and again in another [@fan2023].

<Callout title="Note">

## A heading inside a note

Only for this box.

</Callout>

Setext section
--------------

\`\`\`
[@natali2023]
\`\`\`

The first trial again [@lee2019].
`,
);

/** A copy of the content model in a temp folder with these articles (name → source) and two authors. */
function fixtureProject(articles: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'contentlayer-fixture-'));
  dirs.push(root);
  for (const entry of ['contentlayer.config.ts', 'lib', 'package.json', 'tsconfig.json']) {
    fs.cpSync(path.join(repo, entry), path.join(root, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(root, 'node_modules'));
  fs.mkdirSync(path.join(root, 'content/articles'), { recursive: true });
  fs.mkdirSync(path.join(root, 'content/authors'), { recursive: true });
  fs.copyFileSync(path.join(repo, 'content/references.bib'), path.join(root, 'content/references.bib'));
  fs.writeFileSync(path.join(root, 'content/authors/fixture-author.mdx'), author('Dr Fixture Author'));
  fs.writeFileSync(path.join(root, 'content/authors/fixture-reviewer.mdx'), author('Dr Fixture Reviewer'));
  for (const [name, source] of Object.entries(articles)) fs.writeFileSync(path.join(root, 'content/articles', `${name}.mdx`), source);
  return root;
}

async function build(root: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['contentlayer2', 'build', '--clearCache'], { cwd: root, timeout: 240_000 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

/**
 * What Contentlayer's error report says about one document: from the bullet naming it to the next
 * document's bullet (the report lists every failing document, each under a bullet that names it).
 */
function problemsOf(output: string, file: string): string {
  const start = output.indexOf(`• "${file}"`);
  if (start < 0) return '';
  const next = output.indexOf('• "', start + 1);
  return output.slice(start, next < 0 ? undefined : next);
}

const dirs: string[] = [];
let valid: { code: number; output: string };
let broken: { code: number; output: string };

// Two Contentlayer builds for the whole file, side by side (each is mostly a process start-up):
// one of valid articles, which must succeed, and one of broken ones, which must fail naming each.
beforeAll(async () => {
  dir = fixtureProject({ fixture: goodArticle, tricky: trickyArticle });
  const brokenDir = fixtureProject({
    'unknown-citation': goodArticle.replace('[@lee2019]', '[@nosuch2020]'),
    'missing-title': goodArticle.replace(/^title: .*\n/m, ''),
    'extra-field': goodArticle.replace('category: evidence', 'category: evidence\nsponsor: acme'),
  });
  [valid, broken] = await Promise.all([build(dir), build(brokenDir)]);
});

afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('contentlayer build on fixtures', () => {
  it('builds valid documents', () => {
    expect(valid.output).toContain('Generated 4 documents');
    expect(valid.code).toBe(0);
    expect(fs.existsSync(path.join(dir, '.contentlayer/generated/Article/articles__fixture.mdx.json'))).toBe(true);
  });

  it('fails on a citation key that is not in the bibliography, naming file and key', () => {
    expect(broken.code).not.toBe(0);
    expect(problemsOf(broken.output, 'articles/unknown-citation.mdx')).toContain('citation [@nosuch2020] is not in content/references.bib');
  });

  it('fails on a missing required field, naming file and field', () => {
    expect(broken.code).not.toBe(0);
    expect(problemsOf(broken.output, 'articles/missing-title.mdx')).toMatch(/missing the following required fields[\s\S]*title/);
  });

  it('fails on a field the model does not define, instead of dropping the page', () => {
    expect(broken.code).not.toBe(0);
    expect(problemsOf(broken.output, 'articles/extra-field.mdx')).toMatch(/extra fields[\s\S]*sponsor/);
  });
  // Contentlayer does not check enum values (it builds `category: miracle-cures`); the content
  // check's zod schema refuses them before Contentlayer runs (see tests/compliance).
});

describe('a built page renders what the pipeline derived', () => {
  it('links every superscript number to the list entry with that number, and lists the contents the page has', () => {
    expect(valid.code).toBe(0);
    const doc = JSON.parse(fs.readFileSync(path.join(dir, '.contentlayer/generated/Article/articles__tricky.mdx.json'), 'utf8')) as {
      body: { code: string };
      citations: string[];
      toc: TocEntry[];
    };
    // Code does not cite; the caption does, first; groups and repeats count once, in order.
    expect(doc.citations).toEqual(['jo2014', 'fan2023', 'lee2019']);

    const Body = getMDXComponent(doc.body.code);
    const html = renderToStaticMarkup(createElement('div', null, createElement(Body, { components: mdxComponents }), createElement(ReferenceList, { keys: doc.citations })));
    const listOrder = [...html.matchAll(/<li id="ref-([\w:-]+)"/g)].map((m) => m[1]);
    expect(listOrder).toEqual(doc.citations);
    const superscripts = [...html.matchAll(/<a href="#ref-([\w:-]+)" aria-label="Reference (\d+)">(\d+)<\/a>/g)];
    expect(superscripts.map((m) => m[3])).toEqual(['1', '2', '3', '1', '2', '3']);
    for (const [, key, label, shown] of superscripts) {
      expect(label).toBe(shown);
      expect(listOrder[Number(shown) - 1]).toBe(key);
    }
    expect(html).toMatch(/<figcaption[^>]*>Adapted from <sup class="citation"><a href="#ref-jo2014"/);
    expect(html).toContain('<code>[@heidari2020]</code>');

    // The contents: the page's own headings, each with an anchor that exists on the page.
    expect(doc.toc.map((e) => e.title)).toEqual(['What was found', 'Setext section']);
    for (const entry of doc.toc) expect(html).toContain(`id="${entry.id}"`);
    expect(html).toContain('A heading inside a note');

    // The content check reads the same citations from the same parse.
    const ctx = loadContext({ root: path.join(dir, 'content'), now: new Date('2026-11-01T12:00:00Z') });
    const report = checkSource(trickyArticle, path.join(dir, 'content/articles/tricky.mdx'), 'articles/tricky.mdx', ctx);
    expect(report.citedKeys).toEqual(doc.citations);
  });
});
