/**
 * The content check's findings for one page, for the panel `next dev` shows on that page.
 * Runs the same engine as `npm run content:check` (lib/compliance), in development mode, so the
 * writer sees in the browser exactly what the build will say.
 */
import 'server-only';
import path from 'node:path';
import fs from 'node:fs';
// The engine alone, not the package index: that also exports the parallel runner, whose worker
// bundling (esbuild) must never reach a server bundle.
import { checkSource, loadContext } from '../compliance/engine';
import type { Finding } from '../compliance/types';

export type PageFinding = Omit<Finding, 'file'> & {
  /** Relative to the repository, e.g. content/articles/knee.mdx. */
  file: string;
};

export type PageFindings = { file: string; errors: number; warnings: number; findings: PageFinding[] };

/** Only pages Contentlayer compiles from content/, and nothing that could climb out of it. */
const SOURCE_PATH = /^(?:articles|treatments)\/[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/;

export function pageFindings(
  sourceFilePath: string,
  options: { root?: string; now?: Date; repoRoot?: string } = {},
): PageFindings | null {
  if (!SOURCE_PATH.test(sourceFilePath)) return null;
  const root = options.root ?? path.join(options.repoRoot ?? process.cwd(), 'content');
  // Pages are read at run time from content/, never bundled or traced into the server's output
  // (without the ignore comments Turbopack would trace the whole project into it).
  const absolute = path.join(/*turbopackIgnore: true*/ root, sourceFilePath);
  // The page may have been renamed or deleted since Contentlayer last compiled it.
  if (!fs.existsSync(/*turbopackIgnore: true*/ absolute)) return null;
  return sourceFindings(fs.readFileSync(/*turbopackIgnore: true*/ absolute, 'utf8'), sourceFilePath, options);
}

/**
 * The same, for a version of the page given as text: the one a reviewer is shown, which in the
 * editor's GitHub mode is read from the repository, not from this server's copy of content/.
 */
export function sourceFindings(
  source: string,
  sourceFilePath: string,
  options: { root?: string; now?: Date; repoRoot?: string } = {},
): PageFindings | null {
  if (!SOURCE_PATH.test(sourceFilePath)) return null;
  const repoRoot = options.repoRoot ?? process.cwd();
  const root = options.root ?? path.join(repoRoot, 'content');
  const absolute = path.join(/*turbopackIgnore: true*/ root, sourceFilePath);
  const report = checkSource(source, absolute, sourceFilePath, loadContext({ root, mode: 'development', now: options.now }));
  const findings = report.findings.map((f) => ({ ...f, file: path.relative(repoRoot, f.file).split(path.sep).join('/') }));
  return {
    file: path.relative(repoRoot, absolute).split(path.sep).join('/'),
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    findings,
  };
}
