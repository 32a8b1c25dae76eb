/**
 * The rule engine: one page (checkSource/checkFile) or a whole content root (checkContent).
 * Used by the CLI, the build, `next dev` (watch) and the tests, so they can never disagree.
 */
import { checkPageFile } from './check-page';
import { loadContext } from './context';
import type { CheckContext } from './types';
import { assembleReport, listContentFiles, resolveRoot, type CheckOptions, type ContentReport, type PageReport } from './report';

export type { CheckOptions, ContentReport, PageReport } from './report';
export { checkSource } from './check-page';
export { loadContext } from './context';

/** Checks one file (e.g. for a dev overlay). Loads authors and bibliography unless given a context. */
export function checkFile(file: string, options: CheckOptions & { context?: CheckContext }): PageReport {
  return checkPageFile(file, options.root, options.context ?? loadContext(options));
}

export function checkContent(options: CheckOptions): ContentReport {
  const started = performance.now();
  const root = resolveRoot(options.root);
  const ctx = loadContext({ ...options, root });
  const pages = listContentFiles(root).map((file) => checkPageFile(file, root, ctx));
  return assembleReport(root, ctx, pages, started);
}
