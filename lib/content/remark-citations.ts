/**
 * Remark plugin: turns `[@key]` groups into superscript numbers that link to the reference list.
 *
 * Numbers follow first appearance (the same order as `orderedCitationKeys`), and each number links
 * to its own entry by key, so grouped citations such as `[@a; @b]` can never point at the wrong one.
 */
import type { Root, Text, PhrasingContent, Parent } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { findCitationGroups, referenceAnchor } from './citations';

export type RemarkCitationsOptions = {
  /** Keys that exist in the bibliography; an unknown key stops the build. */
  knownKeys: ReadonlySet<string>;
};

export function remarkCitations({ knownKeys }: RemarkCitationsOptions) {
  return (tree: Root, file: { path?: string }) => {
    const numbers = new Map<string, number>();
    visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      const groups = findCitationGroups(node.value);
      if (groups.length === 0) return;
      const replacement: PhrasingContent[] = [];
      let cursor = 0;
      for (const group of groups) {
        if (group.index > cursor) replacement.push({ type: 'text', value: node.value.slice(cursor, group.index) });
        const links: PhrasingContent[] = [];
        group.keys.forEach((key, i) => {
          if (!knownKeys.has(key)) {
            throw new Error(
              `${file.path ?? 'content'}: citation [@${key}] is not in content/references.bib. Add the entry (with a DOI or PMID) or fix the key.`,
            );
          }
          if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
          const n = numbers.get(key)!;
          if (i > 0) links.push({ type: 'text', value: ',\u2009' });
          links.push({
            type: 'link',
            url: `#${referenceAnchor(key)}`,
            data: { hProperties: { 'aria-label': `Reference ${n}` } },
            children: [{ type: 'text', value: String(n) }],
          });
        });
        replacement.push({
          type: 'emphasis', // placeholder node type; rendered as <sup> through hName
          data: { hName: 'sup', hProperties: { className: ['citation'] } },
          children: links,
        });
        cursor = group.index + group.raw.length;
      }
      if (cursor < node.value.length) replacement.push({ type: 'text', value: node.value.slice(cursor) });
      parent.children.splice(index, 1, ...(replacement as typeof parent.children));
      return [SKIP, index + replacement.length];
    });
  };
}
