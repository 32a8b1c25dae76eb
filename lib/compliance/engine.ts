/**
 * The rule engine: one page (checkSource/checkFile) or a whole content root (checkContent).
 * Used by the CLI, the build, `next dev` (watch) and the tests, so they can never disagree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parsePage, type ParsedPage } from './parse';
import { applySuppressions, parseDirectives } from './suppress';
import { loadAuthors, loadBibliographyEntries } from './context';
import { checkAllClaims } from './checks/classified-claims';
import { checkCitations } from './checks/citations';
import { checkFrontMatterSchema, checkPeople } from './checks/frontmatter';
import { checkRequiredBalance, checkTreatmentSections } from './checks/structure';
import { checkTestimonials } from './checks/testimonials';
import { checkImages } from './checks/images';
import { checkPrices } from './checks/prices';
import { checkReadability, readabilityOf } from './checks/readability';
import type { CheckContext, RawFinding } from './types';
import { assembleReport, byLocation, listContentFiles, resolveRoot, toFinding, type CheckOptions, type ContentReport, type PageReport } from './report';

export type { CheckOptions, ContentReport, PageReport } from './report';




type PageRule = (page: ParsedPage, ctx: CheckContext) => RawFinding[];

/** Every per-page rule family, in reporting order. */
const PAGE_RULES: PageRule[] = [
  checkFrontMatterSchema,
  checkPeople,
  (page) => (page.bodySyntaxError ? [{ ruleId: 'mdx-syntax', message: page.bodySyntaxError.message, ...page.bodySyntaxError.position }] : []),
  checkTreatmentSections,
  checkRequiredBalance,
  checkCitations,
  checkAllClaims,
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


export function checkContent(options: CheckOptions): ContentReport {
  const started = performance.now();
  const root = resolveRoot(options.root);
  const ctx = loadContext({ ...options, root });
  const pages = listContentFiles(root).map((file) => checkFile(file, { root, context: ctx }));
  return assembleReport(root, ctx, pages, started);
}


