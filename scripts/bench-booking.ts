/**
 * npm run bench:booking — N concurrent booking submissions against `next start` on loopback.
 *
 * Starts the built app (NEXT_DIST_DIR, default .next; build it first) on a free 127.0.0.1 port
 * with a fresh DATA_DIR and a real in-process SMTP server, fires N valid submissions at
 * POST /book/submit at once, waits for the outbox to drain, and prints a table.
 *
 *   npm run bench:booking -- --n 200 [--timeout 120] [--port 3250]
 *   BENCH_DATABASE_URL=postgres://… to benchmark the PostgreSQL store instead of SQLite.
 *
 * The rate limits are raised for the run (BOOKING_RATE_LIMIT, BOOKING_SITE_RATE_LIMIT); every request comes from one address.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { SMTPServer } from 'smtp-server';
import { openDb } from '../lib/db/connect';
import { freePort } from './lib/ports';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}
const N = Math.min(arg('n', Number(process.env.BENCH_N) || 200), 2000); // bounded
const TIMEOUT_S = Math.min(arg('timeout', 120), 600);

function pct(sorted: number[], p: number) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const deadline = Date.now() + TIMEOUT_S * 1000;
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  if (!fs.existsSync(path.join(distDir, 'BUILD_ID'))) {
    throw new Error(`No production build in ${distDir}: run \`npx next build\` (with NEXT_DIST_DIR=${distDir}) first`);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-booking-'));

  // A real SMTP server that counts what it accepted.
  let delivered = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, cb) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        delivered += 1;
        cb();
      });
    },
  });
  const smtpPort = await freePort();
  await new Promise<void>((r) => smtp.listen(smtpPort, '127.0.0.1', () => r()));

  // PostgreSQL: a fresh schema per run (search_path via the URL), so counts start from zero.
  let databaseUrl = '';
  let dropSchema: (() => Promise<void>) | null = null;
  if (process.env.BENCH_DATABASE_URL) {
    const { default: pg } = await import('pg');
    const schema = `bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: process.env.BENCH_DATABASE_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const u = new URL(process.env.BENCH_DATABASE_URL);
    u.searchParams.set('options', `-c search_path=${schema}`);
    databaseUrl = u.toString();
    dropSchema = async () => {
      const c = new pg.Client({ connectionString: process.env.BENCH_DATABASE_URL });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    };
  }

  const port = arg('port', 0) || (await freePort());
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [createRequire(import.meta.url).resolve('next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_DIST_DIR: distDir,
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      SITE_URL: base,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      BOOKING_RATE_LIMIT: String(N * 10),
      BOOKING_SITE_RATE_LIMIT: String(N * 10),
      BOOKING_MIN_SUBMIT_MS: '0',
      BOOKING_OUTBOX_POLL_MS: '500',
      BOOKING_QUIET: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let serverLog = '';
  server.stdout.on('data', (d) => (serverLog += d));
  server.stderr.on('data', (d) => (serverLog += d));
  const stop = () => {
    if (server.exitCode === null) server.kill('SIGTERM');
  };
  process.on('exit', stop);

  try {
    // Wait for the server, then fetch a real form token from the page, as a browser would.
    let html = '';
    while (Date.now() < deadline) {
      try {
        const r = await fetch(`${base}/book`);
        if (r.ok) {
          html = await r.text();
          break;
        }
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    const token = /name="formToken" value="([^"]+)"/.exec(html)?.[1];
    if (!token) throw new Error(`Could not load the form from ${base}/book\n${serverLog.slice(-2000)}`);

    const body = (i: number) =>
      new URLSearchParams({
        fullName: `Bench Patient ${i}`,
        email: `patient${i}@example.com`,
        phone: '',
        contactMethod: 'email',
        treatment: 'not-sure',
        joint: 'knee',
        message: 'Benchmark request.',
        availability: '',
        heardFrom: '',
        consent: 'yes',
        formToken: token,
        website: '',
      }).toString();

    const latencies: number[] = [];
    const statuses = new Map<number | string, number>();
    const started = performance.now();
    await Promise.all(
      Array.from({ length: N }, async (_, i) => {
        const t0 = performance.now();
        let key: number | string;
        try {
          const res = await fetch(`${base}/book/submit`, {
            method: 'POST',
            redirect: 'manual',
            headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
            body: body(i),
            signal: AbortSignal.timeout(Math.max(1000, deadline - Date.now())),
          });
          await res.arrayBuffer();
          key = res.status;
        } catch (err) {
          key = err instanceof Error ? err.name : 'error';
        }
        latencies.push(performance.now() - t0);
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
      }),
    );
    const wall = performance.now() - started;

    // Wait for the worker to drain the outbox (2 mails per stored request).
    const { db } = await openDb(databaseUrl ? { databaseUrl } : { dataDir });
    const storedRow = await db.selectFrom('consultation_requests').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const stored = Number(storedRow.n);
    const drainStart = performance.now();
    let unsent = Infinity;
    while (Date.now() < deadline) {
      const row = await db.selectFrom('outbox').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '!=', 'sent').executeTakeFirstOrThrow();
      unsent = Number(row.n);
      if (unsent === 0) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const drainMs = performance.now() - drainStart;
    await db.destroy();

    latencies.sort((a, b) => a - b);
    const ok = statuses.get(303) ?? 0;
    const errors = [...statuses].filter(([k]) => k !== 303).map(([k, v]) => `${k}×${v}`).join(' ') || '0';
    const rows: [string, string][] = [
      ['database', process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'SQLite (file)'],
      ['concurrent requests sent', String(N)],
      ['accepted (303)', String(ok)],
      ['stored in database', String(stored)],
      ['mails delivered (SMTP 250)', `${delivered} of ${stored * 2}`],
      ['mails left in outbox', String(unsent)],
      ['latency p50', `${pct(latencies, 50).toFixed(0)} ms`],
      ['latency p99', `${pct(latencies, 99).toFixed(0)} ms`],
      ['latency max', `${latencies[latencies.length - 1].toFixed(0)} ms`],
      ['all requests answered in', `${wall.toFixed(0)} ms`],
      ['outbox drained after', `${drainMs.toFixed(0)} ms`],
      ['errors (non-303)', errors],
    ];
    const w = Math.max(...rows.map(([k]) => k.length));
    console.log(`\nbench:booking — ${N} concurrent submissions to ${base}/book/submit\n`);
    console.log(`| ${'metric'.padEnd(w)} | value`);
    console.log(`|-${'-'.repeat(w)}-|------`);
    for (const [k, v] of rows) console.log(`| ${k.padEnd(w)} | ${v}`);
    const fine = ok === N && stored === N && delivered === 2 * N && unsent === 0;
    if (!fine) process.exitCode = 1;
  } finally {
    stop();
    await new Promise<void>((r) => smtp.close(() => r()));
    fs.rmSync(dataDir, { recursive: true, force: true });
    await dropSchema?.();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
