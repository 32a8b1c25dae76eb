/**
 * Page structure: the required treatment sections in order, and the balance every treatment page
 * and treatment-category article must give (risks, limits of the evidence, regulatory status,
 * and that results vary).
 */
import { TREATMENT_SECTIONS } from '../../content/schema';
import type { ParsedPage } from '../parse';
import type { RawFinding } from '../types';

const normalise = (text: string) => text.toLowerCase().replace(/[’']/g, "'").replace(/[^a-z0-9']+/g, ' ').trim();

export function checkTreatmentSections(page: ParsedPage): RawFinding[] {
  if (page.type !== 'Treatment' || page.bodySyntaxError) return [];
  const h2 = page.headings.filter((h) => h.depth === 2);
  const findings: RawFinding[] = [];
  let lastIndex = -1;
  let lastTitle = '';
  for (const section of TREATMENT_SECTIONS) {
    const index = h2.findIndex((h) => normalise(h.text) === normalise(section.title));
    if (index === -1) {
      // Point at the heading the missing one should follow, or the start of the body.
      const at = lastIndex >= 0 ? h2[lastIndex].position : page.bodyStart;
      findings.push({ ruleId: 'treatment-sections', message: `required section "## ${section.title}" is missing`, ...at });
      continue;
    }
    if (index < lastIndex) {
      findings.push({ ruleId: 'treatment-sections', message: `section "## ${section.title}" must come after "## ${lastTitle}"`, ...h2[index].position });
      continue;
    }
    lastIndex = index;
    lastTitle = section.title;
  }
  return findings;
}

type BalanceElement = { name: string; heading: RegExp; prose: RegExp };

/** Each element is satisfied by a heading or by a sentence that says it. */
export const BALANCE_ELEMENTS: BalanceElement[] = [
  {
    name: 'risks and side effects',
    heading: /\b(?:risks?|side[- ]effects?|complications?|safety)\b/i,
    prose: /\b(?:side[- ]effects?|complications?|risks? (?:include|of|are))\b/i,
  },
  {
    name: 'limits of the evidence',
    heading: /\b(?:limits?|limitations?|uncertaint\w*|what we do not know|what we don't know|quality of the evidence)\b/i,
    prose:
      /\b(?:limitations?|limits of the evidence|evidence (?:is|remains) (?:limited|weak|low[- ]quality|uncertain|mixed|early)|(?:small|uncontrolled|observational) (?:studies|study|trials?)|no (?:control|comparison) group|not randomi[sz]ed|more (?:research|trials|studies) (?:is|are) needed|(?:few|no) (?:large|randomi[sz]ed|high-quality) (?:trials|studies))\b/i,
  },
  {
    name: 'regulatory status',
    heading: /\b(?:regulat\w*|licen[cs]\w*|approval|legal status)\b/i,
    prose: /\b(?:MHRA|FDA|HTA|Human Tissue Authority|regulat(?:ed|ion|ory)|licen[cs]ed medicine|not licensed|unlicensed)\b/i,
  },
  {
    name: 'a statement that results vary',
    heading: /\bresults vary\b/i,
    prose:
      /\b(?:results?|outcomes?|responses?|benefits?) (?:can |may |will |often )?(?:vary|varies|differ)\b|\bnot (?:every(?:one|body)|all patients|all people) (?:improves?|benefits?|responds?|gets? better)\b|\bsome (?:patients|people) (?:do not|don't|did not|never) (?:improve|benefit|respond|get better)\b|\b(?:does not|doesn't|will not|won't) work for every(?:one|body)\b|\bvaries from (?:person|patient) to (?:person|patient)\b/i,
  },
];

export function checkRequiredBalance(page: ParsedPage): RawFinding[] {
  const isTreatmentArticle = page.type === 'Article' && page.frontMatter?.data.category === 'treatment';
  if ((page.type !== 'Treatment' && !isTreatmentArticle) || page.bodySyntaxError) return [];
  const what = page.type === 'Treatment' ? 'treatment page' : 'treatment-category article';
  const findings: RawFinding[] = [];
  for (const element of BALANCE_ELEMENTS) {
    const inHeading = page.headings.some((h) => element.heading.test(h.text));
    const inProse = page.sentences.some((s) => element.prose.test(s.text));
    if (!inHeading && !inProse) {
      findings.push({ ruleId: 'required-balance', message: `this ${what} does not give ${element.name}`, ...page.bodyStart });
    }
  }
  return findings;
}
