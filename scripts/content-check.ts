/**
 * npm run content:check — checks every article, treatment and author page under content/.
 *
 *   tsx scripts/content-check.ts [--dev] [--dir <content root>] [--authors <dir>] [--bib <file>]
 *                                [--json] [--watch] [--now YYYY-MM-DD] [--no-cache] [--cache-dir <dir>]
 *
 * A page whose text, rules, authors, bibliography, mode and day are unchanged since the last run
 * takes its report from the cache in node_modules/.cache/content-check/ or --cache-dir (--no-cache:
 * check every page afresh and leave the cache alone).
 *
 * Exits 1 on any error (so `npm run build` stops). --watch re-runs on every change and never
 * exits non-zero: it runs beside `next dev`, and concurrently -k would stop the server otherwise.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatReport, reportToJson } from '../lib/compliance/format';
import type { CheckOptions, ContentReport } from '../lib/compliance/report';
import { checkContentCached } from '../lib/compliance/cache';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  options: {
    dev: { type: 'boolean', default: false },
    dir: { type: 'string' },
    authors: { type: 'string' },
    bib: { type: 'string' },
    json: { type: 'boolean', default: false },
    watch: { type: 'boolean', default: false },
    now: { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
    'cache-dir': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowPositionals: false,
});

if (values.help) {
  console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0].replace(/^\/\*\*?|^ \* ?/gm, ''));
  process.exit(0);
}

const resolve = (p: string | undefined) => (p ? path.resolve(process.cwd(), p) : undefined);
const options: CheckOptions = {
  root: resolve(values.dir) ?? path.join(repoRoot, 'content'),
  mode: values.dev ? 'development' : 'production',
  now: values.now ? new Date(`${values.now}T12:00:00Z`) : new Date(),
  authorsDir: resolve(values.authors),
  bibliographyFile: resolve(values.bib),
};
if (Number.isNaN(options.now!.getTime())) {
  console.error(`content check: --now must be a date written as YYYY-MM-DD, got "${values.now}"`);
  process.exit(2);
}

/** Prints a report; returns whether it found errors. */
function print(report: ContentReport): boolean {
  if (values.json) console.log(JSON.stringify(reportToJson(report, repoRoot), null, 2));
  else console.log(formatReport(report, repoRoot));
  return report.errors > 0;
}

if (!values.watch) {
  // One run (the build): a large site is spread over the cores.
  try {
    // The parser and the NLP are loaded only for pages the cache does not have.
    const report = values['no-cache']
      ? await (await import('../lib/compliance/parallel')).checkContentParallel(options)
      : await checkContentCached({ ...options, cacheDir: resolve(values['cache-dir']) ?? path.join(repoRoot, 'node_modules/.cache/content-check') });
    const code = print(report) ? 1 : 0;
    // process.exit at once would cut off output still queued for a pipe (a long report, `| tee`).
    await new Promise<void>((drained) => process.stdout.write('', () => drained()));
    process.exit(code);
  } catch (error) {
    console.error(`content check failed to run: ${(error as Error).message}`);
    process.exit(2);
  }
}

/** Watch mode runs in this process: the pipeline's memo skips re-parsing pages that did not change. */
const { checkContent } = await import('../lib/compliance/engine');
function runOnce(): boolean {
  return print(checkContent({ ...options, now: values.now ? options.now : new Date() }));
}

// Watch mode: re-run on changes to the content root, the authors folder or the bibliography.
let timer: NodeJS.Timeout | undefined;
const rerun = () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    console.log(`\n[content check] ${new Date().toLocaleTimeString()}`);
    try {
      runOnce();
    } catch (error) {
      console.error(`[content check] could not run: ${(error as Error).message}`);
    }
  }, 150);
};
const watched = new Set([options.root, options.authorsDir, options.bibliographyFile && path.dirname(options.bibliographyFile)].filter(Boolean) as string[]);
for (const dir of watched) {
  try {
    fs.watch(dir, { recursive: true }, rerun);
  } catch (error) {
    console.error(`[content check] cannot watch ${dir}: ${(error as Error).message}`);
  }
}
rerun();
