/**
 * Readability (NHS plain-English guidance): Flesch reading ease and Flesch–Kincaid grade per page,
 * computed with wooorm's flesch, flesch-kincaid and syllable packages over the body prose
 * (paragraphs and list items; headings, tables, code and citations are left out).
 */
import { flesch } from 'flesch';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type { ParsedPage, Sentence } from '../parse';
import type { RawFinding, ReadabilityStats } from '../types';
import { words } from '../text';

export const MAX_GRADE = 10;
/** Below this many words the grade swings too much to warn about. */
export const MIN_WORDS_FOR_WARNING = 60;

const CITATION = /\[@[^\]]*\]/g;

/** Pages repeat their words; counting each distinct word once keeps a 500-page run fast. */
const syllableCache = new Map<string, number>();
function syllables(word: string): number {
  const key = word.toLowerCase();
  let n = syllableCache.get(key);
  if (n === undefined) {
    n = /^\d/.test(key) ? 1 : syllable(key);
    if (syllableCache.size < 50_000) syllableCache.set(key, n);
  }
  return n;
}

function counts(sentences: readonly Sentence[]) {
  let wordCount = 0;
  let syllableCount = 0;
  for (const s of sentences) {
    for (const word of words(s.text.replace(CITATION, ' '))) {
      wordCount++;
      syllableCount += syllables(word);
    }
  }
  return { sentence: sentences.length, word: wordCount, syllable: syllableCount };
}

function readableSentences(page: ParsedPage): Sentence[] {
  return page.sentences.filter((s) => (s.unit.kind === 'paragraph' || s.unit.kind === 'list-item') && words(s.text).length > 0);
}

export function readabilityOf(page: ParsedPage): ReadabilityStats | null {
  const sentences = readableSentences(page);
  const c = counts(sentences);
  if (c.word === 0 || c.sentence === 0) return null;
  return {
    words: c.word,
    sentences: c.sentence,
    syllables: c.syllable,
    readingEase: round(flesch(c)),
    grade: round(fleschKincaid(c)),
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

export function checkReadability(page: ParsedPage, stats: ReadabilityStats | null): RawFinding[] {
  if (!stats || page.type === 'Author' || stats.words < MIN_WORDS_FOR_WARNING || stats.grade <= MAX_GRADE) return [];
  // Point the writer at the hardest sentence: the best place to start.
  let hardest: { sentence: Sentence; grade: number } | null = null;
  for (const sentence of readableSentences(page)) {
    const c = counts([sentence]);
    if (c.word < 8) continue;
    const grade = fleschKincaid(c);
    if (!hardest || grade > hardest.grade) hardest = { sentence, grade };
  }
  const at = hardest ? hardest.sentence.unit.prose.positionOf(hardest.sentence.start) : page.bodyStart;
  return [
    {
      ruleId: 'readability',
      message: `page reads at grade ${stats.grade} (Flesch reading ease ${stats.readingEase}); aim for grade ${MAX_GRADE} or below. Hardest sentence (grade ${hardest ? round(hardest.grade) : '?'}) starts here`,
      ...at,
    },
  ];
}
