/**
 * testimonial-marked (CAP 3.45–3.47). What counts as a patient story:
 *  - a quotation in the first person ("I could walk again", “my knee…”);
 *  - a patient introduced as a source: "one of our patients", "a patient of ours", "our patient said",
 *    "patient stories", "in her own words";
 *  - a named person reporting an experience: "Mrs Smith said…", "John, 64, …";
 *  - a first-person account of the treatment: "my injection", "my knee".
 * Outside a <Testimonial> element each is an error. Inside one, the story may not generalise
 * beyond the person's own experience ("it works for everyone", "you will", "proven").
 */
import type { ParsedPage, ProseUnit } from '../parse';
import type { RawFinding } from '../types';
import { findAll, isQuestion } from '../language';

/** A first-person account; in a question, or a list of questions to ask, it is the reader speaking. */
const FIRST_PERSON_ACCOUNT = /\b[Mm]y (?:injection|treatment|procedure|knee|knees|hip|hips|pain|arthritis|recovery|joint|shoulder)\b/;

export const STORY_PATTERNS: RegExp[] = [
  // (A quoted question, "will I still need surgery?", asks; it tells no one's story.)
  /["“](?=[^"”]*\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|My|me|mine)\b)(?![^"”]*\?["”])[^"”]{8,}["”]/,
  /\bone of our patients\b/i,
  /\ba (?:former )?patient of ours\b/i,
  /\b(?:our|a|one) patient,?\s+(?:[A-Z][a-z]+,?\s+)?(?:said|says|told us|tells us|wrote|writes|explains|explained|describes|described)\b/i,
  /\bpatient (?:stor(?:y|ies)|testimonials?|reviews?)\b/i,
  /\bin (?:his|her|their) own words\b/i,
  /\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+[A-Z][a-z]+\b[^.!?]{0,60}?\b(?:said|says|told|tells|wrote|writes|explains|explained|describes|described|reports|reported|felt|feels|found)\b/,
  /\b[A-Z][a-z]+,\s*(?:aged\s*)?\d{2},\s/,
  FIRST_PERSON_ACCOUNT,
];

export const OVERCLAIM_PATTERNS: RegExp[] = [
  /\b(?:everyone|everybody|anyone|all patients|every patient)\b/i,
  /\byou(?:'ll|’ll| will)\b/i,
  /\bit (?:will|works|worked) for (?:you|all)\b/i,
  /\b(?:proven|guaranteed|scientifically shown)\b/i,
  /\b(?:the best|the only) (?:treatment|option|answer)\b/i,
  /\bshould (?:all )?(?:try|have) (?:it|this)\b/i,
  /\b\d+\s?%/,
];

/** Markers that name a patient outright; the others could also be a clinician speaking. */
const PATIENT_NAMED = /\b(?:one of our patients|a (?:former )?patient of ours|patient (?:stor|testimonial|review))/i;
/** A quote or "Mr Patel explains…" from a clinician is expert comment, not a patient story. */
const CLINICIAN_SPEAKING = /\b(?:Dr|Prof|Professor|doctor|surgeon|consultant|clinician|physiotherapist|nurse|radiologist|researchers?)\b/i;

const ABOUT_MARKING = /\bmarked (?:as )?testimonials?\b|\btestimonials? (?:are|is) marked\b/i;
/** Stories in general ("a patient story can be encouraging, but…", "patient reviews are often…"): what they are, not one of them. */
const STORIES_IN_GENERAL = /\b(?:a|any|one|such|these|those) patient (?:stor(?:y|ies)|testimonials?|reviews?)\b|\bpatient (?:stor(?:y|ies)|testimonials?|reviews?) (?:can|may|might|could|cannot|can't|can’t|do not|don't|don’t|does not|rarely|often|seldom|tend|are not|is not|aren't|isn't)\b/i;
/** Stories told elsewhere ("patient stories on other sites rarely mention…"): talk about stories in general, not one told here. */
const STORIES_ELSEWHERE = /\b(?:other|another|some|many) (?:[a-z-]+ )?(?:sites?|websites?|clinics?|providers?|companies|adverts?)\b|\bonline\b|\bsocial media\b|\badverts?\b|\bmarketing\b/i;

/** The first story marker of each sentence in the unit. */
function findStories(page: ParsedPage, unit: ProseUnit) {
  const stories: { index: number; match: string }[] = [];
  for (const sentence of page.sentences) {
    if (sentence.unit !== unit) continue;
    // Saying where stories are kept ("patient stories sit inside marked testimonials") tells none.
    if (ABOUT_MARKING.test(sentence.text)) continue;
    const readerAsking = isQuestion(sentence.text) || /\b(?:ask|asks|asking|questions?)\b/i.test(sentence.text);
    const patterns = readerAsking ? STORY_PATTERNS.filter((p) => p !== FIRST_PERSON_ACCOUNT) : STORY_PATTERNS;
    const m = findAll(sentence.text, patterns)[0];
    if (m && !PATIENT_NAMED.test(m.match) && CLINICIAN_SPEAKING.test(sentence.text)) continue;
    if (m && /^patient /i.test(m.match) && (STORIES_ELSEWHERE.test(sentence.text) || STORIES_IN_GENERAL.test(sentence.text))) continue;
    if (m) stories.push({ match: m.match, index: sentence.start + m.index });
  }
  return stories;
}

function firstMatch(unit: ProseUnit, patterns: RegExp[]) {
  return findAll(unit.prose.text, patterns)[0];
}

export function checkTestimonials(page: ParsedPage): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const unit of page.units) {
    // A heading such as "Patient stories" introduces testimonials; it is not one.
    if (unit.kind === 'heading') continue;
    if (!unit.inTestimonial) {
      for (const story of findStories(page, unit)) {
        findings.push({
          ruleId: 'testimonial-marked',
          message: `"${clip(story.match)}" reads as a patient story but is not inside <Testimonial>`,
          ...unit.prose.positionOf(story.index),
        });
      }
      continue;
    }
    const overclaim = firstMatch(unit, OVERCLAIM_PATTERNS);
    if (overclaim) {
      findings.push({
        ruleId: 'testimonial-marked',
        message: `testimonial says "${clip(overclaim.match)}", which claims more than the person's own experience`,
        ...unit.prose.positionOf(overclaim.index),
      });
    }
  }
  return findings;
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
