/**
 * The parts of the content check that need no parser: which files a root holds, and how page
 * reports become the site's report. Kept apart from engine.ts so that a run whose pages are all in
 * the on-disk cache (cache.ts) loads neither the MDX parser nor the NLP.
 */
import fs from 'node:fs';
import path from 'node:path';
import { RULES_BY_ID, ruleSeverity } from './rules';
import { checkUnusedReferences } from './checks/citations';
import type { CheckContext, Finding, Mode, RawFinding, ReadabilityStats } from './types';
import type { DocumentTypeName } from '../content/schema';

export type CheckOptions = {
  /** Content root (the folder holding articles/, treatments/, authors/, references.bib). */
  root: string;
  mode?: Mode;
  now?: Date;
  /** Defaults to <root>/authors. Fixtures share one authors folder through this. */
  authorsDir?: string;
  /** Defaults to <root>/references.bib. */
  bibliographyFile?: string;
};

export type PageReport = {
  file: string;
  /** Relative to the content root. */
  relPath: string;
  type: DocumentTypeName | null;
  draft: boolean;
  readability: ReadabilityStats | null;
  findings: Finding[];
  silenced: Finding[];
  citedKeys: string[];
};

export type ContentReport = {
  root: string;
  findings: Finding[];
  pages: PageReport[];
  silenced: number;
  errors: number;
  warnings: number;
  /** Files with at least one finding. */
  filesWithFindings: number;
  durationMs: number;
};

export function toFinding(raw: RawFinding, file: string, mode: Mode): Finding {
  const rule = RULES_BY_ID.get(raw.ruleId);
  if (!rule) throw new Error(`content check: a rule reported unknown id "${raw.ruleId}"`);
  return {
    file,
    line: raw.line,
    column: raw.column,
    severity: raw.severity && raw.severity !== rule.severity ? raw.severity : ruleSeverity(raw.ruleId, mode),
    ruleId: raw.ruleId,
    message: raw.message,
    fix: rule.fix,
  };
}

export function byLocation(a: Finding, b: Finding): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

/** Every .md/.mdx file under the root (Contentlayer would try to load each as a document). */
export function listContentFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.mdx?$/.test(entry.name)) files.push(full);
    }
  };
  walk(root);
  return files;
}

export function resolveRoot(root: string): string {
  const resolved = path.resolve(root);
  if (!fs.existsSync(resolved)) throw new Error(`content check: content root "${resolved}" does not exist`);
  return resolved;
}

/** The site-wide report from every page's report: unused references, totals, order. */
export function assembleReport(root: string, ctx: CheckContext & { bibliographyFile: string }, pages: PageReport[], started: number): ContentReport {
  const findings = pages.flatMap((p) => p.findings);
  if (fs.existsSync(ctx.bibliographyFile)) {
    const cited = new Set(pages.flatMap((p) => p.citedKeys));
    findings.push(...checkUnusedReferences(ctx.bibliography, cited).map((f) => toFinding(f, ctx.bibliographyFile, ctx.mode)));
  }
  findings.sort(byLocation);
  return {
    root,
    findings,
    pages,
    silenced: pages.reduce((n, p) => n + p.silenced.length, 0),
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    filesWithFindings: new Set(findings.map((f) => f.file)).size,
    durationMs: performance.now() - started,
  };
}
