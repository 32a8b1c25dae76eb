/**
 * One page through every rule: what the engine, the parallel check's workers and the dev overlay
 * share. Kept apart from engine.ts (which also loads the authors and the bibliography) so that a
 * worker, handed the context, loads no bibliography parser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parsePage, type ParsedPage } from './parse';
import { applySuppressions, parseDirectives, type Directive } from './suppress';
import { checkAllClaims, type PlacedSentence } from './checks/classified-claims';
import { checkCitations } from './checks/citations';
import { checkFrontMatterSchema, checkPeople } from './checks/frontmatter';
import { checkRequiredBalance, checkTreatmentSections } from './checks/structure';
import { checkTestimonials } from './checks/testimonials';
import { checkImages } from './checks/images';
import { checkPrices } from './checks/prices';
import { checkReadability, readabilityOf } from './checks/readability';
import type { CheckContext, RawFinding, ReadabilityStats } from './types';
import { byLocation, toFinding, type PageReport } from './report';

type PageRule = (page: ParsedPage, ctx: CheckContext) => RawFinding[];

/**
 * Every per-page rule family, in reporting order, the claims checks (checkAllClaims) between the
 * two lists: they may run on another thread (./parallel.ts), so a page is started without them and
 * finished with their findings.
 */
const RULES_BEFORE_CLAIMS: PageRule[] = [
  checkFrontMatterSchema,
  checkPeople,
  (page) => (page.bodySyntaxError ? [{ ruleId: 'mdx-syntax', message: page.bodySyntaxError.message, ...page.bodySyntaxError.position }] : []),
  checkTreatmentSections,
  checkRequiredBalance,
  checkCitations,
];
const RULES_AFTER_CLAIMS: PageRule[] = [checkTestimonials, checkImages, checkPrices];

/** A page parsed and checked by every rule but the claims checks. */
export type StartedPage = { source: string; page: ParsedPage; readability: ReadabilityStats | null; before: RawFinding[]; after: RawFinding[] };

export function startPageCheck(source: string, file: string, relPath: string, ctx: CheckContext): StartedPage {
  const page = parsePage(source, file, relPath.split(path.sep).join('/'));
  const readability = page.type === 'Author' ? null : readabilityOf(page);
  return { source, page, readability, before: RULES_BEFORE_CLAIMS.flatMap((rule) => rule(page, ctx)), after: RULES_AFTER_CLAIMS.flatMap((rule) => rule(page, ctx)) };
}

/**
 * A started page as its claims findings finish it: every other finding, its sentences' places, and
 * nothing of its parse. A page that waits on another thread for its claims (./check-worker.ts)
 * waits as this, so its trees (mdast, each sentence's nlcst, the front matter's YAML document) die
 * young: held with them, the waiting pages outlived young-generation collections and were copied
 * into the old generation (on the 500 site-sentence pages the pages worker promoted 135 to 137 MB
 * with them, 118 to 121 MB without; docs/performance.md).
 */
export type PageAwaitingClaims = Pick<PageReport, 'file' | 'relPath' | 'type' | 'draft' | 'readability' | 'citedKeys'> & {
  sentences: PlacedSentence[];
  /** The findings before the claims', and after them (the readability warning last). */
  before: RawFinding[];
  after: RawFinding[];
  directives: Directive[];
};

export function awaitClaims({ page, readability, source, before, after }: StartedPage): PageAwaitingClaims {
  return {
    file: page.file,
    relPath: page.relPath,
    type: page.type,
    draft: page.frontMatter?.data.draft === true,
    readability,
    citedKeys: [...new Set(page.citations.map((c) => c.key))],
    sentences: page.sentences.map(({ start, unit }) => ({ start, unit })),
    before,
    after: [...after, ...checkReadability(page, readability)],
    directives: parseDirectives(source),
  };
}

/** The page's report, given its claims findings (placed on the page: placeClaims). */
export function finishAwaitingPage(page: PageAwaitingClaims, claims: readonly RawFinding[], ctx: CheckContext): PageReport {
  const { kept, silenced, directiveFindings } = applySuppressions([...page.before, ...claims, ...page.after], page.directives);
  return {
    file: page.file,
    relPath: page.relPath,
    type: page.type,
    draft: page.draft,
    readability: page.readability,
    findings: [...kept, ...directiveFindings].map((f) => toFinding(f, page.file, ctx.mode)).sort(byLocation),
    silenced: silenced.map((f) => toFinding(f, page.file, ctx.mode)).sort(byLocation),
    citedKeys: page.citedKeys,
  };
}

/** The page's report, given its claims findings (checkAllClaims, wherever it ran). */
export function finishPageCheck(started: StartedPage, claims: readonly RawFinding[], ctx: CheckContext): PageReport {
  return finishAwaitingPage(awaitClaims(started), claims, ctx);
}

/** Checks one page's source. Pure apart from the context it is given. */
export function checkSource(source: string, file: string, relPath: string, ctx: CheckContext): PageReport {
  const started = startPageCheck(source, file, relPath, ctx);
  return finishPageCheck(started, checkAllClaims(started.page), ctx);
}

/** A page file's text, and its path as the report gives it (relative to `root`). */
export function readPageFile(file: string, root: string): { file: string; relPath: string; source: string } {
  const absolute = path.resolve(file);
  return { file: absolute, relPath: path.relative(path.resolve(root), absolute), source: fs.readFileSync(absolute, 'utf8') };
}

/** A fault of the checker itself: says which page set it off, so it can be found and reported. */
export function checkerFault(relPath: string, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(`${relPath}: the content check itself failed on this page (${message}); this is a bug in the check, not in the page`, { cause: error });
}

/** Checks the file at `file` (relative paths in the report are taken from `root`). */
export function checkPageFile(file: string, root: string, ctx: CheckContext): PageReport {
  const page = readPageFile(file, root);
  try {
    return checkSource(page.source, page.file, page.relPath, ctx);
  } catch (error) {
    throw checkerFault(page.relPath, error);
  }
}
