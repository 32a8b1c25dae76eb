/**
 * Where extracted prose sits in its source file: offsets to line/column, and characters of text
 * as the MDX parser delivered it (escapes, list indentation and entities removed) back to the
 * raw file, so every finding lands on the writer's line and column.
 */

/** 1-based, as editors and terminals count. */
export type SourcePosition = { line: number; column: number };

/** Converts 0-based offsets in `source` to 1-based line/column. */
export function lineIndex(source: string): (offset: number) => SourcePosition {
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
    private readonly toPosition: (offset: number) => SourcePosition,
  ) {
    let text = '';
    for (const piece of pieces) {
      this.pieces.push({ at: text.length, piece });
      text += piece.text;
    }
    this.text = text;
  }

  /** Offset in the source file of character `index` of the text. */
  offsetOf(index: number): number {
    let chosen = this.pieces[0];
    for (const entry of this.pieces) {
      if (entry.at <= index) chosen = entry;
      else break;
    }
    if (!chosen) return 0;
    const { piece } = chosen;
    return alignOffset(piece.text, this.source, piece.sourceStart, piece.sourceEnd, index - chosen.at);
  }

  positionOf(index: number): SourcePosition {
    return this.pieces.length ? this.toPosition(this.offsetOf(index)) : { line: 1, column: 1 };
  }
}
