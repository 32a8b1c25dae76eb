/**
 * Shared by the tests that prove a faster parse (a GFM extension left out where a page cannot need
 * it) gives the very tree remark-gfm gives: the reference parser, the comparison, the site's and the
 * fixtures' pages, and a seeded random source for generated documents.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { parseMdx } from '@/lib/content/pipeline';

const REPO = path.resolve(__dirname, '../../..');

/** The reference: the full remark-gfm, with the same MDX and front matter syntax as the pipeline. */
export const withGfm = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkGfm);

/** The tree (or the error) a parser gives. */
export function outcome(parse: (source: string) => unknown, source: string): unknown {
  try {
    return parse(source);
  } catch (error) {
    return { error: String(error) };
  }
}

export function expectSameTree(source: string) {
  expect(outcome(parseMdx, source), source).toEqual(outcome((s) => withGfm.parse(s), source));
}

/** Every page of the site and every content-check fixture. */
export function siteAndFixturePages(): string[] {
  const files = [path.join(REPO, 'content'), path.join(REPO, 'tests/fixtures/content')].flatMap((dir) =>
    fs
      .readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
      .map((e) => path.join(e.parentPath, e.name)),
  );
  expect(files.length).toBeGreaterThan(40);
  return files.map((file) => fs.readFileSync(file, 'utf8'));
}

/** A linear congruential generator: the same documents on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}
