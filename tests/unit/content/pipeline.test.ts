/**
 * The content pipeline: one parse per document, from which the page's citation numbers, the
 * reference list, the table of contents and the content check's input all come. The cases are the
 * ones where separate parsers used to disagree: citations in code and in JSX attributes, grouped
 * and repeated citations, headings inside components, setext headings.
 */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSlug from 'rehype-slug';
import { VFile } from 'vfile';
import { analyseMdx } from '@/lib/content/pipeline';
import { remarkCitations } from '@/lib/content/remark-citations';
import { findCitationGroups, hasCitation, bibliographyKeys } from '@/lib/content/citations';

const KNOWN = new Set(['a', 'b', 'c', 'd', 'e']);

type Node = { type: string; tagName?: string; url?: string; name?: string; value?: string; properties?: { id?: string }; children?: Node[] };

/** Runs the citation plugin and rehype-slug as the site's MDX compile does, on an mdast→hast tree. */
function render(source: string) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkCitations, { knownKeys: KNOWN })
    .use(remarkRehype, { passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'] })
    .use(rehypeSlug);
  const file = new VFile({ value: source, path: 'content/articles/x.mdx' });
  const hast = processor.runSync(processor.parse(file), file) as unknown as Node;
  const links: { n: string; href: string }[] = [];
  const headingIds: string[] = [];
  const walk = (node: Node) => {
    if (node.tagName === 'a' && node.url === undefined) {
      const href = (node.properties as { href?: string } | undefined)?.href ?? '';
      if (href.startsWith('#ref-')) links.push({ n: node.children?.[0]?.value ?? '', href });
    }
    if (node.tagName && /^h[1-6]$/.test(node.tagName)) headingIds.push(node.properties!.id!);
    node.children?.forEach(walk);
  };
  walk(hast);
  return { links, headingIds };
}

/** Superscript N must link to reference N of the list, and the check must see the same keys. */
function expectConsistent(source: string) {
  const analysis = analyseMdx(source);
  const { links } = render(source);
  for (const { n, href } of links) expect(href).toBe(`#ref-${analysis.citationOrder[Number(n) - 1]}`);
  expect([...new Set(links.map((l) => l.href.slice('#ref-'.length)))].sort()).toEqual([...analysis.citationOrder].sort());
  return { analysis, links };
}

describe('the citation syntax', () => {
  it('finds single and grouped citations with their keys', () => {
    const groups = findCitationGroups('One [@lee2019]. Two [@a; @b,@c].');
    expect(groups.map((g) => g.keys)).toEqual([['lee2019'], ['a', 'b', 'c']]);
    expect(groups[0].raw).toBe('[@lee2019]');
    expect(hasCitation('x [@a; @b] y')).toBe(true);
  });

  it('ignores email addresses, links and plain brackets', () => {
    expect(findCitationGroups('Mail a@b.com, see [the page](/x) or [note].')).toEqual([]);
  });

  it('reads BibTeX entry keys with the same key pattern, skipping comments and strings', () => {
    expect([...bibliographyKeys('% @nothing\n@comment{x}\n@string{s = "t"}\n@article{real2020,\n title={T}\n}\n@book{ nice:ipg-1 ,\n}\n')]).toEqual(['real2020', 'nice:ipg-1']);
  });
});

describe('citation numbering: page, reference list and check agree', () => {
  it('numbers by first appearance and links each number to its own entry, also in groups and repeats', () => {
    const { analysis, links } = expectConsistent('First [@b]. Then [@a; @c; @b].\n\nAgain [@a].');
    expect(analysis.citationOrder).toEqual(['b', 'a', 'c']);
    expect(links.map((l) => l.n)).toEqual(['1', '2', '3', '1', '2']);
  });

  it('does not count citations in inline code, code blocks or MDX comments', () => {
    const source = 'Write `[@d]` to cite.\n\n```\n[@e]\n```\n\n{/* [@e] */}\n\nReal [@b] then [@a].';
    const { analysis, links } = expectConsistent(source);
    expect(analysis.citationOrder).toEqual(['b', 'a']);
    expect(links.map((l) => l.n)).toEqual(['1', '2']);
  });

  it('numbers a citation in a figure caption in source order and renders it in the caption', () => {
    const source = '<Figure src="/x.svg" alt="A diagram of the knee [@e]" caption="Adapted from [@c]" />\n\nText [@a] and [@c].';
    const { analysis, links } = expectConsistent(source);
    // The caption comes first; alt text is read out, not shown with links, so [@e] there is literal.
    expect(analysis.citationOrder).toEqual(['c', 'a']);
    expect(links.map((l) => l.n)).toEqual(['1', '2', '1']);
    expect(analysis.citations.map((c) => [c.key, c.inCaption])).toEqual([
      ['c', true],
      ['a', false],
      ['c', false],
    ]);
  });

  it('gives each citation its line and column in the file', () => {
    const { citations } = analyseMdx('---\ntitle: x\n---\n\nPain fell [@a; @b].\n');
    expect(citations.map((c) => [c.key, c.position])).toEqual([
      ['a', { line: 5, column: 12 }],
      ['b', { line: 5, column: 16 }],
    ]);
  });
});

describe('table of contents', () => {
  const body = [
    '# Top',
    '## What it is',
    'text [@a]',
    '### Knee *arthritis*',
    '<Callout title="Note">',
    '## Inside a callout',
    '</Callout>',
    '## What it is',
    '```\n## not a heading\n```',
    'Setext section\n--------------',
    '## Results [@b]',
    '## Risks & side effects',
  ].join('\n\n');

  it('lists the page’s own h2 and h3 headings, ATX and setext, not those inside components', () => {
    const { toc } = analyseMdx(body);
    expect(toc.map((e) => e.title)).toEqual(['What it is', 'Knee arthritis', 'What it is', 'Setext section', 'Results', 'Risks & side effects']);
    expect(toc.map((e) => e.depth)).toEqual([2, 3, 2, 2, 2, 2]);
  });

  it('gives every entry the id its heading has on the rendered page', () => {
    const { toc, headings } = analyseMdx(body);
    const { headingIds } = render(body);
    expect(headings.map((h) => h.id)).toEqual(headingIds);
    for (const entry of toc) expect(headingIds).toContain(entry.id);
    expect(toc.find((e) => e.title === 'Results')!.id).toBe('results-2');
  });
});

describe('sentences (parse-english)', () => {
  const sentences = (body: string) => analyseMdx(body).sentences.map((s) => s.text);

  it('splits on full stops, question and exclamation marks', () => {
    expect(sentences('One. Two? Three! Four')).toEqual(['One.', 'Two?', 'Three!', 'Four']);
  });

  it('keeps abbreviations, titles and decimals inside the sentence', () => {
    expect(sentences('Fan et al. found less pain, e.g. at 12 months. Dr. Lee saw a 2.5-fold change vs. placebo. See Fig. 2 for details.')).toEqual([
      'Fan et al. found less pain, e.g. at 12 months.',
      'Dr. Lee saw a 2.5-fold change vs. placebo.',
      'See Fig. 2 for details.',
    ]);
  });

  it('keeps a citation written after the full stop with the sentence it cites', () => {
    const [first, second] = analyseMdx('Pain fell by 59%. [@a] Next sentence.').sentences;
    expect([first.text, second.text]).toEqual(['Pain fell by 59%. [@a]', 'Next sentence.']);
    expect(first.citations).toEqual(['a']);
    expect(second.citations).toEqual([]);
  });

  it('is not broken by inline code, inline JSX or a soft line break', () => {
    // Code and components are not prose: each leaves a space where it stood.
    expect(sentences('Type `npm run dev.` then wait. It costs <Price item="lipogems" /> in\ntotal. Done.')).toEqual([
      'Type   then wait.',
      'It costs   in\ntotal.',
      'Done.',
    ]);
  });

  it('gives each sentence its words as nlcst tokens', () => {
    const [sentence] = analyseMdx('Knee pain fell [@a].').sentences;
    expect(sentence.nlcst.type).toBe('SentenceNode');
    expect(sentence.nlcst.children.filter((c) => c.type === 'WordNode')).toHaveLength(4);
  });
});

describe('reading level and search text', () => {
  it('counts the words a reader reads: paragraphs and lists, not headings, code or citation keys', () => {
    const { readingLevel, wordCount } = analyseMdx('## A heading here\n\nThe cat sat on the mat [@a].\n\n- One more line\n\n```\ncode words\n```');
    expect(wordCount).toBe(9);
    expect(readingLevel).toMatchObject({ words: 9, sentences: 2 });
  });

  it('parses each source text once', () => {
    const source = 'Memoised [@a].';
    expect(analyseMdx(source)).toBe(analyseMdx(source));
  });

  it('reports MDX that does not parse with its position', () => {
    const { syntaxError, citationOrder } = analyseMdx('Text\n\n<Callout>\n\nunclosed');
    expect(syntaxError?.message).toMatch(/^the MDX does not parse/);
    expect(syntaxError?.position.line).toBeGreaterThan(1);
    expect(citationOrder).toEqual([]);
  });

  it('stops with the file and the key when a citation is not in the bibliography', () => {
    expect(() => render('Claim [@missing2020].')).toThrow(/content\/articles\/x\.mdx: citation \[@missing2020\] is not in content\/references\.bib/);
  });
});
