/**
 * Readability (NHS plain-English guidance): Flesch reading ease and Flesch–Kincaid grade per page,
 * computed by the content pipeline with wooorm's flesch, flesch-kincaid and syllable packages over
 * the body prose (paragraphs and list items; headings, tables, code and citations are left out).
 */
import { fleschKincaid } from 'flesch-kincaid';
import type { ParsedPage, Sentence } from '../parse';
import type { RawFinding, ReadabilityStats } from '../types';
import { readableSentences, readingCounts, round } from '../../content/pipeline';

export const MAX_GRADE = 10;
/** Below this many words the grade swings too much to warn about. */
export const MIN_WORDS_FOR_WARNING = 60;

/** The page's reading level, from the content pipeline (the same figures the site is built with). */
export function readabilityOf(page: ParsedPage): ReadabilityStats | null {
  return page.analysis.readingLevel;
}

export function checkReadability(page: ParsedPage, stats: ReadabilityStats | null): RawFinding[] {
  if (!stats || page.type === 'Author' || stats.words < MIN_WORDS_FOR_WARNING || stats.grade <= MAX_GRADE) return [];
  // Point the writer at the hardest sentence: the best place to start.
  let hardest: { sentence: Sentence; grade: number } | null = null;
  for (const sentence of readableSentences(page.sentences)) {
    const c = readingCounts([sentence]);
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
