/**
 * The change a reviewer reads: the approved and the current version of a page as plain text (the
 * words a patient reads, from the content pipeline's one parse of the body, plus the medical
 * front matter), compared paragraph by paragraph and, inside a changed paragraph, word by word
 * with jsdiff. No MDX syntax reaches the reviewer.
 */
import { diffArrays, diffWordsWithSpace } from 'diff';
import { analyseMdx, type ProseUnit } from '@/lib/content/pipeline';
import { splitSource } from './source';

function unitText(unit: ProseUnit): string {
  const text = unit.prose.text.replace(/\s+/g, ' ').trim();
  switch (unit.kind) {
    case 'heading':
      return `## ${text}`;
    case 'list-item':
      return `• ${text}`;
    case 'attribute':
      return `[${unit.field?.replace(/^<?(\w+)>?\s*/, '$1 ')}] ${text}`;
    default:
      return text;
  }
}

/** A page as the paragraphs a reader reads: title, description, key points, FAQ, then the body. */
export function readableParagraphs(source: string): string[] {
  const { frontMatter, body } = splitSource(source);
  const str = (v: unknown) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '');
  const paragraphs = [`Title: ${str(frontMatter.title)}`, `Description: ${str(frontMatter.description)}`];
  if (Array.isArray(frontMatter.summary)) paragraphs.push(...frontMatter.summary.map((p) => `Key point: ${str(p)}`));
  if (typeof frontMatter.category === 'string') paragraphs.push(`Category: ${frontMatter.category}`);
  if (typeof frontMatter.priceKey === 'string') paragraphs.push(`Price: ${frontMatter.priceKey}`);
  if (Array.isArray(frontMatter.faq)) {
    for (const item of frontMatter.faq as { question?: unknown; answer?: unknown }[]) {
      paragraphs.push(`FAQ question: ${str(item?.question)}`, `FAQ answer: ${str(item?.answer)}`);
    }
  }
  const analysis = analyseMdx(body);
  if (analysis.syntaxError) return [...paragraphs, `(The body does not parse: ${analysis.syntaxError.message})`, body];
  return [...paragraphs, ...analysis.units.map(unitText).filter(Boolean)];
}

export type WordPart = { text: string; change: 'added' | 'removed' | 'same' };
export type DiffBlock =
  | { kind: 'same'; paragraphs: string[] }
  | { kind: 'added' | 'removed'; paragraphs: string[] }
  | { kind: 'changed'; parts: WordPart[] };

export type PageDiff = { blocks: DiffBlock[]; added: number; removed: number; changed: number };

const partsOf = (before: string, after: string): WordPart[] =>
  diffWordsWithSpace(before, after).map((p) => ({ text: p.value, change: p.added ? 'added' : p.removed ? 'removed' : 'same' }));

/** `before` null: the page was never approved, so all of it is new. */
export function pageDiff(before: string | null, after: string): PageDiff {
  const oldParas = before === null ? [] : readableParagraphs(before);
  const newParas = readableParagraphs(after);
  const blocks: DiffBlock[] = [];
  const chunks = diffArrays(oldParas, newParas);
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    const next = chunks[i + 1];
    if (chunk.removed && next?.added) {
      // Removed paragraphs followed by added ones: an edit. Pair them up and compare the words.
      const n = Math.min(chunk.value.length, next.value.length);
      for (let j = 0; j < n; j++) blocks.push({ kind: 'changed', parts: partsOf(chunk.value[j], next.value[j]) });
      if (chunk.value.length > n) blocks.push({ kind: 'removed', paragraphs: chunk.value.slice(n) });
      if (next.value.length > n) blocks.push({ kind: 'added', paragraphs: next.value.slice(n) });
      i++;
    } else {
      blocks.push({ kind: chunk.added ? 'added' : chunk.removed ? 'removed' : 'same', paragraphs: chunk.value });
    }
  }
  const count = (kind: DiffBlock['kind']) =>
    blocks.filter((b) => b.kind === kind).reduce((sum, b) => sum + ('paragraphs' in b ? b.paragraphs.length : 1), 0);
  return { blocks, added: count('added'), removed: count('removed'), changed: count('changed') };
}
