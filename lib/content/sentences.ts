/**
 * Sentences and words of a block of prose, from the retext ecosystem's English parser
 * (parse-english, nlcst). Two adjustments keep sentences where a writer means them:
 * - a citation written after the full stop (`… 59%. [@lee2019] Next …`) belongs to the sentence it
 *   cites, not to the next one;
 * - an abbreviation parse-english does not know ("Fig. 2", "approx. 12", "No. 3") does not end a
 *   sentence when a number or a lower-case word follows.
 */
import { ParseEnglish } from 'parse-english';
import type { Paragraph, Sentence as NlcstSentence, SentenceContent } from 'nlcst';
import { citationGroupPattern } from './citations';

export type SentenceSpan = {
  /** Index of the first character in the text. */
  start: number;
  /** Index after the last character. */
  end: number;
  /** The sentence as nlcst (words, punctuation, white space); only the sentence has a position, relative to the text. */
  nlcst: NlcstSentence;
  /** Where each of the sentence's nodes starts in the text. */
  starts: number[];
};

/**
 * parse-english as it is, with two changes that leave its tree the same (sentence-tokenizer.test.ts
 * compares the two on the site's text):
 * - parse-latin's tokenizer (the loop that cuts a text into words, white space, punctuation and
 *   symbols, 7.0.0) written out again so that the class of each character is looked up by its code,
 *   once, instead of testing the character against up to three regular expressions at every
 *   position (the class comes from parse-latin itself: its own tokenizer run on that character);
 * - no positions: parse-latin gives every node and word part its own start and end points, about
 *   three-quarters of what a parse allocates, and its plugins only carry them along. Offsets are
 *   counted afterwards from the nodes' text (offsetsOf), which the tree covers in order.
 * Text is parsed with its line breaks made spaces, as a reader reads a block of prose; the one
 * plugin that reads line breaks (parse-latin's breakImplicitSentences, which splits each white
 * space node's text on them) is left out, so the parser is for such text only.
 */
export class EnglishParser extends ParseEnglish {
  /** A character's node type by its UTF-16 code, found on first use. */
  private static readonly types: (SentenceContent['type'] | undefined)[] = [];

  private static typeOf(parser: ParseEnglish, code: number): SentenceContent['type'] {
    let type = EnglishParser.types[code];
    if (type === undefined) {
      type = ParseEnglish.prototype.tokenize.call(parser, String.fromCharCode(code))[0].type;
      EnglishParser.types[code] = type;
    }
    return type;
  }

  constructor() {
    super();
    this.tokenizeParagraphPlugins = this.tokenizeParagraphPlugins.filter((plugin) => !readsLineBreaks(plugin));
  }

  override tokenize(value?: string | null): SentenceContent[] {
    const children: SentenceContent[] = [];
    if (!value) return children;
    let from = 0;
    let previousType: SentenceContent['type'] | undefined;
    let previous = -1;
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index);
      const currentType = EnglishParser.typeOf(this, code);
      if (from < index && previousType && !(previousType === currentType && (previousType === 'WordNode' || previousType === 'WhiteSpaceNode' || code === previous || (code >= 0xd800 && code <= 0xdfff)))) {
        children.push(nodeOf(previousType, value.slice(from, index)));
        from = index;
      }
      previousType = currentType;
      previous = code;
    }
    if (previousType && from < value.length) children.push(nodeOf(previousType, value.slice(from)));
    return children;
  }
}

function nodeOf(type: SentenceContent['type'], text: string): SentenceContent {
  return type === 'WordNode' ? { type: 'WordNode', children: [{ type: 'TextNode', value: text }] } : ({ type, value: text } as SentenceContent);
}

/**
 * parse-latin's breakImplicitSentences, known by what it does (it is not exported): of the paragraph
 * plugins, the one that splits a sentence at white space holding two line breaks.
 */
function readsLineBreaks(plugin: (paragraph: Paragraph) => void): boolean {
  const word = (value: string): SentenceContent => ({ type: 'WordNode', children: [{ type: 'TextNode', value }] });
  const probe: Paragraph = { type: 'ParagraphNode', children: [{ type: 'SentenceNode', children: [word('a'), { type: 'WhiteSpaceNode', value: '\n\n' }, word('b')] }] };
  plugin(probe);
  return probe.children.length > 1;
}

/** Length of a node's text: its value, or its children's. */
function lengthOf(node: { value?: string; children?: readonly unknown[] }): number {
  if (node.value !== undefined) return node.value.length;
  let length = 0;
  for (const child of node.children ?? []) length += lengthOf(child as { value?: string; children?: readonly unknown[] });
  return length;
}

const parser = new EnglishParser();

/** Abbreviations that parse-english ends a sentence after when a number or lower-case word follows. */
const ABBREVIATIONS = new Set(['fig', 'figs', 'no', 'nos', 'vol', 'approx', 'ca', 'cf', 'vs', 'p', 'pp', 'ref', 'refs', 'eq', 'al', 'etc', 'e.g', 'i.e', 'dr', 'prof', 'st', 'mr', 'mrs', 'ms']);

/** A block's sentence nodes in order, with where each starts and ends (parallel arrays: no object per node). */
type Tokens = { nodes: SentenceContent[]; starts: number[]; ends: number[] };

/** The sentences of `text` and their tokens, each with its offsets (counted from the nodes' text). */
function tokensOf(text: string): { tokens: Tokens; spans: { start: number; end: number }[] } {
  // Soft line breaks inside one block are spaces to a reader; parse-english would start a new paragraph.
  const root = parser.parse(text.replace(/[\r\n]/g, ' '));
  const tokens: Tokens = { nodes: [], starts: [], ends: [] };
  const spans: { start: number; end: number }[] = [];
  let offset = 0;
  for (const paragraph of root.children) {
    if (paragraph.type !== 'ParagraphNode') {
      offset += lengthOf(paragraph);
      continue;
    }
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') {
        offset += lengthOf(sentence);
        continue;
      }
      const start = offset;
      for (const node of sentence.children) {
        tokens.nodes.push(node);
        tokens.starts.push(offset);
        offset += lengthOf(node);
        tokens.ends.push(offset);
      }
      if (offset > start) spans.push({ start, end: offset });
    }
  }
  return { tokens, spans };
}

/** Splits prose into sentences; each keeps its nlcst tokens. */
export function splitSentences(text: string): SentenceSpan[] {
  if (!text.trim()) return [];
  const { tokens, spans } = tokensOf(text);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    if (previous) {
      // A leading citation goes back to the sentence before it. (Text is sliced only where a rule can apply.)
      const lead = text.charCodeAt(span.start) === 0x5b /* [ */ ? leadingCitation(text.slice(span.start, span.end)) : 0;
      if (lead > 0 && !/\S/.test(text.slice(previous.end, span.start))) {
        previous.end = span.start + lead;
        const rest = text.slice(span.start + lead, span.end);
        const restStart = span.start + lead + (rest.length - rest.trimStart().length);
        if (restStart < span.end) merged.push({ start: restStart, end: span.end });
        continue;
      }
      if (/[\d(a-z]/.test(text.charAt(span.start)) && continuesAfterAbbreviation(text.slice(previous.start, previous.end))) {
        previous.end = span.end;
        continue;
      }
    }
    merged.push({ start: span.start, end: span.end });
  }
  let t = 0;
  const { nodes, starts: nodeStarts, ends } = tokens;
  return merged.map(({ start, end }) => {
    while (t < nodes.length && nodeStarts[t] < start) t++;
    const from = t;
    while (t < nodes.length && ends[t] <= end) t++;
    const children = nodes.slice(from, t);
    return { start, end, starts: nodeStarts.slice(from, t), nlcst: { type: 'SentenceNode', children, position: { start: pointAt(text, start), end: pointAt(text, end) } } };
  });
}

function leadingCitation(sentence: string): number {
  const pattern = citationGroupPattern();
  const m = pattern.exec(sentence);
  return m && m.index === 0 ? m[0].length : 0;
}

/** Whether `previous` ends with an abbreviation that does not end a sentence before a number or lower-case word. */
function continuesAfterAbbreviation(previous: string): boolean {
  const m = /([A-Za-z.]+)\.$/.exec(previous);
  return Boolean(m && ABBREVIATIONS.has(m[1].toLowerCase()));
}

/** A point for nlcst positions: line 1 (a block of prose), offset and column from the text. */
function pointAt(_text: string, offset: number) {
  return { line: 1, column: offset + 1, offset };
}

