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

const parser = new ParseEnglish();

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

