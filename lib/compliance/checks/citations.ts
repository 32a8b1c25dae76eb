/** Citation keys against the bibliography. Unused entries are a whole-site check (engine.ts). */
import type { ParsedPage } from '../parse';
import type { BibliographyEntry, CheckContext, RawFinding } from '../types';

export function checkCitations(page: ParsedPage, ctx: CheckContext): RawFinding[] {
  const findings: RawFinding[] = [];
  const reported = new Set<string>();
  for (const { key, position } of page.citations) {
    const entry = ctx.bibliography.get(key);
    if (!entry) {
      findings.push({ ruleId: 'unknown-citation', message: `citation [@${key}] is not in the bibliography`, ...position });
    } else if (!hasIdentifier(entry) && !reported.has(key)) {
      reported.add(key);
      findings.push({ ruleId: 'reference-without-identifier', message: `cited reference "${key}" has no DOI, PMID or URL`, ...position });
    }
  }
  return findings;
}

export function hasIdentifier(entry: BibliographyEntry): boolean {
  return Boolean(entry.doi || entry.pmid || entry.url);
}

export function checkUnusedReferences(bibliography: ReadonlyMap<string, BibliographyEntry>, cited: ReadonlySet<string>): RawFinding[] {
  return [...bibliography.values()]
    .filter((entry) => !cited.has(entry.key))
    .map((entry) => ({ ruleId: 'unused-reference', message: `bibliography entry "${entry.key}" is not cited by any page`, line: entry.line, column: 1 }));
}
