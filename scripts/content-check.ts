/**
 * npm run content:check — checks every article, treatment and author page under content/.
 *
 *   npm run content:check -- [--dev] [--dir <content root>] [--authors <dir>] [--bib <file>]
 *                            [--json] [--watch] [--now YYYY-MM-DD] [--no-cache] [--cache-dir <dir>]
 *
 * A page whose text, rules, authors, bibliography, mode and day are unchanged since the last run
 * takes its report from the cache in node_modules/.cache/content-check/ or --cache-dir (--no-cache:
 * check every page afresh and leave the cache alone).
 *
 * Exits 1 on any error (so `npm run build` stops). --watch re-runs on every change and never
 * exits non-zero: it runs beside `next dev`, and concurrently -k would stop the server otherwise.
 * Exits 2 when it cannot run (an unknown option, a bad date, a missing folder).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ContentReport } from '../lib/compliance/report';
import { contentCheckOnce, parseContentCheckArgs, reportText } from './lib/content-check-cli';
import { optionsError, scriptHelp } from './lib/script-options';

const args = (() => {
  try {
    return parseContentCheckArgs(process.argv.slice(2));
  } catch (error) {
    console.error(optionsError('content:check', error));
    process.exit(2);
  }
})();
const { values, options } = args;

// No top-level await: scripts/run-bundled.mjs runs this file as a CommonJS bundle.
void main();

async function main(): Promise<void> {
  if (values.help) {
    console.log(scriptHelp(import.meta.url));
    process.exit(0);
  }
  if (args.error) {
    console.error(args.error);
    process.exit(2);
  }
  if (!values.watch) {
    const code = await contentCheckOnce(args, { out: (text) => console.log(text), err: (text) => console.error(text) });
    // process.exit at once would cut off output still queued for a pipe (a long report, `| tee`).
    await new Promise<void>((drained) => process.stdout.write('', () => drained()));
    process.exit(code);
  }
  await watch();
}

/** Prints a report; returns whether it found errors. */
function print(report: ContentReport): boolean {
  console.log(reportText(report, values.json));
  return report.errors > 0;
}

/** Watch mode runs in this process: the pipeline's memo skips re-parsing pages that did not change. */
async function watch(): Promise<void> {
  const { checkContent } = await import('../lib/compliance/engine');
  const runOnce = () => print(checkContent({ ...options, now: values.now ? options.now : new Date() }));

  // Re-run on changes to the content root, the authors folder or the bibliography.
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
}
