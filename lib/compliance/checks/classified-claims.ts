/**
 * Statistics, phrase and model claims, and the claims classifier, sentence by sentence: the
 * classifier (claims/classifier.ts) only adds a class whose own rules said nothing about the
 * sentence, so a claim the rules catch is reported once, in the rule's words.
 */
import type { ParsedPage } from '../parse';
import type { RawFinding } from '../types';
import { classifySentence, committedModel, type ClassifiedClaim } from '../claims/classifier';
import { checkClaimSentence } from './claims';
import { checkStatisticSentence } from './statistics';
import { CLASS_RULES } from '../claims/evaluate';

/**
 * The same sentence scores the same every time (boilerplate repeats across pages; watch mode
 * re-checks). One map per context, keyed by the text itself: no key string to build and hash per sentence.
 */
const cache = { prose: new Map<string, ClassifiedClaim[]>(), testimonial: new Map<string, ClassifiedClaim[]>() };
const CACHE_LIMIT = 50_000;

function classified(text: string, inTestimonial: boolean): ClassifiedClaim[] {
  const remembered = inTestimonial ? cache.testimonial : cache.prose;
  let claims = remembered.get(text);
  if (!claims) {
    if (cache.prose.size + cache.testimonial.size >= CACHE_LIMIT) {
      cache.prose.clear();
      cache.testimonial.clear();
    }
    claims = classifySentence(committedModel(), text, inTestimonial);
    remembered.set(text, claims);
  }
  return claims;
}

export function checkClassifiedClaims(page: ParsedPage, found: readonly RawFinding[][]): RawFinding[] {
  return page.sentences.flatMap((sentence, i) => {
    const reported = new Set(found[i].map((f) => f.ruleId));
    return classified(sentence.text, sentence.unit.inTestimonial)
      .filter((claim) => !CLASS_RULES[claim.claimClass].some((id) => reported.has(id)))
      .map((claim) => ({ ruleId: claim.ruleId, message: claim.message, ...sentence.unit.prose.positionOf(sentence.start + claim.index) }));
  });
}

/** Every claims finding of a page: statistics, then phrase and model claims, then the classifier's. */
export function checkAllClaims(page: ParsedPage): RawFinding[] {
  const statistics = page.sentences.map((s) => checkStatisticSentence(s));
  const claims = page.sentences.map((s, i) => checkClaimSentence(s, page.sentences[i - 1], {}));
  const classified = checkClassifiedClaims(page, page.sentences.map((_, i) => [...statistics[i], ...claims[i]]));
  return [...statistics.flat(), ...claims.flat(), ...classified];
}
