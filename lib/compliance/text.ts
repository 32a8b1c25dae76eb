/**
 * Text utilities: mapping offsets in the raw file to line/column, mapping characters of extracted
 * prose back to the raw file, and splitting prose into sentences.
 */
import type { Position } from './types';

/** Converts 0-based offsets in `source` to 1-based line/column. */
export function lineIndex(source: string): (offset: number) => Position {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}

/**
 * Maps index `i` of `value` (text as the parser delivered it) to an offset in `source` between
 * `start` and `end`. The parser drops list indentation, escapes and entity syntax, so the two can
 * differ; a greedy alignment finds the same character in the source, and falls back to `start`.
 */
export function alignOffset(value: string, source: string, start: number, end: number, i: number): number {
  if (source.slice(start, end) === value) return start + Math.min(i, value.length);
  let k = start;
  for (let j = 0; j < i && j < value.length; j++) {
    const found = source.indexOf(value[j], k);
    if (found === -1 || found >= end) return start;
    k = found + 1;
  }
  // Skip source characters the parser removed (indentation, backslashes) before the target.
  if (i < value.length) {
    const found = source.indexOf(value[i], k);
    if (found !== -1 && found < end) return found;
  }
  return k;
}

/** A run of extracted text whose characters come from one place in the source. */
export type Piece = { text: string; sourceStart: number; sourceEnd: number };

/**
 * Extracted prose (a paragraph, list item, heading, table row, JSX attribute or front-matter
 * string) that can report where any of its characters is in the source file.
 */
export class ProseText {
  readonly text: string;
  private readonly pieces: { at: number; piece: Piece }[] = [];

  constructor(
    pieces: Piece[],
    private readonly source: string,
    private readonly toPosition: (offset: number) => Position,
  ) {
    let text = '';
    for (const piece of pieces) {
      this.pieces.push({ at: text.length, piece });
      text += piece.text;
    }
    this.text = text;
  }

  positionOf(index: number): Position {
    let chosen = this.pieces[0];
    for (const entry of this.pieces) {
      if (entry.at <= index) chosen = entry;
      else break;
    }
    if (!chosen) return { line: 1, column: 1 };
    const { piece } = chosen;
    const offset = alignOffset(piece.text, this.source, piece.sourceStart, piece.sourceEnd, index - chosen.at);
    return this.toPosition(offset);
  }
}

const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'al', 'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'vs', 'approx', 'fig', 'no', 'cf', 'etc', 'vol', 'ca', 'jr', 'sr',
]);

/** Sentence end: punctuation, closing quotes/brackets, and a citation written after the full stop. */
const SENTENCE_END = /[.!?]+["'”’)\]]*(?:\s*\[@[^\]]*\])?(?=\s|$)/g;

export type SentenceSpan = { start: number; end: number };

/** Splits prose into sentences, keeping abbreviations (e.g., et al., Dr.) inside their sentence. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const index = m.index ?? 0;
    const end = index + m[0].length;
    const before = text.slice(start, index);
    const lastWord = /([A-Za-z.]+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
    if (m[0].startsWith('.') && (ABBREVIATIONS.has(lastWord) || /^[a-z]$/i.test(lastWord))) continue;
    const rest = text.slice(end).trimStart();
    // A lower-case continuation ("approx. two") is not a new sentence.
    if (rest && /^[a-z]/.test(rest)) continue;
    if (text.slice(start, end).trim()) spans.push(trimSpan(text, start, end));
    start = end;
  }
  if (text.slice(start).trim()) spans.push(trimSpan(text, start, text.length));
  return spans;
}

function trimSpan(text: string, start: number, end: number): SentenceSpan {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Words for readability counts: letters (with inner apostrophes/hyphens) and numbers. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}
