/**
 * uncited-statistic: a figure about outcomes or evidence (percentages, "N patients", "N studies",
 * fold changes, "N times more", "1 in 5", success rates) needs a citation in the same sentence.
 * Durations, doses, ages, years and prices are not statistics and are not matched.
 */
import { CITABLE_KINDS, type CheckedSentence } from '../parse';
import type { RawFinding } from '../types';
import { ASSERTING_QUESTION, clauseBefore, findAll, hasCitation, isDisarmed, isMentioned, isQuestion, isReported } from '../language';
import { candidatePatterns, mayMatch, patternList, type PatternList } from '../required-text';
import { OUTCOME } from './claims';
import { OTHER_CARE } from '../claims/lexicon';

const NUMBER_WORD =
  '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?';
const NUMBER = `(?:\\d[\\d,]*(?:\\.\\d+)?|${NUMBER_WORD}|hundreds|thousands|millions|dozens|countless|untold|scores of|(?:a|one|several|a few) (?:hundred|thousand))`;
const COUNTED = '(?:patients|people|persons|participants|subjects|adults|individuals|studies|trials|reviews|knees|hips|joints|shoulders|cases|volunteers|men|women|runners|athletes|clients|golfers|(?<!\\bour )workers|(?<!\\bour )employees)';

export const STATISTIC_PATTERNS: RegExp[] = [
  /\b\d+(?:\.\d+)?\s?(?:%|per ?cent\b|percent\b)/i,
  new RegExp(`\\b(?:${NUMBER_WORD}|a hundred|one hundred)(?:-odd|-plus| or so)?\\s?(?:per ?cent|percent)\\b`, 'i'),
  // Not the idiom "no two knees are the same".
  new RegExp(`(?<!\\bno\\s)\\b${NUMBER}\\s+(?:(?:of|more|fewer|other|randomi[sz]ed|controlled|clinical|published|previous|our|treated|consecutive|(?!(?:months?|weeks?|years?|days?|hours?|minutes?|in|at|for|with|and|to|per|the|a|an|from|after|before|on|by|or|who|that|which|were|was|had|have)\\b)[a-z]+(?:-[a-z]+)?)\\s+){0,2}${COUNTED}\\b`, 'i'),
  /\b\d+(?:\.\d+)?[- ]?fold\b/i,
  // "A 50-point improvement", "a 30 per cent reduction": a measured change with its unit.
  /\b\d+(?:\.\d+)?[- ](?:points?|degrees?)[- ](?:improvement|increase|rise|gain|reduction|drop|fall|change|jump|leap|boost|uplift|swing|cut|climb)\b/i,
  new RegExp(`\\b(?:\\d+(?:\\.\\d+)?|${NUMBER_WORD}|twice|thrice)\\s+(?:times\\s+)?(?:more|less|fewer|higher|lower|better|greater|as (?:likely|effective|much))\\b`, 'i'),
  // Round 26. "Twice as productive as they were before": a multiple of a quality, measured against before or others.
  new RegExp(`\\b(?:twice|thrice|(?:\\d+(?:\\.\\d+)?|${NUMBER_WORD}) times) as (?:productive|active|mobile|strong|fast|far|flexible|effective|likely|energetic|comfortable|able|quick|long|good|well|fit|steady|stable|happy|healthy) as\\b`, 'i'),
  // "3x more likely", "2x faster".
  /\b\d+(?:\.\d+)?\s?x\s+(?:more|less|fewer|[a-z]+er)\b/i,
  // "Walks 2 km further", "sleeps 3 hours longer": a measured change with its unit.
  new RegExp(`\\b(?:\\d[\\d,.]*|a|an|${NUMBER_WORD})\\s?(?:km|kilometres?|miles?|metres?|points?|degrees?|steps|hours?|minutes?)\\s+(?:further|farther|more|longer|less|fewer|higher|lower|better)\\b`, 'i'),
  // "Three times faster", "ten times stronger": a multiple with any comparative.
  new RegExp(`\\b(?:\\d+(?:\\.\\d+)?|${NUMBER_WORD})\\s+times\\s+(?:[a-z]+er|more|less)\\b`, 'i'),
  // "An average of 20 degrees", "fall by an average of 60 points", "by 30 points": a measured change.
  new RegExp(`\\b(?:average|mean|median)(?: [a-z]+)? (?:of |by )?(?:\\d[\\d,.]*|${NUMBER_WORD})\\b(?!\\s*(?:minutes?|hours?|days?|weeks?|months?|years?|ml|mls|millilitres?|am|pm)\\b)`, 'i'),
  new RegExp(`\\bby (?:a good |a full |about |around |roughly |nearly |almost |over |more than |up to |as much as |at least )?(?:\\d[\\d,.]*|${NUMBER_WORD}) (?:points?|degrees?)\\b`, 'i'),
  // "Patients gain ten degrees of bend", "scores rise 20 points": a measured change with its unit.
  new RegExp(`\\b(?:(?:re)?gain|(?:re)?gains|(?:re)?gained|(?:re)?gaining|rise|rises|rose|improve|improves|improved|increase|increases|increased|climb|climbs|climbed)\\s+(?:(?:an average of|on average|around|about|roughly|up to|over|more than)\\s+)?(?:\\d[\\d,.]*|${NUMBER_WORD}|ten|a few)(?:\\s*(?:to|-|–|or)\\s*(?:\\d[\\d,.]*|${NUMBER_WORD}))?\\s+(?:points?|degrees?)\\b`, 'i'),
  // "Over 4,000 procedures", "thousands of injections": a volume of treatments done.
  /\b(?:\d{1,3},\d{3}|\d{3,}|hundreds|thousands|tens of thousands)\+?\s+(?:of\s+)?(?:[a-z-]+\s+){0,2}(?:procedures|treatments|injections|operations|cases)\b/i,
  // Not a dose over a span of time: "no more than eight in 24 hours"; nor, round 29, a mark given: "Ten out of ten for enthusiasm".
  new RegExp(`\\b(?:\\d+|one|${NUMBER_WORD})\\s+(?:times?\\s+)?(?:in|out of|from)\\s+(?:every\\s+)?(?:\\d+|${NUMBER_WORD}|ten|a hundred|100|a thousand)\\b(?!\\s*(?:hours?|hrs?|days?|weeks?|months?|years?|minutes?)\\b)(?!\\s+for (?:the )?(?:effort|enthusiasm|style|spirit|trying|commitment|keenness|attitude|cheek|presentation|determination|grit)\\b)`, 'i'),
  /\b(?:success|cure|response|satisfaction|improvement|failure|complication)\s+rates?\b/i,
];

/**
 * Figures in words: proportions ("most patients", "the vast majority", "two thirds") and changes
 * ("halves", "doubles", "by half"). Unlike a digit, these also appear in reported speech and in
 * plain description, so they are read in context (negation, reported claims) like a claim.
 */
export const WORD_PROPORTION_PATTERNS: RegExp[] = [
  new RegExp(`\\b(?:almost |nearly )?most (?:of )?(?:our |the |these )?(?:[a-z-]+ )?(?:patients|people|folk|folks|participants|cases|knees|hips|joints|users|clients|shoulders|tendons|elbows|ankles|veterans|servicemen|servicewomen|soldiers|squaddies|farmers|workers|employees|members|retirees|pensioners|walkers|gardeners|runners|golfers|customers)\\b`, 'i'),
  // Round 29. A counted group of any kind, with an outcome: "Almost 500 mothers of the bride have trusted us… and reported less pain".
  // (People, not places or things counted: not "our 12 treatment rooms are all on the ground floor".)
  /\b\d{2,}[\d,]*\+? (?:[a-z-]+ )?(?!(?:rooms|spaces|beds|chairs|bays|seats|sites|clinics|branches|minutes|hours|days|weeks|months|years|miles|steps|metres|sessions|appointments|slots|places|injections|treatments|procedures|syringes|needles|vials|samples|articles|pages|reviews|studies|trials|papers|questions|reasons|tips|things|ways|items)\b)[a-z]+(?:s|men|women|folk)(?: of (?:the )?[a-z-]+)? (?:have|has|are|were|who|now|all|say|tell|report|reported)\b/i,
  // Round 28. A crowd of any group, with an outcome: "Thousands of ex-servicemen are pain-free today".
  /\b(?:hundreds|thousands|tens of thousands|dozens|scores) of (?:[a-z-]+ ){0,2}[a-z-]+(?:s|men|women|folk)\b/i,
  // "The great majority improve", "a large majority of treated knees"; not the majority of studies or of opinion.
  /\b(?:the |an |a )?(?:overwhelming |vast |great |large |clear )?majority\b(?! of (?:the |these |our )?(?:evidence|stud|trial|research|data|review|paper|surgeon|clinic|doctor|expert|clinician|opinion|appointment|visit|booking|call|consultation|fee|cost|price|time|questions?|enquir|money|funds|budget|profit|proceeds|donation|income|revenue|spend|shares?|votes?))/i,
  /\b(?:nearly|almost|virtually|practically) (?:everyone|everybody|every one)\b/i,
  /\b(?:almost|nearly|virtually|practically) all (?:of )?(?:our |the |these )?(?:[a-z-]+ ){0,2}(?:patients|people|participants|cases|knees|hips|joints|shoulders|runners|athletes|clients|golfers|players|sufferers|cyclists|walkers|swimmers|dancers|members|users|customers|riders|skiers|climbers|hikers)\b/i,
  // "Almost every patient we see", "the bulk of our patients", "half our patients".
  /\b(?:almost|nearly|virtually|practically) every (?:single )?(?:[a-z-]+ )?(?:patient|person|knee|hip|joint|case|runner|athlete|client|golfer|player|sufferer)\b/i,
  /\bthe (?:vast |great |overwhelming )?(?:bulk|lion['’]s share) of (?:our |the |these )?(?:[a-z-]+ )?(?:patients|people|folk|folks|members|users|cases|knees|hips|joints|shoulders|tendons|elbows|clients|runners|athletes)\b/i,
  // The group left understood: "relief kicks in for most within a fortnight".
  /\b(?:for|in) (?:almost |nearly )?(?:most|the (?:vast |great |overwhelming )?majority|the (?:vast |great )?(?:bulk|lion['’]s share))\b(?! of\b)/i,
  // A share without a figure: "a growing number of our patients", "a large proportion of people we treat", "many of our runners".
  /\b(?:a|an) (?:growing|increasing|rising|ever-growing|large|larger|significant|substantial|huge|high|good|considerable|sizeable|sizable|big|hefty|healthy|solid) (?:number|proportion|percentage|share|fraction|majority|chunk|slice|portion|swathe|section|segment|part) of (?:our |the |these )?(?:[a-z]+['’]s )?(?:[a-z-]+ ){0,3}(?:patients|people|participants|cases|knees|hips|joints|shoulders|clients|runners|athletes|golfers|players)\b/i,
  /\b(?:many|plenty|lots|scores|countless numbers) of (?:our|the [a-z-]+s we (?:treat|see))\b(?: [a-z-]+)?/i,
  // A frequency claimed for our patients: "our patients are typically pain-free", "our runners usually return…".
  /\bour (?:[a-z-]+ )?(?:patients|clients|runners|athletes|golfers|players)\b(?: [a-z]+){0,2} (?:typically|usually|generally|normally|invariably|consistently|routinely|reliably|always|nearly always|almost always)\b/i,
  /\b(?:on average|typically|usually|generally|as a rule),? our (?:[a-z-]+ )?(?:patients|clients|runners|athletes|golfers|players)\b/i,
  new RegExp(`^\\W*(?:the |our |most )?(?:[a-z-]+ )?(?:patients?|people|clients?|runners?|golfers?|players?|knees|hips)\\b(?: [a-z]+)? (?:typically|usually|generally|normally|routinely|often|mostly)\\b[^.!?]{0,60}\\b(?:in|within|after|by) (?:under |less than |about |around |roughly |just )?(?:\\d+|${NUMBER_WORD}|one|a|a few|a couple of) (?:days?|weeks?|months?|fortnight)\\b`, 'i'),
  /\bhalf (?:of )?(?:all |our |the |these )?(?:[a-z-]+ )?(?:patients|people|participants|cases|knees|hips|joints)\b|\bhalf (?:of )?(?:those|the people|the patients|everyone|everybody) (?:we|who)\b/i,
  // "Three quarters pain-free", "a third of our patients".
  /\b(?:one|two|three|four|five|six|seven|eight|nine)[- ](?:thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)\b(?! of an? )(?! of (?:the|your|our|a) (?:fee|cost|price|payment|deposit|bill|balance|total)\b)(?! of (?:the|your|our|a|each) (?:[a-z]+ )?(?:volume|sample|mixture|syringe|dose|fat|fluid|injectate)\b)/i,
  /\ba (?:third|quarter|fifth|tenth) of (?:all |our |the |these )?(?:patients|people|participants|cases|knees|hips|joints)\b/i,
  // Any group of ours: "most of our runners", "most runners we treat"; the outcome nearby decides.
  /\b(?:almost |nearly )?most [a-z-]+s (?:we (?:treat|see|have treated|have seen)|(?:who|that) (?:have|had|come|came|try|tried))\b/i,
  // Any group of ours: "most of our runners", "most of the golfers we treat"; the outcome nearby decides.
  /\b(?:almost |nearly )?most of (?:our|the|these|those) (?!(?:questions|queries|enquiries|inquiries|calls|emails|letters|appointments|visits|studies|trials|papers|reviews|costs|fees|prices|risks|side effects|complications|injections|procedures|steps|days|weeks|hours|minutes|details|forms)\b)(?:[a-z-]+ )?(?!(?:questions|queries|enquiries|inquiries|calls|emails)\b)[a-z-]+s\b/i,
  // Round 25. The readers themselves as the group: "most of you will be back at work … and feeling years younger".
  /\b(?:almost |nearly )?(?:most|the (?:vast |great |overwhelming )?majority) of (?:you|you all)\b/i,
  // Few as a figure: "only a handful of our patients ever need…".
  // Our typical patient stands for the share: "our average patient is walking pain-free in three weeks".
  /\b(?:the|our) (?:average|typical|usual|median) (?:[a-z-]+ )?(?:patient|runner|knee|hip|client|golfer|player|athlete|rider|cyclist|swimmer|person)s?\b/i,
  // A crowd for a count: "a small army of former patients", "a steady stream of runners".
  /\b(?:a|an) (?:small |whole |growing |long |steady |constant )?(?:army|legion|host|crowd|stream|queue|flood|raft|wave|parade|string) of (?:our |former |past |happy |grateful )?(?:[a-z-]+ )?(?:patients|people|runners|athletes|golfers|players|clients|knees|hips)\b/i,
  // A gain with its unit: "gain roughly a kilometre of extra walking".
  new RegExp(`\\b(?:gain|gains|gained|add|adds|added)(?: [a-z]+){0,2} (?:a|an|half an?|\\d[\\d,.]*|${NUMBER_WORD})(?: (?:hundred|thousand))?(?: [a-z-]+){0,2} (?:kilometres?|km|miles?|hours?|metres?|steps|degrees?)\\b`, 'i'),
  /\b(?:only |just )?a (?:handful|sliver|tiny (?:number|fraction|minority|sliver)|small (?:minority|fraction)|very small number|minority) of (?:our |the |these )?(?:[a-z-]+ )?(?:patients|people|cases|knees|hips|joints|clients)\b/i,
  // A gain with its unit, without a figure: "walk an extra mile a day", "an additional hour of walking".
  new RegExp(`\\b(?:an extra|an additional|another|a further) (?:\\d[\\d,.]*\\s*|${NUMBER_WORD} |half an? |couple of )?(?:miles?|km|kilometres?|hours?|metres?|yards?|steps|degrees?|holes|laps)\\b`, 'i'),
];

/** A proportion is a claim about results only with an outcome nearby ("most people feel pressure" is description). */
const MORE_OUTCOMES = /\b(?:never (?:look|looks|looked) back|(?:still )?going strong|(?:knees?|hips?|joints?|shoulders?) (?:sorted|fixed|put right)|(?:serving|playing|running|jogging|golfing|swimming|cycling|competing|dancing|riding|skiing|climbing|hiking|walking|training|gardening|bowling) again|(?:happier|healthier|stronger|calmer|quieter|more comfortable|more mobile|less painful) (?:\S+ )?(?:joints?|knees?|hips?|shoulders?|ankles?|elbows?)|feel(?:s|ing)? (?:\S+ )?(?:lighter|looser|freer|stronger|easier|younger|like new)|notice (?:a|the|their|an?) (?:\S+ )?(?:difference|improvement|change)|off (?:\S+ )?(?:crutches|sticks?|walking sticks?|frames?)|(?:climb|climbs|climbing|manage|manages) (?:the )?(?:\S+ )?(?:stairs|steps)|back (?:at|in|on|to|into) (?:the |full |normal |competitive )?(?:gym|court|course|pitch|track|pool|saddle|slopes|golf|tennis|dance floor|competition|action|match play|training|sport|play|parkrun|park run|races?|club|classes)|(?:elbows?|knees?|hips?|shoulders?|tendons?|ankles?|cases) (?:\S+ )?(?:settle|settles|settled|calm down|calms down|clear up|clears up)|results?|regain\w*|free (?:of|from) (?:\S+ )?(?:pain|flare-ups?|symptoms|stiffness|swelling|crutches|painkillers|tablets)|(?:stays?|stayed|keeps?|kept|feels?|remains?) (?:\S+ ){0,2}comfortable|(?:is|are|be) (?:\S+ )?comfortable (?:by|within|in|after)|comfortable for|put(?:s|ting)? off (?:\S+ )?(?:surgery|an operation|a replacement|the operation|their operation)|rat(?:e|es|ed|ing) (?:\S+ ){0,3}(?:as )?(?:excellent|very good|good|great|better|mild|absent|gone|minimal|much improved|improved|resolved)|(?:meaningful|real|clear|big|lasting|worthwhile|noticeable|measurable|useful) (?:gains?|change|progress)|walk\w*|(?:needs?|needed)(?! (?:a |an |any )?(?:general |local )?(?:an(?:a)?esthetic|stitches|sedation|to (?:fast|stay|rest|bring|arrive|arrange|book|wear|be driven)|someone|somebody|lift|ride|driver|escort|taxi)\b)|recommend\w*|mobility|function|avoid\w*|run|runs|running|sports?|further|back on|eas(?:e|es|ed|ing)|sleep\w*|(?:leave|leaves|go home|walk out) without|(?:never|rarely|seldom|do not|don't|don’t) (?:need to )?(?:come back|return)\b|(?:have|do|choose|get|try) (?:it|the [a-z]+|this [a-z]+|one)(?: done)? again|wish(?:es|ed)? (?:they|I|you|we) had (?:done|had|come|tried|booked) (?:it |this |us )?(?:sooner|earlier)|(?:manage|manages|managed|cope|copes|coped|live|lives|lived|get by|do|does|did) without (?:\S+ )?(?:surgery|an operation|a replacement|painkillers?|tablets|medication)|back (?:training|running|playing|competing|walking|cycling|swimming|dancing|gardening|digging|kneeling|lifting|skiing|bowling|climbing|hiking)|(?:play|run|walk|train|cycl|swimm|danc|compet|rac)(?:s|ed|e|es|ing)?(?: [a-z-]+){0,3} again|return(?:s|ed|ing)? to (?:the |their |your |full |normal )?(?:(?!(?:light|gentle|easy|everyday|daily|desk|office|some)\b)[a-z-]+ ){0,2}?(?:course|pitch|court|gym|track|sports?|games?|activit\w+|hobb\w+|golf|tennis|running|football|training|exercise|rac\w*|compet\w*|play\w*|match\w*)|(?:reach|reaches|reached|achieve|achieves|achieved|hit|hits|meet|meets|met) (?:their|your|his|her) (?:[a-z-]+ )?goals?|feels? (?:\S+ )?(?:younger|better|stronger|easier|looser|freer|great|normal|new)|(?:reduce|reduces|reduced|cut|cuts|lower|lowers|lowered|halve|halves|halved|stop|stops|stopped) (?:\S+ ){0,2}(?:painkillers?|medication|tablets|pills|pain))\b/i;
/** Less of a symptom is an outcome too: "most people notice less pain". */
const LESS_SYMPTOM = /\b(?:with|without|have|has|had|having|feel|feels|felt|feeling|report|reports|reported|reporting) no (?:more |further |real |remaining )?(?:[a-z-]+ )?(?:pain|stiffness|swelling|aches?|discomfort|limp(?:ing)?)\b(?! (?:during|while|at the time|in the (?:room|chair)|from the (?:needle|injection|procedure)))|\bback (?!(?:pain|aches?|ache)\b)[a-z]{3,}ing\b|\b(?!(?:seeing|coming|booking|calling|paying|visiting|ringing|phoning|writing|emailing|asking|checking|meeting|having|doing|being|getting)\b)[a-z]{3,}ing (?:[a-z-]+ ){0,3}again\b|\b(?:never|no longer) (?:feel|feels|get|gets|have|has|notice|suffer)\b[^.]{0,30}\b(?:again|any ?more)\b|\b(?:extra|more|additional|further) (?:comfortable |pain-free |painless |easy )?steps\b|\b(?:less|no longer) (?:stiff|sore|swollen|painful|achy|creaky)\b|\b(?:pain|swelling|stiffness|symptoms|aches?|discomfort)\b(?: \S+){0,2} (?:(?:go(?:es|ing)?|went|gone|come|comes|came|coming) down|fade[sd]?|fading|eas(?:e|es|ed|ing)|settl(?:e|es|ed|ing)|disappear\w*|vanish\w*|subsid\w*|lift(?:s|ed)?)\b|\b(?:full )?range of (?:movement|motion)\b|\bback (?:doing|out|enjoying|racing|riding|lifting|climbing|skiing|golfing|hiking)\b|\bgains? (?:seen|made|achieved|persist\w*|last\w*|hold|held|are still|remain\w*)\b|\beasier (?:\S+ )?(?:walking|climbing|running|stairs?|sleeping|movement)\b|\bstair[- ]climbing\b|\b(?:less|fewer|reduced|lower|easier)\s+(?:\S+\s+)?(?:pain|stiffness|swelling|symptoms|discomfort|aches?|limping)\b|\b(?:see|sees|saw|notice|notices|noticed|feel|feels|felt|get|gets|got) no (?:real )?(?:change|difference|benefit|improvement|relief)\b|\b(?:notice|noticed|notices|feel|feels|felt|see|sees|saw|spot) (?:a|the|any|some|real|big) (?:[a-z]+ )?(?:difference|change|improvement|benefit)\b/i;
/** The practical side of recovery ("most people go home the same day", "back to desk work"): what to plan for, not a result. */
const LOGISTICS = /\b(?:go(?:es)? home|(?:go(?:es)?|get|gets|are|is) back to (?:desk |office |light |normal )?(?:work|driving|the office)|return(?:s)? to (?:desk |office |light )?work|drive again)\b/gi;
/** A condition ("…discussed only if the first helped") names an outcome without claiming it. */
const CONDITION = /\b(?:only if|if|unless|whether)\b[^,;:]*/gi;
/** Not needing our kind of treatment ("most people with knee pain never need an injection") is a limit of ours, not an outcome. */
const NO_NEED_OF_OURS = /\b(?:never|not|n['’]t|no longer) (?:need|needs|require|requires)\b (?:an? |any |our |this |these |such )?(?:injections?|cell|stem|treatment like|procedure like)/gi;
/** Our treated people back at work is a result we sell ("the majority of treated employees are back at their desks within forty-eight hours"), though anyone's return to work is logistics. */
const OURS_BACK_AT_WORK = /\b(?:our|treated) (?:[a-z-]+ )?(?:patients|users|employees|members|clients|staff|workers|customers)\b[^.!?]*\bback (?:at|in|to) (?:their |your |the )?(?:desks?|office|work|jobs?)\b/i;
const outcomeNearby = (raw: string) => {
  const text = raw.replace(LOGISTICS, ' ').replace(CONDITION, ' ').replace(NO_NEED_OF_OURS, ' ');
  return OUTCOME.test(text) || MORE_OUTCOMES.test(text) || LESS_SYMPTOM.test(text) || OURS_BACK_AT_WORK.test(raw);
};

/** Changes in words: "halves", "doubles", "by a third", "twofold". */
export const WORD_CHANGE_PATTERNS: RegExp[] = [
  /\bhalv(?:e|es|ed|ing)\b/i,
  /\bby (?:a good |a full |nearly |almost |about |around |roughly |approximately |some |over |more than |well over |at least |up to |as much as |close to )?(?:a |the |one[- ]|two[- ]|three[- ])?(?:half|thirds?|quarters?)\b(?!-)/i,
  /\b(?:cut|cuts|cutting|slash(?:es|ed)?|reduc(?:es|ed)?|split|splits)\b(?!\s+(?:the |your |our |each |a )?(?:consultation|appointment|session|visit|hour|day|time|fee|cost|payment|dose|tablet|pill|dressing|tape|ice pack|orange|apple)s?\b)(?:\s+[a-z-]+){0,3}\s+in half\b/i,
  // "Twice the mobility", "half the pain".
  // "A quarter of the time", "a fraction of the downtime": a comparison in fractions.
  /\b(?:a (?:third|quarter|fifth|tenth|fraction)|half|one[- ](?:third|quarter)) (?:of )?the (?:usual |normal |typical |expected |standard |average )?(?:time|recovery|downtime|pain|risk|healing time|recovery time)\b/i,
  // "Recovery times are roughly a third of those associated with arthroscopic surgery."
  /\b(?:a (?:third|quarter|fifth|tenth|fraction)|half|twice|double|three times|one[- ](?:third|quarter)) (?:of )?(?:(?:those|that|the (?:time|times|recovery)) (?:associated with|after|of|for|with|following|seen)|what (?:it|they|you)(?:['’]d| would| will| is| are)?(?: \S+){0,2} (?:after|with|following|for)|what (?:it|they|you)(?:['’]s| is| are| was| were)? (?:today|now|at the moment|currently|before))\b/i,
  /\b(?:half|twice|double|triple|(?:\d+|two|three|four|five|six|ten) times) (?:the|their|your|its) (?:[a-z-]+ )?(?:pain|mobility|movement|function|distance|results?|recovery|speed|relief|improvement|benefit|power|effect|strength|duration|length|longevity|control|baseline|value|level|score|range|success rates?|response rates?|chances?|odds)\b/i,
  /\b(?:one|two|three)[- ](?:half|halves|thirds?|quarters?) of\b(?! (?:the|your|our|a) (?:fee|cost|price|payment|deposit|bill|balance|total)\b)(?! (?:an?|the) (?:hour|day|week|month|year|minute|mile|dose|tablet)\b)(?! (?:the|your|our|a|each) (?:[a-z]+ )?(?:volume|sample|mixture|syringe|dose|fat|fluid|injectate)\b)/i,
  // Not a length of time or a share of the visit: "about half an hour", "around half a day".
  /\b(?:roughly|about|around|nearly|almost|over|more than|at least|just under|just over) half\b(?! (?:of )?(?:an?|the) (?:hour|day|minute|week|month|year|mile|session|appointment|visit|dose|tablet|way|fee|cost|price|payment|deposit|time)\b)/i,
  /\b(?:two|three|four|five|ten)[- ]?fold\b/i,
  // "Twice as far", "three times as likely": a comparison in words.
  /\b(?:twice|thrice|half|(?:two|three|four|five|ten) times) as (?:far|much|many|long|likely|fast|quickly|well|good|effective|often|mobile|active|painful|stiff|easy|easily|comfortable|strong|quick)\b/i,
  // "Pain scores fall from seven to three": a measured change given as its two ends.
  new RegExp(`\\b(?:pain|scores?|ratings?|function|stiffness|mobility|disability)\\b(?: [a-z]+){0,5} (?:fall|falls|fell|falling|drop|drops|dropped|dropping|go|goes|went|going|rise|rises|rose|rising|improve|improves|improved|improving|climb|climbs|climbed|move|moves|moved) from (?:an? )?(?:\\d+|${NUMBER_WORD}|one|ten)(?: out of (?:ten|10))? to (?:an? )?(?:\\d+|${NUMBER_WORD}|one|zero|ten)\\b`, 'i'),
  /\b(?:doubl|tripl|trebl|quadrupl)(?:e|es|ed|ing)\b(?![- ]blind)/i,
  // Round 18. An average change with its unit: "average improvement in the Oxford Knee Score: 14 points".
  /\b(?:average|mean|median) (?:improvement|gain|change|reduction|increase|fall|drop|rise)\b[^.]{0,50}?\b\d+(?:\.\d+)? ?(?:points?|degrees?|%)/i,
  // Round 16. Years taken off: "your knee could feel ten years younger".
  new RegExp(`\\b(?:\\d+|${NUMBER_WORD}|ten|a few|several) (?:years?|decades?) younger\\b`, 'i'),
  // Round 13. A multiple by its factor: "swelling is reduced by a factor of three".
  /\bby a factor of (?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred)\b/i,
  /\b(?:one|two|three|four|five|six|seven|eight|nine) (?:of|in|out of) every (?:two|three|four|five|six|seven|eight|nine|ten|hundred)\b/i,
  // "One patient in twenty", "nine knees out of ten".
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine) (?:patients?|persons?|people|knees?|hips?|cases?|employees?|members?|workers?|clients?|colleagues?|users?|customers?|runners?|athletes?|golfers?|players?) (?:in|out of|from) (?:every )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred|every \w+)\b/i,
];

/** How long the benefit lasts, and how few fail, as figures (read in context, like the proportions). */
const DURATION_PATTERNS: RegExp[] = [
  // "Postpones the need for further intervention by an average of seven years".
  new RegExp(`\\b(?:postpon|delay|put(?:s|ting)? off|defer)\\w*\\b(?: [a-z-]+){0,6} by (?:an average of |on average |around |about |roughly |up to |over |at least |some )?(?:\\d+|${NUMBER_WORD}|a|an|several|many) (?:months?|years?)\\b`, 'i'),
  // "A treated knee usually keeps giving for two or three seasons."
  new RegExp(`\\b(?:(?:keeps?|kept|goes|go|carries|carried) on(?: (?:giving|going|working|delivering))?|(?:keeps?|kept|goes|go) (?:giving|going|working|delivering))(?: \\S+){0,2} for (?:a good |a full |up to |over |at least |another )?(?:\\d+|${NUMBER_WORD}|a|several|many|a couple of)(?: or (?:\\d+|${NUMBER_WORD}))? (?:months?|years?|seasons?|decades?)\\b`, 'i'),
  // "Outlast a steroid jab by around eighteen months".
  new RegExp(`\\boutlast(?:s|ed|ing)?\\b(?: [a-z-]+){0,5} by (?:about |around |roughly |up to |over |more than |at least |nearly )?(?:\\d+|${NUMBER_WORD}|a|an|several|many) (?:days?|weeks?|months?|years?)\\b`, 'i'),
  new RegExp(`\\b(?:results?|relief|benefits?|effects?|improvements?|comfort|freedom from pain)\\b(?: [a-z]+){0,2},? (?:last|lasts|lasted|lasting|holds? up|persists?|endures?)\\b,?(?: (?:on average|typically|usually|generally|for most|in most cases),?)? (?:(?:a good|a full|well over|well beyond|over|more than|nearly|almost|around|about|up to|at least) )?(?:a|an|\\d+|${NUMBER_WORD}|one|several) (?:(?:good|full|solid) )?(?:months?|years?|decades?)\\b`, 'i'),
  // A change in points off a score: "patients knock two points off their pain score".
  new RegExp(`\\b(?:\\d[\\d,.]*|${NUMBER_WORD}|one|a few|a couple of|several) (?:whole |full )?(?:points?|degrees?|grades?) (?:off|from) (?:their |the |your |a )?(?:[a-z]+ )?(?:score|scale|rating|pain)\\b`, 'i'),
  // Few as a figure, with its outcome: "hardly anyone needs a second injection", "almost nobody needs surgery afterwards".
  /\b(?:hardly|scarcely|barely|almost|virtually|practically) (?:anyone|anybody|nobody|no one|no-one|any (?:of (?:our|the) )?(?:patients|people|knees|hips))\b(?: [a-z]+){0,2} (?:(?:needs?|requires?|goes on to (?:need|have)|comes? back for|returns? for) (?:a |an |any )?(?:second|another|further|repeat|more|surgery|operation|replacement|new|knee replacement|hip replacement)|fails?|regrets?|(?:is|are) disappointed|(?:sees?|feels?|gets?) no)\b/i,
  // A verbless answer giving the span for most: "For most people, a good four years."
  new RegExp(`^\\W*(?:for|in) (?:most|the (?:vast |great )?majority)(?: of)?(?: [a-z-]+){0,2},? (?:(?:comfortably |easily |well |safely )?(?:a good|a full|well over|over|about|around|roughly|at least|up to|upwards of|more than|beyond) )?(?:\\d+|${NUMBER_WORD}|one|two)(?: (?:to|or|and) (?:\\d+|${NUMBER_WORD}|one|two))? (?:more )?(?:years?|months?)\\b\\s*[.!]?\\s*$`, 'i'),
  // Round 20. A share alone, as the answer to a headline ("What proportion improve? In our experience, well over two thirds.").
  new RegExp(`^\\W*(?:(?:in|from) (?:our|my) experience,? |(?:for|with) us,? )?(?:(?:well|comfortably|just) )?(?:over |about |around |roughly |nearly |almost |more than |at least |close to |upwards of )?(?:(?:one|two|three|four|five|six|seven|eight|nine)[- ](?:thirds?|quarters?|fifths?|tenths?)|(?:\\d+|${NUMBER_WORD}|one) (?:in|out of) (?:\\d+|${NUMBER_WORD}|ten|a hundred)|the (?:vast |great |overwhelming )?majority|(?:nigh on|nearly|almost|virtually|practically|just about) (?:all|every one))(?: of (?:them|those|patients|people))?(?:,? (?:and|often|usually|typically|mostly) [^.!?]{0,40})?\\s*[.!]?\\s*$`, 'i'),
  // Round 20. The span alone, as the answer to a headline ("Typical relief? A good eighteen months, and often a great deal longer.").
  new RegExp(`^\\W*(?:a good|a full|well over|upwards of|at least|more than) (?:\\d+|${NUMBER_WORD}|one|two)(?: (?:to|or|and) (?:\\d+|${NUMBER_WORD}))? (?:more )?(?:years?|months?)\\b(?:,? (?:and|or) (?:often|sometimes|usually|frequently|in many cases)? ?(?:a (?:great|good) deal |much |far |even )?(?:longer|more))?\\s*[.!]?\\s*$`, 'i'),
  // Round 23. A span given with its adjective after: "gain eighteen months pain-free".
  new RegExp(`\\b(?:\\d+|${NUMBER_WORD}|one|a|several|many) (?:more |extra |full |whole )?(?:months?|years?|decades?) (?:pain-free|painfree|free of pain|without pain)\\b`, 'i'),
  // "results last an average of eighteen months", "relief lasting up to two years", "relief from a single
  // injection typically lasts five years" (not what the anaesthetic, a bruise or other care does).
  new RegExp(`\\b(?:results?|relief|benefits?|effects?|improvements?)\\b(?: (?!(?:an(?:a)?esthetic|numbing|bruis\\w*|swelling|soreness|steroids?|cortisone|surgery|operations?|replacements?|physio\\w*|painkillers?|hyaluronic|saline|placebo)\\b)[a-z-]+){0,8} (?:last|lasts|lasted|lasting|holds?|held|holding|persists?|persisted|endures?|endured|stays?|stayed|continues?|continued|sticks? around|stuck around|sticking around|hangs? around|hung around|keeps? going|kept going|carries on|carried on)(?: up)?(?: [a-z]+ly)?(?: for)?(?: (?:an average of|a median of|a mean of|on average|typically|usually|generally|around|about|roughly|up to|at least|over|more than|well over|beyond|between|from|anywhere from|anything from))? (?:(?:\\d+|${NUMBER_WORD}|a|one|several)(?: (?:and|to|or) (?:\\d+|${NUMBER_WORD}|one))? (?:months?|years?|decades?)|the (?:best|better|greater) part of (?:a|an|two|three) (?:years?|decades?))\\b`, 'i'),
  // Round 13. The benefit's span as its measure: "relief of up to five years has been documented".
  new RegExp(`\\b(?:relief|benefits?|results?|improvements?|comfort)\\b of (?:up to |over |more than |at least |around |about |roughly |well over )?(?:\\d+|${NUMBER_WORD}|one|several|many) (?:months?|years?|decades?)\\b`, 'i'),
  // Activity gained, by its distance: "cycle an additional five miles a week".
  new RegExp(`\\b(?:walk|run|cycl|swim|jog|hik|climb|cover|manag|play|tak|took)[a-z]*(?: [a-z]+){0,2} (?:an extra|an additional|another|a further) (?:\\d[\\d,.]*\\s*|${NUMBER_WORD} |half an? |couple of )?(?:miles?|km|kilometres?|metres?|yards?|steps|holes|laps|lengths)\\b`, 'i'),
  // When the benefit arrives, as a figure: "relief usually arrives within ten days".
  new RegExp(`\\b(?:relief|benefits?|results?|improvements?|effects?)\\b(?: [a-z]+){0,2} (?:arrives?|arrived|comes?|came|kicks? in|kicked in|starts?|started|begins?|began|shows?|showed|appears?|appeared) (?:(?:within|in|after) (?:about |around |roughly |just |under |less than )?(?:\\d+|${NUMBER_WORD}|one|two) (?:days?|weeks?|months?)|(?:at|by|from) (?:about |around |roughly )?(?:day|week|month) (?:\\d+|${NUMBER_WORD}|one|two|ten))\\b`, 'i'),
  // Good years as the unit of benefit: "buys most people two good years".
  new RegExp(`\\b(?:\\d+|${NUMBER_WORD}|one|a|several|many) (?:more |extra )?(?:good|pain-free|painfree|active|comfortable|happy|healthy|mobile) (?:months?|years?|decades?)\\b`, 'i'),
  // A span of benefit named as a quantity: "six months of comfort", "two years of pain-free walking".
  new RegExp(`\\b(?:(?:\\d+|${NUMBER_WORD}|one|several|many) (?:more |full |whole |good |solid )?(?:months?|years?|decades?|seasons?)|a (?:whole |full |good )?decade|a (?:good |full )?dozen (?:months|years)|an? (?:extra|additional|further) (?:year|decade)s?)(?: or (?:more|so|longer))? of (?:\\S+ )?(?:comfortable|comfort|easy|miles|relief|freedom|pain-free|painfree|mobility|movement|walking|running|activity|sport|golf|tennis|less pain|easier|life|living)\\b`, 'i'),
  // A time to an outcome given as our norm: "back on the course in six weeks: that's the norm here".
  new RegExp(`\\b(?:(?:in|within|after|by) (?:\\d+|${NUMBER_WORD}|one|a|a few|a couple of) (?:days?|weeks?|months?)|(?:in|within|after) a fortnight)\\b(?=[^.!?]*\\b(?:that['’]s|that is|it['’]s|it is|this is)\\s+(?:(?:the norm|the rule|normal|typical|standard|routine|par for the course)\\s+(?:here|for (?:us|our patients)|at (?:our|this) clinic|with us)|(?:our|the clinic['’]s) (?:average|typical|usual|normal|median) (?:recovery|result|outcome|timeline|patient))\\b)`, 'i'),
];

/** The sentence describes the page itself ("this guide looks at two reviews"), not the evidence. */
const SELF_REFERENCE = /\b(?:this|our) (?:guide|article|page)\b|\bexplained\b|\bbelow\b/i;
const COUNT_OF_SOURCES = /\b(?:studies|trials|reviews)$/i;

/**
 * A rate is a statistic when it is given (a figure) or judged ("our success rate is excellent");
 * asking a clinic for its complication rates states none.
 */
const RATE_VERDICT =
  /\d|\b(?:our|we|high|higher|highest|excellent|outstanding|impressive|exceptional|remarkable|enviable|unmatched|unrivalled|best|low|lower|lowest|zero|near-zero|tiny|negligible|among|speaks?|second to none|industry)\b|-leading\b/i;

const THROUGHPUT = /^\s+(?:a|per|each|every) (?:year|month|week|day)\b/i;
const GAIN_UNIT = /\b(?:miles?|km|kilometres?|hours?|metres?|yards?|steps|degrees?|holes|laps)$/i;
/** Figures named as others quote them ("the 59% often quoted for one trial comes from a blog"): a mention, not a claim. */
const QUOTED_AFTER = /^[^.;:]{0,40}?\b(?:often |widely |commonly |frequently |sometimes |still )?(?:quoted|advertised|touted|bandied about|circulated)\b/i;
const DENIED = /\b(?:not true|untrue|false|a myth|misleading|no evidence)\b/i;

/**
 * A change in words the reader is asked to make to their own activity ("your clinician may suggest
 * halving your usual walking distance"): an instruction, not a result.
 */
/** "Halve the stress of the day by arranging a lift home": an instruction with its means, not a result. */
const IMPERATIVE_HALVE = /^halve (?:the|your) (?:[a-z-]+ ){1,3}(?:of (?:the |your )?[a-z-]+ )?by [a-z]+ing\b/i;

const ACTIVITY_CHANGE = /^halve (?:the|your) (?:scoop|dose|amount|portion|serving|quantity|tablet|sachet|measure)\b|^halv\w* (?:the )?(?:length|size) of (?:this|my|the|our|your) (?!(?:pain|recovery|stiffness|swelling|symptoms|rehab|rehabilitation|wait for relief)\b)[a-z]+|^halve (?:it|them|that|this)\b(?=[^.!?]*\b(?:build|work|increase|add)\b)|^halve the (?:quantities|amounts?|recipe|portions?|ingredients)\b|^(?:halv|cut)\w* (?:back )?(?:your|the) (?:usual |normal |daily |weekly |planned )?(?:walking|walks?|distance|mileage|running|runs?|training|exercise|activity|activities|load|steps|sessions?|reps|weights?|time on your feet|gym time|hours)\b/i;

/** Words that make "N times more" a dosing instruction rather than a comparison. */
const CAPACITY_BEFORE = /\b(?:employ|employs|employed|employing|hire|hired|recruit|recruited|team of|staff of|workforce of|seats?(?: for)?|seating for|holds?(?: up)?|room for|space for|spaces for|parking for|fits?|accommodat(?:e|es|ing)|capacity (?:of|for)|places for|chairs for|beds for)(?: up to| about| around| roughly| over| nearly| as many as)? $/i;
/** What the visit is for ("300 patients a year for knee pain relief"): a purpose, not a result. */
const PURPOSE = /\bfor (?:\S+ ){0,3}(?:relief|treatment|care|injections?|advice|assessment|help)\b/gi;
const SHARE_OF_MONEY = /^\s*of (?:the |each |every |your |their |our |an? |[a-z]+['’]s )*(?:[a-z-]+ ){0,2}(?:fee|fees|cost|costs|price|prices|bill|bills|payment|payments|deposit|premium|premiums|invoice|salary|balance)\b/i;
const NOT_A_COMPARISON = /\b(?:a day|a week|daily|per day)\b/i;

/** Our treatments and the clinic, as written: a figure in words about them is ours to substantiate. */
const OURS = /\b(?:our|ours|we|us|injections?|cells?|lipogems|bmac|prp|platelet|fat|marrow|clinic)\b/i;
/** Care given up or put off: "most patients can avoid surgery" is a claim for ours, though it names only surgery. */
const CARE_FORGONE = /\b(?:avoid\w*|delay\w*|postpon\w*|put(?:s|ting)? off|skip\w*|spar\w*|escap\w*|without|instead|rather than|no longer|(?:do|does|did|will) not need|don['’]t need|never need|(?:nobody|no one|no-one|anyone|anybody) (?:\S+ )?needs?)\b/i;

/**
 * A figure in words about other care alone ("for most people with advanced arthritis, a hip
 * replacement is very successful"): a fact of that care's record, not a claim for ours.
 */
function aboutOtherCareOnly(text: string): boolean {
  return OTHER_CARE.test(text.toLowerCase()) && !OURS.test(text) && !CARE_FORGONE.test(text);
}

/**
 * The pattern lists with what each pattern needs, derived on first use: reading the patterns with
 * regexpp takes about 40 ms, which a worker of the parallel check that may never check a statistic
 * (the claims worker, ../check-worker.ts, checks one only on a whole page it takes) would otherwise
 * pay at start.
 */
let lists: { statistics: PatternList; wordProportions: PatternList; durations: PatternList; wordChanges: PatternList } | undefined;
const patternLists = () =>
  (lists ??= {
    statistics: patternList(STATISTIC_PATTERNS),
    wordProportions: patternList(WORD_PROPORTION_PATTERNS),
    durations: patternList(DURATION_PATTERNS),
    wordChanges: patternList(WORD_CHANGE_PATTERNS),
  });

/**
 * Patterns for figures in words, read in context: proportions only with an outcome nearby, and
 * neither proportions nor durations about other care alone. With the prefilter, patterns whose
 * required words are absent are left out first (a cheap test), and the context only read when a
 * proportion or duration pattern may match.
 */
function wordFigurePatterns(text: string, prefilter: boolean): RegExp[] {
  if (!prefilter) {
    return [...(aboutOtherCareOnly(text) ? [] : [...(outcomeNearby(text) ? WORD_PROPORTION_PATTERNS : []), ...DURATION_PATTERNS]), ...WORD_CHANGE_PATTERNS];
  }
  const { wordChanges, wordProportions, durations } = patternLists();
  const candidates = [wordChanges];
  const proportions = mayMatch(wordProportions, text);
  if ((proportions || mayMatch(durations, text)) && !aboutOtherCareOnly(text)) {
    if (proportions && outcomeNearby(text)) candidates.push(wordProportions);
    candidates.push(durations);
  }
  return candidatePatterns(text, candidates);
}

/**
 * The figures found in a sentence's text, before its place on the page is known: the same text
 * gives the same figures, so they are kept by text (boilerplate repeats across pages, and watch
 * mode re-checks unchanged ones). Bounded, like the claims model's cache.
 */
const matchCache = new Map<string, { index: number; match: string }[]>();
const MATCH_CACHE_LIMIT = 50_000;

function statisticMatches(text: string, prefilter: boolean): { index: number; match: string }[] {
  const cached = prefilter ? matchCache.get(text) : undefined;
  if (cached) return cached;
  const matches = [
    ...findAll(text, prefilter ? candidatePatterns(text, [patternLists().statistics]) : STATISTIC_PATTERNS).filter((m) => !isReported(text, m.index)),
    ...findAll(text, wordFigurePatterns(text, prefilter)).filter((m) => !(isQuestion(text) && !ASSERTING_QUESTION.test(text)) && !isDisarmed(text, m.index, m.end)),
  ].sort((a, b) => a.index - b.index);
  const kept: { index: number; match: string }[] = [];
  for (const m of matches) {
    // (A bare "success rate" needs its verdict; "twice the success rate of…" is a figure in itself.)
    if (/^[a-z]+\s+rates?$/i.test(m.match) && (isDisarmed(text, m.index, m.end) || !RATE_VERDICT.test(text))) continue;
    if (/times/i.test(m.match) && NOT_A_COMPARISON.test(text)) continue;
    if (ACTIVITY_CHANGE.test(text.slice(m.index)) || (/^\W*$/.test(text.slice(0, m.index)) && IMPERATIVE_HALVE.test(text.slice(m.index)))) continue;
    if (COUNT_OF_SOURCES.test(m.match) && SELF_REFERENCE.test(text)) continue;
    // A rate of work ("300 patients a year") is how busy the clinic is, not a result.
    // (A gain per day, "an extra mile a day", is a result all the same.)
    // (Round 27: …unless the sentence says what those patients leave with: "300 patients a year leave us walking taller and pain-free".)
    if (THROUGHPUT.test(text.slice(m.index + m.match.length)) && !outcomeNearby(m.match) && !GAIN_UNIT.test(m.match) && !outcomeNearby(text.slice(m.index).replace(PURPOSE, ' '))) continue;
    // Round 25. Room for people ("free parking for up to 30 patients", "the lounge seats 12 people") is the building, not a result.
    if (CAPACITY_BEFORE.test(text.slice(0, m.index)) && !outcomeNearby(text)) continue;
    // A figure denied ("it is not true that nine in ten…") is not claimed.
    if (DENIED.test(clauseBefore(text, m.index))) continue;
    if (QUOTED_AFTER.test(text.slice(m.index + m.match.length))) continue;
    // Round 26. A figure quoted as a wording ('Phrases such as "pain-free in nine out of ten" have no place…').
    if (isMentioned(text, m.index, m.index + m.match.length)) continue;
    // Round 26. A share of a price ("fund 50 or 100 per cent of each employee's programme fee") is money, not a result.
    if (SHARE_OF_MONEY.test(text.slice(m.index + m.match.length))) continue;
    kept.push({ index: m.index, match: m.match });
  }
  if (prefilter) {
    if (matchCache.size >= MATCH_CACHE_LIMIT) matchCache.clear();
    matchCache.set(text, kept);
  }
  return kept;
}

/** `prefilter: false` tries every pattern, afresh (for the test that the prefilters change nothing). */
export function checkStatisticSentence(sentence: CheckedSentence, options: { prefilter?: boolean } = {}): RawFinding[] {
  const citable = CITABLE_KINDS.has(sentence.unit.kind);
  if (citable && hasCitation(sentence.text)) return [];
  const matches = statisticMatches(sentence.text, options.prefilter !== false);
  if (matches.length === 0) return [];
  const where =
    sentence.unit.kind === 'front-matter'
      ? ` in front matter field "${sentence.unit.field}", which cannot hold a citation`
      : sentence.unit.kind === 'attribute'
        ? ` in ${sentence.unit.field}, which cannot hold a citation`
        : ' without a citation in the same sentence';
  return matches.map((m) => ({
    ruleId: 'uncited-statistic',
    message: `"${m.match.replace(/\s+/g, ' ')}" is a statistic${where}`,
    ...sentence.unit.prose.positionOf(sentence.start + m.index),
  }));
}
