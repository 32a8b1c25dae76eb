/**
 * The claims lexicons: per class of claim, what fires. `lemma` patterns run over the sentence's
 * lemma text (lower case, base forms: "be regrow by", "fda-approve", "patient tell us"), so one entry
 * covers every inflection and the passive; `surface` patterns run over the written text where the
 * exact form matters (prices, "£500 off", hyphenated offers).
 *
 * What disarms a match (negation, reported speech, a question, a citation with a hedge) is decided
 * in model.ts from the flags below, the same for every class.
 */
import { escapeLiteral } from '../required-text';
import type { TaggedSentence } from './tagger';

export type ClaimClass =
  | 'effect-overclaim'
  | 'regulatory-status'
  | 'pressure-selling'
  | 'testimonial-endorsement'
  | 'risk-denial'
  | 'discouraging-care'
  | 'uncited-quantity'
  | 'unverifiable-superlative'
  | 'unhedged-effect';

export const CLAIM_CLASSES: readonly ClaimClass[] = [
  'effect-overclaim',
  'regulatory-status',
  'pressure-selling',
  'testimonial-endorsement',
  'risk-denial',
  'discouraging-care',
  'uncited-quantity',
  'unverifiable-superlative',
  'unhedged-effect',
];

export type ModelRule = {
  id: string;
  claimClass: ClaimClass;
  /**
   * A cheap test on the written text: a sentence that does not match it cannot match the rule, so
   * the rule is skipped, and a sentence no rule's trigger matches is never tagged.
   */
  trigger: RegExp;
  lemma?: RegExp[];
  surface?: RegExp[];
  /** A structural cue read from the tags (part of speech and form), where no word list can say it. */
  tokens?: (tagged: TaggedSentence) => { index: number; end: number } | undefined;
  /**
   * What the written text must hold for any of `lemma` to match (its lemmas' written forms,
   * `formsOf`): with the trigger, the gate that decides whether the sentence is tagged (model.ts
   * `mayMatch`). Without it the lemma patterns are always tried once the trigger passes.
   */
  lemmaNeeds?: RegExp;
  /** What the written text must hold for `tokens` to find anything (same use; without it, always tried). */
  tokensNeeds?: RegExp;
  /** What the written text must hold for `requires` to match the lemma text or the written text. */
  requiresNeeds?: RegExp;
  /** What the writer reads: the matched words go in `%s`. */
  message: string;
  /**
   * The sentence must be about our treatment, the clinic or cells ("topic"), and its grammatical
   * subject must not be another treatment (surgery, steroids, exercise…).
   */
  needsTopic?: boolean;
  /**
   * Written text that makes the sentence this rule's topic even without a word of TOPIC: a
   * superlative that praises a service ("the finest knee care in Europe") speaks for the clinic.
   */
  topicAlso?: RegExp;
  /** Lemma text must also match this (e.g. a kind of care for "no longer need"). */
  requires?: RegExp;
  /** Lemma text matching this is about something else (a true regulatory fact, a dosing step…). */
  exempt?: RegExp;
  /** A citation in the same sentence is enough (comparisons and figures need a source). */
  citationAllows?: boolean;
  /** A citation together with evidence-certainty wording is enough (repair and cure-like effects). */
  citedAndHedgedAllows?: boolean;
  /**
   * Evidence-certainty wording alone is enough: the rule is about effects stated as certain fact,
   * and a hedged summary line (front matter cannot cite) is not that.
   */
  hedgeAllows?: boolean;
  /**
   * A predicate ("be best", "are finest") that praises the sentence's subject: when the lemma text
   * has it, the subject before the verb must be ours ("Trainers are best for the walk home" is not).
   */
  ownSubjectFor?: RegExp;
  /** Words that disarm this rule only when they come before the match in its clause. */
  extraHedge?: RegExp;
  /** The claim itself is a negation ("no risk", "no longer need surgery"), so a "not" inside the match does not disarm it. */
  negationIsTheClaim?: boolean;
  /** A sentence whose subject is other care (surgery, steroids…) is not about ours: a comparison there favours that care. */
  notAboutOtherCare?: boolean;
  /** Checked inside <Testimonial> too (default true; personal experience there is the point). */
  inTestimonial?: boolean;
};

/** Our treatments, the clinic and cells: what a claim must be about to be ours. */
export const TOPIC =
  /\b(?:injection|inject|stem cell|stem-cell|cell|lipogems|mfat|bmac|prp|platelet-rich|fat|adipose|adipose-derive|bone marrow|marrow|microfragmented|micro-fragmented|therapy|treatment|procedure|growth factor|regenerative|orthobiologic|we|our|us|ours|clinic|it|this|specialist|consultant|team|centre|center|provider|practitioner)\b|\b(?:care|treatment|service|team|staff|result|outcome)s?(?: (?:you|patients|people) (?:get|receive|find|meet|see))? here\b|\btheir (?:result|outcome|care|service|surgeon|specialist|nurse|procedure)s?\b|\bthe practice\b(?! of\b)|\bthe group(?:'s|['’]s| continue| remain| offer| provide| lead| stand| today| confirm| announce| welcome| invite| now)\b/;

/** Other care: a sentence whose subject is one of these is not about our treatment. */
export const OTHER_CARE =
  /\b(?:surgery|surgical|operation|replacement|arthroplasty|physiotherapy|physio|exercise|weight|steroid|cortisone|corticosteroid|painkiller|paracetamol|nsaid|hyaluronic|saline|microfracture|placebo|brace|walking aid)\b/;

/** Evidence-certainty wording (Cochrane/GRADE style): the statement is offered as uncertain. */
export const CERTAINTY_HEDGE =
  /\b(?:may|might|could|possibly|possible|perhaps|suggest|suggests|suggested|appear|appears|seem|seems|tend|tends|some (?:patients|people|participants)|in (?:one|a|an|two|the only|the one|a single|its only|the largest|the biggest|the longest|the first|the latest|the most recent) (?:(?:small|pilot|comparison|comparative|uncontrolled|observational|randomi[sz]ed|controlled|placebo-controlled|sham-controlled|double-blind|blinded|published|independent|knee|hip|shoulder|recent|early|short|uk|\d{4}|[a-z]+(?:an|ese|ish|ic))\s){0,3}(?:trial|study|review|cohort|comparison|analysis|meta-analysis|audit|case series)|small (?:trial|study|studies)|low[- ]certainty|low[- ]quality|very low|limited evidence|uncertain|according to|reported|found|thought to|believed to|likely|unlikely|the idea is|in theory|designed to|meant to|intended to|aims? to|aimed at)\b/i;

/**
 * A change of care left to the patient's own clinician ("but only with your GP's agreement",
 * "if your doctor agrees"): advice, not discouragement. Read by the rules (lemma text and written
 * text) and by the classifier's gate.
 */
export const SUPERVISED =
  /\b(?:is|be) a (?:decision|choice|matter) for (?:you and )?(?:the |your )?(?:gp|doctor|surgeon|clinician|prescriber|consultant|physio|physiotherapist|pharmacist)\b|\b(?:with|after|on|under) (?:the |your )?(?:gp|doctor|surgeon|clinician|prescriber|consultant|physio|physiotherapist|pharmacist)(?:['’]s| 's)? (?:agreement|advice|approval|say-so|supervision|guidance|blessing|agree)\b|\b(?:if|unless|once|when) (?:the |your )?(?:gp|doctor|surgeon|clinician|prescriber|consultant|physio|physiotherapist|pharmacist)(?: (?:who|that) (?:prescribed|prescribe|recommended|recommend|referred|refer|treats|treat|look after|looks after) (?:it|them|you|this|that))? (?:agree|agrees|says so|advise|advises|recommend|recommends)\b|\b(?:be|is|are|remains?) (?:a matter for |for |up to )?(?:the |your )?(?:gp|doctor|surgeon|clinician|prescriber|consultant)(?:['’]s| 's)? (?:decision|call|choice|to decide)\b|\b(?:be|is|are) up to (?:the |your )?(?:gp|doctor|surgeon|clinician|prescriber|consultant)\b|\b(?:decision|choice|call)s? (?:to (?:make|take) )?(?:with|for|by) (?:the |your )?(?:gp|doctor|surgeon|clinician|prescriber|consultant|physio|physiotherapist|pharmacist)\b/;

/**
 * A cited finding about people in general, neither addressed to the reader nor about our treatment
 * ("the majority of people with mild arthritis never need a joint replacement [@nice2022]"): what
 * a study found, not advice to give up care.
 */
export const CITED_POPULATION_FINDING =
  /^(?=.*\[@)(?=.*\b(?:people|adults)\b)(?!.*\b(?:you|your|yours|we|our|us|injections?|cells?|lipogems|prp|bmac|fat|marrow|clinic)\b)/i;

/** Care a patient may need: what "no longer need", "skip", "cancel" must be about. */
const CARE = String.raw`(?:(?<![-a-z])op(?![-a-z])|surgery|surgeon|scalpel|operation|prescription|waiting list|anti-inflammator|nsaid|ibuprofen|opioid|wait(?:ing)? list|operating theat(?:re|er)|operate theat(?:re|er)|theat(?:re|er)|knife|replacement|arthroplasty|new (?:hip|knee|joint|part)|painkiller|pain management|general practitioner|nhs list|hospital list|surgical list|medication|medicine|tablet|pill|physiotherapy|physio|steroid|consultant|gp|co-codamol|codeine|tramadol|naproxen|diclofenac|morphine|pain clinic|drug|methotrexate|dmard|biologic|disease-modifying|hydroxychloroquine|sulfasalazine|prednisolone|insulin|blood[- ]thin(?:ner)?s?\b|anticoagulant|warfarin|statin|exercise programme|exercise program|rehabilitation programme|knee brace|arthroscop|keyhole|meniscectomy|surgical|operating table|cortisone|rehab|brace|analges|rheumatolog|pre-op|exercise therap|hydrotherap|prosthes|orthop(?:a)?edic (?:follow-up|follow up|review|appointment|referral|assessment|clinic|department|outpatient)|specialist follow-up|hospital (?:follow-ups?|follow-up appointments?|check-ups?|appointments?)|outpatient (?:follow-ups?|follow-up appointments?|check-ups?|appointments?)|follow-up(?: appointment)?(?:s)? (?:with|at) (?:the|your) (?:hospital|surgeon|consultant|orthopaedic|orthopedic))`;

/** Ways of dropping care, as lemmas: what "say no to", "bin", "come off" take as object. */
const DROP_CARE = String.raw`drop (?:your|their|my|all)|stand down|discontinue|(?:steer|keep|stay)(?: \S+){0,2} (?:well )?away from|put down|set down|lay down|throw (?:\S+ )?out|chuck|toss|an end to|say (?:ta-ra|tara|cheerio|bye|bye-bye|so long|adios|ciao|au revoir) to|save (?:yourself|yourselves|themselves|you|your (?:knee|hip|joint|shoulder|body))(?: from)?|keep (?:you|them|patient|people|your (?:knee|hip|joint)) off|call off|(?:do not|never|no need to) bother with|tear up|quit|abandon|walk away from|say no to|say goodbye to|goodbye to|farewell to|skip|forget(?: about)?|cancel|ditch|bin|throw away|escape|the end of|give up|cut out|come off|get off|wean(?: \S+)? off|take(?: \S+)? off|steer clear of|spare(?: \S+)?|do without|replace(?! by\b)|turn down|reject|dodge|sidestep|swerve|opt out of|pass on|take the place of|in place of|stand in for|take over from|step in for|substitute for|(?:exit|escape)(?: ticket| route| plan| hatch| door)? (?:from|out of)|(?:way|ticket|route) out of|swap|trade in|exchange|step off|jump off|break free (?:from|of)|(?<!(?:knee|hip|joint|shoulder|ankle|elbow) )(?:replacement|substitute) for`;

const SYMPTOM = String.raw`(?:pain|ache|elbow|stiffness|swell|swelling|inflammation|mobility|function|movement|motion|heal|healing|repair|progression|wear|sleep|quality of life|tendon|ligament|joint|knee|hip|shoulder|cartilage|friction|recovery|walking|walk|stair|arthritis|osteoarthritis|symptom|range)`;

/** The products the FDA has approved (cord-blood cells, remestemcel-L for GvHD): stating that is a fact, not a claim for ours. */
// …and an approval said in so many words not to be for joints ("…for children with a complication of bone marrow transplants, not for any joint condition").
export const REGULATORY_FACTS = /\b(?:approved|licensed|cleared|authori[sz]ed|recommended|endorsed) (?:no|none of|not one|neither)\b|\bcord[- ]blood\b|\bblood-forming\b|\bgraft-versus-host\b|\bryoncil\b|\bremestemcel|\bnot (?:(?:for|in|to treat) )?(?:any |a |the |your )?(?:joint|knee|hip|shoulder|orthopaedic|orthopedic|musculoskeletal|arthritis|osteoarthritis|cartilage|tendon|sport)|\b(?:steroid|cortisone|exercise|physiotherapy|weight loss|painkillers?)\b[^.]{0,40}\b(?:which |that )?(?:nice|the nhs) (?:notes?|says?|states?|recommends?|advises?)\b|\b(?:nice|the nhs) (?:notes?|says?|states?) (?:that )?(?:steroid|cortisone|exercise|physiotherapy|weight loss|painkillers?)/i;

/** A body's advice about other care ("the NHS recommends losing weight", "NICE recommends exercise first", "weight loss… is one of the treatments NICE recommends"): true, and not about ours. */
const RECOMMENDED_OTHER_CARE = String.raw`\b(?:nice|nhs|guideline|guidance)s? (?:recommend|advise|suggest)\b[^.]{0,60}\bbe (?:a |an )?(?:topical|exercise|physio|weight|paracetamol|anti-inflammator|nsaid|painkiller|gel|cream|education)|\b(?:recommend|advise|suggest)\b(?: (?:that|you|patient|people|try|trying|regular|gentle|some|a|an|the|first|lose|losing|topical|therapeutic|structured|supervised|daily|local|muscle)){0,3} (?:anti-inflammator|nsaid|gel|cream|lose weight|weight loss|lose|exercise|physiotherapy|physio|painkiller|paracetamol|surgery|replacement|walk|walking|strengthen|strengthening|activity|education|self-care|weight)\b|\b(?:lose weight|weight loss|weight|exercise|physiotherapy|physio|painkiller|paracetamol|walking|strengthening|activity|education|self-care)\b(?: \S+){0,10} (?:nice|nhs|guideline|guidance)s? (?:recommend|advise|suggest)\b`;

/** True statements about approval in lemma text: the FDA's approvals, that ours are unapproved, that such products need a licence. */
const REGULATORY_FACTS_LEMMA = new RegExp(
  String.raw`${REGULATORY_FACTS.source}|\b(?:unapproved|unlicensed|unproven)\b|\b(?:need|require|seek|apply for|without)\b(?: \S+){0,4} (?:license|approval|authorisation|authorization)\b|\bonly (?:\S+ ){0,2}(?:under|with|within|in) (?:a |an )?(?:licen[cs]e|approval|authori[sz]ation|authori[sz]e(?:d)? trial|clinical trial|trial)\b|\bwarn\b|${RECOMMENDED_OTHER_CARE}`,
  'i',
);

/**
 * A question that answers itself about the clinic: "Is there a better place to have your knee
 * treated?", "Where else will you find…?". It claims as much as the statement would, so it is
 * read as one.
 */
/**
 * A question that doubts the reader needs something ("Do you really still need that knee operation
 * you've been booked in for?"): it asserts that they may not, so the rules read it as a statement.
 */
/** An answer that doubts what its question asked after: "We very much doubt it", "Not that we know of". */
const DOUBTING_WORDS = String.raw`(?:(?:we|i) (?:very much |rather |seriously |strongly |really |honestly )?doubt (?:it|that)|(?:we|i) (?:honestly |really |genuinely |truly |simply )?(?:don['’]t|do not) (?:think|believe) so|not that (?:we|i) (?:know|are aware|am aware) of|(?:we|i)(?:['’]ve| have) (?:yet to|never) (?:find|found|see|seen|meet|met) (?:one|it|them|any)|(?:we|i) (?:honestly |really |genuinely |simply )?(?:don['’]t|do not) (?:think|believe) (?:one|such a (?:thing|way|clinic|treatment)|there is one|there['’]s one|it) (?:exists?|is out there))\b`;
export const DOUBTING_ANSWER = new RegExp(String.raw`^\W*${DOUBTING_WORDS}`, 'i');
export const DOUBTING_QUESTION = /^\W*(?:do|does) (?:you|i|we|they|he|she|your \S+) (?:really|honestly|truly|actually) (?:still )?need\b/i;

/**
 * A "than" in a question that names something other than ours ("Is there a better treatment than a
 * new joint…?", "a better time to ice the knee than…"): the question asks, it does not boast. Ours is
 * us, our treatment by name ("than with your own fat") or a leading clinic ("than the country's
 * foremost regenerative clinic").
 */
const THAN_NOT_OURS = String.raw`(?![^?]*\bthan\b(?! (?:with |using |by )?(?:us|ours|our|we|this|your own|(?:stem )?cells?|prp|lipogems|platelets?|fat|marrow|micro-fragmented)\b| (?:\S+ ){0,3}(?:foremost|leading|premier|best|finest|top|number one)\b))`;

export const RHETORICAL = new RegExp(
  String.raw`^\W*(?:what|why|how come) (?:makes?|made|keeps?) (?:us|our (?:[a-z-]+ )?(?:clinic|team|centre|center|service|care|treatment|injections?|specialists?|clinicians?|surgeons?|kit|device|system|product|technique|method|fat|prp|lipogems|bmac|cells?|programme|program|procedure)) (?:the |so )?(?:very )?(?:best|top|finest|leading|premier|foremost|number[- ]one|go-to|first choice|market leader|clear leader|leader|most (?!(?:common|likely|suitable)\b)[a-z-]+|(?!(?:hon|mod|inter|earn|dig|requ|sugg|inv|prot)est\b)[a-z]{3,}est|better|superior|unrivalled|unmatched|outstanding|exceptional|elite|world[- ]class)\b|^\W*(?:is there|could there be|can you find|will you find|would you find) ${THAN_NOT_OURS}(?:a |an |any )?(?:better|finer|safer|more [a-z-]+|[a-z]+er) (?:[a-z-]+ )?(?:place|clinic|team|centre|center|provider|hands|choice|surgeon|doctor|specialist|consultant|service|practice|treatment|option)\b|^\W*(?:is|are|does|do|can|could|will|would) (?:any|another) (?:other )?(?:[a-z-]+ )?(?:clinic|team|provider|centre|center|practice|specialist|service|surgeon)s?\b[^?]{0,60}\b(?:more (?!affordable|expensive|costly|convenient|local|central)[a-z-]+|better|finer|safer|faster|as [a-z-]+ as (?:ours|us|we|our)\b)\b|^\W*(?:where|who) else\b[^?]*\b(?:find|get|offer|match|say|claim|boast)\b|^\W*(?:are you |still )?(?:looking|searching|hunting|shopping around) for (?:the |a )?(?:very )?(?:best|top|finest|leading|premier|foremost|most [a-z-]+|[a-z]{3,}est)(?:[- ][a-z-]+)? (?:[a-z-]+ ){0,2}(?:clinics?|specialists?|surgeons?|doctors?|consultants?|team|care|treatment|provider|centre|center|hands|experts?|injections?|therapy)\b`,
  'i',
);

/** Comparatives that describe rather than praise: "our clinic is smaller than a hospital". */
const NEUTRAL_COMPARATIVES = new Set(['smaller', 'larger', 'bigger', 'older', 'newer', 'younger', 'closer', 'nearer', 'further', 'farther', 'later', 'earlier', 'quieter', 'busier']);

/** Other providers by kind: a comparison of ours with them needs a head-to-head source. */
const PROVIDERS = /^(?:clinics?|hospitals?|providers?|centres?|centers?|practices?|competitors?|rivals?|surgeons?|specialists?)$/;

/** Qualities of a treatment's effect: "more effective", "more powerful" (not "more invasive", "more expensive"). */
const EFFICACY = /^(?:effective|powerful|potent|successful|reliable|durable|lasting|long-lasting|predictable|regenerative)$/;

/** A treatment by its noun, ours or other care (as lemmas). */
const TREATMENT_NOUN = /^(?:cell|cells|injection|jab|shot|lipogems|prp|fat|marrow|bmac|concentrate|graft|treatment|therapy|procedure|option)$/;

/** Words ending in -er that compare nothing ("other", "never", "proper"). */
const NOT_COMPARATIVE = new Set(['other', 'never', 'ever', 'however', 'over', 'under', 'after', 'rather', 'together', 'whether', 'either', 'neither', 'proper', 'clever', 'eager', 'bitter', 'tender', 'sober', 'former', 'inner', 'outer', 'upper', 'utter', 'super', 'silver', 'sheer', 'meager', 'meagre', 'somber', 'sombre', 'later']);
/** A written comparative by its -er ending, words of NOT_COMPARATIVE excepted ("other", "never", "either"). */
const WRITTEN_ER_COMPARATIVE = String.raw`(?!(?:${[...NOT_COMPARATIVE].join('|')})\b)[a-z]{3,}er`;

/**
 * A comparative by its written form: an adjective or adverb in -er. The tagger lemmatises common
 * ones ("higher" → high) and leaves rarer ones as written ("sooner", "faster"), so the lemma is no
 * test; ordinary -er words are.
 */
function comparativeForm(t: TaggedSentence['tokens'][number]): boolean {
  return (t.pos === 'ADJ' || t.pos === 'ADV') && /[a-z]{2}(?:er|ier)$/.test(t.lower) && (t.lemma !== t.lower || !NOT_COMPARATIVE.has(t.lower));
}

/** Who a comparison must be with to be one with the whole field. */
const WHOLE_FIELD = /^(?:any|other|others|anyone|anybody|anything|anywhere|elsewhere|everyone|everybody|traditional|conventional|usual|rest|competition|competitors?|rivals?)$/;

/**
 * A comparative by its form, then "than" and the whole field: "to a higher standard than any
 * competitor", "quicker than traditional care". The tagger's lemma drops the comparative ("high"),
 * so the written form is read: longer than its lemma, or better/more/less/superior.
 */
function fieldComparison(tagged: TaggedSentence): { index: number; end: number } | undefined {
  const tokens = tagged.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // "More precise than…", "more patients choose us than…" compare; "gained more than others" is an amount.
    // "Less invasive than surgery", "less expensive than…" describe the procedure, which no one disputes.
    const quality = /^(?:more|less)$/.test(t.lower) && tokens[i + 1] !== undefined && tokens[i + 1].lower !== 'than' && !/^(?:invasive|expensive|costly)$/.test(tokens[i + 1].lower);
    // A headline's opening word is often tagged as a name ("Faster recovery than…"): its form decides.
    const opening = tokens.slice(0, i).every((u) => u.pos === 'PUNCT' || u.pos === 'ADV');
    const openingComparative = opening && t.pos === 'PROPN' && /[a-z]{2}(?:er|ier)$/.test(t.lower) && !NOT_COMPARATIVE.has(t.lower);
    const comparative = /^(?:better|superior)$/.test(t.lower) || quality || comparativeForm(t) || openingComparative;
    if (!comparative) continue;
    const than = tokens.slice(i + 1, i + 7).findIndex((u) => u.lower === 'than');
    if (than === -1) continue;
    // The compared-with ends at the clause: "quicker than after surgery, but everyone is different".
    const rest = tokens.slice(i + 2 + than, i + 7 + than);
    const clauseEnd = rest.findIndex((u) => u.pos === 'PUNCT' || u.pos === 'CCONJ' || u.pos === 'SCONJ');
    const after = clauseEnd === -1 ? rest : rest.slice(0, clauseEnd);
    // "More than 500 other patients" is a count, not a comparison.
    if (/^\d/.test(after[0]?.lower ?? '')) continue;
    const field = after.findIndex((u) => WHOLE_FIELD.test(u.lower));
    if (field !== -1) return { index: t.start, end: after[field].end };
    // Ours against other providers, named by kind: "our outcomes are better than those of the big London clinics".
    // A headline that opens on the comparative ("Better outcomes than keyhole surgery") speaks for the page: ours.
    const ours = (opening || tokens.slice(0, i).some((u) => /^(?:our|ours|we|us)$/.test(u.lower))) && !NEUTRAL_COMPARATIVES.has(t.lower);
    // …or against other care by name: "our injections work faster than steroids".
    const provider = tokens.slice(i + 2 + than, i + 9 + than).find((u) => PROVIDERS.test(u.lower) || OTHER_CARE.test(u.lemma));
    if (ours && provider) return { index: t.start, end: provider.end };
    // One treatment said to work better than another, ours or not: "fat-derived cells are a far more
    // powerful option than bone marrow" needs a head-to-head trial like any other comparison.
    const efficacy = /^(?:better|superior|stronger)$/.test(t.lower) || (/^(?:more|far|much)$/.test(t.lower) && EFFICACY.test(tokens[i + 1]?.lower ?? ''));
    const treatmentSubject = tokens.slice(0, i).some((u) => TREATMENT_NOUN.test(u.lemma));
    const treatmentCompared = after.find((u) => TREATMENT_NOUN.test(u.lemma) || OTHER_CARE.test(u.lemma));
    if (efficacy && treatmentSubject && treatmentCompared) return { index: t.start, end: treatmentCompared.end };
  }
  return undefined;
}

/** Superlatives that describe rather than praise: dates, places, a patient's age. */
const NEUTRAL_SUPERLATIVES = new Set(['latest', 'newest', 'earliest', 'nearest', 'closest', 'furthest', 'farthest', 'soonest', 'oldest', 'youngest', 'slightest', 'least', 'lowest', 'smallest', 'shortest', 'longest', 'sorest', 'stiffest', 'weakest', 'busiest', 'quietest', 'hardest', 'coldest', 'warmest', 'heaviest', 'lightest', 'tightest']);
/** The same, and the practical ones a visitor asks about ("the cheapest parking", "the quickest route"), as a regex guard for the patterns below. */
const NOT_PRAISE_AHEAD = String.raw`(?!(?:${[...NEUTRAL_SUPERLATIVES, 'cheapest', 'easiest', 'quickest', 'largest', 'biggest'].join('|')})\b)`;

/** Adjectives that end in -est without being superlatives: the tagger rightly leaves their lemma alone. */
/** Size superlatives describe a room or a car park unless they rank the clinic or its work: "the largest clinic in the North". */
const SIZE_SUPERLATIVES = new Set(['largest', 'biggest', 'widest', 'tallest']);
const RANKED_NOUN = /^(?:clinics?|centres?|centers?|providers?|practices?|teams?|services?|range|selection|choice|experience|number|caseload|network|specialists?|name|programmes?|programs?|database|audit|upgrade|investment|leap|breakthrough)$/;

const DETERMINER = /^(?:the|our|its|their|his|her|'s|’s)$/;

const PLAIN_EST = new Set(['honest', 'dishonest', 'modest', 'immodest', 'earnest', 'manifest', 'west', 'northwest', 'southwest', 'midwest', 'interest', 'request', 'forest', 'harvest', 'chest', 'guest', 'digest', 'protest', 'contest', 'suggest', 'invest', 'arrest', 'attest']);

/**
 * A superlative adjective by its form ("the smartest choice", "Britain's kindest team"): an
 * adjective ending in -est whose lemma is shorter, so no list of praise words has to name it.
 */
function superlativeAdjective(tagged: TaggedSentence): { index: number; end: number } | undefined {
  const t = tagged.tokens.find(
    (token, i) =>
      token.pos === 'ADJ' &&
      /[a-z]{2}est$/.test(token.lower) &&
      // The model lemmatises common ones ("safest" → safe) but leaves rarer ones ("purest") as written.
      (token.lemma !== token.lower || !PLAIN_EST.has(token.lower)) &&
      !NEUTRAL_SUPERLATIVES.has(token.lower) &&
      (!SIZE_SUPERLATIVES.has(token.lower) || tagged.tokens.slice(i + 1, i + 4).some((t) => RANKED_NOUN.test(t.lower))) &&
      i > 0 &&
      // (With "single", "very", "clear" or "one" between: "the single biggest upgrade".)
      (DETERMINER.test(tagged.tokens[i - 1].lower) || (i > 1 && /^(?:single|very|clear|one)$/.test(tagged.tokens[i - 1].lower) && DETERMINER.test(tagged.tokens[i - 2].lower))),
  );
  return t && { index: t.start, end: t.end };
}

/** A comparative by its form: better, fewer, or an -er adjective the tagger reduces ("faster" → fast). */
function isComparative(t: TaggedSentence['tokens'][number]): boolean {
  return /^(?:better|worse|fewer|less|more)$/.test(t.lower) || comparativeForm(t);
}

/**
 * A headline of comparatives with nothing compared ("Better results, fewer side effects, faster
 * recovery"): a fragment with no verb that stacks two comparatives claims to beat the alternatives.
 */
function bareComparatives(tagged: TaggedSentence): { index: number; end: number } | undefined {
  const tokens = tagged.tokens;
  if (tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'than')) return undefined;
  const found = tokens.filter(isComparative);
  return found.length >= 2 ? { index: found[0].start, end: found[found.length - 1].end } : undefined;
}

/** Adjectives of excellence that, opening a verbless line about a service, claim it is better than others'. */
const EXCELLENCE = /^(?:exceptional|outstanding|superb|excellent|remarkable|extraordinary|first-rate|flawless|peerless|impeccable|unrivalled|unmatched|incomparable|premium|elite|perfect)$/;
const SERVICE = /^(?:care|service|treatment|treatments|expertise|hands|injections?|results|outcomes|team|clinicians|specialists|therapy)$/;

/** "Exceptional care for exceptional knees", "Premium injections, expert hands": a headline of excellence with no verb. */
function excellenceHeadline(tagged: TaggedSentence): { index: number; end: number } | undefined {
  const words = tagged.tokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM');
  if (words.length === 0 || words.length > 10 || words.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return undefined;
  const i = words.findIndex((t) => EXCELLENCE.test(t.lower));
  if (i === -1 || i > 1) return undefined;
  const noun = words.slice(i + 1, i + 3).find((t) => SERVICE.test(t.lower));
  return noun && { index: words[i].start, end: noun.end };
}

/** Nouns for first place: "the clear frontrunner", "if knee care had a champion, it would be us". */
const RANKING_NOUNS = new Set(['frontrunner', 'front-runner', 'pacesetter', 'pace-setter', 'trailblazer', 'trendsetter', 'champion', 'heavyweight', 'powerhouse', 'top dog']);

/**
 * A noun of first place after a determiner, used as a noun ("our physios champion early movement"
 * is a verb): the clinic named first among its rivals.
 */
function rankingNoun(tagged: TaggedSentence): { index: number; end: number } | undefined {
  const tokens = tagged.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const word = t.lower === 'top' && tokens[i + 1]?.lower === 'dog' ? 'top dog' : t.lower.replace(/s$/, '');
    if (!RANKING_NOUNS.has(word) || !/^(?:NOUN|PROPN|ADJ)$/.test(t.pos)) continue;
    // As the head of its phrase: followed by "of", "in", a comma or the end. Followed by a noun it
    // qualifies ("champions league") it names something else; by an object ("our physios champion
    // early movement") it is a verb.
    const next = word === 'top dog' ? tokens[i + 2] : tokens[i + 1];
    if (next && !(next.pos === 'PUNCT' || next.pos === 'CCONJ' || next.pos === 'AUX' || /^(?:of|in|for|among|across|on|at|when|since)$/.test(next.lower))) continue;
    const before = tokens.slice(Math.max(0, i - 3), i);
    if (!before.some((u) => /^(?:the|a|an|'s|’s)$/.test(u.lower))) continue;
    return { index: (before.find((u) => /^(?:the|a|an|our|its|their)$/.test(u.lower)) ?? t).start, end: word === 'top dog' ? tokens[i + 1].end : t.end };
  }
  return undefined;
}

// Gates: what the written text must hold for a rule's lemma patterns to match ---------------------

/**
 * Written forms the tagger lemmatises to a word other than by keeping its stem: irregular verbs,
 * nouns and adjectives (wink's exception lists and lexicon), the tagger's LEMMA_FIXES and
 * contractions. Only the words the gates below name are listed; tests/compliance/gates.test.ts
 * checks every one of them against the tagger's tables, so a form missing here fails the test.
 */
const IRREGULAR_FORMS: Record<string, readonly string[]> = {
  all: ["'ll", '’ll'],
  arise: ['arose'],
  authorize: ['authoris'],
  bring: ['brought'],
  center: ['centr'],
  choose: ['chose'],
  come: ['came'],
  deal: ['dealt'],
  fall: ['fell'],
  feel: ['felt'],
  fly: ['flew', 'flown'],
  forget: ['forgot', 'forgotten'],
  get: ['got'],
  give: ['gave', 'given'],
  go: ['went'],
  good: ['best', 'better'],
  grow: ['grew'],
  hang: ['hung'],
  have: ['had', 'has', 've', 'd', 'havin'],
  hold: ['held'],
  keep: ['kept'],
  leave: ['left'],
  license: ['licence', 'licenced', 'licences', 'licencing'],
  make: ['made'],
  no: ['nah'],
  orthopedic: ['orthopaedic'],
  practice: ['practis'],
  problem: ['prblm'],
  rebuild: ['rebuilt'],
  recognize: ['recognis'],
  regrow: ['regrew'],
  rewind: ['rewound'],
  rise: ['rose'],
  run: ['ran'],
  say: ['said'],
  send: ['sent'],
  sleep: ['slept'],
  speak: ['spoke'],
  speed: ['sped'],
  swear: ['swore', 'sworn'],
  swell: ['swollen'],
  take: ['took'],
  tear: ['tore', 'torn'],
  tell: ['told'],
  theater: ['theatre'],
  throw: ['threw', 'thrown'],
  undo: ['undid'],
  wear: ['wore', 'worn'],
  withdraw: ['withdrew'],
  work: ['wrought'],
  write: ['wrote', 'written'],
};

/** Every word a gate names, for the test that holds the irregular forms above complete. */
export const GATE_LEMMAS = new Set<string>();

/** Words a gate names as the start of a lemma (CARE's: "drug" for "drugs", "disease-modifying"), for the same test. */
export const GATE_PREFIXES = new Set<string>();


/**
 * A regex source (no flags; used case-insensitively) matched by every written word the tagger
 * can lemmatise to one of `lemmas`. The tagger's rules (wink's lemmatiser) only take off -s, -es,
 * -ed, -ing, -er or -est, adding an e back, or turn -ies into -y, -ves into -f and -men into -man:
 * so a regular form holds the lemma itself ("approves", "stopped"), or the lemma less its final e
 * before one of those endings ("using", "finer"), or less its y before -i- ("studies", "easier"),
 * or its -ves or -men plural. The rest are IRREGULAR_FORMS.
 */
export function formsOf(...lemmas: string[]): string {
  const forms = lemmas.flatMap((lemma) => {
    GATE_LEMMAS.add(lemma);
    const regular = [escapeLiteral(lemma)];
    if (lemma.endsWith('e')) regular.push(`${escapeLiteral(lemma.slice(0, -1))}(?:ing|ed|es|er|est)`);
    if (lemma.endsWith('y')) regular.push(`${escapeLiteral(lemma.slice(0, -1))}i(?:es|ed|er|est)`);
    if (/fe?$/.test(lemma)) regular.push(`${escapeLiteral(lemma.replace(/fe?$/, ''))}ves`);
    if (lemma.endsWith('man')) regular.push(`${escapeLiteral(lemma.slice(0, -3))}men`);
    return [...regular, ...(IRREGULAR_FORMS[lemma] ?? []).map(escapeLiteral)];
  });
  return `(?:${[...new Set(forms)].join('|')})`;
}

/**
 * Parts that must all appear, in this order: a lemma pattern's words keep the order of the
 * written words they come from (the lemma text is the tokens' lemmas, in order).
 */
const inOrder = (...parts: string[]) => parts.join('[\\s\\S]*?');

/** Case-insensitive, as the lemma text is lower case whatever the writer typed. */
const needs = (...alternatives: string[]) => new RegExp(alternatives.join('|'), 'i');

/** A negation as written, for "not" in the lemma text: not, n't (don't, can't, won't), cannot, and the tagger's "nt" ("dont", "shant", "nt"). */
export const NEGATION = String.raw`(?:not|n['’]t|dont|shant|\bnt\b)`;

/**
 * CARE's care as written, one need per alternative: the longest word of its literal text (a care
 * phrase needs each of its words, and a word is the start of a lemma, which its written forms keep).
 * "op" on its own is a word by itself; the alternatives with a group keep the literal text before it.
 */
const CARE_NEEDS = splitAlternatives(CARE.slice(3, -1)).map((alternative) => {
  if (alternative.includes('op(?![-a-z])')) return String.raw`(?<![a-z])ops?(?![a-z])`;
  // "pre-op" is one word to the tagger; its longest part, "pre", would stand for every pre- word.
  if (alternative === 'pre-op') return String.raw`pre-op`;
  const literal = alternative.split(/[(\\[?*+]/)[0];
  const longest = literal.split(/[\s-]+/).reduce((a, b) => (b.length > a.length ? b : a), '');
  if (!/^[a-z]{2,}$/.test(longest)) throw new Error(`lexicon: CARE's "${alternative}" gives no written need`);
  GATE_PREFIXES.add(longest);
  return formsOf(longest);
});

/** The top-level alternatives of a regex source (its groups kept whole). */
function splitAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

/** SYMPTOM's words as written. */
const SYMPTOM_FORMS = formsOf('pain', 'ache', 'elbow', 'stiffness', 'swell', 'swelling', 'inflammation', 'mobility', 'function', 'movement', 'motion', 'heal', 'healing', 'repair', 'progression', 'wear', 'sleep', 'quality', 'tendon', 'ligament', 'joint', 'knee', 'hip', 'shoulder', 'cartilage', 'friction', 'recovery', 'walking', 'walk', 'stair', 'arthritis', 'osteoarthritis', 'symptom', 'range');

/** Ours as the best by the alternative turned down: "why settle for second best?", "settle for a mid-pack clinic". A claim, and about us whatever the subject. */
const SECOND_BEST = String.raw`\b(?:settle for|accept) second[- ]best\b|\bwhy\b[^?.!]{0,60}\bsecond[- ]best\b|\b(?:settle for|accept|put up with) (?:a |an |the )?(?:mid-?pack|mid-?table|average|ordinary|run-of-the-mill|second-rate|mediocre|middling|also-ran|bog-standard) (?:clinic|provider|team|service|treatment|care|practice)s?\b`;

/** A headline better than the field: "Miles better than the place down the road". A claim, and about us whatever the subject. */
const HEADLINE_BETTER = String.raw`^\W*(?:streets|miles|leagues|light years|way|far|loads|heaps|so much) better than\b`;

/** The field set aside by "unlike much of what you will find online": a comparison, and about us whatever the subject. */
const UNLIKE_MUCH_OF = new RegExp(String.raw`\bunlike (?:much|most|many|a lot|so much|the bulk) of (?:what|the [a-z-]+)(?: \S+){0,3} (?:find|see|get|read|offered|on offer|out there|online|elsewhere|on the high street)\b`);

/** Surgery refused outright: "don't let them operate until…" (a rule pattern, and what the rule requires instead of naming care). */
const LET_THEM_OPERATE = String.raw`\blet (?:them|the surgeons?|anyone|anybody|a surgeon|your surgeon) operate\b`;

export const MODEL_RULES: ModelRule[] = [
  {
    id: 'effect-overclaim',
    claimClass: 'effect-overclaim',
    trigger: /\b(?:restor|rebuil|repair|revers|regenerat|regr[eo]w|renew|heal|rejuven|undo|undid|undoing|turns? back|turned back|halt|every (?:kind|type|age)|any (?:kind|type|age|joint|patient)|turn|grow|grew|put right|puts right|putting right|mend|eras|younger)/i,
    lemma: [
      /\b(?:restore|rebuild|repair|reverse|regenerate|regrow|renew|heal|rejuvenate|undo|mend|erase)\b/,
      /\b(?:feel|look|move) (?:\S+ ){0,3}young(?:er)?\b/,
      /\b(?:turn|turns) back the clock\b/,
      // "Turns worn knees into healthy ones", "grows fresh tissue", "puts right the damage".
      /\bturn (?:\S+ ){0,4}into (?:\S+ ){0,2}(?:healthy|new|young)\b/,
      /\bgrow (?:\S+ )?(?:fresh|new|healthy) (?:tissue|cartilage|bone|tendon|joint)\b/,
      /\bput right\b/,
      /\bhalt\b(?: \S+){0,3} in (?:its|their) track/,
      /\bwork for (?:every|any) (?:kind|type|age|joint|patient)\b/,
      /\b(?:every|any) age\b/,
    ],
    lemmaNeeds: needs(
      formsOf('restore', 'rebuild', 'repair', 'reverse', 'regenerate', 'regrow', 'renew', 'heal', 'rejuvenate', 'undo', 'mend', 'erase', 'young', 'clock', 'halt'),
      inOrder(formsOf('turn'), formsOf('into'), formsOf('healthy', 'new', 'young')),
      inOrder(formsOf('grow'), formsOf('fresh', 'new', 'healthy'), formsOf('tissue', 'cartilage', 'bone', 'tendon', 'joint')),
      inOrder(formsOf('put'), formsOf('right')),
      inOrder(formsOf('work'), formsOf('for'), formsOf('every', 'any')),
      inOrder(formsOf('every', 'any'), formsOf('age')),
    ),
    message: '%s states a repair or reversal of the condition as an effect of the treatment',
    needsTopic: true,
    citedAndHedgedAllows: true,
    // Describing what an operation does (microfracture, a replacement) is no claim about ours.
    // …nor a wound healing ("help the harvest site heal").
    exempt: /\b(?:microfracture|chondrocyte|mosaicplasty|osteochondral|cartilage transplant|replace the worn)\b|\b(?:wound|cut|incision|site|skin|scar|bruise|bruising|puncture|needle mark|stitch|graze|nick|dressing)s? (?:\S+ )?heal\b/,
    extraHedge: /\b(?:surgery|surgical|operations?|surgeons?|aims?|designed to|body['’]s own attempts?)\b/i,
  },
  {
    id: 'effect-overclaim',
    claimClass: 'effect-overclaim',
    // The damage itself said to be undone, with no agent named: on a page about our treatment, ours is the agent.
    trigger: /\b(?:damage|wear|cartilage|arthritis|degenerat|tear)/i,
    lemma: [
      /\b(?:damage|wear|wear and tear|cartilage loss|arthritis|osteoarthritis|degeneration|tear)\b(?: \S+){0,4} be (?:\S+ ){0,2}(?:erase|reverse|undo|repair|regrow|rebuild|restore|regenerate|heal|mend|wipe out|wipe away|rewind|fix)\b/,
      // The condition's course said to end, with or without a verb: "Arthritis halted in its tracks."
      /\b(?:damage|wear|wear and tear|cartilage loss|arthritis|osteoarthritis|degeneration)\b(?: \S+){0,4} (?:halt|stop|freeze|arrest|stall)\w* (?:dead )?in (?:its|their) track/,
    ],
    lemmaNeeds: needs(formsOf('erase', 'reverse', 'undo', 'repair', 'regrow', 'rebuild', 'restore', 'regenerate', 'heal', 'mend', 'wipe', 'rewind', 'fix', 'track')),
    message: '%s states a repair or reversal of the condition as an effect of the treatment',
    citedAndHedgedAllows: true,
    exempt: /\b(?:microfracture|chondrocyte|mosaicplasty|osteochondral|cartilage transplant|replace the worn|rarely|seldom|hardly|partly|partially|by the body|on its own|naturally)\b/,
    extraHedge: /\b(?:surgery|surgical|operations?|surgeons?|aims?|designed to|body['’]s own attempts?)\b/i,
  },
  {
    id: 'effect-overclaim',
    claimClass: 'effect-overclaim',
    trigger: /\b(?:clinically|scientifically|medically|proven|proved|like new|for good|goodbye|thing of the past|for everyone|for everybody|for all|for every|for any|disappear|vanish|go(?:es)? away|went away|(?:life|lives) back|lasting relief|permanent|full function|second life|new life|lease of life|as good as|lifetime|lifelong)/i,
    lemma: [
      /\b(?:clinically|scientifically|medically) (?:prove|proven|test)\b/,
      /\bbe (?:prove|proven) to\b/,
      /\blike new\b/,
      /\bsay goodbye to\b/,
      /\ba thing of the past\b/,
      /\b(?:pain|ache|stiffness) (?:disappear|vanish|go away)\b/,
      /\b(?:get|give) (?:your|their|them|you|me|my) (?:\S+ )?life back\b/,
      /\blasting relief\b/,
      /\bpermanent (?:freedom|relief|cure|result|fix)\b/,
      /\bfull function\b/,
      /\b(?:second|new) (?:life|lease of life)\b/,
      /\bas good as (?:new|it (?:do|be) (?:at|when|in))\b/,
      /\blast (?:a|for a|your|their) lifetime\b|\blifelong\b/,
      // An effect for everyone, said of the treatment or of no named subject at all.
      /\b(?:effective|work) for (?:everyone|everybody|all (?:patient|age|people)|every (?:patient|person|age)|anyone|any patient)\b/,
    ],
    // As written: the tagger reads "for better" as "for good".
    surface: [/\bfor good\b/i],
    message: '%s promises a certain or lasting result',
    citedAndHedgedAllows: true,
  },
  {
    id: 'false-approval',
    claimClass: 'regulatory-status',
    trigger: /\b(?:approv|licen[cs]|clear|recommend|endors|accredit|authori[sz]|recogni[sz]|grant|give|gave|given|carr|hold|held|certif|sanction|backed)/i,
    lemma: [
      /\b(?:fda|mhra|nice|nhs|ema|government|regulator)-(?:approve|clear|license|recommend|endorse|accredit|authorise|authorize)\b/,
      // Passive and participle: "is licensed", "has been cleared by", "Approved by NICE".
      /\bbe (?:\S+ ){0,2}(?:approve|license|clear|recommend|endorse|accredit|authorise|authorize|recognise|recognize)\b/,
      /\b(?:approve|license|clear|recommend|endorse|accredit|authorise|authorize|certify|sanction|back) (?:by|with)\b/,
      // Active, with the regulator as subject: "the FDA approved our…", "NICE guidance recommends".
      // (Giving or granting is approval only of an approval: "NHS 111 can give you urgent advice" is not.)
      /\b(?:fda|mhra|nice|nhs|ema|administration|regulator|regulators|government)\b(?: \S+){0,3} (?:approve|license|clear|recommend|endorse|accredit|authorise|authorize|recognise|recognize|(?:give|grant)(?! (?:\S+ ){0,3}(?:advice|help|information|support|care|number|appointment|call|answer)\b))\b/,
      // Holding one: "holds a licence", "carries FDA clearance", "granted regulatory approval", "MHRA approval means".
      /\b(?:hold|carry|have|grant|give|receive|win|earn)\b(?: \S+){0,4} (?:license|approval|clearance|authorisation|authorization)\b/,
      /\b(?:license|approval|clearance)\b(?: \S+){0,2} mean\b/,
      /\bunder an? (?:\S+ ){0,2}license\b/,
    ],
    lemmaNeeds: needs(
      formsOf('approve', 'license', 'clear', 'recommend', 'endorse', 'accredit', 'authorise', 'authorize', 'recognise', 'recognize', 'certify', 'sanction', 'give', 'grant', 'approval', 'clearance', 'authorisation', 'authorization'),
      inOrder(formsOf('back'), formsOf('by', 'with')),
    ),
    surface: [/\bfully licensed\b/i, /\blicensed as an? (?:\w+ )*medicine\b/i],
    message: '%s states an approval, licence or endorsement these treatments do not have',
    needsTopic: true,
    // Agency names count only in capitals ("recommended by nice staff" is no approval claim).
    requires: /\b(?:FDA|MHRA|NICE|NHS|EMA|Food and Drug Administration)\b|\b(?:regulators?|regulatory|government|licen[cs]e|license)\b/,
    // The agency names match only the written text (the lemma text is lower case); the words, either.
    requiresNeeds: needs(String.raw`\b(?:FDA|MHRA|NICE|NHS|EMA|Food and Drug Administration)\b`, formsOf('regulator', 'regulators', 'regulatory', 'government', 'licence', 'license')),
    // True facts: what the FDA has approved (cord-blood cells, remestemcel-L for GvHD), and that ours need a licence.
    exempt: REGULATORY_FACTS_LEMMA,
  },
  {
    id: 'false-approval',
    claimClass: 'regulatory-status',
    trigger: /\b(?:approv|licen[cs]|clear)/i,
    lemma: [
      /\bonly\b(?: \S+){0,6} (?:approve|license|clear)\b/,
      /\b(?:approve|license|clear) for (?:orthopaedic|orthopedic|joint|knee|hip|arthritis|osteoarthritis)\b/,
    ],
    lemmaNeeds: needs(
      inOrder(formsOf('only'), formsOf('approve', 'license', 'clear')),
      inOrder(formsOf('approve', 'license', 'clear'), formsOf('for'), formsOf('orthopaedic', 'orthopedic', 'joint', 'knee', 'hip', 'arthritis', 'osteoarthritis')),
    ),
    message: '%s states an approval these treatments do not have',
    needsTopic: true,
    exempt: REGULATORY_FACTS_LEMMA,
  },
  {
    id: 'pressure-selling',
    claimClass: 'pressure-selling',
    trigger: /\b(?:book|limited|few|last|offers?|deals?|prices?|discounts?|sales?|expir|introductory|launch|special|exclusive|package|half-price|for-one|voucher|hurry|act now|act fast|gone|going fast|filling|running out|disappearing|selling out|snapped up|remaining|current|present|existing|rises?|goes up|increases?|repeated|available|valid|miss|stock|fill|secure|reserve|lock in|claim|midnight|complimentary|free|call|waiting list|new patients|only|just|off)\b|%|£|\$|€/i,
    lemma: [
      /\bbook (?:now|today|early|without delay|soon)\b/,
      /\bbook (?:\S+ ){0,5}(?:this|next) (?:week|month|weekend)\b/,
      /\bbook (?:\S+ ){0,5}before\b/,
      /\bearly booking\b/,
      // (Not the timetable: "our last appointment of the day is at 6.30pm".)
      /\b(?:limited|few|last) (?:place|space|slot|appointment|availability|offer)\b(?! of the (?:day|morning|afternoon|evening|week)\b| (?:be|is|are) at\b)/,
      /\bstrictly limit(?:ed)?\b/,
      /\b(?:offer|deal|price|discount|sale) (?:end|expire|close)\b/,
      /\bexpire soon\b/,
      /\b(?:introductory|launch|special|exclusive|discounted|discount) (?:price|offer|rate|deal|package)\b/,
      /\bpackage deal\b/,
      /\bdiscount\b/,
      /\bhalf-price\b/,
      /\btwo-for-one\b/,
      /\bvoucher\b/,
      /\blast chance\b/,
      /\bhurry\b/,
      /\bact now\b/,
      /\bmiss out\b/,
      /\bdo not miss\b/,
      /\bwhile stock last\b/,
      /\bfill (?:up )?fast\b/,
      /\bprice (?:go up|rise|increase)\b/,
      /\b(?:secure|reserve|lock in|claim) (?:your|a|this)\b/,
      /\bbefore midnight\b/,
      /\bcomplimentary\b/,
      /\bfree (?:follow-up|consultation|assessment|mri|scan|review)\b/,
      /\bcall (?:us )?(?:today|now)\b/,
      /\bwill not last\b/,
      /\bwaiting list be grow\b/,
      /\bonly take \S+ new patient\b/,
      /\b(?:only|just) \S+ (?:appointment|place|space|slot) (?:leave|left|remain)\b/,
      /\blimited-time\b/,
    ],
    lemmaNeeds: needs(
      inOrder(formsOf('book'), formsOf('now', 'today', 'early', 'without', 'soon', 'week', 'month', 'weekend', 'before')),
      inOrder(formsOf('early'), formsOf('booking')),
      inOrder(formsOf('limited', 'few', 'last'), formsOf('place', 'space', 'slot', 'appointment', 'availability', 'offer')),
      inOrder(formsOf('strictly'), formsOf('limit', 'limited')),
      inOrder(formsOf('offer', 'deal', 'price', 'discount', 'sale'), formsOf('end', 'expire', 'close')),
      inOrder(formsOf('expire'), formsOf('soon')),
      inOrder(formsOf('introductory', 'launch', 'special', 'exclusive', 'discounted', 'discount'), formsOf('price', 'offer', 'rate', 'deal', 'package')),
      inOrder(formsOf('package'), formsOf('deal')),
      formsOf('discount', 'voucher', 'hurry', 'miss', 'stock', 'midnight', 'complimentary', 'secure', 'reserve', 'lock', 'claim'),
      inOrder(formsOf('half'), formsOf('price')),
      inOrder(formsOf('two'), formsOf('for'), formsOf('one')),
      inOrder(formsOf('last'), formsOf('chance')),
      inOrder(formsOf('act'), formsOf('now')),
      inOrder(formsOf('fill'), formsOf('fast')),
      inOrder(formsOf('price'), formsOf('go', 'rise', 'increase')),
      inOrder(formsOf('free'), formsOf('follow', 'consultation', 'assessment', 'mri', 'scan', 'review')),
      inOrder(formsOf('call'), formsOf('today', 'now')),
      inOrder(NEGATION, formsOf('last')),
      inOrder(formsOf('list'), formsOf('grow')),
      inOrder(formsOf('only'), formsOf('take'), formsOf('new'), formsOf('patient')),
      inOrder(formsOf('only', 'just'), formsOf('leave', 'left', 'remain')),
      inOrder(formsOf('limited'), formsOf('time')),
    ),
    surface: [
      /\b\d+\s?%\s+off\b/i,
      /[£$€]\s?\d[\d,]*\s+off\b/i,
      /\blimited[- ]time\b/i,
      // Scarcity of places and prices that end: "places for this month are almost gone, so act fast", "our last remaining spring appointments".
      /\bact fast\b|\b(?:places|slots|appointments|spaces|spots|dates)\b(?: [a-z-]+){0,4} (?:are |is )?(?:almost |nearly |fast |quickly |already )?(?:gone|going fast|filling (?:up )?fast|running out|disappearing|selling out|snapped up)\b|\blast (?:remaining|few|available) (?:[a-z-]+ ){0,2}(?:appointments?|places?|slots?|spaces?|spots?|dates?)\b/i,
      /\b(?:price|offer|rate|fee|deal|discount)s?\b(?: [a-z]+){0,3} (?:is |are )?(?:only )?(?:available|valid|on offer|good|open)\b(?: [a-z]+){0,2} (?:until|till|before|for (?:a|one) (?:limited time|week|month|few days))\b/i,
      /\b(?:secure|lock in|lock|fix|grab|claim|get|keep) (?:the |our |this |your )?(?:current|present|today['’]s|old|existing) (?:price|rate|fee)s?\b|\bbefore (?:the )?(?:price|prices|fees?|it|they) (?:rises?|goes? up|increases?|go up)\b/i,
      /\b(?:offer|deal|price|discount)s?\b(?: [a-z]+){0,2} (?:will not|won['’]t|will never|may not|might not) be (?:repeated|available again|around for long|here for long|extended|offered again)\b/i,
    ],
    // A price review on a fixed yearly date is information, not a deadline.
    exempt: /\b(?:each|every) (?:year|spring|summer|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:rate of|in line with) inflation\b/i,
    message: '%s puts time or price pressure on a decision about medical treatment',
    // "Don't miss out", "won't last": the urging is in the negation.
    negationIsTheClaim: true,
  },
  {
    id: 'testimonial-marked',
    claimClass: 'testimonial-endorsement',
    trigger: /\b(?:patient|happy|satisfied|delighted|review|star|told us|tells us)/i,
    lemma: [
      /\bpatient\b(?: \S+){0,2} (?:tell us|tell me|say|report|describe|call|swear|rave|write)\b/,
      /\b(?:satisfied|happy|delighted) (?:patient|customer|client)\b/,
      /\breview speak\b/,
      // "Our reviews say it all", "patient reviews tell the story": reviews offered as the evidence.
      /\b(?:our|patient|customer|client|google|online|five-star|5-star) review\b(?: \S+){0,2} (?:speak|say|tell|show)\b/,
      /\b(?:five|5)-star\b|\b(?:five|5) star\b/,
      /\bpatient\b(?: \S+){0,3} (?:trust|choose) us\b/,
    ],
    lemmaNeeds: needs(
      inOrder(formsOf('patient'), formsOf('tell', 'say', 'report', 'describe', 'call', 'swear', 'rave', 'write', 'trust', 'choose')),
      formsOf('satisfied', 'happy', 'delighted', 'star'),
      inOrder(formsOf('review'), formsOf('speak', 'say', 'tell', 'show')),
    ),
    // A capitalised word before "tells us" is a name ("Margaret told us"), not a pronoun or a source.
    surface: [/\b(?!(?:That|This|It|What|Which|There|These|Those|Evidence|Research|Science|Data|Experience)\b)[A-Z][a-z]+ (?:told|tells) us\b/],
    message: '%s presents what patients say as evidence, outside a marked <Testimonial>',
    // Round 24. What patients say, said not to be evidence: "Patients tell us they like our clinic, but liking a clinic is not evidence…".
    exempt: /\b(?:is|are|be) not (?:evidence|proof)\b|\bprove nothing\b|\bpredict nothing\b|\bno substitute for (?:evidence|a trial)\b/,
    inTestimonial: false,
    citationAllows: true,
  },
  {
    id: 'endorsement',
    claimClass: 'testimonial-endorsement',
    trigger: /\b(?:footballer|athlete|celebrit|champion|star|player|runner|golfer|physio|doctor|surgeon|consultant|nurse|specialist|colleague|team|sports|professional|olympi|gps?\b|trusted|loved|endorsed|recommended|chosen|used|preferred|choice of|of choice|famous|presenter|actor|actress|singer|well-known|household)/i,
    lemma: [
      /\b(?:footballer|athlete|celebrity|champion|star|player|runner|golfer|physio|physiotherapist|doctor|surgeon|team|sportsman|sportswoman|professional|olympian|gps?)\b(?: \S+){0,4} (?:trust|use|rely on|recommend|choose|swear by|love|come to|fly in|prefer)\b(?: \S+){0,6} (?:our|us|we|bmac|lipogems|prp|stem cell|cell|injection|treatment|therapy|procedure|regenerative)\b/,
      // (Not a measure: "cut their painkiller use by sixty per cent".)
      /\b(?:trust|love|endorse|recommend|choose|use|prefer) by\b(?! (?:a |an |about |around |roughly |up to |over |more than |nearly |almost |at least )?(?:\d|half|a third|a quarter|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)\b)/,
      // Sport's professionals sending their players: "Premier League physios send their players to our clinic" (not "your GP may refer you").
      /\b(?:physio|physiotherapist|coach|manager|team|club|trainer)s?\b(?: (?!(?:may|can|could|might|will|should|must|would)\b)\S+){0,3} (?:send|bring|refer) (?:their |his |her |its )?(?:own )?(?:player|athlete|patient|squad|runner|star|rider|dancer|client)s? (?:to|here|our way)\b(?: (?:our|us|we|the clinic|this clinic))?/,
      // Famous people treated here: "a famous TV presenter had her knees treated here".
      /\b(?:famous|well-know|well-known|celebrity|celebrated|household[- ]name|premier league|olympic|international|top|elite)\b(?: \S+){0,3} (?:footballer|striker|athlete|celebrity|presenter|actor|actress|singer|star|player|golfer|runner|boxer|jockey|cricketer|champion|olympian|sportsman|sportswoman|name)s?\b(?: \S+){0,4} (?:have|get|be) (?:\S+ ){0,3}(?:treat|inject)\b(?: \S+){0,3} (?:here|by us|with us|at our|at this|by our)\b/,
      /\b(?:the )?choice of\b/,
      // "The clinic the professionals come to".
      /\bthe (?:clinic|team|place|centre|center|specialist|practice) (?:that |which |who )?(?:the |top |elite )?(?:professional|athlete|footballer|doctor|surgeon|physio|champion|pro|star|player)s? (?:come|go|turn|trust|choose|use|rely on|prefer)\b/,
      /\bof choice for\b/,
      // Professionals sending their own family: "surgeons send their own mothers to us".
      /\b(?:doctor|surgeon|consultant|gp|physio|physiotherapist|nurse|specialist|colleague)s?\b(?: \S+){0,3} (?:send|bring|refer) (?:their |his |her )?(?:own )?(?:family|families|mother|mothers|father|fathers|wife|wives|husband|husbands|child|children|kid|kids|parent|parents|partner|partners|loved one|loved ones|relative|relatives)\b/,
    ],
    lemmaNeeds: needs(
      inOrder(
        formsOf('footballer', 'athlete', 'celebrity', 'champion', 'star', 'player', 'runner', 'golfer', 'physio', 'physiotherapist', 'doctor', 'surgeon', 'team', 'sportsman', 'sportswoman', 'professional', 'olympian', 'gp'),
        formsOf('trust', 'use', 'rely', 'recommend', 'choose', 'swear', 'love', 'come', 'fly', 'prefer'),
      ),
      inOrder(formsOf('trust', 'love', 'endorse', 'recommend', 'choose', 'use', 'prefer'), formsOf('by')),
      // "The choice of…", "…of choice for".
      formsOf('choice'),
      inOrder(
        formsOf('clinic', 'team', 'place', 'centre', 'center', 'specialist', 'practice'),
        formsOf('professional', 'athlete', 'footballer', 'doctor', 'surgeon', 'physio', 'champion', 'pro', 'star', 'player'),
        formsOf('come', 'go', 'turn', 'trust', 'choose', 'use', 'rely', 'prefer'),
      ),
      inOrder(formsOf('send', 'bring', 'refer'), formsOf('player', 'athlete', 'patient', 'squad', 'runner', 'star', 'rider', 'dancer', 'client')),
      inOrder(formsOf('famous', 'well', 'celebrity', 'celebrated', 'household', 'premier', 'olympic', 'international', 'top', 'elite'), formsOf('treat', 'inject')),
      inOrder(
        formsOf('doctor', 'surgeon', 'consultant', 'gp', 'physio', 'physiotherapist', 'nurse', 'specialist', 'colleague'),
        formsOf('send', 'bring', 'refer'),
        formsOf('family', 'families', 'mother', 'father', 'wife', 'wives', 'husband', 'child', 'children', 'kid', 'parent', 'partner', 'loved', 'relative'),
      ),
    ),
    message: '%s uses an endorsement by athletes, celebrities or professionals',
    inTestimonial: false,
    exempt: /\b(?:fda|mhra|nice|nhs|ema|regulator|government)\b/,
  },
  {
    id: 'no-risk-free',
    claimClass: 'risk-denial',
    trigger: /\b(?:risk|danger|nil|zero|non-?existent|adverse|harm|hurt|damage|wrong|worry|react|unheard|unknown|impeccable|free of|free from|complication|side[- ]effect|problem|safe)/i,
    lemma: [
      /\bno (?:chance|risk|danger) of\b/,
      /\bno (?:adverse|harmful) (?:effect|reaction)\b/,
      /\bno (?:downtime and no )?(?:risk|danger)\b/,
      /\bpose no danger\b/,
      /\bsafe (?:for everyone|for everybody|for all|at any age|for any age|by definition|by nature)\b/,
      /\bnothing (?:can|could|will) go wrong\b/,
      /\b(?:can not|cannot|will not|could not) (?:harm|hurt|damage) you\b/,
      /\b(?:complication|side effect|problem)s? (?:\S+ )?(?:do not|never|will not|can not) (?:happen|occur|arise)\b/,
      // A headline question answered at once: "Side effects? There aren't any."
      /\b(?:side effect|risk|complication|downside)s? \? (?:there be )?(?:not any|none|no)\b/,
      /\bnothing to worry about\b/,
      /\bcan not react badly\b/,
      /\bunheard of\b/,
      /\b(?:virtually|completely|almost) unknown\b/,
      // Side effects said not to exist: "are non-existent", "are unknown with our technique".
      /\b(?:side effect|complication|problem|adverse (?:effect|event|reaction))s? (?:\S+ ){0,2}be (?:\S+ )?(?:non-existent|nonexistent|nil|zero|unheard of)\b/,
      /\b(?:side effect|complication|problem|adverse (?:effect|event|reaction))s? (?:\S+ ){0,2}be (?:\S+ )?unknown (?:with|at|in|among|after) (?:our|us|this|the procedure|the treatment|the injection)\b/,
      /\bimpeccable safety\b/,
      /\bwithout (?:any )?danger\b/,
      /\bfree (?:of|from) (?:risk|side effect|complication)\b/,
      /\b(?:will not|never|do not) (?:experience|have|get|suffer) (?:any )?(?:complication|side effect|problem)\b/,
      /\b(?:completely|totally|entirely|perfectly|absolutely|inherently|naturally) safe\b/,
    ],
    lemmaNeeds: needs(
      formsOf('danger', 'unheard', 'unknown', 'existent', 'nonexistent', 'nil', 'zero', 'impeccable'),
      inOrder(formsOf('no'), formsOf('chance', 'risk', 'adverse', 'harmful')),
      inOrder(formsOf('safe'), formsOf('everyone', 'everybody', 'all', 'age', 'definition', 'nature')),
      inOrder(formsOf('completely', 'totally', 'entirely', 'perfectly', 'absolutely', 'inherently', 'naturally'), formsOf('safe')),
      inOrder(formsOf('nothing'), formsOf('wrong', 'worry')),
      inOrder(`(?:${NEGATION}|never)`, formsOf('harm', 'hurt', 'damage', 'react', 'happen', 'occur', 'arise', 'complication', 'effect', 'problem')),
      inOrder(formsOf('effect', 'risk', 'complication', 'downside'), String.raw`\?`),
      inOrder(formsOf('free'), formsOf('risk', 'effect', 'complication')),
    ),
    message: '%s denies the real risks of the procedure',
    negationIsTheClaim: true,
  },
  {
    id: 'no-risk-free',
    claimClass: 'risk-denial',
    trigger: /harmless/i,
    // "Bruising is harmless" is reassurance about a side effect, not about the procedure.
    lemma: [/\bharmless\b/],
    message: '%s denies the real risks of the procedure',
    needsTopic: true,
  },
  {
    id: 'no-risk-free',
    claimClass: 'risk-denial',
    // (The tagger reads "safer" and "safest" as "safe".)
    trigger: /\bsaf(?:e|er|est)\b/i,
    lemma: [/\bsafe\b/],
    // "Safe because natural" or "because the cells are your own".
    requires: /\b(?:natural|naturally|own|autologous)\b/,
    exempt: /\bsafety\b|\bsafe to\b/,
    message: '%s says the treatment is safe because it is natural or uses your own cells',
  },
  {
    id: 'discourage-essential-treatment',
    claimClass: 'discouraging-care',
    trigger: /\bway out\b|\b(?:torn|tore) up\b|\bst(?:and|ood) down\b|\bgiven up\b|\bticket\b|\boverrule|\boverturn|\boverride|out of (?:your|their|my) (?:mind|head)|\bstill (?:need|see|visit|go|take|have|book)\b|\bgo back to\b|\breturn to\b|\? (?:not|no|never|forget|skip)\b|\b(?:withdraw|rescind|(?:don['’]t|do not|dont) (?:book|have|get|agree|go ahead|sign up|schedule|accept|say yes|let|waste)|avoid|away from|leave|tell|told|something|last resort|last thing|lapse|expire|run out|let|make|made|makes|do(?:es)? away|did away|the need|postpon|put off|delay|defer|hold off|for never|back seat|back burner|on ice|ta-ra|tara|cheerio|bye|so long|adios|ciao|au revoir|save|keep|kept|chuck|toss|throw|struck|cross|strike|wipe|rub|scratch|slip|fall|take|taken|took|become|became|go back|stopp|discontinu|axe|waste|operate|rather than|instead of|scrapyard|scrap|nuclear|drastic|sledgehammer|regard|view|seldom|hardly ever|infrequently|not usually|not often|set aside|put aside|dispens|forgo|waiv|brought|wound down|phase|taper|on hold|keep|replaced|longer|never|rarely|seldom|hardly|barely|say no|bother|ignore|skip|forget|cancel|ditch|throw|escap|end of|put|unnecessary|knife|thing of the past|replac|no need|advice|talk you|instead|stop|no more|why|avoid|goodbye|farewell|bin|give up|gave up|giving up|cut out|cutting out|come off|coming off|get off|wean|waiting list|steer clear|spare|behind|do without|need|requir|necessary|optional|any ?more|won['’]t|will not|days? of|times? of|miss|off|no more|mean|cancel|skip|drop|scrap|shelve|hold|end|quit|abandon|walk away|wait|something|reason|point|no sense|part of|call|tear|worth|yesterday|turn(?:ed|ing|s)? down|reject|dodg|sidestep|swerv|opt(?:ed|ing|s)? out|pass(?:ed|ing|es)? on|place of|stand(?:s|ing)? in|substitut|drawer|cupboard|aside|shelf|no \w+, no|waste|pointless|useless|redundant|surplus|obsolete|needless|tomorrow|next year|in the future|down the line|ever|who needs|table|cards|history|at home|rush|push|pressure|swap|trade|exchange|thanks|, not|co-codamol|codeine|tramadol|naproxen|diclofenac|morphine|memory|\?.*\b(?:close|over|finish|done|retire|away|back|go|free|clear|chuck|toss|rid|into the|through the|end|here|once)\b|without (?:you|me|them)\b|shred|hang up|postpone)/i,
    lemma: [
      /\bno longer (?:need|necessary|require|have to|worth)\b(?! (?:\S+ ){0,2}(?:crutch|stick|walking aid|walking frame|frame|sling|dressing|plaster|bandage|ice)\w*)/,
      new RegExp(String.raw`\bno (?:call|need|reason) for (?:\S+ ){0,3}${CARE}`),
      /\bnever (?:have|need) to\b/,
      /\b(?:become|be) a thing of (?:the past|yesterday)\b|\b(?:become|be) a (?:distant |fading |faint |dim )?memory\b/,
      // Dropping or doing without care: "give up your tablets", "steer clear of the operating theatre".
      // …also through what the care is made of: "the end of repeat trips to the pain clinic", "step off the conveyor belt of GP appointments".
      new RegExp(String.raw`\b(?:${DROP_CARE}) (?:\S+ ){0,3}(?:of |(?:trip|visit|journey|referral)s? to (?:the |your |a |an )?(?:\S+ )?)?${CARE}`),
      new RegExp(String.raw`\b(?:leave|put) (?:\S+ ){0,6}${CARE}\w*(?: \S+)?(?: back)? (?:behind|in the bin|away for good|in (?:the|a) (?:drawer|cupboard)|aside|to one side|on the shelf|at home|(?:through|thru) the shredder)\b`),
      // Plans for care dropped, whatever the verb of discarding: "shelve those plans for a knee replacement".
      new RegExp(String.raw`\b(?:${DROP_CARE}|shelve|shred|scrap|hang up|put off|postpone) (?:\S+ ){0,2}(?:plan|idea|thought|letter|form|referral)s? (?:for|of|about|from) (?:\S+ ){0,3}${CARE}`),
      // Care left to go on without the reader: "let the waiting list carry on without you".
      new RegExp(String.raw`\b${CARE}\w*(?: \S+){0,3} (?:can |will )?(?:carry on|go on|get by|manage) without (?:you|me|them)\b`),
      // "Who needs a new hip when…?": the rhetorical question answers itself.
      new RegExp(String.raw`^\W*who need (?:[^?\s]+ ){0,8}${CARE}`),
      // "Why put up with a new knee…", "the days of needing surgery are over", "give your prescription a miss", "- Off the painkillers".
      new RegExp(String.raw`\bwhy (?:have|put up with|bother with|bother|rely on|depend on|stick with|stay on|go (?:through|thru)|put (?:yourself|your body|your knee|your hip) (?:through|thru)|book|schedule|risk|undergo|face|choose|need|wait for|spend|suffer|pay for|queue for|keep(?: take| have| go to| see| pay for| book| queue for| spend on| use| wait for)?|continue(?: to)?(?: take)?|carry on(?: take)?|still take) (?:\S+ ){0,5}${CARE}`),
      // "Why wait two years on the NHS list when…", "why go under general anaesthetic when…", "why let a consultant talk you into a new hip when…": care set against an alternative.
      new RegExp(String.raw`\bwhy (?:wait|queue|go under|let\b(?: \S+){0,3} (?:talk|rush|push|pressure|hurry|persuade|convince)|agree to|sign up for|opt for|settle for)\b(?: \S+){0,8} (?:(?:nhs|surgical|operation|surgery|hospital) list|general an(?:a)?esthetic|${CARE})\w*(?: \S+){0,4} when (?:you|your|a|an|one|our|we|the|this)\b`),
      // Round 29. The care named, then not needed by a pronoun: "Why lose a harvest laid up after a knee op, when one
      // morning with us means you will never need one?" (not "another one": a new joint's own record).
      new RegExp(String.raw`\b${CARE}\w*(?: \S+){0,14} (?:will |would |shall )?(?:never|no longer) (?:ever )?need (?:one|it|them)\b`),
      new RegExp(String.raw`\b(?:day|time) of (?:\S+ ){0,4}${CARE}\w*(?: \S+){0,7} be (?:over|go|numbered)\b`),
      // Round 24. "Results that leave hospital physiotherapy in the shade", "We pip the big city hospitals at the post" (see the superlatives below).
      // Round 23. The clinician's advice overruled: "Your consultant said replacement? Let your own cells overrule them".
      /\b(?:overrule|overturn|override|second-guess|outvote) (?:them|him|her|the (?:consultant|surgeon|gp|doctor|physio)|your (?:consultant|surgeon|gp|doctor|physio))\b/,
      // Round 23. Care put out of mind: "Put the surgeon's waiting list out of your mind".
      new RegExp(String.raw`\bput (?:\S+ ){0,4}${CARE}\w*(?: \S+){0,3} out of (?:your|their|my) (?:mind|head|thought)s?\b`),
      // Round 23. An FAQ on still seeing care answered no: "Should I still see my GP about my hip? A: Not once you've had your injection".
      new RegExp(String.raw`\bstill (?:need|see|visit|go to|take|have|book) (?:\S+ ){0,2}${CARE}\w*\b[^?]{0,80}\?\s*(?:a\s*:\s*)?(?:no|nope|not (?:once|after|any ?more|any longer|really|if)|rarely|seldom|hardly ever)\b`),
      // Round 23. "there's really no reason to go back to your GP about your knees".
      new RegExp(String.raw`\bno (?:\S+ )?(?:need|reason|call) to (?:go back to|return to|keep see|keep go to) (?:\S+ ){0,2}${CARE}`),
      // Round 22. Care in a headline question, refused in the answer: "Is your surgeon pushing a new hip? Say no, and…".
      new RegExp(String.raw`(?<=\b${CARE}\w*\b[^.!?]*\?\s*)(?:just |simply )?(?:say no|refuse|decline|turn (?:it|them) down|walk away)\b`),
      // Round 22. Care named, then called off by a pronoun: "anyone booked in for knee surgery: cancel it and try stem cells first".
      new RegExp(String.raw`(?<=\b${CARE}\w*\b[^.!]*?)\b(?:(?:cancel|skip|ditch|scrap|bin|shelve|call off) (?:it|them|that|those)|call (?:it|them|that|those) off)\b`),
      // Round 22. Ours in place of the care named: "If your surgeon says you need a replacement, come to us instead".
      new RegExp(String.raw`(?<=\b${CARE}\w*\b[^.!]*?,\s*)(?:come to|see|choose|try|book with|turn to) (?:us|our \S+) instead\b`),
      // Round 28. The care not needed since ours: "Mr T. … has not needed his prescribed co-codamol since his bone marrow treatment".
      new RegExp(String.raw`\b(?:have|has|had|be) ${NEGATION} (?:need|take|use|require|touch)\w* (?:his|her|their|my|your|any|a|the) (?:\S+ ){0,2}${CARE}\w*\b(?: \S+){0,2} since (?:his|her|their|my|your|the|our|having)\b`),
      // Round 28. The care said not to be needed after ours: "after a Lipogems injection, a knee replacement simply won't be necessary".
      new RegExp(String.raw`\b${CARE}\w*\b(?: \S+){0,3} (?:simply |just |then |probably |usually |often )?(?:will|wo|would|may) ${NEGATION} (?:then )?be (?:necessary|needed|required)\b`),
      // Round 28. Nobody needs the care: "nobody with knee arthritis needs to go under the knife"; "no need for your patients to keep taking their prescribed anti-inflammatories".
      new RegExp(String.raw`\b(?:nobody|no one|no-one|no patient)\b(?: \S+){0,5} need (?:to )?(?:\S+ ){0,3}${CARE}`),
      new RegExp(String.raw`\bno (?:need|reason) for (?:\S+ ){0,3}to (?:keep |continue |carry on )?(?:take|use|have|see|attend|wear)\b(?: \S+){0,3} ${CARE}`),
      // Round 26. Our treated people said not to go on to the care: "treated members simply don't go on to surgery".
      /\b(?:our|treat|treated) (?:\S+ )?(?:patient|member|client|employee|staff|customer|user|worker)s? (?:simply |just |generally |usually |then )?(?:do not|rarely|seldom|never|hardly ever) (?:end up |go on to |then )?(?:need |require |have |get )?(?:one|it|them|a replacement|surgery|an operation|a new (?:knee|hip|joint))\b/,
      // Round 26. Off the surgical list by one's own hand: "should take themselves off it and book…", "come off it and try us first".
      /(?<=\blist\b[^.!]*?)\b(?:(?:take|get) (?:yourself|yourselves|themselves|themself|himself|herself|myself|them|him|her) off|(?:come|step|jump) off) (?:it|that|the list|the waiting list)\b/,
      // Round 26. Nobody has to go through the care any more: "Nobody on our corporate scheme has to sit through months of physiotherapy any more".
      new RegExp(String.raw`\b(?:nobody|no one|no-one|none of (?:our|them|you|us))\b(?: \S+){0,6} (?:have|need) to (?:\S+ ){0,5}${CARE}\w*(?: \S+){0,3} (?:any ?more|again|these days|now)\b`),
      // Round 26. The clinician's advice answered "you don't": "Your consultant might say you need a new knee but, to be fair, with this you really don't".
      // (The match starts after "but": the clinician's "say" before it reports the advice, not the answer.)
      new RegExp(String.raw`(?<=\bneed (?:\S+ ){0,3}${CARE}\w*\b[^.!?]{0,10}\bbut\b[ ,]*)[^.!?]{0,40}?\byou (?:really |actually |honestly |simply |just )?do ${NEGATION}(?= ?[.!,;]| ?$)`),
      // Round 22. "…because our patients don't end up needing one."
      /\bour (?:\S+ )?patient (?:do not|rarely|seldom|never|hardly ever) (?:end up |go on to |then )?(?:need|require|have) (?:one|it|them|a replacement|surgery|an operation|a new (?:knee|hip|joint))\b/,
      // Round 21. Care named, then dropped by a pronoun with our help: "Fed up with daily painkillers? Our PRP lets you
      // stop taking them altogether", "your own cells offer a way off them entirely".
      new RegExp(String.raw`(?<=\b${CARE}\w*\b[^.!]*?)\b(?:(?:let|help|allow|enable) (?:\S+ )?(?:stop|come off|get off|quit|ditch|drop|give up)(?: take| use)?|(?:a|the|your) (?:way|route|ticket|exit) (?:off|out of)) (?:them|it|those|these)\b`),
      // Round 27. Care put off for good by a pronoun: "If your surgeon has pencilled you in for a new knee, put it off indefinitely…".
      new RegExp(String.raw`(?<=\b${CARE}\w*\b[^.!]*?)\bput (?:it|them|that|this) off (?:indefinitely|for good|forever|for ever|permanently)\b`),
      // Round 27. Whether the care is needed, answered no: "Is your hip replacement really necessary? With our sponsor's injections, the answer is no".
      new RegExp(String.raw`\b${CARE}\w*\b(?: \S+){0,3} (?:really |actually |still |truly )?(?:necessary|needed|essential|unavoidable|inevitable)\b[^.!]*\? [^.!?]{0,60}\bthe answer (?:be|is) (?:often |usually |probably |simply |a (?:clear|firm|resounding) )?no\b`),
      // Round 26. …or escaped by ours: "Is your consultant pushing you to the operating table? Our stem cells are the way to escape it".
      new RegExp(String.raw`(?<=\b${CARE}\w*\b[^.!]*?)\b(?:the|a|your|our) (?:\S+ )?(?:way|route|ticket|means|answer) to (?:escape|avoid|dodge|swerve|sidestep|skip|side-step|bypass|get out of) (?:it|them|that|those|this)\b`),
      // Round 26. A second opinion from your own cells against the care: "told you need a new knee? Get a second opinion from your own stem cells instead".
      new RegExp(String.raw`(?<=\b${CARE}\w*\b[^.!]*?)\b(?:second|another|fresh) opinion from (?:your|our|their) (?:own )?(?:\S+ )?(?:cell|platelet|body|fat|blood|marrow|injection|tissue)`),
      // Round 26. A question about keeping care answered with dropping it: "Should I keep doing my physio exercises? A: … you can skip the band work".
      new RegExp(String.raw`(?<=\b(?:should|do|must|need|can) (?:i|we|you) (?:still |really )?(?:keep|continue|carry on|stick with|need)\b[^?]*\b${CARE}\w*\b[^.!?]*\?[^.!]*?)\byou can (?:\S+ )?(?:skip|drop|ditch|stop|forget|give up|bin|abandon) (?:the|your|those|that|it|them)\b`),
      // Round 26. The hospital told to stand down: "tell them you won't be needing that bed".
      new RegExp(String.raw`\btell (?:them|the hospital|the ward|your (?:surgeon|consultant|gp)|the (?:surgeon|consultant)) (?:that )?you (?:will|wo|do|would|shall) ${NEGATION} (?:be )?need (?:that|the|your) (?:bed|slot|operation|date|appointment|theatre slot|place)\b`),
      // Round 26. Asked whether care can be cancelled, answered yes: "…ask whether they can cancel their pre-op assessment, and after treatment the answer is usually yes".
      new RegExp(String.raw`\b(?:whether|if) (?:they|you|i|we) (?:can|could|may) (?:${DROP_CARE}|stop|skip|cancel) (?:\S+ ){0,3}${CARE}\w*\b(?:(?!\b(?:gp|doctor|surgeon|consultant|prescriber|physio|if)\b)[^.!?])*\bthe answer (?:be|is) (?:usually |often |nearly always |almost always |always |generally |normally )?yes\b`),
      // Round 26. …or by what our patients can do: "Taking tramadol every day? Our patients find they can come off it completely".
      new RegExp(String.raw`(?<=\b${CARE}\w*\b[^.!]*?)\bour (?:\S+ )?patient\b(?: \S+){0,3} (?:can|could|be able to|manage to|get to) (?:\S+ )?(?:stop|come off|get off|quit|ditch|drop|give up)(?: take| use)? (?:them|it|those|these)\b`),
      // Round 21. The new joint refused for the one you have: "Is your consultant pushing a new knee? Come to us and keep the one you've got."
      new RegExp(String.raw`(?<=\b(?:new (?:knee|hip|joint|shoulder)|replacement|arthroplasty|prosthes\w*)\b[^.!]*?)\bkeep (?:the one you|(?:your|their|his|her) own(?: (?:knee|hip|joint|shoulder))?|the (?:knee|hip|joint|shoulder) you|yours|theirs)\b`),
      // Round 21. Care not to be troubled again: "no need to trouble your GP about your knee again once you've been to see us".
      new RegExp(String.raw`\bno (?:need|reason|call) to (?:trouble|bother|see|visit|call|ring|consult|go back to|return to) (?:\S+ ){0,2}${CARE}\w*\b[^.]{0,40}\b(?:again|any ?more|any longer|ever)\b`),
      // Round 21. Care put off for good in the passive: "your hip prosthesis can be postponed indefinitely".
      new RegExp(String.raw`\b${CARE}\w*(?: \S+){0,3} (?:can|could|may|will|might) (?:safely |now |simply )?be (?:postpone|delay|defer|put off|push back|shelve) (?:indefinitely|for good|forever|for ever|permanently)\b`),
      // Round 20. Care made needless by ours: "exercise therapy becomes redundant once…".
      new RegExp(String.raw`\b${CARE}\w*(?: \S+){0,3} (?:become|be|seem|prove|look) (?:\S+ )?(?:redundant|unnecessary|obsolete|superfluous|pointless|needless|surplus to requirement)\b`),
      new RegExp(String.raw`\bgive (?:\S+ ){0,4}${CARE}\S*(?: \S+){0,2} a miss\b`),
      // Round 19. Care replaced by ours in the passive ("physio can be replaced by one visit to our clinic"),
      // or after its headline ("Your exercise programme? Consider it replaced by a single injection").
      new RegExp(String.raw`\b${CARE}\w*(?: \S+){0,3} (?:can|could|will|may|should|would) (?:\S+ )?be replace by\b`),
      new RegExp(String.raw`\b${CARE}\S*(?: \S+){0,3} \? (?:\S+ ){0,3}(?:consider|call|count) (?:it|them|that|those) (?:replace|cancel|scrap|go|history|redundant|obsolete|unnecessary|sort)\b`),
      // "Take arthroscopy off the table".
      new RegExp(String.raw`\btake (?:\S+ ){0,3}${CARE}\w* off the (?:table|cards|agenda)\b`),
      // An FAQ answered no: "Do I still need physiotherapy after PRP? No, the injection does the work".
      new RegExp(String.raw`\b(?:still need|need (?:\S+ ){0,2}${CARE}\w* (?:after|once|now that)\b)(?: \S+){0,6} \? (?:no|nope|not any ?more|not any longer|rarely|seldom|hardly ever)\b`),
      // Doubt cast on booked care: "Do you really still need that knee operation you've been booked in for?"
      new RegExp(String.raw`^\W*(?:do|does) (?:you|i|we|they|he|she|your \S+) (?:really|honestly|truly|actually) (?:still )?need (?:\S+ ){0,3}${CARE}[^?]*\?`),
      new RegExp(String.raw`^off (?:\S+ ){0,2}${CARE}`),
      // "No more waiting for a new knee", "means no operation later", "can safely be cancelled", "on hold for good".
      new RegExp(String.raw`\bno more (?!than\b)(?:\S+ ){0,5}${CARE}`),
      new RegExp(String.raw`\bmean (?:no|an end to) (?:\S+ ){0,2}${CARE}`),
      new RegExp(String.raw`\b${CARE}\w*(?: \S+){0,5} be (?:cancel|skip|drop|scrap|shelve|forget)\b`),
      // …and stopped, set aside or brought to a close, with a modal so that it is passive ("NSAIDs can be stopped
      // completely", "the follow-up with the surgeon may be set aside"), not "pain is stopping you".
      new RegExp(String.raw`\b${CARE}\w*(?: \S+){0,4} (?:can|could|will|should|may|might|must) (?:[a-z]+ly |then |now )?be (?:[a-z]+ly )?(?:stop|discontinue|ditch|abandon|axe|set aside|put aside|dispense with|do away with|forgo|forgone|waive|bring to (?:a close|an end)|wind down|wound down|phase out|taper off|end|give up|surrender|relinquish|hand back|stand down|cancel)\b`),
      new RegExp(String.raw`\bput (?:\S+ ){0,3}${CARE}\w* on hold (?:permanently|for good|forever|indefinitely)\b`),
      // Round 18. A referral withdrawn; care as last season's; care off the cards; care skipped in a story.
      /\b(?:existing |current |surgical |orthopaedic |orthopedic )?referral\w*(?: \S+){0,2} (?:be|should be|can be|may be) (?:withdraw|withdrawn|cancel|rescind|stand down)\b/,
      new RegExp(String.raw`\b${CARE}\w*(?: \S+){0,2} be (?:so |very |totally |just )?(?:last season|last year|yesterday|old hat|old-fashioned|outdated|out of date|passé|old news|yesterday['’]s news)\b`),
      new RegExp(String.raw`\b${CARE}\w*(?: \S+){0,3} be (?:now |then )?off the (?:cards?|table|agenda)\b`),
      new RegExp(String.raw`\b${CARE}\w*\b[^.]{0,60}\b(?:but|and|so) (?:i|we|they|he|she) (?:do not|never) (?:bother|go|do)\b[^.]{0,40}\binstead\b`),
      // Round 17. Clinical advice contradicted: "your surgeon says you need a new knee; your stem cells say otherwise" (round 25: "…but this clinic proves otherwise").
      new RegExp(String.raw`\b${CARE}\w*\b[^.]{0,40}(?: ;| , but| but| -| —| –) (?:\S+ ){0,4}(?:say|think|know|beg|prove|show|demonstrate) (?:otherwise|differently|to differ)\b`),
      // Round 16. Care held off until we have seen you: "don't sign anything until you've seen us"; a referral called off by its kind.
      /\b(?:do not|never) sign (?:anything|(?:a|any|the) (?:consent )?form|up for (?:\S+ ){0,3}(?:surgery|operation|replacement))\b[^.]{0,30}\b(?:until|before) you (?:have )?(?:see|speak to|talk to|visit|try|call) us\b/,
      new RegExp(String.raw`\b(?:${DROP_CARE}) (?:\S+ ){0,2}(?:nhs|hospital|surgical|orthopaedic|orthopedic|surgeon|consultant|specialist) (?:\S+ )?(?:referral|appointment|consultation|assessment|review)\b`),
      // Round 13. Put off for ever, in the passive: "surgical consultations may be postponed indefinitely once…".
      new RegExp(String.raw`\b${CARE}\w*(?: \S+){0,4} (?:can|could|will|should|may|might|must) (?:[a-z]+ly |then |now )?be (?:[a-z]+ly )?(?:postpone|put off|defer|delay|shelve)\w* (?:indefinitely|for good|permanently|forever|for ever|for years|for the foreseeable future)\b`),
      // Ours as a stand-in, with the contrast set off by commas: "a substitute for, rather than a supplement to, the physio's exercises".
      new RegExp(String.raw`\b(?:substitute|replacement) for , (?:rather than|not|instead of) (?:\S+ ){1,4}, (?:\S+ ){0,3}${CARE}`),
      // The answer drops the care named in the question ("Your surgeon's follow-up clinic? After the injection, you simply won't need it."), not us.
      new RegExp(String.raw`\b${CARE}\S*(?: \S+){0,3} \? (?:[^?\s]+ ){0,9}(?:will not|do not|never) (?:be )?need\b(?! (?:us|our|me|we|a clinic|anyone)\b)`),
      // (Not across a question mark: "Worried about surgery? You can stop the consultation at any time" is about the consultation.)
      new RegExp(String.raw`\b${CARE}\w*(?: (?!\?)\S+){0,3} (?:can|will|could) (?:safely |finally |simply |now )?(?:end|stop|cease|lapse|expire|run out|go back to the (?:pharmacy|chemist))\b(?! work)`),
      // "Can wait for ever", "not something you will need", "no reason to keep taking tablets", "stop needing", "need never face".
      new RegExp(String.raw`\b${CARE}\w*(?: \S+){0,2} (?:can|will) wait(?: ,)?(?: (?:possibly|perhaps|maybe|probably|quite possibly|quite happily))? (?:for ?ever|forever|indefinitely)\b`),
      new RegExp(String.raw`\b${CARE}\w*(?: \S+){0,3} be (?:\S+ ){0,2}not something (?:you|we|they|patients?) (?:will )?need\b`),
      new RegExp(String.raw`\b(?:no|little|hardly any|scarcely any|not much) (?:longer )?(?:any )?(?:reason|point|need|sense|call)(?: to| in| for)? (?:keep |continue )?(?:take |have |book |wait for |go under |undergo |face |see |pay for |bother with |put (?:yourself|themselves|your body|your knee|your hip) (?:through|thru) |go (?:through|thru) |queue for |wait for )?(?:\S+ ){0,2}${CARE}`),
      /\bstop (?:need|require)\b/,
      /\bno longer (?:part of|in) (?:your|their|our patients['’]?) (?:future|life|plan)\b/,
      new RegExp(String.raw`\b(?:need never|never need to|will never have to|never have to) (?:face|have|undergo|go (?:through|thru)|see) (?:\S+ ){0,3}${CARE}`),
      new RegExp(String.raw`\bstop (?:take |have |get |do |see |go to |attend )?(?:the |your |their )?(?:\S+ ){0,3}${CARE}`),
      new RegExp(String.raw`\b(?:off|leave) the (?:\S+ )?waiting list\b|\btake (?:you|your name|yourself|me|them|their name) off (?:the|their|his|her|your) (?:\S+ )?(?:list|waiting list)\b`),
      // "You won't need to keep going back to your GP for stronger painkillers" (not "…need to stop your tablets": that keeps them).
      new RegExp(String.raw`\b(?:(?:will not|do not|never|no longer) (?:have to|need to)|no (?:longer )?(?:any )?need to)(?: keep)?(?: (?:go|come) back to| see| visit| book| attend| queue for| wait for| have| take| use| wear| do)?(?! (?:stop|pause|change|skip|give up|come off|cut down|reduce|halve)\b) (?:\S+ ){0,4}${CARE}`),
      // "You won't need the operation…", "never need a new knee".
      new RegExp(String.raw`\b(?:will not|do not|never) (?:be )?(?:have to have|need|require) (?:(?:the|a|an|your|any|that|this|those|these|their|his|her) )?(?:\S+ ){0,2}${CARE}`),
      // Care said to be needless, passive or adjectival: "physiotherapy is not required", "replacement is now avoidable".
      new RegExp(String.raw`\b${CARE}\w*(?: \S+){0,2} be (?:now |then )?(?:not|no longer|never|rarely) (?:require|necessary|need|needed|essential|inevitable)\b`),
      new RegExp(String.raw`\b${CARE}\w*(?: \S+){0,5} (?:be|become) (?:\S+ ){0,2}(?:avoidable|optional|unnecessary|needless|pointless|useless|redundant|obsolete|history|a waste|waste of|surplus to)\b`),
      // Care ruled out for later: "no new hip tomorrow", "no operation down the line".
      new RegExp(String.raw`\bno ${CARE}\w* (?:tomorrow|next year|in the future|down the line|ever)\b`),
      // A list of care done without: "No surgery, no tablets, no physio".
      new RegExp(String.raw`\bno ${CARE}\w*(?: ,| and| or)(?: \S+)? no ${CARE}`),
      // A headline question answered at once: "Surgery? Not any more."
      new RegExp(String.raw`\b${CARE}\w*(?: \S+){0,5} \? (?:not any ?more|no more|no longer|never again|not for (?:\S+ ){0,2}(?:you|patient|us|me|them)|not (?:need|necessary|require)|no need|forget (?:it|about it)|no thanks|no thank you|skip it|off the (?:table|cards|agenda)|a thing of the past|history|go for good|not here|not with us|not at (?:our|this) clinic|not (?:once|after|now that|since) (?:\S+ ){0,4}(?:injection|treatment|cell|procedure|therapy|lipogems|prp|bmac))\b`),
      new RegExp(String.raw`\b${CARE}\w*(?: \S+){0,4} \? (?:\S+ ){0,5}(?:throw|bin|ditch|forget|drop|quit|give up|say goodbye|wave goodbye|clear (?:\S+ )?out|get rid|chuck|toss)\b`),
      /\bput (?:\S+ )?off for good\b/,
      /\bunnecessary\b/,
      /\bunder the knife\b(?! or\b)(?<!\bor under the knife)/,
      /\breplace the need\b/,
      /\bno need to (?:wait|have|see|go)\b/,
      // "Patients rarely need to go back on their medication."
      new RegExp(String.raw`\b(?:rarely|seldom|hardly ever|almost never|barely) (?:ever )?(?:need|require|have to|necessary to)\b(?: \S+){0,5} ${CARE}`),
      // "Ignore anyone who tells you that you need a new knee."
      new RegExp(String.raw`\bignore (?:anyone|anybody|those|people|the doctor|the surgeon|your (?:doctor|surgeon|gp|consultant)|doctor|surgeon|advice)\b\S*(?: \S+){0,8} ${CARE}`),
      // "No reason to wait on the NHS list for a joint replacement any more": waiting for care is the care.
      new RegExp(String.raw`\bno (?:reason|point|need|sense)(?: to| in)? (?:keep )?(?:wait|queue|stay|sit|remain)\b(?: \S+){0,6} (?:(?:nhs|wait|surgical|operation|surgery) list|${CARE})`),
      /\b(?:surgeon|doctor|consultant|gp)(?:['’]s)? advice\b(?: \S+){0,6} set aside\b/,
      /\bdo not let (?:your )?(?:\S+ ){0,2}(?:talk|rush|push|pressure|hurry|bully) you into\b/,
      /\bdo not let (?:a |the |your |any )?(?:surgeon|doctor|consultant|gp) (?:replace|operate|cut|talk|persuade|convince|rush|push)\b/,
      // "Tell your surgeon thanks, but no thanks"; "Injections, not incisions".
      new RegExp(String.raw`\btell (?:\S+ ){0,2}${CARE}\w*(?: \S+){0,4} no thank`),
      new RegExp(String.raw`\b(?:injection|cell|lipogems|prp|bmac|needle|syringe|jab)s? , not (?:\S+ )?(?:${CARE}\w*|incision|scar|stitch)(?: [.!:;—-]|$)`),
      // Off the list for care: "patients on the waiting list for a new hip can take themselves off it".
      new RegExp(String.raw`\b${CARE}\S*(?: \S+){0,6} (?:can|could|will|may) (?:take|get|come|remove) (?:\S+ )?off (?:it|them|the list)\b`),
      // Ours in place of care: "put your name on our list, not the NHS waiting list for a new knee".
      new RegExp(String.raw`\b(?:our|ours|us|we)\b(?![^,;?]{0,40}\b(?:sell|sold|class|classify|register|regulate|market|label|describe|count|define|supply|supplied) as\b)[^,;?]{0,40}, not (?:the |your |a |an )?(?:\S+ ){0,2}${CARE}`),
      // A headline question about care answered by its ending: "Ibuprofen every morning? That chapter can close."
      new RegExp(String.raw`\b${CARE}\w*(?: \S+){0,4} \? (?!(?:\S+ ){0,6}(?:keep|take|continue|until|prescribe|as|ask|talk|check)\b)(?:\S+ ){0,4}(?:close|be over|over|finish|be finish|end|be do|done|retire|behind you|give (?:it|them) away|hand (?:it|them) back|let (?:it|them) go|clear (?:it|them) out|free (?:it|them) up|(?:into|in|through|thru|down) the (?:bin|recycling|shredder|drawer|fire|past|skip|tip))(?: with| to (?:\S+ ){0,4}\S+)?(?: here| now| today| for good)?(?: [.!])?$`),
      // Appointments for care called off: "cancel that appointment with the orthopaedic surgeon".
      new RegExp(String.raw`\b(?:${DROP_CARE}) (?:\S+ ){0,2}(?:appointment|referral|consultation|date|slot|booking|place|check-up|checkup|follow-up|review|visit)s? (?:with|at|for|on) (?:\S+ ){0,3}${CARE}`),
      // The need for care named, then denied by an ellipsis: "Been told you need a new hip? Come to us first and you won't."
      new RegExp(String.raw`\bneed (?:\S+ ){0,3}${CARE}\S*(?: \S+){0,12} (?:and|so|then|,) (?:you|they|patient|people) (?:will not|do not|never|probably will not|may never)(?: (?:need|have to))?(?: (?:it|one|them|that|to))? [.!]?$`),
      // Care called off before it starts: "Don't book that meniscus op", "never agree to the operation".
      new RegExp(String.raw`(?:^\W*|[;:,.!?] )(?:do not|never) (?:book|have|get|agree to|go ahead with|sign up for|schedule|accept|say yes to)\b (?:\S+ ){0,3}${CARE}`),
      // Care put away for good: "your diclofenac gel can go in the drawer".
      new RegExp(String.raw`\b${CARE}\w*(?: \S+){0,3} (?:can|will|could) (?:go|stay|live|sit|gather dust) (?:in|into|back in|at the back of) (?:the|a|your) (?:drawer|cupboard|bin|cabinet|shelf)\b`),
      // Ours as all the care there is: "let a single injection be all the treatment your knee ever needs".
      /\ball the (?:treatment|care|help|therapy|fix)s? (?:\S+ ){0,3}(?:ever|will ever|would ever) need\b/,
      // Care as the crude option: "think of a hip replacement as the scrapyard option".
      new RegExp(String.raw`\b${CARE}\w*(?: \S+){0,2} as the (?:scrapyard|scrap-heap|scrapheap|nuclear|last-ditch|drastic|lazy|old-fashioned|outdated|brutal|butcher['’]s|sledgehammer) option\b`),
      // Round 12. Care no longer a given: "a knee replacement need no longer be regarded as an inevitable next step".
      new RegExp(String.raw`\b${CARE}\w*(?: \S+){0,3} (?:need|should|must|can) (?:no longer|not|never) be (?:regard|see|view|consider|treat|think of|accept)(?:ed)? as (?:\S+ ){0,2}(?:inevitable|necessary|essential|unavoidable|the only|a given|certain|required)\b`),
      // Care seldom needed: "further courses of physiotherapy are seldom required".
      new RegExp(String.raw`\b${CARE}\w*(?: \S+){0,2} be (?:seldom|hardly ever|rarely if ever|infrequently|not usually|not often|no longer) (?:require|necessary|need|needed|essential|call for)\b`),
      // A decision for care put on hold until ours is tried: "encouraged to put that decision on hold until they have tried stem cell therapy".
      /\b(?:put|place|keep) (?:\S+ ){0,4}on hold until (?:you|they|patient|people|he|she) (?:have |has )?(?:try|tried|have|had|see|seen|give|given)\b/,
      // Told care is needed, answered with keeping the joint: "Told you need a new hip? Come and see us and keep the hip you were born with."
      new RegExp(String.raw`\bneed (?:\S+ ){0,3}${CARE}\S*(?: \S+){0,10} keep (?:the|your) (?:own |original |natural )?(?:hip|knee|joint|shoulder)s?(?: (?:you be bear with|you were born with|intact))?\b`),
      // Ours as the end of replacement: "our injection means your joint never has to be replaced".
      /\b(?:never|no longer|will not|do not|need not|not) (?:have|need) to be (?:replace|operate on)\b/,
      // Round 11: wordings the classifier had only memorised, as rules.
      // Care avoided for good: "avoid the knife altogether", "replacement surgery can be avoided altogether with stem cells".
      new RegExp(String.raw`\bavoid (?:\S+ ){0,3}${CARE}\w*(?: \S+){0,2} (?:altogether|entirely|completely|for good|forever|for ever|for life|at all costs)\b|\b${CARE}\w*(?: \S+){0,2} (?:can|could|should|will|must) be avoid (?:altogether|entirely|completely|for good|forever|for ever|with|thanks to|because|,)`),
      // Care left to others: "leave the operating theatre to other people", "leave the prescription pad to other clinics".
      new RegExp(String.raw`\bleave (?:the |your )?(?:\S+ ){0,2}${CARE}\w*(?: \S+){0,2} to (?:other|others|someone else|somebody else|the rest)\b`),
      // Told they will not be needed: "tell your surgeon you won't be needing him", "tell your GP you won't be needing that referral".
      new RegExp(String.raw`\btell (?:\S+ ){0,2}${CARE}\w*(?: \S+){0,3} (?:you|they|we|i) (?:will not|do not|no longer) (?:be )?need\b`),
      // Care as something never needed or never reached: "hip surgery is something our patients simply never need", "a last resort you will never reach".
      new RegExp(String.raw`\b${CARE}\w*(?: \S+){0,3} be something (?:\S+ ){0,3}(?:never|rarely|seldom|no longer) need\b|\blast resort (?:\S+ ){0,10}(?:never|not|no longer) (?:reach|need|get to|come to)\b|\b${CARE}\w*(?: \S+){0,3} (?:should|can|will) be the last thing on (?:your|their|his|her) mind\b`),
      // Care struck off: "surgery can come off your to-do list", "that operation can be struck off the calendar", "can be taken off the table".
      new RegExp(String.raw`\b${CARE}\w*(?: \S+){0,6} (?:come|slip|drop|fall|take|cross|strike|struck|wipe|rub|scratch) (?:\S+ )?off (?:the |your |their )?(?:calendar|diary|list|table|agenda|to-do list|cards|christmas card list|radar|books)\b`),
      // Care shelved: "put the joint replacement on the back burner", "put your surgery plans on ice", "your physio programme can take a back seat", "back in the diary for never".
      new RegExp(String.raw`\b(?:put|place|leave) (?:\S+ ){0,4}${CARE}\w*(?: \S+){0,2} on (?:the back burner|ice)\b|\b${CARE}\w*(?: \S+){0,2} (?:can|could|will) take a back seat\b|\b${CARE}\w*(?: \S+){0,6} for never\b`),
      // Care let go: "let your repeat prescription lapse", "let the knee replacement go", "let the hip operation slip off your calendar".
      new RegExp(String.raw`\blet (?:\S+ ){0,3}${CARE}\w*(?: \S+){0,2} (?:lapse|go|slide|slip|run out|expire)\b(?! (?:ahead|through|on)\b)`),
      // Ours doing away with care: "makes that operation obsolete", "does away with the need for months of physiotherapy".
      new RegExp(String.raw`\bmake (?:\S+ ){0,3}${CARE}\w*(?: \S+){0,2} (?:avoidable|optional|unnecessary|needless|pointless|useless|redundant|obsolete|history|a thing of the past|surplus)\b|\b(?:do away with|remove|eliminate|take away|get rid of) the need (?:for|of) (?:\S+ ){0,3}${CARE}`),
      // Care put off for good: "postpone your replacement indefinitely", "hold off on that knee operation — you may never need it".
      new RegExp(String.raw`\b(?:postpone|put off|delay|defer|hold off(?: on)?) (?:\S+ ){0,4}${CARE}\w*(?: \S+){0,3} (?:indefinitely|for good|forever|for ever|permanently)\b|\bhold off (?:on )?(?:\S+ ){0,3}${CARE}\w*(?: \S+){0,2} (?:- |— |, |; )?you (?:may|might|will|could) never need\b`),
      // Surgery refused outright: "don't let them operate until…", "don't waste months on a physio programme".
      new RegExp(String.raw`\bdo not ${LET_THEM_OPERATE}`),
      // Ours in place of care: "rather than going under the knife, let your own cells do the work".
      new RegExp(String.raw`^\W*(?:rather than|instead of) (?:\S+ ){0,3}${CARE}\w*(?: \S+){0,5} , (?:(?:we|i) (?:recommend|suggest|advise) )?(?:let|choose|try|use|trust|pick|book|opt for|give|proceed\w*|go|going|move|moving|switch\w*) (?:\S+ ){0,2}(?:our|us|your own|(?:your |the )?body['’]s own|cell|injection|lipogems|prp|bmac|stem)\b`),
      new RegExp(String.raw`\b(?:do not|never) waste (?:\S+ ){0,3}(?:on|with) (?:\S+ ){0,2}${CARE}`),
      /\binstead of (?:a |an )?new (?:hip|knee|joint)\b/,
      /\binstead of (?:get|have|undergo|book) (?:a |an )?(?:new (?:one|joint|knee|hip)|replacement|operation|surgery)\b/,
      /\bstop (?:take )?(?:your |their )?(?:prescribe )?(?:\S+ )?(?:medication|medicine|painkiller|tablet|pill)\b/,
      /\bno more (?!than\b)(?:\S+ )?(?:tablet|painkiller|pill|medication|surgery|operation)\b/,
      /\bwhy have (?:surgery|an operation|a replacement)\b/,
      /\bavoid (?:the )?(?:risk|need) of (?:surgery|an operation|a replacement)\b/,
    ],
    // Care by name, or the new joint itself: "keep your own knee instead of getting a new one".
    requires: new RegExp(String.raw`\b${CARE}|\bneed (?:that|the|your) (?:bed|theatre slot)\b|\bbe replace\b|\bto be replaced\b|\bon hold until\b|${LET_THEM_OPERATE}|\bwhy (?:wait|queue|go under)\b|\b(?:nhs|hospital|orthopaedic|orthopedic) (?:\S+ )?(?:referral|appointment|consultation|assessment|review)\b|\bsign (?:anything|an?|any|the|up)\b|\breferral\w*(?: \S+){0,2} (?:be|should be|can be|may be) (?:withdraw|withdrawn|cancel|rescind)\b|\binstead of (?:get|have|undergo|book) (?:a |an )?new (?:one|joint|knee|hip)\b|, not (?:incision|scar|stitch)`),
    requiresNeeds: needs(
      ...CARE_NEEDS,
      formsOf('why', 'instead', 'incision', 'scar', 'stitch', 'operate', 'replace', 'hold', 'referral', 'appointment', 'consultation', 'assessment', 'review', 'sign', 'withdraw', 'withdrawn', 'rescind'),
    ),
    message: '%s may discourage care a patient needs',
    negationIsTheClaim: true,
    // Pausing a medicine around the procedure ("for a few days before the injection") is an instruction.
    // Also an admin requirement ("you do not need a GP referral to book").
    // …and a cited finding about people in general, not addressed to the reader or about our treatment
    // ("the majority of people with mild arthritis never need a joint replacement [@nice2022]").
    exempt: new RegExp(String.raw`(?<!\bno (?:reason|need|point|sense) )(?<!\b(?:be|been|gone|go|come|came|went) )\bto (?:book|make an appointment|see us|register|come in)\b|\bfor a (?:time|few days|day or two|week|while)\b|\bbefore (?:and after )?the (?:procedure|injection|harvest)\b|${SUPERVISED.source}|${CITED_POPULATION_FINDING.source}`, 'i'),
    // (The clinician as adviser, not their appointments or waiting list.)
    extraHedge: /\b(?:delay|postpone|choose|chose|prefer|preferred|ask(?:s|ed)? you to|tell(?:s)? you to|(?<!\b(?:my|our) )advice|(?<!\b(?:back to|trips? to|visits? to|go(?:ing)? to|see|seeing|visit(?:ing)?) (?:your |the |a )?)(?:clinician|doctor|surgeon|GP|nurse)(?!['’]?s? (?:appointments?|visits?|referrals?|waiting|lists?|prescriptions?|tablets|pills|medicines?|medication)\b)(?!['’]s\s*$)|if)\b/i,
    inTestimonial: true,
  },
  {
    id: 'unverifiable-superlative',
    claimClass: 'unverifiable-superlative',
    // (Two comparatives in a short line: the verbless headline bareComparatives reads.)
    trigger: /^(?=.{0,90}$).*\b(?:better|worse|fewer|less|more|[a-z]{3,}er)\b.*\b(?:better|worse|fewer|less|more|[a-z]{3,}er)\b|\b(?:most|best|finest|top|refer|send|copy|copies|imitat|emulat|envy|envies|look up|standing|dust|trailing|elite|benchmark|yardstick|byword|model|bar|pace|dream|number[- ](?:one|1)|no\.? ?1|gold|world|unrivall|unmatch|unbeat|unparallel|unequal|unsurpass|peerless|safest|highest|fastest|leading|leads?|leader|no other|unlike other|premier|foremost|eminent|beaten|bettered|surpass|topped|outdone|rivalled|equalled|crème|creme|cream|found it|right place|pioneer|second to none|envy|cut above|ranked|first|streets|head and|ahead|outshin|outclass|favou?rite|leaves?|match|compete|rival|comers|challeng|contender|equal|better|superior|pale|go-to|class|league|sets?|only|second|(?:the|our|its|their|\w+['’]s) (?:(?:single|very|clear|one) )?[a-z]{2,}est\b|supremac|pre-?eminen|incompar|matchless|ultimate|socks|supreme|definitive|shade|shame|water|spots|rings|nowhere|where else|who else|is there|could there|is any|are any|does any|do any|can any|will any|can you find|will you find|would you find|elsewhere|anywhere else|no better|no finer|no safer|no wiser|no smarter|no more|tier|notch|flight|first[- ]class|beating|award|prize|acclaim|renown|famous|rated|rank|voted|came top|comes top|exceptional|outstanding|remarkable|superb|excellent|extraordinary|phenomenal|spectacular|stellar|exemplary|first-rate|look no further|it better|stand|marks|wish|love to|everywhere else|every other|everyone else|undisputed|brightest|favourabl|difficult|hard|struggl|impossible|unlikely|pushed|aspire|outlast|outperform|beats?|fall short|falls short|the one that|the one which|outscor|outrank|trounc|outdo|outshin|outclass|pole|top spot|proper|genuine|real|authentic|spray|is to|are to|merely|perfect|master|refine|elevate|transform|sweep|awards? night|league table|ring|call|phone|regarded|find our|found our|compared|versus|down the road|round the corner|next door|high street|benchmark|the country|the uk|in the world|in europe|(?:britain|uk|country|nation|england|scotland|wales|ireland|london|europe|world|region|north|south|midlands|city|county)['’]s|reigning|undefeated|night and day|chalk and cheese|worlds apart|no contest|dream of|manage|bother|all the (?:other|rest)|(?:while|whereas) (?:others|the rest|other|competitors|the competition|rivals)|measures? (?:themselves|itself)|turns? to|comes? to us|learns? from|trains? with|looks? to|chasing|catch|trailing|lagging|keep up|fail|fell short|nobody|no one|no-one|whatever|mastered|nailed|cracked|excel|way|route|answer|option|choice|alternative|approach|solution|go-to|apart|perfected|unlike|behind|premium|experts?|specialists?|authority|people to see|name to trust|few|lap|: ours|: us|(?:does?|gets?|do) (?:it|them|this|things) right|improvement on|port of call|forefront|summit|pinnacle|front-?runner|pace-?setter|market leader|settle|put up with|dream of|real experts|forget the rest|were (?:football|clubs|cars|restaurants|hotels)|medals?\b|troph|stars?\b|oscars?\b|championship|olympic|wins?\b|won\b|winning)|#\s?1\b/i,
    tokens: (tagged) => superlativeAdjective(tagged) ?? bareComparatives(tagged),
    // A written superlative after a determiner (superlativeAdjective), or two comparatives (bareComparatives).
    tokensNeeds: needs(
      // (A token ends where its letters do: "every" and "moreover" hold no comparative.)
      String.raw`(?:the|our|its|their|his|her|['’]s)(?:\s|\[@[^\]]*\])*(?:(?:single|very|clear|one)\s+)?\S*[a-z]{2}est(?![a-z])`,
      String.raw`(?:better|worse|fewer|less|more|[a-z]{2}er)(?![a-z])[\s\S]*(?:better|worse|fewer|less|more|[a-z]{2}er)(?![a-z])`,
    ),
    // Written forms: a tagger lemmatises "best" to "good", which would lose the superlative.
    surface: [
      /\b(?:the )?most (?:effective|advanced|powerful|successful|experienced|trusted|respected|innovative|reliable|popular|qualified)\b/i,
      // (Not the practical tip: "mornings are your best bet for a quick booking", "the best time to ring".)
      /(?<![\w#])#\s?1(?!\d)|\b(?:best(?! (?:bet|time|day|chance|way|route)s? (?:for|to) (?:a |an |the |your )?(?:quick |fast |early |short |same-day |next-day )?(?:book|booking|appointment|slot|call|ring|phone|park|parking|reach|contact|get hold|get through|travel|avoid|visit|arrive)\b)|finest|top-rated|number[- ](?:one|1)|no\.? ?1|gold[- ]standard|world[- ]class|world[- ]leading|unrivalled|unmatched|unbeatable|safest|highest|fastest)\b/i,
      // (Not the verb: "leading the team this year", "leading a session"; but "leading the way", "leading the field" are ranks;
      // nor a ranked cause: "among the leading reasons for sickness absence".)
      /(?<!\b(?:is|are|was|were|be|been|am) )\bleading\b(?! (?:up )?to\b)(?! (?:the|a|an|our|my|his|her|their|this|these|those|them|us|you|him|by|from|with)\b(?! (?:way|field|pack|charge|industry|market|world|country|sector|race|league|revolution|nation|uk|region|profession|rest|competition)\b))(?! (?:causes?|reasons?|contributors?|drivers?|sources?|killers?|risk factors?)\b)/i,
      /\btop(?:[- ]rated|[- ]ranked)?(?: [a-z-]+){0,2} (?:clinic|choice|treatment|specialist|result|provider|centre|center|expert|surgeon|team)s?\b/i,
      // "The most cutting-edge…", "Britain's most sought-after…": most + any quality, bar the neutral ones.
      /\b(?:the|our|its|their|[a-z]+['’]s) most (?!(?:common|commonly|likely|recent|frequent|frequently|important|useful|usual|often|serious|people|patients|of|suitable|appropriate|part|we|you|they|it|that|this|than|and|to|is|was|can|could)\b)[a-z][a-z-]+/i,
      /\b(?:pre-?eminent|premier|foremost|unparalleled|unequall?ed|unsurpassed|peerless|second[- ]to[- ]none|the envy of|a cut above|a (?:class|league|notch|tier|world) above|incomparabl[ey]|matchless|unsurpassable)\b/i,
      // "The standout choice", "stands out from the crowd", "top marks from our patients".
      /\b(?:the )?stand-?out (?:choice|clinic|provider|team|name|service|specialists?)\b|\bstands? out from (?:the )?(?:crowd|rest|others|competition|pack)\b|\b(?:top|full) marks\b/i,
      /\bthe (?:ultimate|supreme|definitive)\b/i,
      /\b(?:top[- ](?:tier|notch|flight|class)|first[- ]class|world[- ]beating|class[- ]leading|(?:industry|market|sector)[- ]leading)\b/i,
      // Comparative idioms: "leaves steroid jabs in the shade", "puts other clinics to shame".
      /\b(?:in the shade|to shame|out of the water|knocks? (?:the )?(?:spots|socks) off|runs? rings (?:a)?round)\b/i,
      /\b(?:leaves?|left|leaving) (?:\S+ ){0,6}(?:standing|for dust|trailing|in the dust|in (?:its|their|our) wake|eating (?:our|its|their) dust)\b/i,
      // Round 25. Picked out of the whole field as the one that works: "Among all the clinics we compared, this is the one that actually delivers".
      /\b(?:among|of|out of) (?:all |every )?(?:the |those |these )?(?:\S+ ){0,2}(?:clinics?|providers?|options?|treatments?|services?|centres?|centers?|teams?|places?)\b[^.]{0,60}\b(?:this|it|ours|we|they)(?: (?:is|are)|['’]s|['’]re) (?:the (?:only )?one|the (?:only )?(?:clinic|provider|option|treatment|service|team|place)) (?:that|which|who) (?:actually|really|truly|genuinely|properly) (?:delivers?|works?|gets? results|does the job|lives? up|cares?)\b/i,
      // Round 25. Beaten on every count: "its Lipogems service outscored Clinic B's in every category that matters".
      /\b(?:outscor|outrank|outperform|outclass|outshin|outshon|beat|trounc)(?:e|es|ed|ing|s)? (?:\S+ ){1,4}(?:in|on|across) (?:every|each|all|nearly every|almost every) (?:category|measure|area|test|round|respect|metric|score|outcome|count|department)s?\b/i,
      // Race language: "lapping the field", "lapped the competition".
      /\blap(?:s|ping|ped)? (?:the )?(?:field|competition|rest|others|opposition|pack)\b/i,
      // Round 29. Contest language: "our injection sees off all comers", "beats all comers".
      /\b(?:see|sees|saw|seen|seeing|beat|beats|beaten|beating|take on|takes on|took on|fend off|fends off) (?:off )?(?:all|every) (?:comers|challengers?|rivals?|competitors?|contenders?)\b/i,
      // The question's answer given as us: "one name keeps coming up: ours".
      /\b(?:name|answer|choice|winner|address)\b[^.?!]{0,60}(?::|—|–) (?:ours|us|our (?:team|clinic))\s*[.!]?$/i,
      /\belite[- ](?:level|standard|quality|care|service|team|clinic|specialists?|clinicians?|results?)\b/i,
      /\bnowhere else\b/i,
      /\b(?:the )?pioneers?\b|\bpioneer(?:ing|ed)\b|\bpole position\b|\bthe top spot\b/i,
      /\b(?:world|market|industry|uk|national) leaders?\b|\blead(?:s|ing)? the (?:world|country|uk|field|way|market|industry|nation)\b/i,
      /\branked (?:first|top|number one|no\.? ?1|highest|best)\b/i,
      /\bno other (?:clinic|provider|centre|center|treatment)s?\b/i,
      new RegExp(String.raw`\bunlike (?:other|any other|most|many|the rest of the|the majority of|most of the|many of the|so many) (?:[a-z-]+ )?(?:clinic|provider|centre|center|treatment|practice|team)s?\b|\bunlike (?:anywhere|anything|anyone|anybody) else\b|${UNLIKE_MUCH_OF.source}`, 'i'),
      // Comparisons with the whole field in other words: "streets ahead", "outshines", "no clinic does it better", "cannot match our results".
      /\b(?:streets ahead|(?:miles|years|light years|leagues|way|well|far|(?:a|one|two|several|many|\d+) (?:generation|decade)s?|generations|decades) ahead of (?!(?:schedule|time|your appointment|the (?:injection|procedure|appointment|day))\b)|head and shoulders above|ahead of the (?:chasing )?(?:competition|field|rest|pack|curve|game)|outshin(?:es|ing|ed|e)|outclass(?:es|ed|ing)?|(?:favourite|favorite|most popular)(?: [a-z-]+){0,2} (?:clinic|treatment|provider|centre|choice))\b/i,
      /\bleaves? (?:all |every |the )?other\b[^.]{0,30}\bbehind\b/i,
      /\bbetter (?:[a-z-]+ ){0,2}anywhere\b/i,
      /\b(?:sets?|setting|rais(?:e|es|ed|ing)) the (?:standard|benchmark|bar|pace)\b/i,
      // "The benchmark for the industry", "the yardstick others are measured by".
      /\b(?:the|a) (?:benchmark|yardstick|standard-bearer|byword|model) (?:for|of|that|which|others|other|against|by which)\b/i,
      // "Results that other clinics can only dream of".
      /\bother (?:[a-z-]+ )?(?:clinics|providers|centres|centers|teams|practices|hospitals|surgeons)\b(?: [a-z]+){0,2} (?:can|could) only (?:dream of|hope for|wish for|aspire to|envy)\b|\b(?:care|results?|outcomes?|service|expertise|standards?|level of [a-z]+)\b(?: [a-z]+){0,3} (?:they|others|the rest|competitors|rivals|(?:most|many|other|big|high[- ]street) (?:[a-z-]+ )?(?:clinics|chains|providers)) (?:can|could) only (?:dream of|hope for|wish for|aspire to|envy)\b/i,
      // Titles nobody awards: "undisputed champions of knee regeneration".
      /\bundisputed\b|\b(?:reigning|undefeated) champions?\b/i,
      // A gulf between us and the rest: "the difference from injections offered elsewhere is night and day".
      /^(?=.*\b(?:elsewhere|other (?:clinics|providers|injections|treatments)|the rest|high[- ]street|chains?|everyone else)\b).*\b(?:night and day|chalk and cheese|worlds apart|no contest)\b/i,
      /\b(?:pales? in comparison|go-to (?:clinic|choice|provider|centre|center|place|team)|a class apart|in a (?:class|league) of (?:its|their|our) own|in a (?:class|league|category) of (?:one|its own)|in a (?:different|higher|whole other|another) (?:league|class))\b/i,
      /\bsuperior\b(?:\s+\S+){0,3}\s+(?:to|than) (?:anything|any|other|all|every)\b/i,
      // "A leader in orthobiologics", "leaders in the field".
      /\b(?:a|the|recognised|acknowledged|established|trusted) leaders? in\b|\bthe leaders? (?:of|for) (?:[a-z-]+ ){0,3}(?:treatment|care|medicine|injections?|therap(?:y|ies)|orthopaedics|orthobiologics|regenerative|the (?:field|market|industry|sector|pack))\b/i,
      // "Ours is the only clinic with results like these": a claim over the whole field.
      // (Not a listing: "the only clinic in the directory listed under both…".)
      /\bthe only (?:[a-z-]+ ){0,2}(?:clinic|provider|centre|center|team|practice)s? (?:with|to|that|which|where|in(?! the (?:directory|list|listings?|register|index|phone book)\b)|offering|able)\b/i,
      // Round 29. The same claim made with "only" before us: "Only our clinic can offer this level of precision",
      // "only we can give you care of this standard" (a level or standard that nobody else reaches; not
      // "only our nurses can book follow-ups").
      /\bonly (?:we|us|our (?:[a-z-]+ ){0,2}(?:clinic|team|lot|crew|practice|centre|center|doctors|surgeons|specialists|clinicians|experts))\b(?: [a-z]+){0,2} (?:can|could|will) (?:really |truly |genuinely )?(?:offer|give|provide|deliver|promise|guarantee|match)(?: you| patients)? (?:this|that|such|the same|care of this|results of this) (?:[a-z-]+ )?(?:level|standard|quality|degree|calibre|caliber|class|precision|expertise|results?)\b/i,
      RHETORICAL,
      // The field following us: "the clinic that others try to copy".
      /\b(?:others|(?:other|many|most|lots of|plenty of|countless|numerous) (?:[a-z-]+ )?(?:clinics|providers|centres|centers|teams|practices|hospitals)|competitors|rivals|the rest|everyone else)\b(?: [a-z]+){0,4} (?:copy|copies|imitate|imitates|emulate|emulates|envy|envies|look up to|wish (?:they|that)|would love to|measures? (?:themselves|itself) against|turns? to (?:us|our|for)|comes? to us|learns? from (?:us|our)|trains? with (?:us|our)|looks? to (?:us|our)|(?:are |is )?(?:still )?(?:chasing|catching up|playing catch-up|trailing|lagging behind|trying to keep up))\b/i,
      // Ours where the rest failed: "succeeds where others have failed", "when nobody else has managed to help", "those who tried everywhere else end up with us".
      /\bwhere (?:others|other [a-z]+s|everyone else|everybody else|the rest) (?:have |has |had )?(?:failed|fail|fall short|fell short|gave up|give up|could not|couldn't|couldn’t)\b|\bwhen (?:nobody|no one|no-one|no other [a-z]+)(?: else)? (?:has |have |had |could |can )?(?:managed to |been able to )?(?:help|helped|fix|fixed|succeed|succeeded)\b|\b(?:(?:tried|been to|visited|seen|tested) )?(?:everywhere else|every other (?:clinic|provider|centre|center|specialist|team|option)|everyone else|all the (?:other|rest))\b[^.]{0,40}?\b(?:end(?:s|ed)? up|come|comes|came|turn|turns|turned|find(?:s)? (?:their|your) way|land(?:s|ed)?) (?:with|to|at) (?:us|our)\b/i,
      // The field granted its say, ours still preferred: "Whatever other clinics offer, ours is the one worth having"; "other practices talk about it; we have mastered it".
      /\bwhatever (?:other [a-z]+s|others|anyone else|everyone else|the rest)\b[^.;]{0,40}, (?:ours|we|our)\b|\b(?:other [a-z]+s|others|the rest|competitors|(?:plenty of|lots of|many|most|countless) (?:other )?(?:places|clinics|providers|practices|centres))\b[^.;]{0,60}(?:;|, but|, while|—|–) (?:we|ours|our [a-z]+)(?: [a-z]+){0,2} (?:have |has |actually |truly )?(?:mastered|perfected|perfect|master|refine|elevate|transform|nailed|cracked|excel|lead|deliver|get it right|do it properly|do it right|done properly|done right|done correctly|(?:\S+ )?(?:better|more thoroughly|more carefully|more precisely|more effectively))\b/i,
      // The field behind us: "the competition is still catching up", "other clinics are following our lead".
      /\b(?:competition|competitors|rivals|other (?:clinics|providers|centres|centers|teams|practices)|others|the rest|everyone else|the (?:field|industry|sector))\b(?: [a-z]+){0,3} (?:is |are |has been |have been )?(?:still |only (?:now |just )?|just |finally |now )?(?:catching up|playing catch-?up|trying to (?:catch up|reach|match|equal|copy|keep up)|following our lead|following in our footsteps)\b|\b(?:the rest(?: of the (?:field|industry|sector|market|profession))?|everyone else|everybody else|others|other (?:clinics|providers|centres|centers|teams|practices|hospitals)|competitors|rivals|the (?:field|industry|sector|profession))\b(?: [a-z]+){0,2} (?:has|have) (?:still )?yet to (?:match|equal|catch up|rival|reach|better|beat|achieve|emulate|copy)\b/i,
      // A place's best: "Britain's benchmark hip injection service", "the country's premier…", "the UK's most-reviewed knee clinic".
      /\b(?:britain|the uk|uk|the country|the nation|england|scotland|wales|ireland|london|europe|the world|the region|the north|the south|the midlands|the city|the county)['’]s (?:very )?(?:benchmark|premier|leading|top|foremost|number[- ](?:one|1)|go-to|favourite|favorite|first-choice|most[- ](?!(?:common|recent|likely)\b)[a-z-]+|(?!(?:oldest|newest|largest|smallest|nearest|latest)\b)[a-z]{3,}est)\b/i,
      // The best in the country by its superlative: "the shortest waiting times for BMAC in the country", "the top regenerative medicine doctors in the country".
      /\bthe (?:very )?(?:(?!(?:oldest|newest|nearest|latest|largest|smallest|earliest)\b)[a-z]{3,}est|most [a-z-]+|best|top|highest|fewest|least) (?:[a-z-]+ ){0,4}(?:in|of any|among) (?:the |this |all the )?(?:country|uk|britain|world|region|city|land|nation|europe|london|county|business|industry|field|sector)\b/i,
      // Results that shine brightest, win everything, top any table: "our results shine brightest", "sweeps the board at every awards night", "would top any league table".
      /\b(?:our|we|ours)\b(?: [a-z-]+){0,3} (?:shines?|stands?|ranks?|comes?|finish(?:es)?|performs?|scores?) (?:the )?(?:brightest|tallest|highest|best|first|top)\b|\bsweeps? the board\b|\b(?:top|head|lead) (?:any|every|each) (?:\S+ )?(?:league table|table|ranking|chart|leaderboard)s?\b/i,
      // The clinic the rest turn to: "we're the clinic the others ring when they're stuck"; "we lead where others follow".
      /\bthe (?:clinic|team|people|one|name|place)s? (?:that )?(?:the )?(?:others|other (?:clinics|doctors|surgeons|providers|teams)|everyone else|competitors|rivals) (?:ring|call|phone|turn to|come to|refer to|ask|consult)\b|\b(?:we|our [a-z]+) leads?\b[^.]{0,20}\b(?:others|the rest|everyone else) (?:follow|trail|lag)\b/i,
      // Ours found better by those who tried the rest: "patients who have tried elsewhere find our outcomes superior".
      /\b(?:find|found|finds|rate|rated|consider|considered|judge|judged) (?:our|ours|us)\b(?: [a-z-]+){0,3} (?:superior|better|the best|unbeatable|unmatched|second to none)\b/i,
      // Superior, higher or better, compared with the rest: "superior cell yields compared with other London providers".
      /\b(?:superior|better|higher|greater|stronger|faster)\b(?:\s+\S+){0,4}\s+(?:compared (?:with|to)|relative to|versus|vs\.?) (?:other|any|all|the rest|every)\b/i,
      // Bigger than what you'd get elsewhere: "packs a bigger punch than the stuff you'll get down the road".
      /\b(?:[a-z]+er|more [a-z-]+|better)\b(?: \S+){0,5} than (?:\S+ ){0,5}(?:down the road|round the corner|around the corner|on the high street|elsewhere|anywhere else|next door)\b/i,
      /\bahead of (?:every|all|any) (?:other |the other )?(?:[a-z-]+ )?(?:clinics?|providers?|centres?|centers?|teams?|practices?)\b|\bahead of (?:all|every one|each) of (?:them|the others|the rest)\b/i,
      // An analogy with an emblem of the best: "our programme is to regenerative medicine what Wimbledon is to tennis".
      /\b(?:is|are) to (?:\S+ ){1,4}what (?:wimbledon|the olympics|rolls-royce|rolls royce|michelin|harrods|savile row|the ritz|the premier league|the champions league|formula one|f1|the gold standard|the oscars|the masters|st andrews|lord['’]s) (?:is|are) to\b/i,
      // Round 12. Favourable comparison with the field: "outcomes compare very favourably with any other provider's".
      /\bcompares? (?:very |most |extremely |highly |exceptionally )?favourably (?:with|to|against)\b|\bcompared? (?:very |most )?favourably\b/i,
      // Better hard to find: "it would be difficult to identify a more experienced team", "you'll struggle to find a team with a better track record".
      /\b(?:difficult|hard|hard-pressed|struggle|struggling|impossible|unlikely|pushed) to (?:find|identify|name|locate|come across|think of|beat|match)\b(?: \S+){0,4} (?:more [a-z-]+|better|finer|stronger|greater|(?!(?:other|never|over|under|either|whether|rather|ever|after|number|order|answer|later)\b)[a-z]{3,}er)\b/i,
      // The field's product set against ours as the real thing: "other clinics' injections are stock cubes; ours is the proper bone broth".
      /\b(?:other (?:clinics|providers|practices|teams)['’]?|others['’]?|the rest|competitors['’]?|cheap clinics|high[- ]street clinics)\b[^.;]{0,80}(?:;|, but|, while|—|–|:|, and|\band) (?:ours|we|our [a-z-]+)(?: [a-z-]+){0,2} (?:is|are|['’]s|use|offer|give|deliver) (?:the |a )?(?:proper|real|genuine|authentic|true|premium|gourmet|artisan|finest|best|hand-?made|home-?made|spray gun|professional)\b/i,
      // Outlasting everything: "our platelet injections outlast anything you'd get from the clinic down the road".
      /\bout(?:last|perform|do|shine|class)s?\b (?:anything|anyone|everything|every other|any other|all other|the rest)\b/i,
      // The field aspiring to us: "sets a standard to which other providers can only aspire".
      /\bto which (?:other|all other|the other|rival|competing) (?:[a-z-]+ ){0,2}(?:clinics|providers|practices|teams|services) (?:can|could) only aspire\b/i,
      // The field still behind us, in any metaphor: "…while everyone else is still in the pit lane".
      /\b(?:we|us|our|ours)\b[^.;]*?,? \b(?:while|whereas) (?:everyone else|everybody else|the rest|others|other (?:clinics|providers|centres|centers|teams|practices)|competitors|the competition|rivals) (?:is|are) still\b|^\W*(?:while|whereas) (?:everyone else|everybody else|the rest|others|other (?:clinics|providers|centres|centers|teams|practices)|competitors|the competition|rivals) (?:is|are) still\b[^.;]*, (?:we|our|ours)\b/i,
      // Superior as praise of ours, with nothing compared aloud: "a superior treatment for tennis elbow" (not anatomy: "the superior pole").
      /\b(?:a|the|our) (?:far |much |[a-z]+ly )?superior (?:[a-z-]+ ){0,2}(?:treatment|experience|service|option|choice|approach|care|results?|outcomes?|technique|method|injection|therapy|clinic|team|procedure)s?\b/i,
      // The last clinic anyone needs: "the only clinic you will ever need for your joints".
      /\bthe only (?:[a-z-]+ ){0,2}(?:clinic|provider|team|treatment|injection|place|specialist|name|number|address|doctor|surgeon|centre|center)s? (?:you(?:['’]ll| will| would)?|anyone (?:will|would)) ever (?:need|want)\b/i,
      // Ours said to be better with nothing named: "that is why our results are better" (not "better when you keep up physio").
      /\bour (?:[a-z-]+ )?(?:results?|outcomes?|success rates?|injections?|treatments?|techniques?|methods?|care|cells?) (?:are|is|look|come out)(?: simply| just| much| far| so| consistently| clearly| noticeably| markedly)? (?:better|superior|stronger)\b(?! (?:when|if|with|after|for|in|among|at|than (?:in|for|with|after|when|at|before))\b)/i,
      // "Where others dabble in PRP, we have mastered it": the field set against us by "where" or "while".
      /^\W*(?:where|while|whereas)\s+(?:others|other [a-z]+s|the rest|competitors|rivals)\b[^.;]{0,60}, (?:we|ours|our [a-z]+)(?: [a-z]+){0,2} (?:have |has |actually |truly )?(?:mastered|perfected|nailed|cracked|excel|lead|deliver|get it right|do it properly|do it right)\b/i,
      // Emblems of winning: "takes the gold medal every time", "wins gold for knee care".
      /\b(?:takes?|took|taking|wins?|won|winning|scoops?|claims?|bags?|deserves?) (?:the )?(?:gold(?: medal)?|top prize|first prize|crown|trophy|blue ribbon|podium)\b/i,
      // A conditional the page answers with itself: "If you are after the crème de la crème of joint care, you have found it."
      new RegExp(String.raw`^\W*(?:[a-z'’ -]{1,30}: )?(?:if you(?:['’]re| are)?|should you) (?:after|looking for|searching for|hunting for|want|wish|seek|need|be looking for)\b[^,]{0,80}\b(?:best|very best|finest|top|leading|gold[- ]standard|benchmark|ultimate|number (?:one|1)|premier|elite|crème de la crème|creme de la creme|cream of the crop|most [a-z-]+|${NOT_PRAISE_AHEAD}[a-z]{3,}est)\b[^,]{0,80}, (?:you(?:['’]ve| have) (?:just |already |now )?found (?:it|us|them|the right (?:place|clinic|team))|you(?:['’]re| are) (?:already |now )?in the right place|you(?:['’]ve| have) (?:already |just )?come to the right (?:place|clinic|people|team)|(?:you need )?look no further)\b`, 'i'),
      // Peers sending their patients: "the clinic other clinics refer their patients to".
      /\bother (?:clinics|doctors|surgeons|specialists|consultants|hospitals|gps|physios|physiotherapists)\b(?: [a-z]+){0,2} (?:refer|send|recommend)\b/i,
      // "Why settle for second best": ours is the best, by implication.
      new RegExp(SECOND_BEST, 'i'),
      // Accolades stand for a ranking nobody can check: "award-winning care", "our acclaimed team".
      // …when they praise our service ("award-winning hip care", "our acclaimed team", "we are award-winning"), not a hospital or a study.
      /\b(?:(?:multi[- ])?award[- ]winning|prize[- ]winning|(?:internationally |nationally |widely |critically |highly )?acclaimed|(?:world[- ]|internationally |nationally |widely )?renowned|world[- ]famous|(?:highly|top|best|highest)[- ]rated|highly[- ]ranked)\b(?: [a-z-]+){0,2} (?:care|service|team|clinic|centre|center|treatments?|injections?|therap(?:y|ies)|specialists?|surgeons?|doctors?|consultants?|clinicians?|experts?|practice|results|outcomes|approach|technique|procedures?|programme|staff|physios?|hands|provider)s?\b|\b(?:we|we're|we’re|clinic|team|service|ours?)(?: [a-z-]+){0,2} (?:is|are|be) (?:now |proudly |an? )*(?:(?:multi[- ])?award[- ]winning|acclaimed|renowned|(?:highly|top)[- ]rated)\b/i,
      // A ranking by its verb: "ranks first for outcomes", "voted number one", "came top in the survey", "rated highly by patients".
      /\b(?:rank(?:s|ed|ing)?|voted|finish(?:es|ed)?) (?:[a-z-]+ )?(?:first|top|number[- ](?:one|1)|no\.? ?1|1st|highest)\b|\b(?:came|comes|coming) top\b|\b(?:rated|ranked|regarded) (?:very )?highly\b/i,
      // Excellence claimed for results, which only a comparison of outcomes could show: "exceptional results", "outstanding outcomes".
      /\b(?:exceptional|outstanding|remarkable|superb|excellent|extraordinary|phenomenal|spectacular|stellar|exemplary|first-rate|unbeatable|superior|premium) (?:[a-z-]+ )?(?:results|outcomes|success rates?|track record)\b/i,
      // The field's only experts: "we are the experts in knee injections", "ours is the name to trust".
      /\b(?:we are|we're|we’re|ours is|our team is|our clinic is) (?:simply |truly |quite simply |proudly )?the (?:experts?|specialists?|authority|authorities|people to see|name to trust|clinic to see|team to beat|benchmark|yardstick|standard-bearer|gold standard|reference point|ones? to beat|top choice)(?= (?:in|on|for|when it comes to)\b|\s*[.!]?\s*$)/i,
      // Ours by elimination: "look no further", "the experts who do it better" (better than whom: everyone).
      /\blook no further\b|\b(?:do|does|doing) (?:it|things|this|knees|hips|joints) (?:better|best)\b/i,
      // A better way by its comparative, for the condition itself: "a better way to treat knee pain", "the smarter alternative to surgery".
      /\b(?:a|the|our) (?:better|smarter|safer|kinder|gentler|quicker|faster|wiser|more [a-z-]+) (?:way|route|answer|option|choice|alternative|approach|solution)s? (?:to (?:(?:keyhole|knee|hip|joint|shoulder|open|major|spinal) )?(?:treat|tackle|beat|fix|relieve|ease|manage|heal|repair|get rid of|deal with|surgery|an operation|a replacement|steroids?)|for (?:knee|hip|joint|tendon|shoulder|elbow|arthritis|pain|sore|painful|worn|stiff))\b/i,
      // Only the best: "when only the best will do", "you deserve nothing less", "the go-to for PRP".
      /\bonly the (?:best|finest|very best|top) will do\b|\b(?:the|our|[a-z]+['’]s) go-to\b|\bsets? (?:us|them|it|our [a-z]+) apart\b|,\s*(?:perfected|mastered|refined|redefined|reinvented|elevated|done right|done properly)\s*[.!]?\s*$|\bperfected (?:the|our|this) (?:[a-z-]+ )?(?:technique|treatment|procedure|injection|method|approach|protocol)\b/i,
      // The rest of the field left behind or outdone without being named: "unlike many", "leave the rest behind".
      /,\s*unlike (?:many|most|others|the rest|so many)\s*[.!]?\s*$|\bleaves? (?:the|all the) (?:rest|competition|field|others)(?! of) (?:\S+ )?behind\b/i,
      // Round 13. A rank by percentile among the field: "within the top one per cent of clinics internationally".
      /\btop (?:\d+|one|two|three|five|ten|half a) ?(?:per ?cent|percent|%) (?:of|among) (?:the )?(?:[a-z-]+ ){0,2}(?:clinics|providers|centres|centers|teams|practices|hospitals|surgeons|doctors|specialists|services)\b/i,
      // Superiority as a noun: "the superiority of our fat-derived cells over bone marrow has been recognised".
      /\b(?:superiority|supremacy|pre-?eminence) (?:of|over)\b/i,
      // Round 14. The ordinary clinic set against ours: "compared with the average orthopaedic clinic, our patients simply do better".
      /^\W*(?:compared (?:with|to)|next to|beside|against|versus|relative to) (?:the (?:average|typical|usual|ordinary|standard)|other|most|an? (?:average|typical|ordinary|standard)|any other) (?:[a-z-]+ ){0,2}(?:clinics?|providers?|hospitals?|practices?|teams?|centres?|centers?)\b[^.]*\b(?:better|more|[a-z]{3,}er|superior|outperform\w*|win\w*|beat\w*)\b/i,
      // A win by a margin: "our protocol wins by a mile", "beats the lot hands down".
      /\b(?:wins?|won|winning|beats? (?:them|it|the lot|all|everything)) (?:by a (?:mile|distance|country mile|street|landslide|long way)|hands down|every time|outright)\b/i,
      // The field chasing us: "the world's elite clinics are all trying to catch up with us".
      /\b(?:clinics|providers|hospitals|competitors|rivals|others|everyone else|the rest|the field|the industry)\b(?: [a-z']+){0,3} (?:trying|struggling|racing|scrambling|still|all|now|have|has|had|must) (?:\S+ ){0,2}catch(?:ing)? up (?:with|to) (?:us|our|ours)\b/i,
      // A tricolon of comparatives: "Better cells, better doctors, better results."
      /^\W*(?:better|finer|safer|faster|stronger|smarter|bigger) [a-z-]+, (?:better|finer|safer|faster|stronger|smarter|bigger) [a-z-]+\b/i,
      // An award that would be ours if it existed: "If there was a Michelin star for clinics, we would be wearing three".
      /^\W*if (?:there (?:was|were|is)|they (?:gave|handed) out|(?:[a-z-]+ ){1,3}had) (?:an? |the )?(?:[a-z-]+ )?(?:award|prize|medal|troph(?:y|ies)|star|ranking|league(?: table)?|championship|olympics?|cup|oscar|title)s?\b[^,]{0,60}, (?:we|our [a-z-]+|it)(?:['’]d| would| will)\b/i,
      // Round 15. The clinic that alone gets it right: "we're the clinic that actually does them right".
      /\b(?:we(?:['’]re| are)|ours is|this is) the (?:only )?(?:clinic|team|people|place|one|practice)s? (?:that|who|which) (?:actually |truly |really |finally )?(?:does?|gets?|do) (?:it|them|this|things|knees|hips) (?:right|properly|correctly)\b/i,
      // Round 18. A headline better than the field: "Miles better than the place down the road".
      new RegExp(HEADLINE_BETTER, 'i'),
      // Round 18. An improvement on what the field does: "a considerable improvement on that employed by most other providers".
      /\b(?:improvement|advance|step up|step forward|upgrade) (?:on|over) (?:that|those|the one|the ones|what)\b[^.]{0,40}\b(?:most|other|many|all|every|the rest|high[- ]street)\b(?: other)? (?:[a-z-]+ )?(?:providers|clinics|practices|hospitals|centres|centers|surgeons|units)\b/i,
      // The first call by default, at the forefront, at the summit: "the natural first port of call", "sits comfortably at the summit".
      /\bthe (?:natural |obvious |automatic |default )?first port of call\b|\bat the (?:very )?forefront of\b|\b(?:sits?|stands?|is|are|remains?|comes?|finish(?:es)?)(?: [a-z]+ly)? (?:at|on) (?:the )?(?:summit|pinnacle|apex|peak)\b/i,
      // Round 17. Ahead of the field by its noun: "we're the clear front-runner".
      /\b(?:the|a) (?:clear |undisputed |obvious |outright |runaway )?(?:front-?runner|pace-?setter|market leader)s?\b/i,
      // Round 16. Where the real experts are: "forget the rest, this is where the real experts are".
      /\b(?:this is|here is|here['’]s|we are|we['’]re) where (?:the )?(?:real|true|genuine|actual|proper|best|top) (?:experts?|specialists?|professionals?|doctors?|surgeons?|clinicians?)\b|\bforget (?:the rest|the others|other clinics|everyone else|everywhere else)\b/i,
      // The field's dream: "done right, the way the big hospital chains can only dream of".
      /\b(?:the )?(?:big |large |other |rival |high[- ]street |most |many )?(?:[a-z-]+ )?(?:clinics|chains|providers|hospitals|competitors|rivals|others) (?:can|could) only (?:dream of|hope for|wish for|aspire to|envy)\b/i,
      // A likeness that crowns us: "if regenerative clinics were football clubs, this one would lift the Champions League".
      /^\W*if\b[^,]{3,80}\b(?:were|was)\b[^,]{0,60}, (?:this one|we|ours|our [a-z-]+|this clinic|it)(?:['’]d| would) (?:lift|win|top|take|be|wear|get|have)\b[^.]{0,40}\b(?:league|cup|title|troph(?:y|ies)|medal|gold|crown|stars?|top|first|champions?|number one|prize)\b/i,
    ],
    // Superlatives about the evidence or about side effects are not claims about us.
    // …and a ranking within our own staff, one person ("our most experienced nurse runs the after-care clinic").
    // …nor a rule or a step counted first ("rule number one after the injection: keep the dressing dry").
    exempt: /\b(?:rule|tip|step|priority|job|lesson|thing to remember|piece of advice|instruction|exit|gate|door|entrance|platform|terminal|bus|route|room|bay|level|floor|junction|stop|lane|line|page|question|car park) (?:number[- ](?:one|1)|no\.? ?1)\b|\b(?:the |your |our )?number[- ](?:one|1) (?:rule|tip|priority|thing to (?:do|remember|avoid)|job|step|lesson|piece of advice|instruction)\b|\b(?:our|my|the) best (?:advice|guess|estimate|tip|suggestion|recommendation)\b|\bthe (?:best|most comfortable) (?:shoes|clothes|clothing|footwear|trainers|outfit|things? to (?:wear|bring|pack))\b|\b(?:best wishes|all the best|best of luck|best regards|with best|best[- ]known)\b|\bour (?:most [a-z-]+|[a-z]+est) (?:nurse|consultant|doctor|surgeon|physio|physiotherapist|radiographer|member of staff|colleague)\b(?!s)|\b(?:highest|top|first|greatest|biggest|main|leading|number[- ](?:one|1)|no\.? ?1) (?:priority|priorities|concern|concerns|aim|goal|commitment)\b|\bleading (?:bodies|body|organi[sz]ations?|authorities|experts|guidelines?|researchers?|journals?|charit(?:y|ies)|causes?|fundraisers?|figures|voices|scientists|questions?|theor(?:y|ies))\b|\b(?:number[- ](?:one|1)|no\.? ?1|golden|top|first) (?:rule|tip|instruction|thing to (?:remember|avoid|do)|mistake|question)s?\b|\bbest (?:way|time|place|person|route|option for you) to\b(?! (?:treat|heal|repair|fix|cure|tackle|beat|end) (?:a |an |the |your )?(?:[a-z-]+ )?(?:tendon|knee|hip|shoulder|elbow|joint|arthritis|osteoarthritis|pain|injury|tear|cartilage)s?\b(?![^.]*\b(?:is|are|was|be)\b))|\bbest (?:candidates?|suited|placed|fit|match|people|person) (?:for|to)\b|\b\w+est (?:way|time|place|person|route|option for you) to\b(?! (?:treat|relieve|ease|heal|repair|manage|fix|cure|tackle|beat|restore|regenerate|protect|save|end|deal with|get rid|get over|recover)\b)|\b(?:which|what)\b(?: \S+){0,3} (?:be|is) best\b|(?<!\bthe (?:very )?)\bbest for (?:you|your|each)\b|\b(?:highest|lowest|largest|smallest|maximum|minimum) (?:\S+ )?(?:dose|amount|volume|concentration|temperature|number of|needle)\b|\b(?:most common|most likely|most recent|best evidence|at best|do (?:my|your|our) best|best to|high risk|highest risk)\b|\bbest (?:read|described|understood|seen|thought of|done|avoided|kept)\b|\brather\b(?:(?!\b(?:best|most|finest|greatest|top|leading)\b)[^.])*\bthan (?:[a-z]+ ){0,2}?(?:the |a |an |any )?(?:very )?(?:best|most|finest|greatest|top|(?!(?:hon|mod|inter|earn|dig|requ|sugg|inv|prot)est\b)[a-z]{3,}est)\b|\b(?:best|largest|biggest|highest|strongest|best-designed|best-quality|highest-quality|best-known|most (?:\S+ )?(?:rigorous|reliable|careful|recent)) (?:\S+ )?(?:trial|study|studies|evidence|review|data|paper|source)s?\b/i,
    message: '%s is a superlative or comparison no one can verify',
    needsTopic: true,
    topicAlso: new RegExp(String.raw`${SECOND_BEST}|\bnumber[- ](?:one|1) (?:choice|destination|clinic|provider|name|place|option|centre|center|team|specialist)s?\b|\b(?:the )?(?:uk|britain|country|nation|england|scotland|wales|north|south)['’]s number[- ](?:one|1)\b|^\W*(?:the |our )?(?:category|industry|sector|market|field)[- ]defining\b|\b(?:the|a) (?:clear |outright |undisputed |runaway )?(?:front-?runner|pace-?setter|market leader|leader of the pack)\b|\b(?:you(?:['’]ve| have) come to|you(?:['’]re| are) in) the right (?:place|clinic|people|team)\b|\boutclass(?:es|ed)? (?:them|the rest|the others|all the others|everyone)\b|\b(?:they|others|the rest|competitors|rivals|clinics|chains|providers) (?:can|could) only (?:dream of|hope for|wish for|aspire to|envy)\b|${UNLIKE_MUCH_OF.source}|\b(?:the rest|everyone else|everybody else|others|competitors|the competition|rivals|the field)\b(?: [a-z]+){0,3} (?:is|are) (?:still |only now |just )?(?:catching up|playing catch-?up|trying to catch up|following our lead|in our wake)\b|\b(?:best|finest|smartest|wisest|[a-z]{3,}est|most [a-z-]+) (?:\S+ ){1,4}(?:you['’]ll|you will|you could|you can|you have|you['’]ve|anyone (?:has|could|can)) ever\b|^\W*(?:streets|miles|years|light years|leagues|way|far|decades|generations) ahead of (?:anything|anyone|everything|all|every|the rest|other)\b|${HEADLINE_BETTER}|\bthe (?:very )?best in the (?:business|game|trade|field|industry|land|country|world)\b|\b(?:very )?best\b[^.]{0,60}\blook no further\b|\b(?:the|a) (?:number[- ](?:one|1)|leading|top|premier|best|foremost) (?:name|clinic|team|provider|specialists?|experts?) in\b|^\W*(?:simply |quite |just )?(?:the|a) (?:very )?(?:best|finest|smartest|[a-z]{3,}est|most [a-z-]+) (?:way|route|answer|option|choice|approach|solution|treatment|fix) (?:to|for) (?:treat|treating|fix|fixing|heal|healing|beat|beating|tackle|tackling|cure|curing|get rid of|end|ending|repair|repairing)\b(?![^.]*\b(?:is|are|was|be)\b)|\b(?:unmatched|unrivalled|unbeaten|unsurpassed|second to none|peerless) in (?:the )?(?:field|world|area|sphere|realm|discipline)\b|\bgold[- ]standard in (?:[a-z-]+ ){0,3}(?:care|treatment|medicine|injections?|therapy|orthopaedics)\b|\b(?:best|finest|greatest|top|leading|foremost|premier|safest|world[- ]beating|world[- ]class|world[- ]leading|gold[- ]standard|benchmark|unmatched|unrivalled|most [a-z-]+|[a-z]{3,}est|(?:multi[- ])?award[- ]winning|prize[- ]winning|acclaimed|renowned|(?:highly|top|best|highest)[- ]rated|exceptional|outstanding|remarkable|superb|excellent|extraordinary|phenomenal|spectacular|stellar|exemplary|first-rate|unbeatable|superior|premium)(?:-[a-z]+)* (?:[a-z-]+ ){0,2}(?:care|service|hands|expertise|surgeons?|doctors?|specialists?|clinicians?|results|outcomes|team|treatment|experts?)\b|\b(?:experts?|specialists?|people|team|hands) (?:who|that) (?:do|does) it better\b|\bonly the (?:best|finest|very best|top) will do\b|\bleaves? (?:the|all the) (?:rest|competition|field|others)(?! of) (?:\S+ )?behind\b|\b(?:a|the|our) (?:better|smarter|safer|kinder|gentler|quicker|faster|wiser|more [a-z-]+) (?:way|route|answer|option|choice|alternative|approach|solution)s? (?:to|for)\b|\b(?:compared? (?:with|to)|versus|vs\.?|against) (?:any|every|all) (?:other|the others?|the rest)\b|^\W*(?:class|industry|sector|market|world|category|field)[- ](?:leading|beating|best)\b|^\W*(?:the|our) (?:very )?(?:best|finest|[a-z]{3,}est|most [a-z-]+) (?:available |possible |current |non-surgical )?(?:option|choice|treatment|approach|solution|route|alternative)\b(?![^.]*\b(?:is|are|was|were|be|depends?|varies|vary|will|would|may|might|can|could|should|must|differs?)\b)`, 'i'),
    ownSubjectFor: /\bbe (?!second\b)(?:\S+ )?(?:best|good|fine|finest)(?: for| when| if| in(?! the (?:business|game|trade|field|industry|land|country|world)\b)| kept| left| worn|$| \.)/,
    citationAllows: true,
  },
  {
    id: 'unverifiable-superlative',
    claimClass: 'unverifiable-superlative',
    // The negation is the claim: "no clinic does it better", "you won't find better", "others cannot match us".
    trigger: /\beven close\b|\bnot one\b|\bun(?:beaten|challenged|like|equal|surpass|parallel|rival|match)|\bwhy\b|\bdoubt|\bthink so\b|\bknow of\b|\byet to\b|\bnot aware|\bsame (?:degree|extent|level|standard)\b|^\W*if there|\bthere (?:is|was|are)n['’]t|\bthere['’]s no|\bthere (?:is|are) no\b|\bknow of no|\baware of no|\bthink of|\bnobody better|\bno one better|\b(?:no|nobody|nowhere|nothing|none|won['’]t|will not|don['’]t|do not|cannot|can['’]t|could not|couldn['’]t|can never|never|few|hardly|doesn['’]t|does not|get (?:any |much )?(?:better|finer))\b|\b(?:elsewhere|anywhere else|compare|come close|measure up|match up|stack up|compete|equal|rival|peer|like no other)/i,
    surface: [
      /(?<!\b(?:we|you|i|please) )\b(?:cannot|can't|can’t|could not|couldn't|can never) (?:match|compete with|rival|equal|beat) (?:us|our)\b/i,
      /\b(?:no|few|hardly any) other [a-z]+ (?:can|could) (?:match|rival|equal|beat)\b/i,
      /\bwithout (?:an? )?(?:equal|rival|peer)s?\b|\blike no other\b/i,
      // Round 19. A comparison answered "not even close" ("Is PRP as good as stem cells? (Spoiler: it isn't even close)").
      /^(?=.*\b(?:as good as|as effective as|compared?|comparison|vs\.?|versus|better than|match(?:es)?|rivals?)\b).*\b(?:(?:is|are|was)n['’]t|(?:is|are|was) not|not|nowhere near|nothing) even close\b(?! to\b)/i,
      // Round 18. The field short of us by degree: "nobody else in the country combines… to quite the same degree"; better not found: "if there's a smarter way…, I haven't found it".
      /\b(?:nobody|no one|no-one|no other [a-z]+)(?: else)?\b[^.]{0,80}\bto (?:quite )?the same (?:degree|extent|level|standard)\b|^\W*if there(?:['’]s| is) (?:a |an |any )?(?:better|smarter|finer|safer|more [a-z-]+|[a-z]+er) [^,]{0,60}, (?:i|we) (?:have not|haven['’]t|have yet to|never|do not know|don['’]t know)\b/i,
      // Round 15. Nothing better ever met: "I've never come across a treatment that beats MFAT for a worn knee".
      /\b(?:never|not once|not yet|yet to)\b(?: [a-z]+){0,2} (?:come across|seen|found|met|known|heard of|tried|used) (?:a|an|any|another) (?:[a-z-]+ )?(?:treatment|clinic|injection|therapy|option|team|method|technique|procedure) (?:that|which) (?:beats|outperforms|outdoes|betters|matches|rivals|equals|comes close to|works better than|does better than)\b/i,
      // Round 13. Unmatched elsewhere, in the passive: "a standard not matched elsewhere in the market", "quality that simply cannot be found elsewhere".
      /\b(?:not|never|cannot|can['’]t|can not|won['’]t|will not)\b(?: (?:be|been|simply|easily|readily|really|yet|ever))* (?:matched|equall?ed|bettered|surpassed|rivall?ed|(?<=\bbe(?:en)? )found|replicated|beaten|topped)\b(?: [a-z-]+){0,4} (?:elsewhere|anywhere else)\b/i,
      /\bother (?:[a-z-]+ ){0,2}(?:clinics|providers|centres|centers|teams|injections|treatments|therapies|options)\b(?: [a-z]+){0,2} (?:don't|don’t|do not|cannot|can't|can’t|won't|won’t|never) (?:compare|come close|measure up|match up|stack up|compete)\b/i,
      /\b(?:no|no other) (?:clinic|provider|centre|center|team|one|body|practice)\b(?: [a-z]+){0,2} (?:has|have|offers?|does|gives?|delivers?|sees?|treats?) (?:more|better|greater|[a-z]+er)\b(?: [a-z-]+){0,4} than (?:ours|us|we|our)\b/i,
      // "Care you won't get elsewhere", "there is simply no better investment in your knees".
      /\b(?:won['’]t|will not|cannot|can['’]t|can’t|never|not) (?:\S+ )?(?:get|find|see|receive|experience)(?: \S+){0,3} (?:elsewhere|anywhere else|(?:at|from|with) (?:any )?other (?:[a-z-]+ )?(?:clinics?|providers?|centres?|centers?|hospitals?|teams?))\b/i,
      /\b(?:there is|there's|there’s|you will find|you'll find) (?:\S+ )?no (?:better|finer|safer|wiser|smarter|superior|greater|more [a-z-]+) [a-z]+/i,
      /\b(?:few|hardly any|not many)(?:,? if any,?)? (?:other |independent |private |[a-z-]+ )?(?:clinics|providers|centres|centers|teams|practices|surgeons|doctors|hospitals|services|specialists|practitioners|consultants|units|experts)\b(?:,? if any,?)?(?: [a-z]+){0,4} (?:can|could) (?:match|rival|equal|beat|offer|compete)\b/i,
      // "Nothing on the market works as well as our injection."
      /\b(?:nothing|nobody|no one|no other [a-z]+)\b(?: [a-z]+){0,4} (?:works?|is|does|performs?|compares?) (?:as|so) [a-z]+ as (?:our|ours|us|we|this|it)\b/i,
      /\b(?:nobody|no one|no other [a-z]+) (?:beats?|outperforms?|matches|rivals|equals)\b/i,
      // Round 27. Nothing on offer able to match it, with words between: "Nothing else on offer for knee arthritis, private or NHS, can hold a candle to their Lipogems service".
      /\b(?:nothing|nobody|no one|no-one|none)(?: else)?\b[^.]{0,70}?\b(?:can|could|will|would) (?:ever |even |really |quite |truly )?hold a candle to\b/i,
      // Round 26. No provider found better: "Insurers will find no provider more clinically advanced in…".
      /\b(?:find|see|get|meet|discover) no (?:other )?(?:provider|clinic|team|service|treatment|option|practice|centre|center|specialist|programme|program|scheme)s? (?:\S+ )?(?:more [a-z-]+|better|superior|finer|[a-z]{3,}er)\b/i,
      // Round 26. No competitor able to match what is ours: "No competitor can match the quality of the tissue preparations our team produces".
      /\bno (?:other )?(?:competitor|rival|provider|clinic|centre|center|practice)s? (?:\S+ )?(?:can|could|will|would) (?:ever |really )?(?:match|rival|equal|beat|better|touch|come close to)\b(?=[^.]{0,60}\b(?:our|ours|us|we)\b)/i,
      // Round 26. Nothing better than ours to be had: "you won't get a gentler or more effective treatment than ours".
      /\b(?:won['’]t|will not|cannot|can['’]t|never|not) (?:\S+ )?(?:get|find|receive|see|have)\b(?: \S+){0,5} (?:better|superior|finer|more [a-z-]+|[a-z]{3,}er)\b(?: \S+){0,4} than (?:ours|us|we|our|this (?:clinic|team|place))\b/i,
      // Round 25. The field tried and outdone, in the past: "No competitor we tested matched its success with stubborn shoulder pain".
      /\bno (?:other )?(?:competitor|rival|clinic|provider|centre|center|team|practice|service|alternative|treatment|device|system)s?\b(?: [a-z]+){0,4} (?:matched|equall?ed|bettered|beat|topped|surpassed|outperformed|outscored|rivall?ed|came close to|could match|could beat|got near) (?:its|our|ours|us|this|these|them|it)\b/i,
      // "Nobody treats more hips with stem cells", "nobody does it better": the field outdone, with no "than".
      new RegExp(String.raw`\b(?:nobody|no one|no-one|no (?:other )?(?:clinic|provider|centre|center|team|practice|surgeon|doctor)s?)\b(?: (?:in|across|around|near|on|outside) (?:the )?[a-z]+(?: of [a-z]+)?)?(?: [a-z]+){0,2} (?:treats?|treated|sees?|seen|does|done|offers?|offered|performs?|performed|injects?|injected|delivers?|delivered|provides?|provided|gives?|given) (?:[a-z-]+ ){0,3}?(?:more|better|${WRITTEN_ER_COMPARATIVE})\b(?! than (?!(?:us|we|our|ours)\b))`, 'i'),
      // Done as we do it by nobody else: "nobody does it like us", "nobody in the county does knees quite like the team at…",
      // "no clinic in Scotland knows a joint the way we do"; round 29: by nothing else either, with a longer
      // object, and ours by any name ("Nobody does a hip injection quite like our lot", "Nothing else on the
      // market gets you back on the dance floor the way our Lipogems package does").
      /\b(?:nobody|no one|no-one|nothing(?: else)?|no other [a-z]+|no (?:clinic|provider|centre|center|team|practice|surgeon|doctor)s?)\b(?: (?:in|across|around|near|on|outside) (?:the )?\S+)?(?: [a-z]+){0,2} (?:does it|do it|does|do|treats?|handles?|manages?|knows?|understands?|gets?|reads?|works?|helps?|sorts?|fixes|looks after|cares? for|preps?|prepares?|[a-z]{3,}s)(?: \S+){0,12}?(?: quite| really| half| just)? (?:the way|like|as well as|better than) (?:us|we|our (?:lot|crew|bunch|gang|people|team|clinicians|specialists|doctors|surgeons|staff|experts|clinic)\b|our (?:[a-z-]+ ){0,2}(?:injections?|treatments?|packages?|programmes?|programs?|services?|procedures?|grafts?|therap(?:y|ies)) (?:does|do|can)\b|this (?:lot|crew|team|clinic)\b|the (?:team|people|clinicians|specialists|doctors|staff|experts) (?:at|here)\b)/i,
      // Round 21. "No clinic within a hundred miles of Manchester is more advanced than ours."
      new RegExp(String.raw`\bno (?:other )?(?:[a-z-]+ )?(?:clinics?|providers?|centres?|centers?|teams?|practices?|hospitals?|surgeons?|doctors?|devices?|systems?|kits?)\b(?:,?\s+\S+){0,10}?\s+(?:is|are|does|do|gets?|offers?|delivers?)\s+(?:\S+\s+)?(?:better|more [a-z-]+|superior|${WRITTEN_ER_COMPARATIVE})(?:\s+[a-z-]+)?\s+than (?:ours|us|we|our|this)\b`, 'i'),
      // Round 21. Unequalled anywhere: "a level of care unequalled anywhere in the United Kingdom".
      /\bun(?:equall?ed|surpassed|paralleled|rivall?ed|matched)\b(?: [a-z-]+){0,3} (?:anywhere|elsewhere|in (?:the )?(?:uk|united kingdom|britain|country|world|europe|region|north|south|city|field|market))\b/i,
      // Round 20. "A degree no other practice in Britain can claim": the field unable to say what we can.
      /\b(?:no|few) other (?:[a-z-]+ )?(?:clinics?|providers?|practices?|centres?|centers?|teams?|hospitals?|surgeons?|doctors?)\b(?: (?:in|across|around|near|on|outside) (?:the )?[a-z]+)?(?: else)? (?:can|could) (?:claim|boast|match|rival|equal|beat|better)\b/i,
      // Round 20. A better one elsewhere asked after and doubted: "Is there a better-equipped clinic anywhere in the North? We very much doubt it."
      new RegExp(String.raw`\b(?:is|are) there (?:a|an|any|anyone|anybody|anywhere|anything)\b${THAN_NOT_OURS}[^?]{0,80}\b(?:better|finer|safer|more [a-z-]+|${WRITTEN_ER_COMPARATIVE})\b[^?]{0,80}\b(?:ways?|routes?|approach(?:es)?|methods?|clinics?|teams?|places?|providers?|centres?|centers?|practices?|specialists?|surgeons?|doctors?|consultants?|services?|options?|treatments?|injections?|therap(?:y|ies)|hands|anywhere|anyone|anybody)\b[^?]{0,80}\?\s*${DOUBTING_WORDS}`, 'i'),
      // The field said to fall short of us, with words between: "nobody does cell therapy better than we do",
      // "no other clinic in Britain has treated as many knees".
      new RegExp(String.raw`\b(?:nobody|no one|no-one|nothing|none|no other [a-z]+|there (?:is|was|are)n['’]t (?:a|an|any)|there (?:is|are) no|there['’]s no)\b(?:,?\s+[a-z-]+){0,9}?,?\s+(?:better|more|less|fewer|${WRITTEN_ER_COMPARATIVE})\b(?:\s+[a-z-]+){0,6}?\s+than (?:we|us|our|ours|these guys|this team|this clinic|this lot|this crew|(?:an? |the )?(?:[a-z-]+ ){0,2}(?:mfat|lipogems|prp|bmac|fat|cell|stem cell|platelet|marrow)s? (?:injection|treatment|graft|therapy)s?|(?:an? |the )?(?:[a-z-]+ ){0,2}(?:of )?(?:your own|our) (?:[a-z-]+ )?(?:cells?|platelets?|fat|marrow|blood|plasma|injections?|treatment))\b`, 'i'),
      // "Why go anywhere else?", "why settle for another clinic?"
      /\bwhy (?:go|look|travel|settle for|choose|trust|try|turn to|risk|take|bring|send)(?: [a-z]+){0,3} (?:to |with )?(?:anywhere else|elsewhere|anyone else|somewhere else|another (?:clinic|provider|team|centre|center)|(?:anywhere|anyone) but (?:the (?:very )?best|us|here))\b/i,
      /\blike no(?:body| one|-one)(?: else)?\b/i,
      // "No other treatment gives you this much relief."
      /\b(?:no other [a-z]+|nothing else|nobody else|no one else)\b(?:\s+[a-z-]+){0,4}?\s+(?:this|that|so|such) (?:much|many|good|well|fast|quickly|effective|lasting)\b/i,
      // Praise that is a comparison in itself, whatever it praises: "unbeaten in patient satisfaction", "care unlike anything else".
      /\bun(?:beaten|challenged|matchable)\b/i,
      /\bunlike (?:anywhere|anything|anyone|anybody) else\b/i,
      // "No one delivers cell therapy to a higher standard."
      /\b(?:nobody|no one|no-one|no other [a-z]+)\b(?:\s+[a-z-]+){0,5}?\s+(?:to|at|with|of) (?:a |an )?(?:higher|better|greater|finer) (?:standard|level|quality|degree)\b/i,
      // "Nowhere in the North will you find more experienced hands."
      /\bnowhere\b(?:\s+[a-z-]+){0,4}?\s+(?:will|can|could|would|do|does) (?:you|patients|anyone|one) (?:find|get|see|receive|meet)\b/i,
      /\b(?:nobody|no one|no-one|no other [a-z]+|no (?:clinic|hospital|provider|team|centre|center|practice|surgeon|doctor)s?)\b(?:\s+[a-z-]+){0,10}?\s+(?:as many|as much|as (?:well|far|fully|thoroughly|long|closely|carefully|precisely|often|widely|successfully|safely|experienced|skilled|effective|good)) (?:[a-z-]+ ){0,3}(?:as|with)?\b/i,
      /\bno (?:better|finer|safer|superior|more effective) (?:[a-z-]+ )?(?:treatment|clinic|option|choice|injection|way|team|care|alternative|approach|solution|route|answer|provider|place)\b/i,
      /\b(?:nothing|no one|nobody|none|not one)(?: of them| of those| of these| else)? (?:comes?|gets?|came|got) (?:anywhere )?close\b/i,
      // "A level of care that few can match"; "results you won't get from a high-street clinic".
      /\b(?:that|which) (?:few|none|no one|nobody|no other (?:clinic|provider|practice|centre|center|team|hospital)s?)(?: others?| else)? (?:can|could) (?:match|rival|equal|beat|better|offer|provide|give|deliver)\b/i,
      /\b(?:results?|care|outcomes?|expertise|treatment|service|attention|relief)\b(?: [a-z'’]+){0,3} (?:won['’]t|will not|cannot|can['’]t|never) (?:get|find|see|receive|experience) (?:at|from|with) (?:an? |the |your )?(?:high[- ]street|ordinary|typical|average|chain|big|run-of-the-mill) (?:[a-z-]+ )?(?:clinics?|providers?|centres?|centers?|hospitals?|teams?)\b/i,
      // Ours past beating: "results like ours simply cannot be beaten".
      /\b(?:ours|our [a-z-]+|we)\b[^.;]{0,30}\b(?:cannot|can['’]t|can not|could not|will not|won['’]t|never) (?:be )?(?:beaten|bettered|matched|equalled|equaled|surpassed|topped|rivalled|rivaled|outdone)\b/i,
      // "Knee care doesn't get any better than this."
      /\b(?:doesn't|doesn’t|does not|don't|don’t|do not|won't|won’t|will not|can't|can’t|cannot) (?:get|come) (?:any |much )?(?:better|finer|more [a-z-]+|[a-z]{3,}er) than (?:this|that|ours|us|here|our)\b/i,
      /\b(?:no|no other) (?:clinic|provider|centre|center|treatment|team|one|injection)s?\b(?:\s+\S+){0,5}?\s+(?:better|more effectively|more effective|faster|safer)\b(?! than (?:you|your|the patient|their own|an? (?:operation|replacement|joint replacement|new (?:hip|knee|joint))|(?:the )?(?:surgery|operation|physiotherapy|physio|exercise|steroids?|weight loss)))/i,
      /\b(?:won['’]t|will not|cannot|can't|can’t|could not|couldn't|never) find (?:a |an |any )?(?:better|finer|safer|more [a-z-]+|[a-z]+er (?:clinic|team|treatment|care|service|result))\b/i,
      // "Nobody else in London offers…", "no one else can", "no other treatment comes close".
      /\b(?:nobody|no one|no-one) else\b(?: [a-z]+){0,3} (?:offers?|provides?|does|can|comes? close|matches|delivers?|gets?)\b(?!,? (?:either|neither)\b)/i,
      /\bno (?:other )?(?:clinic|provider|centre|center|treatment|team|injection|therapy|procedure)s? (?:\S+ ){0,3}(?:comes?|gets?) close\b/i,
      // The field failing at what we do: "done properly, which, frankly, most clinics just don't manage".
      /\b(?:most|many|other|few) (?:other )?(?:clinics|providers|centres|centers|practices|teams)\b(?: [a-z]+){0,2} (?:just |simply |still )?(?:don['’]t|do not|can['’]t|cannot|fail to|never|won['’]t) (?:manage|bother|get it right|do it properly|do it right)\b/i,
      // Round 12. Nobody better: "we are not aware of any better option in the area", "there's simply nobody better at this".
      /\b(?:not aware of|do not know of|don['’]t know of|cannot think of|can['’]t think of|know of no|aware of no) (?:any |a |an )?(?:better|finer|safer|more [a-z-]+|(?!(?:other|never|over|under|either)\b)[a-z]{3,}er) (?:[a-z-]+ )?(?:option|clinic|provider|team|place|choice|treatment|service|specialists?|hands)\b|\b(?:there is|there's|there are|there’s) (?:simply |just |really |honestly )?(?:nobody|no one|no-one|none|no team|no clinic|no provider) (?:better|finer|more [a-z-]+)\b/i,
      // The field without results like ours: "no other clinic in the country gets results like ours", "no clinic in the country can beat our track record".
      /\b(?:no other|no) (?:[a-z-]+ )?(?:clinic|provider|centre|center|team|practice|surgeon|doctor)s?\b(?: [a-z-]+){0,6} (?:like|as good as|to match|matching|equal to|comparable to) (?:ours|us|our)\b|\b(?:no|no other) (?:[a-z-]+ )?(?:clinic|provider|centre|center|team|practice)s?\b(?: [a-z-]+){0,4} (?:can|could|will) (?:beat|better|top|match|equal|rival|touch) (?:our|ours|us)\b/i,
      // "Other clinics cannot offer the care we do", "other providers can't match".
      /\bother (?:clinics|providers|centres|centers|teams|practices|treatments|hospitals)\b(?: [a-z]+){0,2} (?:cannot|can't|can’t|could not|do not|don't|don’t|will not|won't|won’t|never) (?:offer|match|provide|deliver|give|equal|achieve|compete|rival)\b/i,
    ],
    message: '%s is a superlative or comparison no one can verify',
    negationIsTheClaim: true,
    citationAllows: true,
  },
  {
    id: 'unverifiable-superlative',
    claimClass: 'unverifiable-superlative',
    // First place by its noun, prestige by its emblem, mastery by its idiom: ways of saying "the best" with no superlative in them.
    trigger: /\b(?:vs\.?|versus)\b|harley street|\britz\b|rolex|porsche|['’]s (?:most )?(?:outstanding|foremost|premier|pre-?eminent|standout|stand-out|go-to|first-choice)\b|\?["'”’)]* (?:ours|us)\b|\b(?:we|we['’]d|we would|would be)\b.*\b(?:top|first|number one|no\. 1|winner|champion)\b|\bset (?:the|its|their|the field|the industry|the sector)|^\W*(?:exceptional|outstanding|superb|excellent|remarkable|extraordinary|first-rate|flawless|peerless|impeccable|unrivalled|unmatched|incomparable|premium|elite|perfect)\b|\b(?:would be (?:us|our|we)|front-?runner|pace-?setter|trailblazer|trend-?setter|champion|top dog|heavyweight|powerhouse|to beat|of the (?:year|decade)|crowned|top of the|head(?:s|ed|ing)? the|rolls|ferrari|bentley|savile|formula (?:one|1)|\bf1\b|champions? league|cream of|crème|creme|pick of|jewel in|top[- ]drawer|best in show|premier league|olympic|gold[- ]medal|world[- ]cup|michelin|elite|wrote the|write the|writes the|written the|last word|as good as|as [a-z]+ as (?:it|they) (?:gets?|comes?)|as (?:it|they) should be|excellence|platinum|five-star|5-star|blue-ribbon|a-list|pinnacle|summit|apex|zenith|acme|epitome|cream|apart|(?:trust|rate|recommend|choose|prefer|pick|rely on|turn to|refer to)(?:s|d|ed)? most|who\b[^.?!]*(?:it['’]s|it is|that['’]s|the answer is) (?:us|we|our)|\b(?:clear|outright|obvious|undisputed|runaway|standout|stand-out|outstanding|natural) (?:winner|choice|pick|leader|front-?runner|favourite|favorite)\b|\bleagues?\b|\bclass of\b|rolls|\bthe rest\b|first and only|of (?:its|their) kind|up against|in the shade|at the post|-defining|\bthe most [a-z-]+ (?:\S+ ){0,3}(?:in|on|across) (?:the )?(?:high street|country|uk|britain|city|region|town|county|north|south|world|market|land)\b|\bin a (?:different|higher|separate) class\b|old hat|outdated|old-fashioned|primitive|archaic|behind the times|prehistoric|medieval|second-rate|\b(?:rate|rates|rated|rank|ranks|ranked|score|scores|scored)\b[^.]{0,40}\b(?:above|ahead of|over|higher than)\b)/i,
    lemma: [
      /\btop of (?:the|every|each) (?:table|league|tree|class|chart|charts|ranking|rankings|pile|podium|leaderboard)\b|\bhead (?:the|every) (?:table|league|ranking|rankings|chart|charts|leaderboard)\b/,
      /\b(?:clinic|practice|centre|center|team|provider|surgeon|service|specialist|doctor|consultant|physio|practitioner)s? of the (?:year|decade)\b|\bcrowned\b|\bbe crown\b/,
      // The emblem of excellence stands for the superlative: "the Rolls-Royce of knee injections", "the cream of the crop".
      /\bthe (?:rolls-royce|rolls royce|ferrari|bentley|savile row|harley street|ritz|rolex|porsche|crème de la crème|creme de la creme|jewel in the crown) of\b|\bthe (?:formula one|formula 1|f1|champion league|champions league|premier league)(?: [a-z-]+){0,2} (?:of|among)\b(?! (?:the )?(?:year|season|month|week|day)\b)|\b(?:cream of the crop|pick of the bunch|best in show|top-drawer|top drawer)\b/,
      // A level named after the top of sport or dining: "Champions League standard care", "Olympic-level rehab".
      /\b(?:champion league|champions league|premier league|olympic|gold-medal|gold medal|world-cup|world cup|michelin-star|michelin star|michelin-starred|elite)(?:[- ]| -)?(?:standard|level|quality|class|calibre|caliber|grade)(?: \S+)? (?:care|service|treatment|rehab|rehabilitation|expertise|medicine|clinic|team|result|outcome|injection|therapy)\b|\b(?:champion league|champions league|premier league|olympic|michelin-star|michelin star)(?:[- ]| -)?(?:standard|level|quality|class|calibre|caliber|grade)\b|\b(?:gold-medal|gold medal|medal-winning|championship|blue-ribbon|blue-chip|a-list|platinum|five-star|5-star|michelin-star) (?:choice|option|pick|name|destination|care|service|treatment|team|clinic|hands)\b/,
      // The top of the field by its noun: "the pinnacle of regenerative medicine", "the elite squad of…", "a class apart".
      /\bthe (?:very )?(?:pinnacle|summit|apex|zenith|acme|epitome|cream) of\b|\bthe elite (?:squad|team|unit|force|corps|band|club|group|crew) of\b|\b(?:a )?(?:class|cut|breed|league) apart\b/,
      // An emblem of excellence for any noun of the field: "the Michelin-starred kitchen of knee injections".
      /\bthe (?:michelin-star|michelin-starred|michelin star|five-star|5-star|gold-medal|blue-ribbon|platinum|a-list) \S+ (?:of|among)\b/,
      // The choice people make most: "the name patients trust most", "the clinic runners recommend most".
      /\b(?:trust|rate|recommend|choose|prefer|pick|rely on|turn to|refer to) most\b(?! (?:often|of|common|commonly|likely|frequently)\b)/,
      // Setting the field's course: "we set its direction", "we set the agenda for the industry".
      /(?<!\byou )\bset (?:the|its|their|the field's|the industry's|the sector's) (?:direction|agenda|trend|tone|course)\b/,
      // Mastery idioms: "we wrote the book on PRP", "the last word in tendon care".
      /\b(?:we|our \S+|they|who|that|which) (?:\S+ )?(?:write|rewrite|wrote) the (?:book|rulebook|manual|playbook|play book|textbook)\b|\bthe (?:first and )?last word in\b/,
      // Equal to the best there is: "as good as it gets", "as skilled as they come"; and the implied others: "care as it should be done".
      /\bas (?!(?:soon|long|much|far|many|often|quickly|well|fast)\b)\S+ as (?:it|they) (?:get|come)\b|\b(?:care|medicine|treatment|injection|therapy|service|orthopaedics|orthopedics) as (?:it|they) (?:should|ought to) be(?: do| deliver| practise| practice| perform)?\b/,
      // A question about who does it best, answered "it's us".
      /\b(?:who|which (?:clinic|team|practice|provider))\b(?: \S+){1,16} (?:: |- |— |, |\? )?(?:it ?be|that ?be|the answer be) (?:us|we|ours|our)\b/,
      // "If knee care had a champion, it would be our team": the answer after the comma is the claim.
      /(?<=\bhave an? (?:champion|winner|king|queen|gold medal|crown|hero|leader|number one)\b[^.]{0,40}, )it (?:would|will|must) be (?:us|our|we)\b/,
      /\b(?:we|our \S+) would be (?:at )?(?:the )?(?:top|first|number one|no\. 1|winner|champion)\b/,
      // Round 20. Ours as the field's winner or pick: "we're the clear winner", "ours is the outstanding choice".
      /\b(?:we|ours|us)\b(?: \S+){0,2} (?:the )?(?:clear|outright|obvious|undisputed|runaway|hands-down|standout|stand-out|outstanding|natural|only real|only sensible|only logical) (?:winner|choice|pick|leader|front-?runner|favourite|favorite|option)\b/,
      // Round 21. The emblem claimed outright: "we're the Rolls-Royce and everyone else is a hatchback".
      /\b(?:we|ours|our \S+|this (?:clinic|kit|system|device))\b be (?:\S+ )?the (?:rolls-royce|rolls royce|ferrari|bentley|savile row|champions league|champion league|premier league|formula one|formula 1|gold standard)\b/,
      // Round 24. Idioms of beating the rest: "leave hospital physiotherapy in the shade", "we pip the big city hospitals at the post", "the category-defining name".
      /\b(?:leave|put|throw|cast) (?:\S+ ){0,4}in the shade\b|\bpip (?:\S+ ){0,4}at the post\b|\b(?:category|industry|sector|market|field)-defin(?:e|ing)\b/,
      // Round 22. First and only of its kind: "the first and only truly holistic package of its kind".
      /\bthe first and only\b|\bthe (?:first|only) (?:\S+ ){0,3}(?:package|programme|program|clinic|treatment|service|kit|device|system|product|approach|centre|center|option|method|technique)s? of (?:its|their) kind\b/,
      // Round 22. Ours against any clinic on earth: "I'd put our injections up against any clinic on the planet and back us to win".
      /\bup against (?:any|every|all)\b[^.]{0,60}\b(?:win|come out on top|come out ahead|come top|beat (?:them|it|the lot|all))\b/,
      // Round 22. The most of its kind in a place: "the most sophisticated Health MOT on the high street".
      /\bthe most (?!(?:common|likely|usual|frequent|recent|important|popular question)\b)[a-z-]+ (?:\S+ ){0,3}(?:in|on|across) (?:the )?(?:high street|country|uk|britain|city|region|town|county|north|south|world|market|land)\b/,
      // Round 21. "If you've tried the rest, now try the best."
      /(?<=\b(?:try|tried|see|seen|have) the rest\b[^.]{0,30})\b(?:try|see|choose|book|meet|get|have) the (?:best|finest)\b/,
      // Round 20. A league or class above the rest: "our joint care is in another league altogether".
      /\bleagues? (?:above|ahead of|better than|clear of)\b|\bin (?:another|a different|a high|a whole other|a whole different|a separate) (?:league|class|division)\b|\bin a (?:league|class) of (?:its|their|our|his|her|my) own\b/,
      // Round 20. The rest of the field made to look dated beside ours: "every other arthritis treatment looks rather old hat".
      /\b(?:every|all|any) other (?:\S+ ){0,3}(?:treatment|option|therapy|injection|clinic|approach|provider|method|technique)\b(?: \S+){0,3} (?:look|seem|feel|be|become|appear) (?:\S+ )?(?:old hat|outdated|dated|old-fashioned|primitive|archaic|obsolete|second-rate|inferior|clumsy|crude|prehistoric|behind the time|medieval)\b/,
      // Round 20. Ranked above the whole field: "clinicians rate our pathway above every alternative they have used".
      /\b(?:rate|rank|place|put|score)\b (?:\S+ ){0,3}(?:above|ahead of|over|high than) (?:every|all|any|each) (?:\S+ ){0,5}(?:alternative|other|clinic|provider|option|service|pathway|competitor|rival|hospital)\b/,
    ],
    surface: [
      // Round 27. A match-up with its winner named: "Stem Cell Therapy vs Knee Replacement: The Clear Winner for Active Adults".
      /\b(?:vs\.?|versus)\b[^.]{0,60}\b(?:the )?(?:clear|outright|obvious|undisputed|runaway|only real|real) (?:winner|victor|choice|pick)\b/i,
      // Round 26. A place's outstanding provider: "Recognised as the region's outstanding provider of PRP therapy".
      /\b(?:the )?(?:region|uk|country|nation|city|county|north|south|midlands|britain|england|scotland|wales|ireland|london|area|town)['’]s (?:most )?(?:outstanding|foremost|premier|pre-?eminent|standout|stand-out|go-to|first-choice) (?:[a-z-]+ )?(?:provider|clinic|team|centre|center|specialist|service|practice|name|choice|destination)s?\b/i,
      // Round 26. A question of who is best, answered with us: "Which clinic is best for stem cell knee injections? Ours, thanks to…".
      new RegExp(String.raw`\b(?:who|which (?:clinic|team|practice|provider|centre|center|service|specialist)s?)\b(?: \S+){0,4} (?:is|are|does|do|offers?|gives?|has|have)\b(?: \S+){0,2} ${NOT_PRAISE_AHEAD}(?:best(?! placed| suited)|finest|top|leading|safest|most [a-z-]+|[a-z]{3,}est)\b[^?]{0,80}\?["'”’)]* (?:ours|us)(?=[,.!;]|\s*$)`, 'i'),
      // A headline that opens on excellence itself: "Excellence in every injection", "Excellence you can feel".
      /^\W*excellence(?: (?:in|you|that|at|for|from|with|on)\b(?! (?:research|teaching|training|the (?:nhs|field))\b)|\s*[,.!]|\s*$)/i,
    ],
    tokens: (tagged) => rankingNoun(tagged) ?? excellenceHeadline(tagged),
    message: '%s is a superlative or comparison no one can verify',
    needsTopic: true,
    topicAlso: /^\W*excellence\b|^\W*(?:results?|outcomes?|care|relief|recovery|treatments?) (?:that|which) (?:leave|put|make|beat|outshine|outclass)\b|\b(?:the|a) (?:clear |outright |undisputed |runaway )?(?:front-?runner|pace-?setter|market leader|leader of the pack)\b|\bthe (?:first and only|only|first) (?:\S+ ){0,3}of (?:its|their) kind\b|\bthe first and only\b|\bthe most [a-z-]+ (?:\S+ ){0,3}(?:in|on|across) (?:the )?(?:high street|country|uk|britain|city|region|town|county|world|market|land)\b|^\W*(?:(?:ranked|rated|voted|named|placed|judged|sitting|sits|still|firmly|right) )?top of the (?:league table|league|table|rankings?|charts?|tree|class|pile|podium|leaderboard)\b|\btr(?:y|ied) the rest\b|\bthe (?:michelin-starred|five-star|5-star) \S+ (?:of|among)\b|\b(?:rolls-royce|cream of the crop|pick of the bunch)\b|\b(?:gold-medal|gold medal|medal-winning|championship|blue-ribbon|blue-chip|a-list|platinum|five-star|5-star|michelin-star) (?:choice|option|pick|name|destination|care|service|treatment|team|clinic|hands)\b/i,
    citationAllows: true,
  },
  {
    id: 'unverifiable-superlative',
    claimClass: 'unverifiable-superlative',
    // Idioms that name us the only or the best choice whatever the sentence is about: the idiom speaks for the page.
    trigger: /\bsmart money|only one|the only (?:address|name|destination)|^\W*the (?:name|address|destination)\b|where (?:the )?(?:experts?|professionals?|doctors?|surgeons?|physios?|athletes?|pros?|specialists?) (?:go|come|turn|send)|\bno (?:equals?|rivals?|peers?)\b|(?:do not|don['’]t|cannot|can['’]t|can not|will not|won['’]t|never|rarely|seldom) (?:offer|match|provide|give|deliver|reach|achieve)/i,
    lemma: [
      // The smart choice and the only one: "the smart money is on our…", "there is only one address for…", "the name in knee injections".
      /\bthe smart money (?:be|go) on\b|\b(?:there be|there's) only one (?:address|clinic|name|choice|team|destination)\b(?= (?:for|in|to|worth|that|i|we|you)\b| [.!,]|$)|\bthe only (?:address|name|destination) (?:for|in|to)\b|^the name in (?:\S+ ){0,3}(?:injection|therapy|care|medicine|treatment|orthopaedics|orthopedics|orthobiologics|regenerative)/,
      // Where the professionals go: "where the experts go for their own knees".
      /\bwhere (?:the )?(?:expert|professional|doctor|surgeon|physio|athlete|pro|specialist)s? (?:go|come|turn|send)\b/,
      // No equal: "no shortcuts, no compromises, no equal".
      /\b(?:have |with |there be )?no (?:equal|equals|rival|rivals|peer|peers)\b(?= [.!,;]| in\b| anywhere\b|$)/,
      // Quality other providers by kind do not offer: "a level of precision hospitals simply don't offer".
      /\b(?:level|standard|quality|degree|precision|expertise|attention)\b(?: of (?!evidence|proof|risk|certainty)\S+)? (?:that |which )?(?:other |most |many |big |high-street |ordinary |nhs )?(?:clinic|hospital|provider|centre|center|practice|surgeon|doctor)s?(?: \S+)? (?:simply )?(?:do not|cannot|can not|will not|never|rarely|seldom) (?:offer|match|provide|give|deliver|reach|achieve)\b/,
    ],
    message: '%s is a superlative or comparison no one can verify',
    negationIsTheClaim: true,
    notAboutOtherCare: true,
    citationAllows: true,
  },
  {
    id: 'unverifiable-superlative',
    claimClass: 'unverifiable-superlative',
    // Other care or the rest of the field falling short of ours: the comparison is the claim, whoever is the subject.
    trigger: /\b(?:near|the way (?:we|us|our)|as well as (?:we|us|our)|like (?:we|us|our)|like this|and then|get(?:s|ting)? close|wear(?:s|ing)? off|wore off|fad(?:e|es|ed|ing)|fail|mask|stop(?:s|ped)? work|wear(?:s)? out|run(?:s)? out|let(?:s)? you down|disappoint|only last|candle|compar|compet|match|measur|stack|keep|kept|com(?:e|es|ing) close|came close|rival|equal|liv(?:e|es|ed|ing) up|short of|pale|imitation|copies|copy|knock-off|also-ran|second-rate|inferior)/i,
    lemma: [
      // Someone else's subject, not ours or the reader's ("we cannot match our fees to…", "do not touch our…").
      /(?<=\S )(?<!\b(?:we|you|i|please|they) )(?:can not|cannot|could not|do not|will not|never|simply can not)\b (?:even |really |quite |begin to )?(?:hold a candle to|compare (?:to|with)|compete with|match|measure up to|stack up against|keep up with|come close to|rival|equal) (?:\S+ ){0,2}(?:our|ours|us|what we)\b(?! (?:own )?(?:standard|expectation|promise|target|aim|goal|value|policy|polic|rule|fee|price|time|hour)s?\b)/,
      /\bbe no match for (?:\S+ )?(?:our|ours|us|what we)\b|(?<=\b(?:surgery|operation|replacement|steroid|steroid injection|cortisone|hyaluronic acid|physiotherapy|physio|painkiller|tablet|keyhole surgery|arthroscopy) )(?:be|prove) no match for (?:\S+ ){0,2}(?:cell|fat|lipogems|prp|bmac|stem cell|marrow|platelet-rich|micro-fragmented fat|microfragmented fat)\b|\bfall (?:\S+ )?short of (?:\S+ )?(?:our|ours|us|what we)\b(?! (?:own )?(?:standard|expectation|promise|target|aim|goal|value|policy|polic|rule)s?\b)|\bpale (?:next to|beside|alongside|against) (?:\S+ )?(?:our|ours|us)\b/,
      // The field, with nothing compared aloud: "no one else measures up", "nobody comes close".
      /\b(?:no one|nobody|no-one|none|nothing|neither)(?: else)?(?: (?:in|across|around|near|on) (?:the )?\S+)?(?: (?:can|could|will|ever|even|really|quite|truly|simply|here|locally|nearby))* (?:measure up|compare|stack up|match up|compete|hold a candle|keep up|come close|come near|come anywhere near|get near|get close)\b(?! (?:them|it|the|these|those|this|that|result|outcome|treatment|injection|option)\b)/,
      // Hardly anyone in the field keeps up: "hardly any clinic comes close to our results", "few providers get near us".
      /\b(?:hardly any|barely any|scarcely any|few|not many|no other)(?: other)? (?:clinic|provider|centre|center|team|practice|treatment|injection|therapy|surgeon|specialist)s? (?:\S+ ){0,2}(?:come|get) (?:close|near|anywhere near)\b(?! (?:them|it|the|these|those|this|that)\b)/,
      // The field outdone by how we do it: "no one in the region has mastered fat grafts the way we have".
      /\b(?:no one|nobody|no-one|none of them|none of the others|no other (?:clinic|team|provider|centre|center|practice)s?)\b(?: \S+){1,8} (?:the way|as well as|like) (?:we|us|our team|our clinic)(?: do| have| can| be)?\b|\b(?:none of them|none of the others|no one else|nobody else) (?:\S+ )?do it like this\b/,
      // Us apart from the rest: "there is us, and then there is everyone else".
      /\b(?:us|we|our \S+)(?: ,)? and then (?:there be )?(?:everyone|everybody|the rest|all the rest)(?: else)?\b/,
      // Other care failing, set against ours: "steroid jabs wear off in weeks; our cell injections go the distance".
      /\b(?:surgery|operation|replacement|steroid|steroid injection|steroid jab|jab|cortisone|hyaluronic acid|physiotherapy|physio|painkiller|tablet|pill|keyhole surgery|other treatment|other injection)s?\b(?: \S+){0,3} (?:wear off|fade|fail|stop work|only mask|mask|wear out|run out|let you down|disappoint|only last)\b[^;.]{0,40}?(?: ;| , but| , whereas| , while| -| —| but| whereas| while) (?:our|ours|we|this|lipogems|prp|bmac|cell|fat)\b/,
      // The rest as copies of ours: "others are imitations", "other clinics offer pale copies".
      /\b(?:other|others|the rest|competitor|competitors|rival|rivals)\b(?: \S+){0,3} be (?:\S+ )?(?:imitation|imitations|copies|copycat|copycats|knock-off|knock-offs|also-ran|also-rans|second-rate|inferior)\b/,
    ],
    lemmaNeeds: needs(
      inOrder(String.raw`(?:${NEGATION}|never|none|nothing|nobody|one|neither)`, formsOf('candle', 'compare', 'compete', 'match', 'measure', 'stack', 'keep', 'come', 'rival', 'equal', 'get')),
      formsOf('match', 'short', 'pale'),
      inOrder(String.raw`(?:one|nobody|none|other)`, formsOf('way', 'well', 'like')),
      inOrder(String.raw`(?:hardly|barely|scarcely|few|many|other)`, formsOf('close', 'near')),
      inOrder(formsOf('then'), formsOf('everyone', 'everybody', 'rest')),
      formsOf('wear', 'fade', 'fail', 'work', 'mask', 'run', 'let', 'disappoint', 'last'),
      formsOf('imitation', 'copies', 'copycat', 'knock', 'ran', 'second', 'inferior'),
    ),
    message: '%s is a superlative or comparison no one can verify',
    negationIsTheClaim: true,
    citationAllows: true,
  },
  {
    id: 'unfair-comparison',
    claimClass: 'unverifiable-superlative',
    trigger: /\b(?:than|out-?perform|beat|outstrip|surpass|outdo|outdid|eclips|trump)/i,
    lemma: [
      // A comparative against the rest of the field: "faster than traditional treatments", "better results here than at any hospital".
      /\b(?:\S+er|more \S+|less \S+|better|good|well|fast|safe|superior)\b(?: \S+){0,5} than (?:any|other|anyone|anybody|anything|everyone|everybody|traditional|conventional|standard|usual|older|the rest|the competition|elsewhere|at any|at other|in any|in other|with any|with other)\b/,
      /\bnothing work (?:better|well|good)\b/,
      // "More precise than those at other clinics", "better than the results of any hospital".
      /\b(?:\S+er|more \S+|better|good|well|superior)\b(?: \S+){0,5} than (?:those|that|the one|the ones|the result|the outcome)(?: \S+){0,2} (?:at|of|in|from|by|with) (?:any|other|every|most|the rest)\b/,
      /\bout-?perform\b/,
      /\bbeat\b/,
      /\b(?:outstrip|surpass|outdo|eclipse|trump)\b/,
    ],
    tokens: fieldComparison,
    // A comparison of the evidence ("surgery has stronger evidence than any injection") is about the evidence, not us.
    exempt: /\b(?:evidence|data|trials?|studies|study|research|support)\b(?: \S+){0,2} than\b/,
    message: '%s compares with other treatments or clinics without a cited head-to-head study',
    citationAllows: true,
    notAboutOtherCare: true,
  },
  {
    id: 'unhedged-effect',
    claimClass: 'unhedged-effect',
    trigger: /\b(?:(?:gets?|getting|got|ha(?:ve|s)|keeps?|sets?) (?:you|them|patients?|people|him|her|me)\b|reduc|reliev|eas(?:e|es|ed|ing)\b|improv|calm|speed|protect|slow|strength|boost|stimul|lessen|lower|sooth|switch|cushion|support|help|recover|move|moving|moved|moves|easier|easy)/i,
    lemma: [
      // (Not a verb naming a kind of care: "strengthening exercises and walking aids are fair alternatives".)
      new RegExp(String.raw`\b(?:reduce|relieve|ease|improve|calm|speed up|speed|protect|slow|strengthen|boost|stimulate|lessen|lower|soothe|switch off|cushion|support|help)\b(?! (?:exercise|programme|program|routine|work|session|class|move|plan|regime|band|workout)s?\b)(?: \S+){0,4} ${SYMPTOM}`),
      new RegExp(String.raw`\b${SYMPTOM}\b(?: \S+){0,2} be (?:reduce|relieve|ease|improve|calm|switch off|lessen|soothe)\b`),
      /\brecover (?:more )?(?:faster|quicker|sooner|better)\b/,
      /\bmove (?:more )?(?:freely|easily)\b/,
      /\bmake (?:\S+ ){1,3}(?:easier|easy)\b/,
      /\bhelp (?:you |them |patients? )?(?:get back|return|walk|move)\b/,
      // "Gets you walking without a limp", "has patients back on their feet".
      /\b(?:get|have|keep|set) (?:you|them|patient|people|him|her|me) (?:back )?(?:on (?:your|their|his|her|my) feet|walk|run|move|play|climb|jog)\b/,
    ],
    lemmaNeeds: needs(
      inOrder(formsOf('reduce', 'relieve', 'ease', 'improve', 'calm', 'speed', 'protect', 'slow', 'strengthen', 'boost', 'stimulate', 'lessen', 'lower', 'soothe', 'switch', 'cushion', 'support', 'help'), SYMPTOM_FORMS),
      inOrder(SYMPTOM_FORMS, formsOf('reduce', 'relieve', 'ease', 'improve', 'calm', 'switch', 'lessen', 'soothe')),
      inOrder(formsOf('recover'), formsOf('faster', 'quicker', 'sooner', 'better')),
      inOrder(formsOf('move'), formsOf('freely', 'easily')),
      inOrder(formsOf('make'), formsOf('easier', 'easy')),
      inOrder(formsOf('help'), formsOf('get', 'return', 'walk', 'move')),
      inOrder(formsOf('get', 'have', 'keep', 'set'), formsOf('feet', 'walk', 'run', 'move', 'play', 'climb', 'jog')),
    ),
    message: '%s states an effect of the treatment as certain fact',
    needsTopic: true,
    hedgeAllows: true,
    inTestimonial: false,
    // An aim or a safety step ("to reduce the risk of infection") is not an effect claim.
    // …nor the evidence behind a treatment ("what evidence supports the treatment for your joint").
    exempt: /\breduce the (?:risk|chance)\b|\bbruise\b|\binfection\b|\b(?:evidence|data|research|trials?|stud(?:y|ies)|guidance|guidelines?)\b(?: \S+){0,2} support\b/,
  },
];
