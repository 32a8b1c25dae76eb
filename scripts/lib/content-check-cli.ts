/**
 * The one-shot `npm run content:check` without the process around it: arguments in, report text
 * and an exit code out. scripts/content-check.ts wires it (and its --watch mode) to the process;
 * the CLI's tests call it in-process, and run the script as a child process for that wiring.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatReport, reportToJson } from '../../lib/compliance/format';
import type { CheckOptions, ContentReport } from '../../lib/compliance/report';
import { checkContentCached } from '../../lib/compliance/cache';
import { parseOptions } from './script-options';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type ContentCheckArgs = ReturnType<typeof parseContentCheckArgs>;

/**
 * Node's arguments for package.json's content:check (`node <V8 flags> scripts/run-bundled.mjs
 * scripts/content-check.ts`), with absolute paths: what the bench times and the CLI's tests run,
 * so both run the command the build runs.
 */
export function contentCheckNodeArgs(): string[] {
  const command: string = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).scripts['content:check'];
  const [node, ...args] = command.split(/\s+/);
  if (node !== 'node' || !args.some((arg) => arg.endsWith('content-check.ts'))) throw new Error(`package.json's content:check is not "node … scripts/content-check.ts": ${command}`);
  return args.map((arg) => (/\.(?:ts|mjs)$/.test(arg) ? path.join(REPO_ROOT, arg) : arg));
}

/** Throws on an unknown option; `error` is set for a value that parses but makes no sense. */
export function parseContentCheckArgs(argv: string[], cwd = process.cwd()) {
  const values = parseOptions(
    {
      dev: { type: 'boolean', default: false },
      dir: { type: 'string' },
      authors: { type: 'string' },
      bib: { type: 'string' },
      json: { type: 'boolean', default: false },
      watch: { type: 'boolean', default: false },
      now: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      'cache-dir': { type: 'string' },
    },
    argv,
  );
  const resolve = (p: string | undefined) => (p ? path.resolve(cwd, p) : undefined);
  const options: CheckOptions = {
    root: resolve(values.dir) ?? path.join(REPO_ROOT, 'content'),
    mode: values.dev ? 'development' : 'production',
    now: values.now ? new Date(`${values.now}T12:00:00Z`) : new Date(),
    authorsDir: resolve(values.authors),
    bibliographyFile: resolve(values.bib),
  };
  const error = Number.isNaN(options.now!.getTime()) ? `content check: --now must be a date written as YYYY-MM-DD, got "${values.now}"` : undefined;
  return { values, options, cacheDir: resolve(values['cache-dir']) ?? path.join(REPO_ROOT, 'node_modules/.cache/content-check'), error };
}

/** The report as the CLI prints it: text with a summary line, or JSON (--json). */
export function reportText(report: ContentReport, json: boolean): string {
  return json ? JSON.stringify(reportToJson(report, REPO_ROOT), null, 2) : formatReport(report, REPO_ROOT);
}

/** One run (the build's): exit code 0 clean, 1 errors found, 2 could not run. Not --watch. */
export async function contentCheckOnce(args: ContentCheckArgs, io: { out: (text: string) => void; err: (text: string) => void }): Promise<number> {
  const { values, options, cacheDir, error } = args;
  if (error) {
    io.err(error);
    return 2;
  }
  try {
    // The parser and the NLP are loaded only for pages the cache does not have; without the cache a
    // large site is spread over the cores.
    const report = values['no-cache']
      ? await (await import('../../lib/compliance/parallel')).checkContentParallel(options)
      : await checkContentCached({ ...options, cacheDir });
    io.out(reportText(report, values.json));
    return report.errors > 0 ? 1 : 0;
  } catch (e) {
    io.err(`content check failed to run: ${(e as Error).message}`);
    return 2;
  }
}
