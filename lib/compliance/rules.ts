/**
 * The single table of content-check rules: id, severity, why (with its source) and how to fix.
 * Rule modules only report an id, a place and a message; everything a writer reads about the rule
 * itself comes from here, and docs/content-rules.md mirrors this table (a test keeps them in step).
 */
import type { Mode, Severity } from './types';

export type RuleDefinition = {
  id: string;
  severity: Severity;
  /** Severity under `--dev`, where it differs (lifecycle problems must not stop `next dev`). */
  devSeverity?: Severity;
  /** One line: why the rule exists. */
  rationale: string;
  source: string;
  fix: string;
  /** What fires, in a writer's words (docs/content-rules.md is generated from this table). */
  fires: string;
  /** Family, for the docs: claims, evidence, structure, lifecycle, presentation, suppression. */
  family: 'claims' | 'evidence' | 'structure' | 'lifecycle' | 'presentation' | 'suppression';
};

export const RULES = [
  // Claims (../shared/domain/claims-rules.md)
  {
    id: 'no-cure-claim',
    fires: 'cure/cures/cured/curing/curative; "reverse(s) (osteo)arthritis", "reverses joint damage"; "heal(s) your arthritis"; "eliminate/get rid of arthritis"',
    severity: 'error',
    family: 'claims',
    rationale: 'No treatment we offer cures or reverses osteoarthritis; saying so is an unsubstantiated efficacy claim.',
    source: 'CAP Code 12.1; FTC Health Products Compliance Guidance (2022)',
    fix: 'describe measured outcomes (pain, function scores) with a citation and hedging',
  },
  {
    id: 'no-guarantee',
    fires: 'guarantee(d); "100% effective/success/results"; "permanent relief/results"; "lifelong results"; "works for everyone"; "we promise"; "promises results"',
    severity: 'error',
    family: 'claims',
    rationale: 'Guaranteed, permanent or universal results cannot be substantiated and exploit hope.',
    source: 'CAP Code 3.1, 3.7; GMC Good medical practice (2024)',
    fix: 'say "results vary; some patients do not improve"',
  },
  {
    id: 'no-risk-free',
    fires: '"no risk(s)/side effects/complications", risk-free, "completely/totally/100% safe", "without (any) risks/side effects", "zero risk", "completely harmless"; model: "no chance of complications", "zero risk", "free of risk", "harmless", "safe for everyone/at any age/by definition", "nothing can go wrong", "won\'t experience any complications", "unheard of", safe because natural or your own cells',
    severity: 'error',
    family: 'claims',
    rationale: 'Every procedure carries risk; "no risk" or "completely safe" hides material information.',
    source: 'CAP Code 3.1, 12.1',
    fix: 'name the real risks (pain, swelling, bruising at the harvest site, infection, no benefit)',
  },
  {
    id: 'no-hype',
    fires: 'miracle, miraculous, breakthrough, revolutionary/revolutionise, game-changer, groundbreaking, life-changing, "amazing/incredible/dramatic results"',
    severity: 'warning',
    family: 'claims',
    rationale: 'Puffery such as "miracle" or "breakthrough" shades into an efficacy claim.',
    source: 'CAP Code 3.1',
    fix: 'use a plain description of what the treatment is and does',
  },
  {
    id: 'false-approval',
    fires: '"FDA/MHRA/NICE approved/cleared/licensed/recommended", "approved by the FDA", "licensed treatment", "the injection is licensed/approved" in a sentence about a treatment; not the FDA\'s own "the only FDA-approved stem cell products are cord-blood cells"; model: passive and active forms ("is licensed", "has been cleared by", "the FDA approved our…", "holds a licence", "carries FDA clearance", "MHRA approval means") and "the only … approved" forms; not negated facts ("the FDA has not approved…") or what the FDA has approved (cord-blood cells, remestemcel-L)',
    severity: 'error',
    family: 'claims',
    rationale: 'None of these treatments is FDA/MHRA approved, licensed or NICE recommended for joint pain.',
    source: 'FDA 21 CFR 1271; MHRA (ATMP regulations); CAP Code 3.1',
    fix: 'state the actual regulatory status (e.g. "regulated by the HTA as same-procedure autologous tissue; not a licensed medicine")',
  },
  {
    id: 'cartilage-promise',
    fires: '"regrow/rebuild/regenerate/restore/repair/renew (damaged) cartilage", "cartilage regrowth/regeneration", "cartilage will/does (appear to) regenerate", "grows new cartilage", "new cartilage"; not when describing cartilage surgery (microfracture, chondrocyte transplants)',
    severity: 'error',
    family: 'claims',
    rationale: 'No randomised trial shows reliable cartilage regrowth in humans, so it must not be offered as a result.',
    source: 'CAP Code 12.1',
    fix: 'report what trials measured, e.g. "one small trial saw no increase in the defect on MRI at 6 months [@lee2019]"',
  },
  {
    id: 'absolute-frequency',
    fires: '"almost always", "virtually/nearly/practically all/every…", "every patient", "all (our) patients", "never fails", "always works", "without exception" — in a sentence about outcomes (improve, respond, benefit, relief, "see results"…) or as a bare answer ("Almost always.")',
    severity: 'error',
    family: 'claims',
    rationale: '"Almost always", "every patient" and the like are objective claims no study supports.',
    source: 'CAP Code 3.7',
    fix: 'give the figure from a cited study, with its design',
  },
  {
    id: 'discourage-essential-treatment',
    fires: 'phrase: "avoid (knee) replacement/surgery", "no need for surgery", "instead of surgery", "never need a replacement", "alternative to surgery", "stop your medication"; model: "no longer need", "skip/forget/cancel/ditch … surgery, painkillers…", "under the knife", "stop (prescribed) medication", "talk you into a replacement", "why put up with a new knee", "the days of needing surgery are over", "no more waiting for a new knee", "can safely be cancelled", "stop needing", "need never face an operation", "who needs a new hip…?", "swap the scalpel for…", "tell your surgeon no thanks", "don\'t let a surgeon rush you into…", a short headline question answered at once ("The operation you were dreading? Off the table.") or by its ending ("Ibuprofen every morning? That chapter can close.", "Not here."), "why keep paying for physio…", care appointments called off ("cancel that appointment with the surgeon"), care "a distant memory", "injections, not incisions", "the natural replacement for prescription painkillers", "why let a consultant talk you into a new hip when…", "our list, not the NHS waiting list", "step off the conveyor belt of GP appointments", "the end of repeat trips to the pain clinic", "you won\'t need to keep going back to your GP for…", "no point booking physiotherapy", "wean themselves off methotrexate", "take themselves off the waiting list", care avoided "altogether", left "to other clinics", struck off the calendar, put on the back burner, let lapse, made redundant, put off indefinitely, "no longer regarded as inevitable", "seldom required", "may be set aside", on hold "until you have tried…", "never has to be replaced", "the scrapyard option", "Told you need a new hip? … and you won\'t." — unless a clinician is the one advising, a medicine is paused for a few days around the procedure, or a cited finding is about people in general',
    severity: 'error',
    family: 'claims',
    rationale: 'Promising that patients can avoid surgery, or stop prescribed medicines, may discourage treatment they need.',
    source: 'CAP Code 12.2',
    fix: 'say "some patients hope to delay surgery; evidence on this is limited", and leave medicines to the prescriber',
  },
  {
    id: 'unfair-comparison',
    fires: '"safer/better/more effective/superior … than/to surgery, a replacement, PRP, steroids, hyaluronic acid, physiotherapy…", "outperforms…" with no citation in the same sentence; model: "better/faster/safer … than any/other…", "nothing works better", outperform, beat; one treatment said to work better than another ("fat-derived cells are a far more powerful option than bone marrow"); a headline that opens on a comparative against other care ("Faster recovery than a knee replacement"); not "less invasive/expensive than surgery", nor a comparison that favours other care, even after an opening "if…," clause',
    severity: 'error',
    family: 'claims',
    rationale: 'A comparison with surgery or another treatment needs a head-to-head study behind it.',
    source: 'CAP Code 3.33, 12.1',
    fix: 'cite a head-to-head study in the same sentence and state its limits, or remove the comparison',
  },
  {
    id: 'effect-overclaim',
    fires: 'model: restore, rebuild, repair, reverse, regenerate, regrow, renew, heal (any form, passive too) with our treatment or cells as the topic; "clinically/scientifically proven", "proven to", "like new", "for good", "say goodbye to", "a thing of the past", "turn back the clock", "halted in its tracks" (the condition as subject too), "life back", "lasting relief", "works for every kind/age", "effective for everyone", undo, mend, "put right", "turns … into healthy…", "grows fresh tissue", "a second life", "feel years younger", "lasts a lifetime" — unless negated, reported, or cited and hedged',
    severity: 'error',
    family: 'claims',
    rationale: 'Restoring, repairing, regenerating or healing a joint, "proven" results and lasting relief are efficacy claims no trial supports for these treatments.',
    source: 'CAP Code 12.1; FTC Health Products Compliance Guidance (2022); ASA rulings on stem cell and regenerative clinics',
    fix: 'say what trials measured, hedged and cited, e.g. "in one small trial, pain scores improved more than with saline [@lee2019]"',
  },
  {
    id: 'unhedged-effect',
    fires: 'model: reduce, relieve, ease, improve, calm, speed up, protect, slow, strengthen, boost, stimulate, support… followed by a symptom or function (pain, stiffness, mobility, healing…), or "pain is reduced", "recover faster", "move more freely", "makes … easier" — with our treatment as the topic and no evidence-certainty wording (may, might, suggests, in one small trial, low-certainty, thought to…)',
    severity: 'error',
    family: 'claims',
    rationale: 'An effect of our treatment ("reduces pain", "improves mobility") stated as certain fact overstates low-certainty evidence.',
    source: 'CAP Code 3.7, 12.1; FTC Health Products Compliance Guidance (2022); GMC Good medical practice (2024)',
    fix: 'hedge it with the certainty of the evidence ("may", "in one small trial", "low-certainty evidence") and cite the study in the same sentence',
  },
  {
    id: 'pressure-selling',
    fires: 'model: "book now/today/this week", "only N places left", limited places/offers, "offer ends/expires", introductory/launch/special prices, discounts, "20% off", "£500 off", half-price, two-for-one, vouchers, "last chance", "hurry", "act now", "don\'t miss out", "filling fast", "prices go up", "secure/reserve/claim your…", complimentary or free add-ons, "places almost gone, act fast", "last remaining appointments", a price "only valid until…", "lock in the current price before it rises", "this offer will not be repeated" — unless negated ("we do not offer discounts") or reported',
    severity: 'error',
    family: 'claims',
    rationale: 'Urgency, scarcity, time-limited prices and discounts push patients into a medical decision they should take in their own time.',
    source: 'GMC guidance for doctors who offer cosmetic interventions (2016); CAP Code 3.1, 3.31',
    fix: 'remove the deadline, offer or discount; give the fixed price and say patients can take as long as they need to decide',
  },
  {
    id: 'endorsement',
    fires: 'model: athletes, footballers, celebrities, champions, doctors, surgeons, physios, teams… who trust/use/recommend/choose/swear by/come to us or our treatment; "trusted/loved/endorsed by…", "the choice of…"; famous people treated here ("a well-known footballer had his hamstring injected here"); sport\'s professionals sending their players ("club physios send their players to our clinic") (regulators go to false-approval)',
    severity: 'error',
    family: 'claims',
    rationale: 'Athletes, celebrities or professionals who "trust" or "recommend" a treatment are not evidence that it works.',
    source: 'CAP Code 3.45–3.47, 12.1; FTC Endorsement Guides (16 CFR 255)',
    fix: 'remove the endorsement; describe the evidence instead, hedged and cited',
  },
  {
    id: 'unverifiable-superlative',
    fires: 'model: "the most effective/advanced/successful…", best, finest, leading, top-rated, number one, gold standard, world-class, unrivalled, safest, highest, fastest, "no other clinic", "unlike other clinics", "streets ahead", "outshines", "sets the standard", "go-to clinic", "a class apart", "pales in comparison"; and, the negation being the claim, "no clinic does it better", "nobody beats…", "you won\'t find better", "others cannot match us", "nothing comes close", "doesn\'t get any better than this", "nobody treats more hips"; accolades for our service ("award-winning hip care", "we are award-winning", acclaimed, renowned, highly rated), rankings by verb ("ranks first", "voted number one", "came top"), excellence claimed for results ("exceptional results", "outstanding outcomes"), "best-in-class", "a better/smarter way to treat…", "the go-to for…", "only the best will do", "look no further", "the experts who do it better", "sets us apart", "we are the experts in…", "ahead of the curve", "care that few can match", "results you won\'t get from a high-street clinic", a question that answers itself ("Looking for the top hip specialists in London?"); nouns and emblems of first place ("the clear frontrunner", "top of the table", "Clinic of the Year", "the Rolls-Royce of…", "Champions League standard care", "the smart money is on…", "we\'re the benchmark"), other care or the field falling short of ours ("steroids are no match for our…", "can\'t hold a candle to", "no one else measures up", "others are imitations", "the rest are still chasing", "where others have failed", "don\'t come more experienced than ours"), "as good as it gets", "care as it should be done", excellence headlines without a verb ("Knee care, perfected", "Exceptional care for exceptional knees", "Excellence in every injection"), "it\'s us" as the answer to who does it best, "nobody does it better", "voted number 1", "the competition is still catching up", "that is why our results are better", "where others dabble, we have mastered it", "takes the gold medal", "few, if any, clinics can match", "expertise no other practice can offer", "nothing treats a hip more effectively than your own marrow", "if you are after the crème de la crème…, you have found it", "results like ours cannot be beaten", pre-eminent, "the smarter alternative to keyhole surgery", a place\'s best ("Britain\'s benchmark…", "the UK\'s most-reviewed…"), "the shortest waiting times in the country", "compares very favourably with…", "hard to find a more experienced team", "not aware of any better option", "nobody better", "what Wimbledon is to tennis", "while everyone else is still in the pit lane", "what makes us the foremost…?", "a level of care the chains can only dream of", "undisputed champions", "night and day" against care elsewhere — about our treatment or clinic (or a subjectless headline), with no citation; not "most common side effect", "the best trial so far", a wording mentioned in quotes (\'the term "gold standard"\'), an award for someone else\'s work, or a ranking within our own staff',
    severity: 'error',
    family: 'claims',
    rationale: '"Most effective", "best", "leading" or "number one" cannot be verified and imply an evidence base that does not exist.',
    source: 'CAP Code 3.7, 3.33; ASA rulings on stem cell and regenerative clinics',
    fix: 'describe what we offer plainly, or cite a comparative study in the same sentence and state its limits',
  },
  {
    id: 'testimonial-marked',
    fires: 'outside <Testimonial>: a first-person quotation ("I…", "my…"), "one of our patients", "a patient of ours", "our patient said", "patient stories", "in her own words", "Mrs X said/told/felt…", "John, 64, …", a first-person account ("my knee", "my injection") unless it is a question; quotes and "Mr X explains" from a clinician (Dr, surgeon, consultant…) are expert comment, not stories; inside <Testimonial>: "everyone", "you will", "proven", "guaranteed", "the best treatment", a percentage; model: "patients tell us/say/report/describe…", "satisfied/happy patients", "five-star", "reviews speak for themselves", "John told us" — unless cited (a trial\'s reported outcome)',
    severity: 'error',
    family: 'claims',
    rationale: 'Patient stories must be identifiable as testimonials and are not, on their own, proof of efficacy.',
    source: 'CAP Code 3.45–3.47',
    fix: 'wrap the story in <Testimonial>…</Testimonial> and keep it to the person\'s own experience',
  },
  // Evidence and references
  {
    id: 'uncited-statistic',
    fires: 'a percentage; "N patients/people/studies/trials/reviews/knees…" (digits, number words, "hundreds of"); "N-fold"; "N times more/less…"; "1 in 5"; "success/cure/response rate" — with no [@key] in the same sentence. Front matter and JSX attributes cannot cite, so any figure there fires; figures in words: "most patients/people", "the (vast) majority of patients" (near an outcome word), "almost all patients", halve(s), double(s), "by half/a third", "two thirds of", "about half", twofold, "twice as far", "one patient in twenty", "half our patients", "a third of our patients", "almost every patient", "the bulk of our patients", "eight of every ten", "a growing number/large proportion of our patients", "many of our patients", "the lion\'s share of", "for most", "our patients typically/usually…", "hardly anyone needs a second injection", how long the benefit lasts ("results last an average of eighteen months"), a change given as its two ends ("pain scores fall from seven to three"), "a 50-point improvement", "regain twenty degrees", spans and onsets of benefit ("relief typically lasts between one and two years", "six months of comfort", "two good years", "relief arrives within ten days"), gains with a unit ("walk an extra mile a day"), "trebles", "by a good half", minority shares ("only a sliver of patients"), crowds ("a small army of former patients"), our typical or average patient, a time to an outcome given as our norm, "relief from a single injection typically lasts five years", "one patient in two rates their knee as excellent", "keeps most knees comfortable for a decade", "for most people, a good four years", "half of those we treat…", "thirty months free of flare-ups" — unless reported ("some websites say…", "critics say…") or negated; a figure in words about other care alone ("for most people, a hip replacement works well") is that care\'s record, not ours',
    severity: 'error',
    family: 'evidence',
    rationale: 'An objective figure needs documentary evidence, cited where the figure is.',
    source: 'CAP Code 3.7, 12.1',
    fix: 'add [@key] in the same sentence, or remove the figure (front matter cannot cite: move it to the body)',
  },
  {
    id: 'unknown-citation',
    fires: '[@key] whose key is not in references.bib',
    severity: 'error',
    family: 'evidence',
    rationale: 'A citation key that is not in the bibliography renders as a broken reference.',
    source: 'content integrity (issue 2)',
    fix: 'add the entry with its DOI or PMID to content/references.bib, or fix the key',
  },
  {
    id: 'reference-without-identifier',
    fires: 'a cited entry with no doi, pmid or url (reported once per page, at its first citation)',
    severity: 'warning',
    family: 'evidence',
    rationale: 'A reader must be able to find the cited source.',
    source: 'content integrity',
    fix: 'add a doi, pmid or url field to the BibTeX entry',
  },
  {
    id: 'unused-reference',
    fires: 'an entry in references.bib that no page cites (reported on the entry\'s line)',
    severity: 'warning',
    family: 'evidence',
    rationale: 'An entry no page cites is unreviewed clutter and may hide a missing citation.',
    source: 'content integrity',
    fix: 'cite it where its finding is used, or remove the entry',
  },
  // Structure and the content model
  {
    id: 'mdx-syntax',
    fires: 'the body does not parse as MDX (e.g. a bare "<5")',
    severity: 'error',
    family: 'structure',
    rationale: 'A page that does not parse cannot be built.',
    source: 'content integrity (issue 2)',
    fix: 'fix the MDX at the reported place (e.g. escape a bare "<" or "{" as &lt; or \\{)',
  },
  {
    id: 'unknown-document-type',
    fires: 'a .md/.mdx file outside articles/, treatments/, authors/ (one level deep)',
    severity: 'error',
    family: 'structure',
    rationale: 'Contentlayer fails on a file it has no document type for.',
    source: 'content integrity (issue 2)',
    fix: 'move the file to articles/, treatments/ or authors/ (one level deep, .mdx)',
  },
  {
    id: 'frontmatter-schema',
    fires: 'YAML syntax errors, a missing front matter block, and every zod error from lib/content/schema.ts (missing field, bad or impossible date, too short/long, unknown field, dates out of order), on the field\'s line, naming the field',
    severity: 'error',
    family: 'structure',
    rationale: 'A missing or malformed front-matter field breaks the page or shows wrong information.',
    source: 'content model (issue 2; lib/content/schema.ts)',
    fix: 'correct the named field as the message says',
  },
  {
    id: 'unknown-author',
    fires: '`author` is not the slug of a file in authors/',
    severity: 'error',
    family: 'structure',
    rationale: 'Every page names a real author with a profile.',
    source: 'content model (issue 2); GMC (information must be verifiable)',
    fix: 'use the slug of a file in content/authors (file name without .mdx)',
  },
  {
    id: 'unknown-reviewer',
    fires: '`reviewer` is not the slug of a file in authors/',
    severity: 'error',
    family: 'structure',
    rationale: 'The "medically reviewed by" line must link to a real clinician profile.',
    source: 'content model (issue 2)',
    fix: 'use the slug of a file in content/authors (file name without .mdx)',
  },
  {
    id: 'reviewer-not-clinician',
    fires: '`reviewer` names an author without a `registration`',
    severity: 'error',
    family: 'lifecycle',
    rationale: 'Only a registered clinician may medically review patient information.',
    source: 'content model (issue 2); GMC Good medical practice (2024)',
    fix: 'choose a reviewer whose author file has a registration (body and number)',
  },
  {
    id: 'treatment-sections',
    fires: 'a treatment page lacks one of the `## ` headings in TREATMENT_SECTIONS, or has them out of order',
    severity: 'error',
    family: 'structure',
    rationale: 'Patients look for the same sections, in the same order, on every treatment page.',
    source: 'content model (issue 2; TREATMENT_SECTIONS)',
    fix: 'add the missing "## " heading, or move it into the listed order',
  },
  {
    id: 'required-balance',
    fires: 'a treatment page or a treatment-category article has no heading or sentence giving: risks and side effects; limits of the evidence; regulatory status; a statement that results vary',
    severity: 'error',
    family: 'structure',
    rationale: 'Risks, limits of the evidence, regulatory status and the fact that results vary are material information.',
    source: 'CAP Code 3.1 (material information); GMC guidance on cosmetic interventions',
    fix: 'add the missing section or statement',
  },
  // Presentation
  {
    id: 'alt-text',
    fires: 'markdown images, <Figure>/<img>/<Image> alt, heroAlt, photoAlt: missing, empty, a file name (IMG_1234.jpg), placeholder ("image", "photo"), starting "image of"/"photo of", "description automatically generated", under 10 characters',
    severity: 'error',
    family: 'presentation',
    rationale: 'Images need a text alternative that says what they show.',
    source: 'WCAG 2.2 SC 1.1.1',
    fix: 'describe what the image shows and why it is there',
  },
  {
    id: 'price-source',
    fires: 'an amount with £, $, €, GBP, USD, EUR… or "N pounds/dollars/euros" (not body weight); "free consultation" (the config charges for one)',
    severity: 'error',
    family: 'presentation',
    rationale: 'Prices must be accurate and the same everywhere, so they come only from the site config.',
    source: 'CAP Code 3.17–3.22',
    fix: 'use <Price item="…" /> (keys in lib/site-config.ts) instead of writing the amount',
  },
  {
    id: 'readability',
    fires: 'Flesch–Kincaid grade above 10 on an article or treatment page of 60+ words (reported at the hardest sentence)',
    severity: 'warning',
    family: 'presentation',
    rationale: 'Patient information should be plain English (grade 10 or easier).',
    source: 'NHS content style guide (plain English)',
    fix: 'use shorter sentences and common words',
  },
  // Suppression comments
  {
    id: 'suppression-reason',
    fires: 'a suppression comment with no reason after "--", no rule id, or an unknown rule id',
    severity: 'error',
    family: 'suppression',
    rationale: 'Silencing a rule must be deliberate and explained, and name a real rule.',
    source: 'this project',
    fix: 'write {/* content-check-disable-next-line rule-id -- why this is fine */}',
  },
  {
    id: 'unused-suppression',
    fires: 'a suppression comment that silenced nothing on the next line',
    severity: 'warning',
    family: 'suppression',
    rationale: 'A suppression that silences nothing is stale and may later hide a real problem.',
    source: 'this project',
    fix: 'remove the comment, or put it on the line just above the finding',
  },
] as const satisfies readonly RuleDefinition[];

export const RULES_BY_ID: ReadonlyMap<string, RuleDefinition> = new Map(RULES.map((rule) => [rule.id, rule]));

/** Rules a writer may not silence: silencing the silencer would defeat it. */
export const UNSUPPRESSIBLE: ReadonlySet<string> = new Set(['suppression-reason', 'unused-suppression']);

export function ruleSeverity(id: string, mode: Mode): Severity {
  const rule = RULES_BY_ID.get(id);
  if (!rule) throw new Error(`content check: unknown rule id "${id}"`);
  return mode === 'development' && rule.devSeverity ? rule.devSeverity : rule.severity;
}
