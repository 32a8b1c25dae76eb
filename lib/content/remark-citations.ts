/**
 * Remark plugin (run by Contentlayer's MDX compile): turns `[@key]` groups into superscript
 * numbers that link to the reference list.
 *
 * The numbers come from the content pipeline's citation order for the same source
 * (lib/content/pipeline.ts), which also gives the reference list, so a number always links to
 * the entry it names. Each number links to its own entry by key, so grouped citations such as
 * `[@a; @b]` can never point at the wrong one. Citations in a `<Figure caption="…">` are rendered
 * too: the caption becomes the figure's children, with the same links.
 */
import type { Root, Text, PhrasingContent, Parent } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { CITATION_NUMBER_SEPARATOR, findCitationGroups, referenceAnchor } from './citations';
import { analyseMdx } from './pipeline';

export type RemarkCitationsOptions = {
  /** Keys that exist in the bibliography; an unknown key stops the build. */
  knownKeys: ReadonlySet<string>;
};

type JsxElement = { type: string; name: string | null; attributes: { type: string; name?: string; value?: unknown }[]; children: unknown[] };

export function remarkCitations({ knownKeys }: RemarkCitationsOptions) {
  return (tree: Root, file: VFile) => {
    // Contentlayer puts the document's data on the file; its path is the one a writer knows.
    const raw = (file.data as { rawDocumentData?: { sourceFilePath?: string } }).rawDocumentData;
    const where = raw?.sourceFilePath ?? file.path ?? 'content';
    const order = analyseMdx(String(file.value ?? '')).citationOrder;
    const numbers = new Map(order.map((key, i) => [key, i + 1]));

    const render = (value: string): PhrasingContent[] | null => {
      const groups = findCitationGroups(value);
      if (groups.length === 0) return null;
      const nodes: PhrasingContent[] = [];
      let cursor = 0;
      for (const group of groups) {
        if (group.index > cursor) nodes.push({ type: 'text', value: value.slice(cursor, group.index) });
        const links: PhrasingContent[] = [];
        group.keys.forEach((key, i) => {
          if (!knownKeys.has(key)) {
            throw new Error(`${where}: citation [@${key}] is not in content/references.bib. Add the entry (with a DOI or PMID) or fix the key.`);
          }
          const n = numbers.get(key);
          if (n === undefined) throw new Error(`${where}: citation [@${key}] was not found by the content pipeline; this is a bug in lib/content`);
          if (i > 0) links.push({ type: 'text', value: CITATION_NUMBER_SEPARATOR });
          links.push({
            type: 'link',
            url: `#${referenceAnchor(key)}`,
            data: { hProperties: { 'aria-label': `Reference ${n}` } },
            children: [{ type: 'text', value: String(n) }],
          });
        });
        nodes.push({
          type: 'emphasis', // placeholder node type; rendered as <sup> through hName
          data: { hName: 'sup', hProperties: { className: ['citation'] } },
          children: links,
        });
        cursor = group.index + group.raw.length;
      }
      if (cursor < value.length) nodes.push({ type: 'text', value: value.slice(cursor) });
      return nodes;
    };

    visit(tree, (node, index, parent: Parent | undefined) => {
      if (node.type === 'text') {
        if (!parent || index === undefined) return;
        const replacement = render((node as Text).value);
        if (!replacement) return;
        parent.children.splice(index, 1, ...(replacement as typeof parent.children));
        return [SKIP, index + replacement.length];
      }
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node as unknown as JsxElement).name === 'Figure') {
        const element = node as unknown as JsxElement;
        const caption = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'caption');
        if (typeof caption?.value !== 'string' || element.children.length > 0) return;
        const rendered = render(caption.value);
        if (!rendered) return;
        // <Figure> shows its children as the caption: text with the numbered links.
        element.attributes = element.attributes.filter((a) => a !== caption);
        element.children = rendered;
        return SKIP;
      }
    });
  };
}
