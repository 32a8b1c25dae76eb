import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { findCitationGroups, orderedCitationKeys, stripNonProse } from '@/lib/content/citations';
import { remarkCitations } from '@/lib/content/remark-citations';

function citationLinks(markdown: string, known = ['a', 'b', 'c']) {
  const processor = unified().use(remarkParse).use(remarkCitations, { knownKeys: new Set(known) });
  const tree = processor.runSync(processor.parse(markdown), { path: 'content/articles/x.mdx' } as never) as Root;
  const links: { n: string; url: string }[] = [];
  const walk = (node: { type: string; url?: string; children?: unknown[]; value?: string }) => {
    if (node.type === 'link') links.push({ n: (node.children?.[0] as { value: string }).value, url: node.url! });
    node.children?.forEach((c) => walk(c as typeof node));
  };
  walk(tree as never);
  return links;
}

describe('citation parsing', () => {
  it('finds single and grouped citations with their keys', () => {
    const groups = findCitationGroups('One [@lee2019]. Two [@a; @b,@c].');
    expect(groups.map((g) => g.keys)).toEqual([['lee2019'], ['a', 'b', 'c']]);
    expect(groups[0].raw).toBe('[@lee2019]');
  });

  it('ignores email addresses, links and plain brackets', () => {
    expect(findCitationGroups('Mail a@b.com, see [the page](/x) or [note].')).toEqual([]);
  });

  it('orders keys by first appearance and counts each once', () => {
    expect(orderedCitationKeys('x [@b] y [@a; @b] z [@c] [@a]')).toEqual(['b', 'a', 'c']);
  });

  it('does not count citations inside code or MDX comments', () => {
    const body = 'Real [@a].\n\n```\n[@b]\n```\n\n{/* [@c] */}';
    expect(orderedCitationKeys(body)).toEqual(['a']);
    expect(stripNonProse(body).split('\n').length).toBe(body.split('\n').length);
  });
});

describe('remark citation plugin', () => {
  it('numbers by first appearance and links each number to its own entry, also in groups', () => {
    const links = citationLinks('First [@b]. Then [@a; @c; @b].');
    expect(links).toEqual([
      { n: '1', url: '#ref-b' },
      { n: '2', url: '#ref-a' },
      { n: '3', url: '#ref-c' },
      { n: '1', url: '#ref-b' },
    ]);
  });

  it('agrees with the order of the reference list', () => {
    const body = 'A [@c] and [@a; @c] and [@b].';
    const order = orderedCitationKeys(body);
    for (const { n, url } of citationLinks(body)) expect(url).toBe(`#ref-${order[Number(n) - 1]}`);
  });

  it('stops with the file and the key when a citation is not in the bibliography', () => {
    expect(() => citationLinks('Claim [@missing2020].')).toThrow(/content\/articles\/x\.mdx: citation \[@missing2020\] is not in content\/references\.bib/);
  });
});
