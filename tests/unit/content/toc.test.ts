import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeSlug from 'rehype-slug';
import { tableOfContents } from '@/lib/content/toc';
import { formatDate, isoDay } from '@/lib/content/dates';

function headingIds(markdown: string): string[] {
  const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeSlug);
  const tree = processor.runSync(processor.parse(markdown)) as unknown as { children: { tagName?: string; properties?: { id?: string } }[] };
  return tree.children.filter((n) => n.tagName && /^h[23]$/.test(n.tagName)).map((n) => n.properties!.id!);
}

describe('table of contents', () => {
  const body = '# Top\n\n## What it is\n\ntext [@a]\n\n### Knee *arthritis*\n\n## What it is\n\n```\n## not a heading\n```\n\n## Risks & side effects\n';

  it('lists h2 and h3 headings with the ids rehype-slug gives them', () => {
    const toc = tableOfContents(body);
    expect(toc.map((e) => e.title)).toEqual(['What it is', 'Knee arthritis', 'What it is', 'Risks & side effects']);
    expect(toc.map((e) => e.id)).toEqual(headingIds(body));
    expect(toc.map((e) => e.depth)).toEqual([2, 3, 2, 2]);
  });
});

describe('dates', () => {
  it('shows calendar dates in British English, whatever the server time zone', () => {
    expect(formatDate('2026-03-01T00:00:00.000Z')).toBe('1 March 2026');
    expect(isoDay('2026-03-01T00:00:00.000Z')).toBe('2026-03-01');
  });
});
