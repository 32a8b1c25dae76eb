/**
 * npm run test:cluster — two production instances behind nginx on one PostgreSQL, proven here
 * without Docker (docs/deploy.md). Needs a production build (`npm run build`) and runs as root
 * (nginx, the throwaway PostgreSQL). It starts:
 *   - PostgreSQL: the server of TEST_DATABASE_URL, or the throwaway cluster (scripts/start-postgres.sh), in a fresh database;
 *   - an in-process SMTP server (each instance process logs in under its own name);
 *   - two instances of the standalone server from the one build, as the container image runs them;
 *   - nginx with deploy/nginx/clinic.conf.template as the round-robin caching proxy, plus a plain
 *     static server for the baseline;
 * and checks: bookings through the proxy while one instance is SIGKILLed and restarted (none lost,
 * none stored twice, every email delivered once), form tokens, rate limits, staff sessions and
 * lockout across instances, the proxy's page cache and its speed against plain static files, and a
 * graceful stop on SIGTERM with a request and an SMTP send in flight. Prints a table of the figures.
 *
 * Ports (loopback only): CLUSTER_PORT_A/B (3610/3611), CLUSTER_PORT_PROXY (3620),
 * CLUSTER_PORT_STATIC (3621), CLUSTER_PORT_SMTP (3625). CLUSTER_BOOKINGS (500), CLUSTER_BENCH_S (2, per round).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { openDb } from '../lib/db/connect';
import { createStaffUser } from '../lib/staff/users';
import { SESSION_COOKIE } from '../lib/staff/cookies';
import { representativeRoutes } from './lib/routes';
import { bookingFields, loadToken, postBooking } from './lib/cluster/booking';
import { formBody, pool, request, setCookieValue } from './lib/cluster/http';
import { prepareStandalone, startInstance, waitReady, type Instance, type InstanceSpec } from './lib/cluster/instances';
import { startNginx, testNginxConfig, writeNginxConfig } from './lib/cluster/nginx';
import { alive, cleanupAll, onCleanup, stop, waitFor } from './lib/cluster/processes';
import { startSmtp } from './lib/cluster/smtp';
import { judgeBookings, judgeMail, table, type Attempt } from './lib/cluster/verdict';

const port = (name: string, fallback: number) => Number(process.env[name]) || fallback;
const PORTS = {
  a: port('CLUSTER_PORT_A', 3610),
  b: port('CLUSTER_PORT_B', 3611),
  proxy: port('CLUSTER_PORT_PROXY', 3620),
  static: port('CLUSTER_PORT_STATIC', 3621),
  smtp: port('CLUSTER_PORT_SMTP', 3625),
};
const BOOKINGS = Math.min(Math.max(Number(process.env.CLUSTER_BOOKINGS) || 500, 50), 5000);
const CONCURRENCY = 20;
/** The load comes from this many client addresses (127.0.1.x), so no single one meets the rate limit. */
const CLIENTS = 50;
/** Bookings per client address per window for the run: above the load's share, low enough to reach. */
const RATE_LIMIT = Math.ceil(BOOKINGS / CLIENTS) + 5;
const LOCKOUT_THRESHOLD = 4;
const LEASE_MS = 45_000;
const BENCH_S = Math.min(Number(process.env.CLUSTER_BENCH_S) || 2, 30);
const MIN_SPEED_RATIO = 0.8;
const PASSWORD = 'cluster-test-password-2026';

const rows: [string, string][] = [];
const failures: string[] = [];
function record(metric: string, value: string | number, ok = true, why = '') {
  rows.push([metric, String(value)]);
  if (!ok) failures.push(`${metric}: ${value}${why ? ` (${why})` : ''}`);
}
const log = (msg: string) => console.log(`test:cluster: ${msg}`);

async function postgresUrl(): Promise<string> {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  const out = execFileSync('bash', ['scripts/start-postgres.sh'], { env: { ...process.env, PGTEST_DB: 'clinic_cluster' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const url = /TEST_DATABASE_URL=(\S+)/.exec(out)?.[1];
  if (!url) throw new Error('scripts/start-postgres.sh printed no TEST_DATABASE_URL');
  return url;
}

/**
 * A fresh database for this run, dropped at the end. (Not a schema: Kysely's migrator looks for its
 * lock table in every schema, so a schema left by another crashed run would break this one.)
 */
async function freshDatabase(baseUrl: string): Promise<string> {
  const { default: pg } = await import('pg');
  const name = `cluster_${Date.now()}`;
  const run = async (q: string) => {
    const c = new pg.Client({ connectionString: baseUrl });
    await c.connect();
    try {
      await c.query(q);
    } finally {
      await c.end();
    }
  };
  await run(`create database ${name}`);
  onCleanup(() => run(`drop database if exists ${name} with (force)`));
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

async function main() {
  const started = Date.now();
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const standaloneDir = prepareStandalone(process.cwd(), distDir);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clinic-cluster-'));
  // Kept after a failure: the instances' logs (a1.log, b1.log, …) and nginx's error.log and access.log say why.
  onCleanup(() => (failures.length ? console.error(`test:cluster: logs kept in ${tmp}`) : fs.rmSync(tmp, { recursive: true, force: true })));
  const databaseUrl = await freshDatabase(await postgresUrl());

  // Migrate once and create the staff accounts before the instances start.
  const { db } = await openDb({ databaseUrl });
  onCleanup(() => db.destroy());
  await createStaffUser(db, { role: 'manager', email: 'cluster-session@example.com', password: PASSWORD });
  await createStaffUser(db, { role: 'manager', email: 'cluster-lockout@example.com', password: PASSWORD });

  const smtp = await startSmtp(PORTS.smtp);
  onCleanup(() => smtp.close());

  const proxy = `http://127.0.0.1:${PORTS.proxy}`;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: databaseUrl,
    DATA_DIR: path.join(tmp, 'data'),
    SITE_URL: proxy,
    TRUST_PROXY_HOPS: '1',
    // Fast test submissions; the rate limit just above each load client's share (RATE_LIMIT).
    BOOKING_MIN_SUBMIT_MS: '0',
    BOOKING_RATE_LIMIT: String(RATE_LIMIT),
    // A day-long fixed window: a window boundary during the rate-limit check would reset its count.
    BOOKING_RATE_WINDOW_S: '86400',
    // The site-wide hourly ceiling would refuse the load itself; the per-client limit is what is tested here.
    BOOKING_SITE_RATE_LIMIT: '100000',
    // Shorter than the default 5 minutes, so mail claimed by the killed instance is taken over within the run,
    // yet longer than any send takes here even on a busy machine (a lease that runs out mid-send means a
    // second instance sends the message too: at 10 s, 17 of 1,000 were sent twice with load average 30).
    BOOKING_OUTBOX_LEASE_MS: String(LEASE_MS),
    BOOKING_OUTBOX_POLL_MS: '500',
    BOOKING_MAIL_BACKOFF_MS: '500',
    STAFF_SIGNIN_RATE_LIMIT: '1000',
    STAFF_LOCKOUT_THRESHOLD: String(LOCKOUT_THRESHOLD),
    SHUTDOWN_TIMEOUT_MS: '20000',
  };
  const spec = (name: string, p: number): InstanceSpec => ({ name, port: p, standaloneDir, logDir: tmp, env, smtpPort: PORTS.smtp });
  const specA = spec('a', PORTS.a);
  const specB = spec('b', PORTS.b);
  let a: Instance = startInstance(specA, 1);
  const b: Instance = startInstance(specB, 1);
  await Promise.all([waitReady(a, 90_000), waitReady(b, 90_000)]);
  log(`instances ready on ${a.origin} and ${b.origin}`);

  const staticRoot = path.join(tmp, 'static');
  fs.mkdirSync(staticRoot);
  const nginxConf = writeNginxConfig({
    dir: tmp,
    proxyListen: `127.0.0.1:${PORTS.proxy}`,
    staticListen: `127.0.0.1:${PORTS.static}`,
    upstreams: [`127.0.0.1:${PORTS.a}`, `127.0.0.1:${PORTS.b}`],
    staticRoot,
  });
  testNginxConfig(nginxConf, tmp);
  record('nginx -t on deploy/nginx/clinic.conf.template', 'ok');
  const nginx = startNginx(nginxConf, tmp);
  await waitFor('nginx answering', 15_000, async () => ((await request(`${proxy}/healthz`)).status === 200 ? true : undefined));

  // --- A form token issued by one instance is accepted by the other.
  const tokenAB = await postBooking(b.origin, 'token-a-to-b@example.com', await loadToken(a.origin, '127.0.3.1'), '127.0.3.1');
  const tokenBA = await postBooking(a.origin, 'token-b-to-a@example.com', await loadToken(b.origin, '127.0.3.2'), '127.0.3.2');
  record('form token from A posted to B, and B to A', `${tokenAB.status}, ${tokenBA.status}`, tokenAB.status === 303 && tokenBA.status === 303, 'want 303, 303');

  // --- Staff: a session made on A works on B; signing out on B ends it on A.
  const from = '127.0.4.1';
  const signIn = (inst: Instance, email: string, password: string) =>
    request(`${inst.origin}/staff/sign-in/submit`, {
      method: 'POST',
      from,
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: inst.origin },
      body: formBody({ email, password }),
    });
  const staffPage = (inst: Instance, cookie: string) => request(`${inst.origin}/staff`, { from, headers: { cookie: `${SESSION_COOKIE}=${cookie}` } });
  const session = setCookieValue(await signIn(a, 'cluster-session@example.com', PASSWORD), SESSION_COOKIE);
  const onB = session ? (await staffPage(b, session)).status : 0;
  record('staff session from A used on B', session ? onB : 'no session', onB === 200, 'want 200');
  if (session) {
    const out = await request(`${b.origin}/staff/sign-out`, { method: 'POST', from, headers: { cookie: `${SESSION_COOKIE}=${session}`, origin: b.origin } });
    const afterOnA = (await staffPage(a, session)).status;
    record('signed out on B, then used on A', `${out.status}, then ${afterOnA}`, out.status === 303 && afterOnA !== 200, 'want 303, then a redirect to sign-in');
  }
  // Lockout: failures alternate between the instances; only a shared count reaches the threshold.
  const failures_ = [];
  for (let i = 0; i < LOCKOUT_THRESHOLD; i++) failures_.push((await signIn(i % 2 ? b : a, 'cluster-lockout@example.com', 'wrong-password-123')).status);
  const lockedTry = await signIn(a, 'cluster-lockout@example.com', PASSWORD);
  const locked = !setCookieValue(lockedTry, SESSION_COOKIE);
  record(`lockout after ${LOCKOUT_THRESHOLD} failures split A/B`, locked ? 'locked (right password refused)' : 'NOT locked', locked);

  // --- The load: bookings through the proxy; A is SIGKILLed and restarted a third of the way in.
  const attempts: Attempt[] = [];
  let answered = 0;
  let killedAt = -1;
  let killing: Promise<void> | null = null;
  const loadStarted = Date.now();
  await pool(BOOKINGS, CONCURRENCY, async (i) => {
    const email = `load-${i}@example.com`;
    const client = `127.0.1.${(i % CLIENTS) + 1}`;
    let status: number | string;
    try {
      status = (await postBooking(proxy, email, await loadToken(proxy, client), client)).status;
    } catch (err) {
      status = err instanceof Error ? err.message.slice(0, 80) : 'error';
    }
    attempts.push({ email, status });
    answered += 1;
    if (answered === Math.floor(BOOKINGS / 3) && !killing) {
      killedAt = answered;
      killing = (async () => {
        await stop(a.proc, 'SIGKILL', 0);
        a = startInstance(specA, 2);
      })();
    }
  });
  await killing;
  const loadMs = Date.now() - loadStarted;
  await waitReady(a, 90_000);

  const stored = await db.selectFrom('consultation_requests').select('email').where('email', 'like', 'load-%').execute();
  const bookings = judgeBookings(attempts, stored.map((r) => r.email));
  const statusCounts = new Map<string, number>();
  for (const at of attempts) statusCounts.set(String(at.status), (statusCounts.get(String(at.status)) ?? 0) + 1);
  record('bookings sent through the proxy', `${bookings.sent} (${CONCURRENCY} at a time, ${(loadMs / 1000).toFixed(1)} s)`);
  record('instance A SIGKILLed and restarted after', `${killedAt} answers`);
  record('answers', [...statusCounts].map(([s, n]) => `${s}×${n}`).join(', '), bookings.answeredOk >= bookings.sent - CONCURRENCY, `fewer than ${bookings.sent - CONCURRENCY} answered 2xx/3xx`);
  record('answered 2xx/3xx and not stored (lost)', bookings.lost.length, bookings.lost.length === 0, bookings.lost.slice(0, 3).join(' '));
  record('stored more than once', bookings.duplicated.length, bookings.duplicated.length === 0);
  record('stored although the client saw an error', bookings.storedUnanswered);

  // Every stored request's emails reach the SMTP server once: wait for the outbox to drain.
  const drainStarted = Date.now();
  const unsent = async () => Number((await db.selectFrom('outbox').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '!=', 'sent').executeTakeFirstOrThrow()).n);
  let left = -1;
  try {
    await waitFor('outbox drained', LEASE_MS + 45_000, async () => ((left = await unsent()) === 0 ? true : undefined), 250);
  } catch {
    /* reported below */
  }
  const queued = await db.selectFrom('outbox').select('message_id as messageId').execute();
  const mail = judgeMail(queued, smtp.deliveries, ['a1']);
  record('outbox drained after', `${((Date.now() - drainStarted) / 1000).toFixed(1)} s (${left} left)`, left === 0);
  record('emails queued / delivered once', `${mail.queued} / ${mail.deliveredOnce}`);
  record('emails lost', mail.lost.length, mail.lost.length === 0);
  record('emails sent twice', mail.duplicated.length, mail.duplicated.length === 0, mail.duplicated.slice(0, 3).join(' '));
  record('emails resent after the SIGKILL (same Message-ID)', mail.resentAfterKill.length);

  // --- The rate limit counts across both: alternate A and B from one client address.
  const rateFrom = '127.0.5.1';
  const rateStatuses: number[] = [];
  for (let i = 0; i <= RATE_LIMIT; i++) {
    const inst = i % 2 ? b : a;
    const token = await loadToken(inst.origin, rateFrom);
    const res = await request(`${inst.origin}/book/submit`, {
      method: 'POST',
      from: rateFrom,
      // What nginx would add: the instance sees the client's address as the proxy's last hop.
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: inst.origin, 'x-forwarded-for': rateFrom },
      body: formBody(bookingFields(`rate-${i}@example.com`, token)),
    });
    rateStatuses.push(res.status);
  }
  const acceptedBeforeLimit = rateStatuses.findIndex((s) => s === 429);
  record(
    `rate limit ${RATE_LIMIT}, requests alternating A/B`,
    `${rateStatuses.filter((s) => s === 303).length} accepted, then ${rateStatuses[rateStatuses.length - 1]}`,
    acceptedBeforeLimit === RATE_LIMIT && rateStatuses.slice(0, RATE_LIMIT).every((s) => s === 303),
    `want ${RATE_LIMIT} × 303 then 429: ${rateStatuses.join(',')}`,
  );

  // --- Static pages come from the proxy's cache; dynamic ones never do.
  const article = representativeRoutes().find((r) => r.name === 'article')!.route;
  const first = await request(`${proxy}${article}`);
  const second = await request(`${proxy}${article}`);
  const cacheStatus = String(second.headers['x-cache-status'] ?? 'none');
  record(`${article} through the proxy, twice`, `${first.status} ${first.headers['x-cache-status']}, ${second.status} ${cacheStatus}`, second.status === 200 && cacheStatus === 'HIT');
  const book1 = await request(`${proxy}/book`);
  const book2 = await request(`${proxy}/book`);
  const bookCached = book2.headers['x-cache-status'] === 'HIT' || book1.body === book2.body;
  record('/book through the proxy (per-request form token)', bookCached ? 'CACHED' : `not cached (${book2.headers['x-cache-status']})`, !bookCached);

  // --- Speed: the cached page through the proxy against nginx serving the same HTML as a file.
  fs.writeFileSync(path.join(staticRoot, 'page.html'), second.body);
  fs.chmodSync(staticRoot, 0o755);
  const bench = async (url: string, duration = BENCH_S) => (await autocannon({ url, connections: 20, duration })).requests.average;
  await bench(`${proxy}${article}`, 1); // warm-up: the first connections and the cache's file pages
  // Three interleaved rounds, the best of each: a burst of other work on the machine hits one round, not the verdict.
  let proxyRps = 0;
  let staticRps = 0;
  for (let round = 0; round < 3; round++) {
    proxyRps = Math.max(proxyRps, await bench(`${proxy}${article}`));
    staticRps = Math.max(staticRps, await bench(`http://127.0.0.1:${PORTS.static}/page.html`));
  }
  const ratio = staticRps > 0 ? proxyRps / staticRps : 0;
  record('requests/s: cached page through the proxy', Math.round(proxyRps));
  record('requests/s: the same HTML as a static file', Math.round(staticRps));
  record('proxy / static', ratio.toFixed(2), ratio >= MIN_SPEED_RATIO, `want at least ${MIN_SPEED_RATIO}`);

  // --- Graceful stop. A first, idle; then B with a request and an SMTP send in flight.
  const aExit = await stop(a.proc, 'SIGTERM', 30_000);
  record('SIGTERM to idle instance A: exit code', String(aExit.code ?? aExit.signal), aExit.code === 0);
  smtp.hold(true);
  const slowToken = await loadToken(b.origin, '127.0.6.1');
  const slowBody = formBody(bookingFields('slow-request@example.com', slowToken));
  const slow = slowPost(`${b.origin}/book/submit`, slowBody, b.origin);
  const heldBooking = await postBooking(b.origin, 'held-mail@example.com', await loadToken(b.origin, '127.0.6.2'), '127.0.6.2');
  await waitFor('B sending mail (held by the SMTP server)', 15_000, async () => (smtp.held() > 0 ? true : undefined), 50);
  process.kill(-b.proc.child.pid!, 'SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  const waitedForWork = alive(b.proc);
  slow.finish();
  const slowRes = await slow.response;
  await new Promise((r) => setTimeout(r, 300));
  const stillAlive = alive(b.proc);
  smtp.hold(false);
  const bExit = await stop(b.proc, 'SIGTERM', 30_000);
  const heldRow = await db
    .selectFrom('outbox')
    .innerJoin('consultation_requests', 'consultation_requests.id', 'outbox.request_id')
    .select(['outbox.status', 'outbox.lease_token'])
    .where('consultation_requests.email', '=', 'held-mail@example.com')
    .execute();
  const heldSent = heldRow.length > 0 && heldRow.some((r) => r.status === 'sent' && r.lease_token === null);
  record('SIGTERM to B mid-request: the request', `${slowRes.status}`, heldBooking.status === 303 && slowRes.status === 303, 'want 303');
  record('SIGTERM to B mid-send: waited for the send', waitedForWork && stillAlive ? 'yes' : 'no', waitedForWork && stillAlive);
  record('the in-flight email after the stop', heldRow.map((r) => r.status).join(', '), heldSent, 'want sent, lease released');
  record('SIGTERM to B: exit code', String(bExit.code ?? bExit.signal), bExit.code === 0);

  await stop(nginx, 'SIGTERM', 5_000);
  record('test:cluster ran for', `${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** A POST whose body arrives in two parts: the request is in flight until finish() is called. */
function slowPost(url: string, body: string, origin: string): { finish: () => void; response: Promise<{ status: number }> } {
  const u = new URL(url);
  const half = Math.floor(body.length / 2);
  let req!: http.ClientRequest;
  const response = new Promise<{ status: number }>((resolve, reject) => {
    req = http.request(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        method: 'POST',
        agent: false,
        localAddress: '127.0.6.1',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(body)), origin },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
      },
    );
    req.on('error', reject);
  });
  req.write(body.slice(0, half));
  return { finish: () => req.end(body.slice(half)), response };
}

main()
  .catch((err) => {
    failures.push(err instanceof Error ? (err.stack ?? err.message) : String(err));
  })
  .finally(async () => {
    await cleanupAll();
    console.log(`\ntest:cluster — two instances behind nginx, one PostgreSQL\n\n${table(rows)}\n`);
    if (failures.length) {
      console.error(`test:cluster FAILED:\n  - ${failures.join('\n  - ')}`);
      process.exit(1);
    }
    console.log('test:cluster: all checks passed');
    process.exit(0);
  });
