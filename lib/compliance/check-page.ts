/**
 * One page through every rule: what the engine, the parallel check's workers and the dev overlay
 * share. Kept apart from engine.ts (which also loads the authors and the bibliography) so that a
 * worker, handed the context, loads no bibliography parser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parsePage, type ParsedPage } from './parse';
import { applySuppressions, parseDirectives } from './suppress';
import { checkAllClaims } from './checks/classified-claims';
import { checkCitations } from './checks/citations';
import { checkFrontMatterSchema, checkPeople } from './checks/frontmatter';
import { checkRequiredBalance, checkTreatmentSections } from './checks/structure';
import { checkTestimonials } from './checks/testimonials';
import { checkImages } from './checks/images';
import { checkPrices } from './checks/prices';
import { checkReadability, readabilityOf } from './checks/readability';
import type { CheckContext, RawFinding } from './types';
import { byLocation, toFinding, type PageReport } from './report';

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

/** Checks the file at `file` (relative paths in the report are taken from `root`). */
export function checkPageFile(file: string, root: string, ctx: CheckContext): PageReport {
  const absolute = path.resolve(file);
  const relPath = path.relative(path.resolve(root), absolute);
  const source = fs.readFileSync(absolute, 'utf8');
  try {
    return checkSource(source, absolute, relPath, ctx);
  } catch (error) {
    // A fault of the checker itself: say which page set it off, so it can be found and reported.
    throw new Error(`${relPath}: the content check itself failed on this page (${(error as Error).message}); this is a bug in the check, not in the page`, { cause: error });
  }
}
