/**
 * uncited-statistic: a figure about outcomes or evidence (percentages, "N patients", "N studies",
 * fold changes, "N times more", "1 in 5", success rates) needs a citation in the same sentence.
 * Durations, doses, ages, years and prices are not statistics and are not matched.
 */
import { CITABLE_KINDS, type ParsedPage, type Sentence } from '../parse';
import type { RawFinding } from '../types';
import { findAll, hasCitation, isDisarmed } from '../language';

const NUMBER_WORD =
  '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?';
const NUMBER = `(?:\\d[\\d,]*(?:\\.\\d+)?|${NUMBER_WORD}|hundreds|thousands|millions|dozens|several hundred|several thousand)`;
const COUNTED = '(?:patients|people|persons|participants|subjects|adults|individuals|studies|trials|reviews|knees|hips|joints|shoulders|cases|volunteers|men|women)';

export const STATISTIC_PATTERNS: RegExp[] = [
  /\b\d+(?:\.\d+)?\s?(?:%|per ?cent\b|percent\b)/i,
  new RegExp(`\\b${NUMBER}\\s+(?:(?:of|more|fewer|other|randomi[sz]ed|controlled|clinical|published|previous|our|treated|consecutive|(?!(?:months?|weeks?|years?|days?|hours?|minutes?|in|at|for|with|and|to|per|the|a|an|from|after|before|on|by|or|who|that|which|were|was|had|have)\\b)[a-z]+(?:-[a-z]+)?)\\s+){0,2}${COUNTED}\\b`, 'i'),
  /\b\d+(?:\.\d+)?[- ]?fold\b/i,
  new RegExp(`\\b(?:\\d+(?:\\.\\d+)?|two|three|four|five|ten|twice|thrice)\\s+(?:times\\s+)?(?:more|less|fewer|higher|lower|better|greater|as (?:likely|effective|much))\\b`, 'i'),
  new RegExp(`\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine)\\s+(?:in|out of)\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred|100)\\b`, 'i'),
  /\b(?:success|cure|response|satisfaction|improvement|failure|complication)\s+rates?\b/i,
];

/** The sentence describes the page itself ("this guide looks at two reviews"), not the evidence. */
const SELF_REFERENCE = /\b(?:this|our) (?:guide|article|page)\b|\bexplained\b|\bbelow\b/i;
const COUNT_OF_SOURCES = /\b(?:studies|trials|reviews)$/i;

/** Words that make "N times more" a dosing instruction rather than a comparison. */
const NOT_A_COMPARISON = /\b(?:a day|a week|daily|per day)\b/i;

export function checkStatisticSentence(sentence: Sentence): RawFinding[] {
  const citable = CITABLE_KINDS.has(sentence.unit.kind);
  if (citable && hasCitation(sentence.text)) return [];
  const findings: RawFinding[] = [];
  for (const m of findAll(sentence.text, STATISTIC_PATTERNS)) {
    if (/\brates?$/i.test(m.match) && isDisarmed(sentence.text, m.index, m.end)) continue;
    if (/times/i.test(m.match) && NOT_A_COMPARISON.test(sentence.text)) continue;
    if (COUNT_OF_SOURCES.test(m.match) && SELF_REFERENCE.test(sentence.text)) continue;
    const where =
      sentence.unit.kind === 'front-matter'
        ? ` in front matter field "${sentence.unit.field}", which cannot hold a citation`
        : sentence.unit.kind === 'attribute'
          ? ` in ${sentence.unit.field}, which cannot hold a citation`
          : ' without a citation in the same sentence';
    findings.push({
      ruleId: 'uncited-statistic',
      message: `"${m.match.replace(/\s+/g, ' ')}" is a statistic${where}`,
      ...sentence.unit.prose.positionOf(sentence.start + m.index),
    });
  }
  return findings;
}

export function checkStatistics(page: ParsedPage): RawFinding[] {
  return page.sentences.flatMap(checkStatisticSentence);
}
