/**
 * Contentlayer itself must refuse broken documents (not drop them silently): these build a copy of
 * the content model on small fixtures in a temp folder and check the exit code and the message.
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

async function build(article: string): Promise<{ code: number; output: string }> {
  fs.writeFileSync(path.join(dir, 'content/articles/fixture.mdx'), article);
  try {
    const { stdout, stderr } = await run('npx', ['contentlayer2', 'build', '--clearCache'], { cwd: dir, timeout: 240_000 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'contentlayer-fixture-'));
  for (const entry of ['contentlayer.config.ts', 'lib', 'package.json', 'tsconfig.json']) {
    fs.cpSync(path.join(repo, entry), path.join(dir, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'));
  fs.mkdirSync(path.join(dir, 'content/articles'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'content/authors'), { recursive: true });
  fs.copyFileSync(path.join(repo, 'content/references.bib'), path.join(dir, 'content/references.bib'));
  fs.writeFileSync(path.join(dir, 'content/authors/fixture-author.mdx'), author('Dr Fixture Author'));
  fs.writeFileSync(path.join(dir, 'content/authors/fixture-reviewer.mdx'), author('Dr Fixture Reviewer'));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('contentlayer build on fixtures', () => {
  it('builds a valid document', async () => {
    const { code, output } = await build(goodArticle);
    expect(output).toContain('Generated 3 documents');
    expect(code).toBe(0);
  });

  it('fails on a citation key that is not in the bibliography, naming file and key', async () => {
    const { code, output } = await build(goodArticle.replace('[@lee2019]', '[@nosuch2020]'));
    expect(code).not.toBe(0);
    expect(output).toContain('articles/fixture.mdx');
    expect(output).toContain('citation [@nosuch2020] is not in content/references.bib');
  });

  it('fails on a missing required field, naming file and field', async () => {
    const { code, output } = await build(goodArticle.replace(/^title: .*\n/m, ''));
    expect(code).not.toBe(0);
    expect(output).toMatch(/articles\/fixture\.mdx[\s\S]*missing the following required fields[\s\S]*title/);
  });

  it('fails on a field the model does not define, instead of dropping the page', async () => {
    const { code, output } = await build(goodArticle.replace('category: evidence', 'category: evidence\nsponsor: acme'));
    expect(code).not.toBe(0);
    expect(output).toMatch(/articles\/fixture\.mdx[\s\S]*extra fields[\s\S]*sponsor/);
  });
  // Contentlayer does not check enum values (it builds `category: miracle-cures`); the content
  // check's zod schema refuses them before Contentlayer runs (see tests/compliance).
});

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

describe('a built page renders what the pipeline derived', () => {
  it('links every superscript number to the list entry with that number, and lists the contents the page has', async () => {
    const { code, output } = await build(trickyArticle);
    expect(output).toContain('Generated 3 documents');
    expect(code).toBe(0);
    const doc = JSON.parse(fs.readFileSync(path.join(dir, '.contentlayer/generated/Article/articles__fixture.mdx.json'), 'utf8')) as {
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
    const report = checkSource(trickyArticle, path.join(dir, 'content/articles/fixture.mdx'), 'articles/fixture.mdx', ctx);
    expect(report.citedKeys).toEqual(doc.citations);
  });
});
