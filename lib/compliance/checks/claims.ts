/**
 * Prohibited and risky claims (claims-rules.md): phrases matched in their sentence, ignored when
 * negated, hedged, reported or asked as a question. Claims inside a <Testimonial> are still
 * claims: the advertiser is responsible for them (CAP 3.45).
 */
import type { CheckedSentence, ParsedPage } from '../parse';
import type { RawFinding } from '../types';
import { findAll, hasCitation, isDisarmed, isQuestion } from '../language';
import { analyseSentence } from '../claims/model';
import { unionOf } from '../pattern-union';
import { CITED_POPULATION_FINDING, DOUBTING_ANSWER, REGULATORY_FACTS, SUPERVISED } from '../claims/lexicon';

export type PhraseRule = {
  id: string;
  patterns: RegExp[];
  message: (phrase: string) => string;
  /** The sentence must also match this (e.g. an outcome word) for the phrase to be a claim. */
  requires?: RegExp;
  /** The sentence is about something else when it matches this. */
  exempt?: RegExp;
  /** Reported speech and open questions disarm the phrase (default true). */
  hedges?: boolean;
  extraHedge?: RegExp;
  /** A citation in the same sentence makes the statement acceptable (comparisons). */
  citationAllows?: boolean;
};

/** Words that make a frequency about treatment outcomes ("all patients improve"), not process ("all patients get a written summary"). */
export const OUTCOME =
  /\b(?:improv\w*|respond\w*|response|benefit\w*|better|relief|reliev\w*|recover\w*|success\w*|works?|worked|pain[- ]free|satisf\w*|heal\w*|effective|get back|back to|see results|(?:good|great|excellent|positive|lasting|long-term) results)\b/i;

const TREATMENT_TERMS =
  /\b(?:stem[- ]cells?|cells?|injections?|lipogems|bmac|mfat|prp|platelet[- ]rich|micro-?fragmented|fat|adipose|bone marrow|treatments?|therap(?:y|ies)|procedures?|products?|it|this|our|we)\b/i;

const w = String.raw;
// Not "replace": a joint replacement replaces cartilage, which is no promise of regrowth.
const CARTILAGE_VERB = w`(?:re-?grow(?:s|n|ing)?|regrew|rebuil(?:d|ds|t|ding)|regenerat(?:e|es|ed|ing)|restor(?:e|es|ed|ing)|repair(?:s|ed|ing)?|renew(?:s|ed|ing)?)`;
const CARTILAGE_OBJECT = w`(?:(?:the|your|damaged|lost|worn|worn-out|new|missing|healthy|knee|hip|joint|articular|some)\s+){0,3}cartilage`;

export const PHRASE_RULES: PhraseRule[] = [
  {
    id: 'no-cure-claim',
    patterns: [
      /\bcur(?:e|es|ed|ing|ative)\b/i,
      /\brevers(?:e|es|ed|ing|al of)\s+(?:the\s+|your\s+)?(?:(?:damage|progression|signs)\s+(?:of|from)\s+)?(?:osteo)?arthritis\b/i,
      /\brevers(?:e|es|ed|ing)\s+(?:the\s+|your\s+)?(?:joint\s+)?(?:damage|degeneration|wear and tear|ageing|aging)\b/i,
      /\bheal(?:s|ed|ing)?\s+(?:the\s+|your\s+)?(?:osteo)?arthritis\b/i,
      /\b(?:eliminat|eradicat|get(?:s|ting)? rid of)\w*\s+(?:the\s+|your\s+)?(?:osteo)?arthritis\b/i,
    ],
    // "Cure" of bacon, or a surgeon's "curette", is not at issue; medical uses are.
    exempt: /\bcured (?:meat|ham|bacon)\b/i,
    message: (p) => `"${p}" presents the treatment as curing or reversing the condition`,
  },
  {
    id: 'no-guarantee',
    patterns: [
      /\bguarantee(?:s|d|ing)?\b/i,
      /\b100\s?(?:%|per ?cent)\s+(?:effective|success(?:ful)?|results?|guaranteed|satisfaction|of (?:patients|people))\b/i,
      /\bpermanent(?:ly)?\s+(?:relief|results?|cure|fix|solution|improvement|benefits?|pain relief)\b/i,
      /\b(?:lifelong|life-long)\s+(?:relief|results?|benefits?)\b/i,
      /\bresults?\s+(?:that\s+)?last(?:s)?\s+forever\b/i,
      /\bworks?\s+for\s+(?:everyone|everybody|all patients|every patient|all)\b/i,
      /\b(?:we|i)\s+(?:can\s+)?promise\b/i,
      /\bpromis(?:e|es|ed)\s+(?:you\s+)?(?:results?|relief|recovery|improvement|success)\b/i,
      /\bsure to (?:work|help|improve)\b/i,
    ],
    // "The only thing I can promise is that…" limits the promise to what follows.
    // …nor a promise of how we treat people ("we can promise you a supportive team and proper training").
    exempt: /\bthe only (?:thing|promise)s? (?:\S+ ){0,2}(?:can|will|could) (?:promise|guarantee)\b|\b(?:we|i)\s+(?:can\s+)?promise(?: you)?(?: \S+){0,3} (?:team|training|welcome|answers?|repl(?:y|ies)|explanations?|information|support|honesty|respect|privacy|time to|chat|callback|call back|cup of tea)\b/i,
    message: (p) => `"${p}" promises a result that cannot be guaranteed`,
  },
  {
    id: 'no-risk-free',
    patterns: [
      /\bno\s+(?:known\s+)?(?:risks?|side[- ]effects?|complications?|downsides?)\b/i,
      /\brisk[- ]free\b/i,
      /\bside[- ]effect[- ]free\b/i,
      /\bzero\s+risk\b/i,
      /\b(?:completely|totally|entirely|perfectly|absolutely|100\s?%|100 per ?cent)\s+(?:safe|harmless|risk[- ]free)\b/i,
      /\bwithout\s+(?:any\s+)?(?:risks?|side[- ]effects?|complications?)\b/i,
      /\b(?:completely|totally|entirely|perfectly|absolutely)\s+harmless\b/i,
    ],
    message: (p) => `"${p}" denies the real risks of the procedure`,
  },
  {
    id: 'no-hype',
    patterns: [
      /\bmiracle(?:s)?\b/i,
      /\bmiraculous(?:ly)?\b/i,
      /\bbreakthrough(?:s)?\b/i,
      /\brevolution(?:ary|ise|ises|ised|ize|izes|ized)\b/i,
      /\bgame[- ]chang(?:er|ers|ing)\b/i,
      /\b(?:amazing|incredible|astonishing|remarkable|spectacular|dramatic)\s+(?:results?|outcomes?|recover(?:y|ies)|improvements?)\b/i,
      /\bground-?breaking\b/i,
      /\blife[- ]changing\b/i,
      /\bwonder (?:cure|treatment|drug)\b/i,
    ],
    message: (p) => `"${p}" is promotional hype`,
  },
  {
    id: 'false-approval',
    patterns: [
      // Agency names are matched case-sensitively: "NICE" the institute, not "a nice result".
      /\b(?:FDA|MHRA|NICE|EMA)[- ](?:[Aa]pproved|[Cc]leared|[Ll]icensed|[Rr]ecommended|[Ee]ndorsed|[Aa]uthori[sz]ed)\b/,
      /\b(?:[Aa]pproved|[Cc]leared|[Ll]icensed|[Rr]ecommended|[Ee]ndorsed|[Aa]uthori[sz]ed)\s+(?:by|with)\s+(?:the\s+)?(?:FDA|MHRA|NICE|EMA|Food and Drug Administration|Medicines and Healthcare products Regulatory Agency)\b/,
      /\b(?:FDA|MHRA|NICE)\s+(?:has|have)\s+(?:approved|cleared|licensed|recommended|endorsed)\b/,
      /\blicensed\s+(?:treatments?|therap(?:y|ies)|medicines?|products?|stem[- ]cell)/i,
      /\b(?:treatments?|therap(?:y|ies)|injections?|procedures?|products?)\s+(?:is|are)\s+(?:fully\s+)?(?:licensed|approved)\b/i,
    ],
    requires: TREATMENT_TERMS,
    // The FDA's own consumer alert: what it has approved are cord-blood cells and one product for GvHD.
    exempt: REGULATORY_FACTS,
    message: (p) => `"${p}" states an approval or licence these treatments do not have`,
  },
  {
    id: 'cartilage-promise',
    patterns: [
      new RegExp(w`\b${CARTILAGE_VERB}\s+${CARTILAGE_OBJECT}\b`, 'i'),
      /\b(?:grows?|grew|growing)\s+(?:back\s+)?(?:new\s+)?cartilage\b/i,
      /\bcartilage\s+(?:re-?growth|regeneration|renewal|regrows|regenerates|grows back|growing back)\b/i,
      new RegExp(w`\bcartilage\s+(?:will|can|does|did|to|may|should|could)\s+(?:appear\s+to\s+|seem\s+to\s+|start\s+to\s+|begin\s+to\s+)?(?:re-?grow|regenerate|grow back|rebuild|repair itself|be restored)\b`, 'i'),
      /\bnew cartilage\b/i,
    ],
    // Cartilage surgery (microfracture, cell transplants) does repair cartilage; describing it is no promise.
    exempt: /\b(?:microfracture|chondrocyte|mosaicplasty|osteochondral|cartilage transplant\w*)\b/i,
    extraHedge: /\b(?:surgery|surgical|operations?|surgeons?)\b/i,
    message: (p) => `"${p}" offers cartilage regrowth as a result, which trials have not shown reliably`,
  },
  {
    id: 'absolute-frequency',
    patterns: [
      /\balmost always\b/i,
      /\bvirtually (?:all|every\w*|always)\b/i,
      /\bnearly (?:all|every\w*|always)\b/i,
      /\bpractically (?:all|every\w*|always)\b/i,
      /\bevery (?:single )?(?:patient|person|one of our patients|case)\b/i,
      /\ball (?:of )?(?:our )?(?:patients|people treated)\b/i,
      /\beveryone (?:we treat|improves|benefits|responds|gets better)\b/i,
      /\bnever fails?\b/i,
      /\balways works?\b/i,
      /\bwithout exception\b/i,
    ],
    requires: OUTCOME,
    message: (p) => `"${p}" is an absolute claim about how often the treatment works`,
  },
  {
    id: 'discourage-essential-treatment',
    patterns: [
      /\bavoid(?:s|ed|ing)?\s+(?:the need for\s+)?(?:a\s+|an\s+|the\s+|your\s+)?(?:knee\s+|hip\s+|joint\s+|total\s+)*(?:replacement|surgery|operation)s?\b/i,
      /\bno (?:more )?need (?:for|of)\s+(?:a\s+|an\s+)?(?:knee\s+|hip\s+|joint\s+)?(?:replacement|surgery|operation)s?\b/i,
      /\binstead of\s+(?:a\s+|an\s+)?(?:knee\s+|hip\s+|joint\s+)?(?:replacement|surgery|operation)s?\b/i,
      /\b(?:never|won['’]t|will not)\s+need\s+(?:a\s+|an\s+)?(?:knee\s+|hip\s+|joint\s+)?(?:replacement|surgery|operation)s?\b/i,
      /\balternative to\s+(?:a\s+)?(?:knee\s+|hip\s+|joint\s+)?(?:replacement|surgery|operation)s?\b/i,
      /\bstop(?:s|ping)?\s+(?:taking\s+)?(?:your\s+)?(?:medication|medicines|painkillers)\b/i,
    ],
    // A change left to the patient's clinician, or a warning against stopping suddenly, is advice.
    // …and a cited finding about people in general is what a study found.
    exempt: new RegExp(String.raw`${SUPERVISED.source}|\b(?:suddenly|abruptly)\b|${CITED_POPULATION_FINDING.source}`, 'i'),
    // The phrase itself can contain the negation ("never need"), so only the clause before counts.
    extraHedge: /\b(?:delay|postpone|put off|choose|chose|prefer|preferred|ask(?:s|ed)? you to|tell(?:s)? you to|clinician|doctor|surgeon|GP|nurse)\b/i,
    message: (p) => `"${p}" may discourage treatment a patient needs`,
  },
  {
    id: 'unfair-comparison',
    patterns: [
      /\b(?:safer|better|more effective|superior|less risky|longer[- ]lasting|more successful)\s+(?:than|to)\s+(?:\w+\s+){0,3}?(?:surgery|surgical|operations?|replacements?|arthroplasty|PRP|platelet[- ]rich plasma|steroids?|cortisone|corticosteroids?|hyaluronic acid|hyaluronan|physiotherapy|physio|painkillers|NSAIDs|injections?)\b/i,
      /\b(?:outperforms?|outperformed|beats?)\s+(?:\w+\s+){0,3}?(?:surgery|PRP|steroids?|cortisone|hyaluronic acid|physiotherapy)\b/i,
      // The comparative with its noun between ("superior outcomes to standard physiotherapy"), or after "compared with" the other care
      // ("compared with keyhole surgery, our injection is the smarter, superior option").
      /\b(?:safer|better|more effective|superior|less risky|longer[- ]lasting|more successful)\s+(?:outcomes?|results?|relief|recovery|option|choice|treatment|alternative)(?:\s+(?:with|from|at)\s+(?:us|our\s+\w+))?\s+(?:than|to)\s+(?:\w+\s+){0,5}?(?:surgery|surgical|operations?|replacements?|arthroplasty|PRP|platelet[- ]rich plasma|steroids?|cortisone|corticosteroids?|hyaluronic acid|hyaluronan|physiotherapy|physio|painkillers|NSAIDs)\b/i,
      /\b(?:compared (?:with|to)|versus|against|unlike)\s+(?:\w+\s+){0,3}?(?:surgery|operations?|replacements?|arthroplasty|steroids?|cortisone|hyaluronic acid|physiotherapy|physio|painkillers)\b[^.;]{0,60}\b(?:our|ours|we|this|lipogems|prp|bmac|cells?|injections?)\b[^.;]{0,40}\b(?:superior|better|safer|smarter|more effective|kinder|wiser)\b/i,
    ],
    citationAllows: true,
    // Other care said to do better than injections ("a joint replacement works better than any injection") is no claim for ours.
    exempt: /\b(?:surgery|replacements?|operations?|arthroplasty|steroids?|cortisone|physiotherapy|physio|exercise|weight loss)\b[^.,;:]{0,40}\b(?:better|safer|more effective|superior|longer[- ]lasting|more successful) (?:than|to) (?:\w+ ){0,2}(?:injections?|PRP|cells?|ours|our)\b/i,
    message: (p) => `"${p}" compares with another treatment without a cited head-to-head study`,
  },
];

/**
 * One test per rule before its patterns are tried one by one: the union of its patterns, case
 * ignored, matches whenever any of them would (a superset), so skipping a rule it rejects changes
 * nothing. Most sentences match no rule at all and cost one test (ANY_PHRASE).
 */
const RULE_PREFILTER = new Map(PHRASE_RULES.map((rule) => [rule, unionOf(rule.patterns, 'i')]));
const ANY_PHRASE = unionOf(PHRASE_RULES.flatMap((rule) => rule.patterns), 'i');

type ClaimCheckOptions = { prefilter?: boolean };

export function checkPhraseRule(rule: PhraseRule, sentence: CheckedSentence, options: ClaimCheckOptions = {}): RawFinding[] {
  const { text } = sentence;
  if (options.prefilter !== false && !RULE_PREFILTER.get(rule)!.test(text)) return [];
  if (isQuestion(text)) return [];
  // A bare answer ("Almost always.") takes its subject from the question before it.
  const bareAnswer = text.split(/\s+/).length <= 4;
  if (rule.requires && !rule.requires.test(text) && !bareAnswer) return [];
  if (rule.exempt && rule.exempt.test(text)) return [];
  if (rule.citationAllows && hasCitation(text)) return [];
  const findings: RawFinding[] = [];
  for (const m of findAll(text, rule.patterns)) {
    // A phrase that itself starts with a negation ("no need for", "never need") judges only what comes before.
    if (isDisarmed(text, m.index, m.end, { hedges: rule.hedges, extraHedge: rule.extraHedge })) continue;
    findings.push({
      ruleId: rule.id,
      message: rule.message(m.match.replace(/\s+/g, ' ')),
      ...sentence.unit.prose.positionOf(sentence.start + m.index),
    });
  }
  return findings;
}

/**
 * An answer that makes the question's claim ours: "Ours.", "Us, of course", "Our specialists say
 * yes, without hesitation", "Absolutely." after "Which clinic is best…?" or "Is it the best…?".
 */
/** A question whether anyone or anywhere is better (answered by a doubt, DOUBTING_ANSWER); the model decides whether the better one is ours. */
const BETTER_ELSEWHERE = /\b(?:is|are) there (?:a|an|any|anyone|anybody|anywhere|anything)\b[^?]*\b(?:better|finer|safer|more [a-z-]+|[a-z]{3,}er)\b/i;

const AFFIRMING_ANSWER = /^\W*(?:(?:hands down|easily|simply|no contest|no question|by a mile|by far),? )?(?:ours|us|(?:this one|this clinic|this place|this team|right here)(?=\W*$|[.!,;])|look no further|you(?:['’]ve| have) (?:just |already )?found (?:it|us|them)|you(?:['’]re| are) (?:looking at|reading about|reading|hearing about|listening to) (?:it|us|them)|we (?:are|do|can|would)|our (?:clinic|team|centre|center|practice)|(?:our|the) (?:\S+ ){0,2}(?:say|says|said) yes|absolutely|definitely|without (?:a )?(?:doubt|question|hesitation)|yes,? (?:absolutely|definitely|without (?:a )?(?:doubt|question|hesitation)))\b(?! not\b)/i;

/** An answer that drops or escapes what the question named, by a pronoun: "Come off it and book in with us instead", "…the way to escape it". */
const PRONOUN_DROPPED = /\b(?:come off|get off|cancel|skip|ditch|drop|forget|bin|scrap|stop|quit|give up|put off|say no to|turn down|tear up|escape|avoid|dodge|swerve|sidestep|bypass)\b(?: \S+){0,2}? (?:it|them|that|those)\b/i;

/** A question the sentence answers, and whether the answer affirms it as ours (AFFIRMING_ANSWER). */
type Lead = { text: string; affirmed: boolean };

/**
 * The claims model's findings for one sentence (mergeClaimFindings drops those of rules a phrase
 * rule already reported there). `lead` is a headline question the sentence answers ("Surgery?"
 * before "Not any more."): the model reads the two together, and a claim is reported where the
 * answer starts at the earliest. A claim wholly inside the question was judged with the question
 * itself, unless the answer affirms it.
 */
function checkModelClaims(sentence: CheckedSentence, lead?: Lead, options: ClaimCheckOptions = {}): RawFinding[] {
  const shift = lead === undefined ? 0 : lead.text.length + 1;
  const text = lead === undefined ? sentence.text : `${lead.text} ${sentence.text}`;
  const analysis = analyseSentence(text, { inTestimonial: sentence.unit.inTestimonial, prefilter: options.prefilter });
  return analysis.claims
    .filter((claim) => lead?.affirmed || claim.index + claim.words.length > shift)
    .map((claim) => ({ ruleId: claim.ruleId, message: claim.message, ...sentence.unit.prose.positionOf(sentence.start + Math.max(0, claim.index - shift)) }));
}

/**
 * A question that the next sentence answers: short, as a headline ("Surgery?", "The operation you
 * were dreading?"), or of any length when the answer affirms it as ours.
 */
function headlineQuestion(previous: CheckedSentence | undefined, sentence: CheckedSentence): Lead | undefined {
  if (!previous || previous.unit !== sentence.unit || !isQuestion(previous.text)) return undefined;
  const text = previous.text.trim();
  // Doubting that anyone does better affirms that nobody does: "Is there a better clinic anywhere? We doubt it."
  const affirmed = AFFIRMING_ANSWER.test(sentence.text) || (DOUBTING_ANSWER.test(sentence.text) && BETTER_ELSEWHERE.test(text));
  // An answer marked "A:" answers the question before it, however long ("Q: Should I still see my GP…? A: Not once…"),
  // and so does one that drops "it" or "them" ("Already on the NHS waiting list for a new hip? Come off it…").
  return text.split(/\s+/).length <= 8 || affirmed || /^\W*a\s*:/i.test(sentence.text) || PRONOUN_DROPPED.test(sentence.text) ? { text, affirmed } : undefined;
}

/** The phrase rules' findings in one sentence. */
export function checkPhraseClaims(sentence: CheckedSentence, options: ClaimCheckOptions = {}): RawFinding[] {
  return options.prefilter === false || ANY_PHRASE.test(sentence.text) ? PHRASE_RULES.flatMap((rule) => checkPhraseRule(rule, sentence, options)) : [];
}

/** The claims model's findings in one sentence (read with a headline question before it), before the phrase rules' findings rule some out. */
export function checkModelSentence(sentence: CheckedSentence, previous: CheckedSentence | undefined, options: ClaimCheckOptions = {}): RawFinding[] {
  return checkModelClaims(sentence, headlineQuestion(previous, sentence), options);
}

/** A sentence's phrase findings, then the model's findings of rules no phrase rule reported there. */
export function mergeClaimFindings(phrases: readonly RawFinding[], model: readonly RawFinding[]): RawFinding[] {
  const reported = new Set(phrases.map((f) => f.ruleId));
  return [...phrases, ...model.filter((f) => !reported.has(f.ruleId))];
}

function checkClaimSentence(sentence: CheckedSentence, previous: CheckedSentence | undefined, options: ClaimCheckOptions): RawFinding[] {
  return mergeClaimFindings(checkPhraseClaims(sentence, options), checkModelSentence(sentence, previous, options));
}

/** `prefilter: false` tries every rule on every sentence and tags each one (for the test that the prefilters change nothing). */
export function checkClaims(page: ParsedPage, options: ClaimCheckOptions = {}): RawFinding[] {
  return page.sentences.flatMap((sentence, i) => checkClaimSentence(sentence, page.sentences[i - 1], options));
}
