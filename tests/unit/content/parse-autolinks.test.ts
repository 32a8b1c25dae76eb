/**
 * The pipeline parses a document without GFM's autolink literals when it cannot hold one
 * (mayHoldAutolinkLiteral): the tree must be the very tree remark-gfm gives, on every page of the
 * site, every fixture, disguised literals and random documents built from the characters that
 * matter.
 */
import { describe, expect, it } from 'vitest';
import { mayHoldAutolinkLiteral } from '@/lib/content/pipeline';
import { expectSameTree, seededRandom, siteAndFixturePages, withGfm } from './gfm-equivalence';

/** Whether remark-gfm made a link of bare text somewhere in the tree. */
function hasLiteralLink(source: string): boolean {
  const walk = (node: { type: string; children?: unknown[]; position?: { start: { offset?: number } } }): boolean =>
    (node.type === 'link' && source[node.position?.start.offset ?? 0] !== '[') || (node.children ?? []).some((c) => walk(c as typeof node));
  return walk(withGfm.parse(source) as never);
}

describe('parsing without autolink literals where a page cannot hold one', () => {
  it('gives the same tree for every page of the site and every content-check fixture', () => {
    for (const source of siteAndFixturePages()) expectSameTree(source);
  });

  const literals = [
    'Write to info@clinic.example for a copy.',
    'See www.hta.gov.uk for the rules.',
    'See https://www.hta.gov.uk/ for the rules.',
    'See HTTP://EXAMPLE.ORG.',
    'Mail mailto:a@b.org or xmpp:a@b.org.',
    'An escaped dot: ww\\w.example.org, a\\@b.org.',
    'A character reference: a&#64;b.org, &#119;ww.example.org, a&commat;b.org.',
    'In a list:\n\n- write to jo.bloggs+clinic@example.co.uk\n- or www.example.org',
    '<Figure caption="see www.example.org" />\n\nThen info@clinic.example.',
    'Split over lines: info\n  @clinic.example and www\n.example.org.',
  ];

  it('counts every form of literal as possible, and parses those pages with GFM in full', () => {
    for (const source of literals) {
      expect(mayHoldAutolinkLiteral(source), source).toBe(true);
      expectSameTree(source);
    }
    // The forms that do make links really do (so the list above tests something).
    expect(literals.filter(hasLiteralLink).length).toBeGreaterThanOrEqual(8);
  });

  it('leaves citations, brackets and plain prose to the faster parse', () => {
    for (const source of ['Pain fell more after the injection [@lee2019; @kim2020].', 'An @ on its own, a [@key] and a price of £4,000.']) {
      expect(mayHoldAutolinkLiteral(source), source).toBe(false);
      expectSameTree(source);
    }
  });

  it('gives the same tree for random documents made of the characters that matter', () => {
    const rand = seededRandom(7);
    const parts = ['w', 'ww', 'www', '.', '@', 'a', 'b1', '_', '+', '-', ' ', '\n', '\n\n', '[', ']', '[@k]', '(', ')', '*', '~', '|', '`', ':', '/', 'h', 'ttp', 's', '- ', '# ', '> ', 'x.org', 'é', '#', ';'];
    let fast = 0;
    for (let n = 0; n < 1000; n++) {
      let source = '';
      const length = 1 + Math.floor(rand() * 40);
      for (let i = 0; i < length; i++) source += parts[Math.floor(rand() * parts.length)];
      if (!mayHoldAutolinkLiteral(source)) fast++;
      expectSameTree(source);
    }
    expect(fast).toBeGreaterThan(100);
  });
});
