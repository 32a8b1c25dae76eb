/**
 * The rule engine: one page (checkSource/checkFile) or a whole content root (checkContent).
 * Used by the CLI, the build, `next dev` (watch) and the tests, so they can never disagree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parsePage, type ParsedPage } from './parse';
import { ruleSeverity, RULES_BY_ID } from './rules';
import { applySuppressions, parseDirectives } from './suppress';
import { loadAuthors, loadBibliographyEntries } from './context';
import { checkClaims } from './checks/claims';
import { checkStatistics } from './checks/statistics';
import { checkCitations, checkUnusedReferences } from './checks/citations';
import { checkFrontMatterSchema, checkPeople } from './checks/frontmatter';
import { checkRequiredBalance, checkTreatmentSections } from './checks/structure';
import { checkTestimonials } from './checks/testimonials';
import { checkImages } from './checks/images';
import { checkPrices } from './checks/prices';
import { checkReadability, readabilityOf } from './checks/readability';
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

type PageRule = (page: ParsedPage, ctx: CheckContext) => RawFinding[];

/** Every per-page rule family, in reporting order. */
const PAGE_RULES: PageRule[] = [
  checkFrontMatterSchema,
  checkPeople,
  (page) => (page.bodySyntaxError ? [{ ruleId: 'mdx-syntax', message: page.bodySyntaxError.message, ...page.bodySyntaxError.position }] : []),
  checkTreatmentSections,
  checkRequiredBalance,
  checkCitations,
  checkStatistics,
  checkClaims,
  checkTestimonials,
  checkImages,
  checkPrices,
];

export function loadContext(options: CheckOptions): CheckContext & { bibliographyFile: string; authorsDir: string } {
  const authorsDir = options.authorsDir ?? path.join(options.root, 'authors');
  const bibliographyFile = options.bibliographyFile ?? path.join(options.root, 'references.bib');
  return {
    mode: options.mode ?? 'production',
    now: options.now ?? new Date(),
    authors: loadAuthors(authorsDir),
    bibliography: loadBibliographyEntries(bibliographyFile),
    authorsDir,
    bibliographyFile,
  };
}

function toFinding(raw: RawFinding, file: string, mode: Mode): Finding {
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

/** Checks one page's source. Pure apart from the context it is given. */
export function checkSource(source: string, file: string, relPath: string, ctx: CheckContext): PageReport {
  const page = parsePage(source, file, relPath.split(path.sep).join('/'));
  const readability = page.type === 'Author' ? null : readabilityOf(page);
  const raw = PAGE_RULES.flatMap((rule) => rule(page, ctx));
  raw.push(...checkReadability(page, readability));
  const { kept, silenced, directiveFindings } = applySuppressions(raw, parseDirectives(source));
  return {
    file,
    relPath: page.relPath,
    type: page.type,
    draft: page.frontMatter?.data.draft === true,
    readability,
    findings: [...kept, ...directiveFindings].map((f) => toFinding(f, file, ctx.mode)).sort(byLocation),
    silenced: silenced.map((f) => toFinding(f, file, ctx.mode)).sort(byLocation),
    citedKeys: [...new Set(page.citations.map((c) => c.key))],
  };
}

/** Checks one file (e.g. for a dev overlay). Loads authors and bibliography unless given a context. */
export function checkFile(file: string, options: CheckOptions & { context?: CheckContext }): PageReport {
  const ctx = options.context ?? loadContext(options);
  const absolute = path.resolve(file);
  return checkSource(fs.readFileSync(absolute, 'utf8'), absolute, path.relative(path.resolve(options.root), absolute), ctx);
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

export function checkContent(options: CheckOptions): ContentReport {
  const started = performance.now();
  const root = resolveRoot(options.root);
  const ctx = loadContext({ ...options, root });
  const pages = listContentFiles(root).map((file) => checkFile(file, { root, context: ctx }));
  return assembleReport(root, ctx, pages, started);
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
