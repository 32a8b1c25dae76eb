/**
 * The pipeline parses a document without GFM tables when it cannot hold one (mayHoldTable), as it
 * leaves out autolink literals (parse-autolinks.test.ts): the tree must be the very tree
 * remark-gfm gives, on every page of the site, every fixture, tables written every way GFM allows
 * and random documents built from the characters that matter.
 */
import { describe, expect, it } from 'vitest';
import { mayHoldAutolinkLiteral, mayHoldTable } from '@/lib/content/pipeline';
import { expectSameTree, outcome, seededRandom, siteAndFixturePages, withGfm } from './gfm-equivalence';

function hasTable(source: string): boolean {
  const walk = (node: { type: string; children?: unknown[] }): boolean => node.type === 'table' || (node.children ?? []).some((c) => walk(c as typeof node));
  const tree = outcome((s) => withGfm.parse(s), source) as { type: string };
  return walk(tree);
}

describe('parsing without tables where a page cannot hold one', () => {
  it('gives the same tree for every page of the site and every content-check fixture, most of them without tables', () => {
    const sources = siteAndFixturePages();
    for (const source of sources) expectSameTree(source);
    expect(sources.filter((s) => !mayHoldTable(s) && !mayHoldAutolinkLiteral(s)).length).toBeGreaterThan(5);
  });

  const tables = [
    '| a | b |\n| - | - |\n| 1 | 2 |',
    'a | b\n--|--\n1 | 2',
    '| a |\n|---|',
    'a\n:-',
    'a\n-:',
    'a\n:-:',
    '> a | b\n> - | -',
    '- item\n\n  | a |\n  | :- |',
    '<Callout>\n\n| a | b |\n| --- | ---: |\n\n</Callout>',
  ];

  it('counts every form of table as possible, and parses those pages with tables', () => {
    for (const source of tables) {
      expect(mayHoldTable(source), source).toBe(true);
      expectSameTree(source);
    }
    expect(tables.filter(hasTable).length).toBeGreaterThanOrEqual(7);
  });

  it('leaves setext headings, thematic breaks, lists and front matter to the faster parse', () => {
    for (const source of ['---\ntitle: A\n---\n\nText\n---\n\nMore\n\n***\n\n- a\n- b\n\n--- \n\nend', 'a\n-\n\nb\n--\n\nc - d -- e']) {
      expect(mayHoldTable(source), source).toBe(false);
      expectSameTree(source);
    }
  });

  it('gives the same tree for random documents made of the characters that matter', () => {
    const rand = seededRandom(11);
    // Line by line, so that head and delimiter rows meet often enough to make tables.
    const parts = ['a', ' b', 'c d', ' ', '  ', '    ', '\t', '-', '--', '---', ':', ':-', '-:', '|', ' | ', '=', '> ', '- ', '* ', '1. ', '# ', '`', '```', '<X>', '</X>', '[@k]', '~', '*', 'é'];
    const pick = <T,>(list: T[]) => list[Math.floor(rand() * list.length)];
    let fast = 0;
    let withTables = 0;
    for (let n = 0; n < 600; n++) {
      const lines: string[] = [];
      for (let l = 1 + Math.floor(rand() * 6); l > 0; l--) lines.push(Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(parts)).join(''));
      const source = lines.map((line) => line + pick(['\n', '\n', '\n\n'])).join('');
      if (!mayHoldTable(source)) fast++;
      else if (hasTable(source)) withTables++;
      expectSameTree(source);
    }
    expect(fast).toBeGreaterThan(100);
    expect(withTables).toBeGreaterThan(5);
  });
});
