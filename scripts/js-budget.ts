/**
 * Client JavaScript budget per route, in gzip bytes.
 *
 *   npm run check:js-budget             fail if any route loads more script than its budget
 *   npm run check:js-budget -- --update rewrite performance-budget.json from today's figures + margin
 *
 * For every route (scripts/lib/routes.ts) the HTML from `next start` is read, and every
 * <script src> it loads (not `noModule` polyfills, which modern browsers skip) is fetched and gzipped (level 9, as a CDN would serve it). Routes are
 * grouped by page kind (/articles/[slug], ...) and each kind has one budget: the largest route of
 * that kind today plus `marginPercent`. A route whose kind has no budget fails too: a new page kind
 * must be given a budget on purpose. Article and treatment pages must also load no script beyond
 * the framework and layout chunks every page shares, i.e. no page-specific client code. Every
 * script a page loads must also start with V8's compile hint (scripts/add-compile-hints.ts, run by
 * `npm run build`). Writes reports/js-budget.json.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import { hasCompileHint } from './lib/compile-hints';
import { pageKind, siteRoutes } from './lib/routes';
import { serverForGates } from './lib/server';

const BUDGET_FILE = 'performance-budget.json';

type BudgetFile = {
  description: string;
  marginPercent: number;
  /** gzip bytes of external client JavaScript per page kind */
  jsGzipBytes: Record<string, number>;
};

/** Kinds that must ship no page-specific client JavaScript (a promise the README makes). */
const NO_PAGE_JS = ['/articles/[slug]', '/treatments/[slug]'];

/** External scripts a modern browser loads: `noModule` polyfills are skipped by every browser we support. */
function scriptSources(html: string): string[] {
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\snomodule\b/i.test(tag));
  return [...new Set(tags.flatMap((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1] ?? []).map((src) => src.replace(/&amp;/g, '&')))];
}

async function main() {
  const update = process.argv.includes('--update');
  const server = await serverForGates();
  try {
    // Each script is fetched once: its gzip size for the budget, its first line for the compile hint.
    const scripts = new Map<string, { gzipBytes: number; hinted: boolean }>();
    const script = async (src: string) => {
      if (!scripts.has(src)) {
        const res = await fetch(new URL(src, server.baseURL));
        if (!res.ok) throw new Error(`${src}: ${res.status}`);
        const body = Buffer.from(await res.arrayBuffer());
        scripts.set(src, { gzipBytes: zlib.gzipSync(body, { level: 9 }).length, hinted: hasCompileHint(body.toString('utf8')) });
      }
      return scripts.get(src)!;
    };
    const gzipSize = async (src: string) => (await script(src)).gzipBytes;

    const rows: { route: string; kind: string; scripts: string[]; bytes: number }[] = [];
    for (const route of siteRoutes()) {
      const res = await fetch(server.baseURL + route);
      if (res.status !== 200) throw new Error(`${route}: status ${res.status}`);
      const scripts = scriptSources(await res.text());
      let bytes = 0;
      for (const src of scripts) bytes += await gzipSize(src);
      rows.push({ route, kind: pageKind(route), scripts, bytes });
    }

    // Scripts every route loads: the framework and the root layout.
    const shared = rows.map((r) => r.scripts).reduce((acc, s) => acc.filter((x) => s.includes(x)));
    const byKind = new Map<string, number>();
    for (const r of rows) byKind.set(r.kind, Math.max(byKind.get(r.kind) ?? 0, r.bytes));

    const existing: BudgetFile | null = fs.existsSync(BUDGET_FILE) ? JSON.parse(fs.readFileSync(BUDGET_FILE, 'utf8')) : null;
    const margin = existing?.marginPercent ?? 5;
    if (update || !existing) {
      const budget: BudgetFile = {
        description:
          'Client JavaScript per page kind, gzip bytes (level 9) of the <script src> each route loads. Set from the measured figure plus marginPercent by `npm run check:js-budget -- --update`; raise a budget only on purpose.',
        marginPercent: margin,
        jsGzipBytes: Object.fromEntries([...byKind].sort().map(([k, v]) => [k, Math.ceil((v * (1 + margin / 100)) / 100) * 100])),
      };
      fs.writeFileSync(BUDGET_FILE, `${JSON.stringify(budget, null, 2)}\n`);
      console.log(`Wrote ${BUDGET_FILE}`);
    }
    const budget: BudgetFile = JSON.parse(fs.readFileSync(BUDGET_FILE, 'utf8'));

    const failures: string[] = [];
    const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
    console.log(`\n${'Route'.padEnd(52)} ${'JS (gzip)'.padStart(10)} ${'budget'.padStart(10)}  page-specific`);
    for (const r of rows) {
      const limit = budget.jsGzipBytes[r.kind];
      const own = r.scripts.filter((s) => !shared.includes(s));
      const ownBytes = (await Promise.all(own.map(gzipSize))).reduce((a, b) => a + b, 0);
      console.log(`${r.route.padEnd(52)} ${kb(r.bytes).padStart(10)} ${(limit ? kb(limit) : 'none').padStart(10)}  ${kb(ownBytes)}`);
      if (limit === undefined) failures.push(`${r.route}: page kind ${r.kind} has no budget in ${BUDGET_FILE}`);
      else if (r.bytes > limit) failures.push(`${r.route}: ${r.bytes} B of JavaScript, budget ${limit} B (${r.kind})`);
      if (NO_PAGE_JS.includes(r.kind) && own.length > 0) {
        // Allowed only if the same chunk is also loaded by a page kind that has no client code of
        // its own: compare with the clinicians list, the plainest page.
        const plain = rows.find((x) => x.route === '/clinicians')?.scripts ?? [];
        const extra = r.scripts.filter((s) => !plain.includes(s));
        if (extra.length > 0) failures.push(`${r.route}: page-specific client JavaScript ${extra.join(', ')}`);
      }
    }
    for (const [src, { hinted }] of scripts) {
      if (hinted) continue;
      const routes = rows.filter((r) => r.scripts.includes(src)).map((r) => r.route);
      failures.push(
        `${src} (loaded by ${routes.slice(0, 3).join(', ')}${routes.length > 3 ? ', …' : ''}) lacks the compile hint: build with \`npm run build\`, which runs scripts/add-compile-hints.ts after next build`,
      );
    }
    fs.mkdirSync('reports', { recursive: true });
    fs.writeFileSync(
      'reports/js-budget.json',
      JSON.stringify({ date: new Date().toISOString(), sharedScripts: shared, routes: rows, budget: budget.jsGzipBytes, failures }, null, 2),
    );
    if (failures.length > 0) {
      console.error(`\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
      process.exitCode = 1;
    } else {
      console.log(`\n✓ every route within its JavaScript budget; article and treatment pages ship no page-specific JavaScript; every script carries the compile hint`);
    }
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
