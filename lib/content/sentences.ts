/**
 * Sentences and words of a block of prose, from the retext ecosystem's English parser
 * (parse-english, nlcst). Two adjustments keep sentences where a writer means them:
 * - a citation written after the full stop (`… 59%. [@lee2019] Next …`) belongs to the sentence it
 *   cites, not to the next one;
 * - an abbreviation parse-english does not know ("Fig. 2", "approx. 12", "No. 3") does not end a
 *   sentence when a number or a lower-case word follows.
 */
import { ParseEnglish } from 'parse-english';
import type { Sentence as NlcstSentence, SentenceContent } from 'nlcst';
import { citationGroupPattern } from './citations';

export type SentenceSpan = {
  /** Index of the first character in the text. */
  start: number;
  /** Index after the last character. */
  end: number;
  /** The sentence as nlcst (words, punctuation, white space), positions relative to the text. */
  nlcst: NlcstSentence;
};

/**
 * parse-english as it is, with parse-latin's tokenizer (the loop that cuts a text into words,
 * white space, punctuation and symbols, 7.0.0) written out again with one change: the class of
 * each character is looked up by its code, once, instead of testing the character against up to
 * three regular expressions at every position. The class comes from parse-latin itself (its own
 * tokenizer run on that one character), and the nodes are built as parse-latin builds them, so
 * the tree is the same; sentences.test.ts compares the two on the site's text.
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

  override tokenize(value?: string | null): SentenceContent[] {
    const children: SentenceContent[] = [];
    if (!value) return children;
    const currentPoint = { line: 1, column: 1, offset: 0 };
    let from = 0;
    let index = 0;
    let start = { ...currentPoint };
    let previousType: SentenceContent['type'] | undefined;
    let previous: string | undefined;
    const createNode = (type: SentenceContent['type'], text: string): SentenceContent =>
      type === 'WordNode'
        ? { type: 'WordNode', children: [{ type: 'TextNode', value: text, position: { start, end: { ...currentPoint } } }], position: { start, end: { ...currentPoint } } }
        : ({ type, value: text, position: { start, end: { ...currentPoint } } } as SentenceContent);
    while (index < value.length) {
      const code = value.charCodeAt(index);
      const current = value.charAt(index);
      const currentType = EnglishParser.typeOf(this, code);
      if (
        from < index &&
        previousType &&
        !(previousType === currentType && (previousType === 'WordNode' || previousType === 'WhiteSpaceNode' || current === previous || (code >= 0xd800 && code <= 0xdfff)))
      ) {
        children.push(createNode(previousType, value.slice(from, index)));
        from = index;
        start = { ...currentPoint };
      }
      if (current === '\r' || (current === '\n' && previous !== '\r')) {
        currentPoint.line++;
        currentPoint.column = 1;
      } else if (current !== '\n') {
        currentPoint.column++;
      }
      currentPoint.offset++;
      previousType = currentType;
      previous = current;
      index++;
    }
    if (previousType && from < index) children.push(createNode(previousType, value.slice(from, index)));
    return children;
  }
}

const parser = new EnglishParser();

/** Abbreviations that parse-english ends a sentence after when a number or lower-case word follows. */
const ABBREVIATIONS = new Set(['fig', 'figs', 'no', 'nos', 'vol', 'approx', 'ca', 'cf', 'vs', 'p', 'pp', 'ref', 'refs', 'eq', 'al', 'etc', 'e.g', 'i.e', 'dr', 'prof', 'st', 'mr', 'mrs', 'ms']);

type Token = SentenceContent & { position: { start: { offset: number }; end: { offset: number } } };

function tokensOf(text: string): { tokens: Token[]; spans: { start: number; end: number }[] } {
  // Soft line breaks inside one block are spaces to a reader; parse-english would start a new paragraph.
  const root = parser.parse(text.replace(/[\r\n]/g, ' '));
  const tokens: Token[] = [];
  const spans: { start: number; end: number }[] = [];
  for (const paragraph of root.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode' || !sentence.position) continue;
      spans.push({ start: sentence.position.start.offset!, end: sentence.position.end.offset! });
      tokens.push(...(sentence.children as Token[]));
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
      const between = text.slice(previous.end, span.start);
      const own = text.slice(span.start, span.end);
      // A leading citation goes back to the sentence before it.
      const lead = leadingCitation(own);
      if (lead > 0 && !/\S/.test(between)) {
        previous.end = span.start + lead;
        const rest = own.slice(lead);
        const restStart = span.start + lead + (rest.length - rest.trimStart().length);
        if (restStart < span.end) merged.push({ start: restStart, end: span.end });
        continue;
      }
      if (continuesAfterAbbreviation(text.slice(previous.start, previous.end), own)) {
        previous.end = span.end;
        continue;
      }
    }
    merged.push({ ...span });
  }
  let t = 0;
  return merged.map(({ start, end }) => {
    while (t < tokens.length && tokens[t].position.start.offset < start) t++;
    const children: SentenceContent[] = [];
    while (t < tokens.length && tokens[t].position.end.offset <= end) children.push(tokens[t++]);
    return { start, end, nlcst: { type: 'SentenceNode', children, position: { start: pointAt(text, start), end: pointAt(text, end) } } };
  });
}

function leadingCitation(sentence: string): number {
  const pattern = citationGroupPattern();
  const m = pattern.exec(sentence);
  return m && m.index === 0 ? m[0].length : 0;
}

function continuesAfterAbbreviation(previous: string, next: string): boolean {
  if (!/^[\d(a-z]/.test(next)) return false;
  const m = /([A-Za-z.]+)\.$/.exec(previous);
  return Boolean(m && ABBREVIATIONS.has(m[1].toLowerCase()));
}

/** A point for nlcst positions: line 1 (a block of prose), offset and column from the text. */
function pointAt(_text: string, offset: number) {
  return { line: 1, column: offset + 1, offset };
}

