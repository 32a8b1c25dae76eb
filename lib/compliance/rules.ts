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
  /** Family, for the docs: claims, evidence, structure, lifecycle, presentation, suppression. */
  family: 'claims' | 'evidence' | 'structure' | 'lifecycle' | 'presentation' | 'suppression';
};

export const RULES = [
  // Claims (../shared/domain/claims-rules.md)
  {
    id: 'no-cure-claim',
    severity: 'error',
    family: 'claims',
    rationale: 'No treatment we offer cures or reverses osteoarthritis; saying so is an unsubstantiated efficacy claim.',
    source: 'CAP Code 12.1; FTC Health Products Compliance Guidance (2022)',
    fix: 'describe measured outcomes (pain, function scores) with a citation and hedging',
  },
  {
    id: 'no-guarantee',
    severity: 'error',
    family: 'claims',
    rationale: 'Guaranteed, permanent or universal results cannot be substantiated and exploit hope.',
    source: 'CAP Code 3.1, 3.7; GMC Good medical practice (2024)',
    fix: 'say "results vary; some patients do not improve"',
  },
  {
    id: 'no-risk-free',
    severity: 'error',
    family: 'claims',
    rationale: 'Every procedure carries risk; "no risk" or "completely safe" hides material information.',
    source: 'CAP Code 3.1, 12.1',
    fix: 'name the real risks (pain, swelling, bruising at the harvest site, infection, no benefit)',
  },
  {
    id: 'no-hype',
    severity: 'warning',
    family: 'claims',
    rationale: 'Puffery such as "miracle" or "breakthrough" shades into an efficacy claim.',
    source: 'CAP Code 3.1',
    fix: 'use a plain description of what the treatment is and does',
  },
  {
    id: 'false-approval',
    severity: 'error',
    family: 'claims',
    rationale: 'None of these treatments is FDA/MHRA approved, licensed or NICE recommended for joint pain.',
    source: 'FDA 21 CFR 1271; MHRA (ATMP regulations); CAP Code 3.1',
    fix: 'state the actual regulatory status (e.g. "regulated by the HTA as same-procedure autologous tissue; not a licensed medicine")',
  },
  {
    id: 'cartilage-promise',
    severity: 'error',
    family: 'claims',
    rationale: 'No randomised trial shows reliable cartilage regrowth in humans, so it must not be offered as a result.',
    source: 'CAP Code 12.1',
    fix: 'report what trials measured, e.g. "one small trial saw no increase in the defect on MRI at 6 months [@lee2019]"',
  },
  {
    id: 'absolute-frequency',
    severity: 'error',
    family: 'claims',
    rationale: '"Almost always", "every patient" and the like are objective claims no study supports.',
    source: 'CAP Code 3.7',
    fix: 'give the figure from a cited study, with its design',
  },
  {
    id: 'discourage-essential-treatment',
    severity: 'warning',
    family: 'claims',
    rationale: 'Promising that patients can avoid surgery may discourage treatment they need.',
    source: 'CAP Code 12.2',
    fix: 'say "some patients hope to delay surgery; evidence on this is limited"',
  },
  {
    id: 'unfair-comparison',
    severity: 'error',
    family: 'claims',
    rationale: 'A comparison with surgery or another treatment needs a head-to-head study behind it.',
    source: 'CAP Code 3.33, 12.1',
    fix: 'cite a head-to-head study in the same sentence and state its limits, or remove the comparison',
  },
  {
    id: 'testimonial-marked',
    severity: 'error',
    family: 'claims',
    rationale: 'Patient stories must be identifiable as testimonials and are not, on their own, proof of efficacy.',
    source: 'CAP Code 3.45–3.47',
    fix: 'wrap the story in <Testimonial>…</Testimonial> and keep it to the person\'s own experience',
  },
  // Evidence and references
  {
    id: 'uncited-statistic',
    severity: 'error',
    family: 'evidence',
    rationale: 'An objective figure needs documentary evidence, cited where the figure is.',
    source: 'CAP Code 3.7, 12.1',
    fix: 'add [@key] in the same sentence, or remove the figure (front matter cannot cite: move it to the body)',
  },
  {
    id: 'unknown-citation',
    severity: 'error',
    family: 'evidence',
    rationale: 'A citation key that is not in the bibliography renders as a broken reference.',
    source: 'content integrity (issue 2)',
    fix: 'add the entry with its DOI or PMID to content/references.bib, or fix the key',
  },
  {
    id: 'reference-without-identifier',
    severity: 'warning',
    family: 'evidence',
    rationale: 'A reader must be able to find the cited source.',
    source: 'content integrity',
    fix: 'add a doi, pmid or url field to the BibTeX entry',
  },
  {
    id: 'unused-reference',
    severity: 'warning',
    family: 'evidence',
    rationale: 'An entry no page cites is unreviewed clutter and may hide a missing citation.',
    source: 'content integrity',
    fix: 'cite it where its finding is used, or remove the entry',
  },
  // Structure and the content model
  {
    id: 'mdx-syntax',
    severity: 'error',
    family: 'structure',
    rationale: 'A page that does not parse cannot be built.',
    source: 'content integrity (issue 2)',
    fix: 'fix the MDX at the reported place (e.g. escape a bare "<" or "{" as &lt; or \\{)',
  },
  {
    id: 'unknown-document-type',
    severity: 'error',
    family: 'structure',
    rationale: 'Contentlayer fails on a file it has no document type for.',
    source: 'content integrity (issue 2)',
    fix: 'move the file to articles/, treatments/ or authors/ (one level deep, .mdx)',
  },
  {
    id: 'frontmatter-schema',
    severity: 'error',
    family: 'structure',
    rationale: 'A missing or malformed front-matter field breaks the page or shows wrong information.',
    source: 'content model (issue 2; lib/content/schema.ts)',
    fix: 'correct the named field as the message says',
  },
  {
    id: 'unknown-author',
    severity: 'error',
    family: 'structure',
    rationale: 'Every page names a real author with a profile.',
    source: 'content model (issue 2); GMC (information must be verifiable)',
    fix: 'use the slug of a file in content/authors (file name without .mdx)',
  },
  {
    id: 'unknown-reviewer',
    severity: 'error',
    family: 'structure',
    rationale: 'The "medically reviewed by" line must link to a real clinician profile.',
    source: 'content model (issue 2)',
    fix: 'use the slug of a file in content/authors (file name without .mdx)',
  },
  {
    id: 'reviewer-not-clinician',
    severity: 'error',
    family: 'lifecycle',
    rationale: 'Only a registered clinician may medically review patient information.',
    source: 'content model (issue 2); GMC Good medical practice (2024)',
    fix: 'choose a reviewer whose author file has a registration (body and number)',
  },
  {
    id: 'review-lifecycle',
    severity: 'error',
    devSeverity: 'warning',
    family: 'lifecycle',
    rationale: 'Medical information must be reviewed at least every 12 months and never claim a future review.',
    source: 'NHS content standard practice; GMC Good medical practice (2024)',
    fix: 're-review the page and update reviewedAt and nextReviewDue (at most 12 months apart)',
  },
  {
    id: 'treatment-sections',
    severity: 'error',
    family: 'structure',
    rationale: 'Patients look for the same sections, in the same order, on every treatment page.',
    source: 'content model (issue 2; TREATMENT_SECTIONS)',
    fix: 'add the missing "## " heading, or move it into the listed order',
  },
  {
    id: 'required-balance',
    severity: 'error',
    family: 'structure',
    rationale: 'Risks, limits of the evidence, regulatory status and the fact that results vary are material information.',
    source: 'CAP Code 3.1 (material information); GMC guidance on cosmetic interventions',
    fix: 'add the missing section or statement',
  },
  // Presentation
  {
    id: 'alt-text',
    severity: 'error',
    family: 'presentation',
    rationale: 'Images need a text alternative that says what they show.',
    source: 'WCAG 2.2 SC 1.1.1',
    fix: 'describe what the image shows and why it is there',
  },
  {
    id: 'price-source',
    severity: 'error',
    family: 'presentation',
    rationale: 'Prices must be accurate and the same everywhere, so they come only from the site config.',
    source: 'CAP Code 3.17–3.22',
    fix: 'use <Price item="…" /> (keys in lib/site-config.ts) instead of writing the amount',
  },
  {
    id: 'readability',
    severity: 'warning',
    family: 'presentation',
    rationale: 'Patient information should be plain English (grade 10 or easier).',
    source: 'NHS content style guide (plain English)',
    fix: 'use shorter sentences and common words',
  },
  // Suppression comments
  {
    id: 'suppression-reason',
    severity: 'error',
    family: 'suppression',
    rationale: 'Silencing a rule must be deliberate and explained, and name a real rule.',
    source: 'this project',
    fix: 'write {/* content-check-disable-next-line rule-id -- why this is fine */}',
  },
  {
    id: 'unused-suppression',
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
