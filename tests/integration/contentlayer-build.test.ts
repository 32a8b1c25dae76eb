/**
 * Contentlayer itself must refuse broken documents (not drop them silently): these build a copy of
 * the content model on small fixtures in a temp folder and check the exit code and the message.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = process.cwd();
let dir: string;

const goodArticle = `---
title: A fixture article
description: A description long enough to be shown in search results for this fixture.
summary: [First key point here., Second key point here.]
publishedAt: 2026-10-01
reviewedAt: 2026-10-01
nextReviewDue: 2027-10-01
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
    const { stdout, stderr } = await run('npx', ['contentlayer2', 'build', '--clearCache'], { cwd: dir, timeout: 60_000 });
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
