/**
 * npm run bench — build-time scaling, content-check time, server throughput and page weight.
 *
 * Everything runs in a throwaway copy of the project (scripts/lib/project-copy.ts) with its own
 * NEXT_DIST_DIR, so the real content/ and build folders are never touched:
 *
 * 1. Build the site as it is (Contentlayer, then `next build` and its compile-hint step), and
 *    time the content check if package.json has a `content:check` script.
 * 2. From that build: requests per second for one article page from `next start`, against the same
 *    HTML bytes served by a plain Node http + fs server, with autocannon on loopback (same
 *    connections and duration for both, each after a short warm-up).
 * 3. Page weight per page kind: HTML + CSS + JS (gzip level 9) + fonts (woff2, already compressed).
 * 4. Replace content/articles with 10, 100 and 500 articles (the real ones plus copies with new
 *    slugs and titles) and time Contentlayer, the content check and `next build` for each.
 *
 * Prints tables and writes reports/bench.json. Settings: BENCH_SIZES (default 10,100,500),
 * BENCH_DURATION seconds per autocannon run (default 10), BENCH_CONNECTIONS (default 10),
 * BENCH_PORT (default 3420; +1 for the static server). BENCH_SKIP_TYPECHECK=1 skips Next's type
 * check in the copy (use only when someone's unfinished work breaks it; the report says so).
 * BENCH_STEP_TIMEOUT (seconds, default 1200) bounds each build step.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import autocannon from 'autocannon';
import { copyProject } from './lib/project-copy';
import { startNext, waitForHttp } from './lib/server';
import { content, oneRoutePerKind } from './lib/routes';

const SIZES = (process.env.BENCH_SIZES ?? '10,100,500').split(',').map(Number).filter((n) => n > 0);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 3420);
const SKIP_TYPECHECK = process.env.BENCH_SKIP_TYPECHECK === '1';
const DIST = '.next-bench';
const STEP_TIMEOUT_S = Number(process.env.BENCH_STEP_TIMEOUT ?? 1200);

type Timed = { ms: number; ok: boolean; output: string };

function runTimed(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Timed> {
  return new Promise((resolve) => {
    const started = performance.now();
    // PWD too: contentlayer2 takes its project directory from $PWD, not from the process's cwd, and
    // would otherwise rebuild the real project's .contentlayer instead of the copy's.
    const child = spawn(cmd, args, { cwd, env: { ...process.env, PWD: cwd, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: DIST, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += String(d)));
    child.stderr.on('data', (d) => (output += String(d)));
    // A step that hangs fails the bench instead of stalling it.
    const timer = setTimeout(() => {
      output += `\n[bench] ${cmd} ${args.join(' ')} timed out after ${STEP_TIMEOUT_S} s`;
      child.kill('SIGKILL');
    }, STEP_TIMEOUT_S * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ ms: performance.now() - started, ok: code === 0, output });
    });
  });
}

const bin = (dir: string, name: string) => path.join(dir, 'node_modules', '.bin', name);

type BuildFigures = { articles: number; contentlayerS: number; contentCheckS: number | null; contentCheckPassed: boolean | null; nextBuildS: number; totalS: number };

async function buildCopy(dir: string, articles: number): Promise<BuildFigures> {
  fs.rmSync(path.join(dir, DIST), { recursive: true, force: true });
  fs.rmSync(path.join(dir, '.contentlayer'), { recursive: true, force: true });
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  let check: Timed | null = null;
  if (pkg.scripts['content:check']) check = await runTimed('npm', ['run', '--silent', 'content:check'], dir);
  const cl = await runTimed(bin(dir, 'contentlayer2'), ['build', '--clearCache'], dir);
  if (!cl.ok) throw new Error(`contentlayer2 build failed with ${articles} articles:\n${cl.output.slice(-3000)}`);
  const nb = await runTimed(bin(dir, 'next'), ['build'], dir);
  if (!nb.ok) throw new Error(`next build failed with ${articles} articles:\n${nb.output.slice(-3000)}`);
  // The step `npm run build` runs after next build, so the served chunks are the real ones.
  const hints = await runTimed(bin(dir, 'tsx'), ['scripts/add-compile-hints.ts'], dir);
  if (!hints.ok) throw new Error(`add-compile-hints failed with ${articles} articles:\n${hints.output.slice(-3000)}`);
  nb.ms += hints.ms;
  const s = (t: Timed) => Number((t.ms / 1000).toFixed(1));
  return {
    articles,
    contentlayerS: s(cl),
    contentCheckS: check ? s(check) : null,
    contentCheckPassed: check ? check.ok : null,
    nextBuildS: s(nb),
    totalS: Number(((cl.ms + nb.ms + (check?.ms ?? 0)) / 1000).toFixed(1)),
  };
}

/** content/articles in the copy becomes exactly `n` articles: the real ones, then numbered copies. */
function generateArticles(dir: string, source: string, n: number) {
  const articlesDir = path.join(dir, 'content', 'articles');
  const originals = fs.readdirSync(path.join(source, 'content', 'articles')).filter((f) => f.endsWith('.mdx')).sort();
  fs.rmSync(articlesDir, { recursive: true, force: true });
  fs.mkdirSync(articlesDir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const name = originals[i % originals.length];
    let text = fs.readFileSync(path.join(source, 'content', 'articles', name), 'utf8');
    if (i >= originals.length) {
      text = text.replace(/^title:.*$/m, `title: 'Benchmark article ${i + 1}, a copy of ${name.replace(/\.mdx$/, '')}'`);
      fs.writeFileSync(path.join(articlesDir, `bench-${String(i + 1).padStart(4, '0')}-${name}`), text);
    } else {
      fs.writeFileSync(path.join(articlesDir, name), text);
    }
  }
}

type Cannon = { reqPerSec: number; latencyP50Ms: number; latencyP99Ms: number; requests: number; errors: number; non2xx: number; bytesPerReq: number };

async function cannon(url: string): Promise<Cannon> {
  await autocannon({ url, connections: CONNECTIONS, duration: 1 }); // warm-up
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  return {
    reqPerSec: Math.round(r.requests.average),
    latencyP50Ms: r.latency.p50,
    latencyP99Ms: r.latency.p99,
    requests: r.requests.total,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    bytesPerReq: Math.round(r.throughput.total / Math.max(1, r.requests.total)),
  };
}

/** A plain static file server in its own process: read the file, send it. */
async function startStaticServer(file: string, port: number): Promise<{ url: string; stop: () => void; child: ChildProcess }> {
  const code = `
    const http = require('node:http'), fs = require('node:fs');
    const [file, port] = process.argv.slice(1);
    http.createServer((req, res) => fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(500); return res.end(); }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
      res.end(body);
    })).listen(Number(port), '127.0.0.1');`;
  const child = spawn(process.execPath, ['-e', code, file, String(port)], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  await waitForHttp(url, 10_000);
  return { url, child, stop: () => child.kill('SIGTERM') };
}

type Weight = { kind: string; route: string; htmlB: number; cssB: number; jsB: number; fontB: number; totalB: number };

async function pageWeight(baseURL: string, kind: string, route: string): Promise<Weight> {
  const gz = (b: Buffer) => zlib.gzipSync(b, { level: 9 }).length;
  const get = async (u: string) => Buffer.from(await (await fetch(new URL(u, baseURL))).arrayBuffer());
  const html = await get(route);
  const text = html.toString('utf8');
  const attr = (re: RegExp) => [...new Set([...text.matchAll(re)].map((m) => m[1].replace(/&amp;/g, '&')))];
  // `noModule` polyfills are never fetched by a modern browser.
  const scripts = [...new Set([...text.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((t) => !/\snomodule\b/i.test(t)).flatMap((t) => /\ssrc="([^"]+)"/.exec(t)?.[1] ?? []))];
  const styles = attr(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  let cssB = 0;
  const fonts = new Set(attr(/<link\b[^>]*href="([^"]+\.woff2)"/g));
  for (const s of styles) {
    const css = await get(s);
    cssB += gz(css);
    // Fonts the stylesheet declares and the page would use: only those in @font-face src urls.
    for (const m of css.toString('utf8').matchAll(/url\(([^)]+\.woff2)\)/g)) fonts.add(new URL(m[1].replace(/["']/g, ''), new URL(s, baseURL)).pathname);
  }
  let jsB = 0;
  for (const s of scripts) jsB += gz(await get(s));
  let fontB = 0;
  for (const f of fonts) fontB += (await get(f)).length;
  const htmlB = gz(html);
  return { kind, route, htmlB, cssB, jsB, fontB, totalB: htmlB + cssB + jsB + fontB };
}

const kB = (b: number) => `${(b / 1024).toFixed(1)} kB`;

function table(headers: string[], rows: (string | number)[][]): string {
  return [`| ${headers.join(' | ')} |`, `|${headers.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

async function main() {
  const source = process.cwd();
  const started = new Date();
  console.log(`Copying the project to a temporary directory…`);
  const copy = copyProject(source, 'clinic-bench-');
  if (SKIP_TYPECHECK) {
    const cfg = path.join(copy.dir, 'next.config.mjs');
    fs.writeFileSync(cfg, fs.readFileSync(cfg, 'utf8').replace('poweredByHeader: false,', 'poweredByHeader: false, typescript: { ignoreBuildErrors: true },'));
  }
  const builds: BuildFigures[] = [];
  let throughput: { route: string; htmlBytes: number; next: Cannon; static: Cannon; ratio: number } | null = null;
  const weights: Weight[] = [];
  try {
    // 1. The site as it is.
    console.log(`Building the current site (${content.articles.length} articles)…`);
    const current = await buildCopy(copy.dir, content.articles.length);
    builds.push(current);

    // 2 and 3. Throughput and page weight from that build.
    const server = await startNext({ cwd: copy.dir, distDir: DIST, port: PORT });
    try {
      const article = content.articles[0].url;
      const html = Buffer.from(await (await fetch(server.baseURL + article)).arrayBuffer());
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-static-'));
      const file = path.join(tmp, 'index.html');
      fs.writeFileSync(file, html);
      const stat = await startStaticServer(file, PORT + 1);
      try {
        console.log(`autocannon: ${article} from next start, ${CONNECTIONS} connections, ${DURATION} s…`);
        const next = await cannon(server.baseURL + article);
        console.log(`autocannon: the same ${html.length} bytes from a plain Node static server…`);
        const plain = await cannon(stat.url);
        throughput = { route: article, htmlBytes: html.length, next, static: plain, ratio: Number((next.reqPerSec / plain.reqPerSec).toFixed(2)) };
      } finally {
        stat.stop();
        fs.rmSync(tmp, { recursive: true, force: true });
      }
      for (const { kind, route } of oneRoutePerKind()) weights.push(await pageWeight(server.baseURL, kind, route));
    } finally {
      await server.stop();
    }

    // 4. Generated content.
    for (const n of SIZES) {
      console.log(`Building with ${n} generated articles…`);
      generateArticles(copy.dir, source, n);
      builds.push(await buildCopy(copy.dir, n));
    }
  } finally {
    copy.remove();
  }

  const report = {
    date: started.toISOString(),
    // Load average at the end: other work on the machine slows every figure here.
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version, memoryGB: Math.round(os.totalmem() / 2 ** 30), loadAverage1m: Number(os.loadavg()[0].toFixed(1)) },
    typecheckSkipped: SKIP_TYPECHECK,
    builds,
    throughput,
    pageWeight: weights,
  };
  fs.mkdirSync(path.join(source, 'reports'), { recursive: true });
  fs.writeFileSync(path.join(source, 'reports', 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);

  console.log(`\n## Build time (${report.machine.cpus} cores, Node ${process.version}, load average ${report.machine.loadAverage1m}${SKIP_TYPECHECK ? ', type check skipped' : ''})\n`);
  console.log(
    table(
      ['Articles', 'Content check', 'Contentlayer', 'next build', 'Total'],
      builds.map((b) => [
        b.articles === content.articles.length && b === builds[0] ? `${b.articles} (current site)` : b.articles,
        b.contentCheckS === null ? 'n/a' : `${b.contentCheckS} s${b.contentCheckPassed ? '' : ' (refused)'}`,
        `${b.contentlayerS} s`,
        `${b.nextBuildS} s`,
        `${b.totalS} s`,
      ]),
    ),
  );
  if (throughput) {
    console.log(`\n## Requests per second, ${throughput.route} (${kB(throughput.htmlBytes)} HTML, ${CONNECTIONS} connections, ${DURATION} s, loopback)\n`);
    console.log(
      table(
        ['Server', 'Requests/s', 'Latency p50', 'Latency p99', 'Errors + non-2xx'],
        [
          ['next start', throughput.next.reqPerSec, `${throughput.next.latencyP50Ms} ms`, `${throughput.next.latencyP99Ms} ms`, throughput.next.errors + throughput.next.non2xx],
          ['plain static file server', throughput.static.reqPerSec, `${throughput.static.latencyP50Ms} ms`, `${throughput.static.latencyP99Ms} ms`, throughput.static.errors + throughput.static.non2xx],
        ],
      ),
    );
    console.log(`\nnext start serves ${throughput.ratio}× the static server's rate.`);
  }
  console.log(`\n## Page weight per page kind (HTML, CSS, JS gzip level 9; fonts as woff2)\n`);
  console.log(table(['Page kind', 'Example', 'HTML', 'CSS', 'JS', 'Fonts', 'Total'], weights.map((w) => [w.kind, w.route, kB(w.htmlB), kB(w.cssB), kB(w.jsB), kB(w.fontB), kB(w.totalB)])));
  console.log(`\nWritten to reports/bench.json`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
