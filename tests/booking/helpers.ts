/** Real parts for the booking tests: a temp SQLite file, PostgreSQL when configured, a real SMTP server. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { randomBytes } from 'node:crypto';
import { SMTPServer } from 'smtp-server';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { openDb } from '@/lib/db/connect';
import { bookingConfig } from '@/lib/booking/config';
import { signFormToken } from '@/lib/booking/form-token';
import { MemoryRateLimiter } from '@/lib/http/rate-limit';
import type { SubmitDeps } from '@/lib/booking/submit';

export type TestDb = { name: 'sqlite' | 'postgres'; db: Kysely<Database>; cleanup: () => Promise<void> };

/**
 * Runs `cleanup` once however often it is called: when a test's `beforeEach` fails to open a database,
 * its `afterEach` still holds the previous test's handle, and a second clean-up of it (a schema already
 * dropped) used to add a misleading error to the real one.
 */
function once(cleanup: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= cleanup());
}

export async function sqliteDb(): Promise<TestDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'booking-test-'));
  const { db } = await openDb({ dataDir: dir });
  return {
    name: 'sqlite',
    db,
    cleanup: once(async () => {
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }),
  };
}

/**
 * Held while a test schema is migrated or dropped. Kysely's migrator lists the tables of every schema
 * it may use (with name-based lookups such as has_schema_privilege), so a schema another test file
 * dropped in the middle of that listing failed the migration with "schema … does not exist". The
 * key is any constant of this project's own.
 */
const SCHEMA_LOCK = 7_212_026;

/** A fresh schema per call, so tests never see each other's rows. */
export async function postgresDb(url: string): Promise<TestDb> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  let db: TestDb['db'];
  try {
    await admin.query('select pg_advisory_lock($1)', [SCHEMA_LOCK]);
    await admin.query(`create schema ${schema}`);
    const u = new URL(url);
    u.searchParams.set('options', `-c search_path=${schema}`);
    ({ db } = await openDb({ databaseUrl: u.toString() }));
  } finally {
    await admin.end(); // ends the session, which releases the lock
  }
  return {
    name: 'postgres',
    db,
    cleanup: once(async () => {
      await db.destroy();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        await c.query('select pg_advisory_lock($1)', [SCHEMA_LOCK]);
        await c.query(`drop schema ${schema} cascade`);
      } finally {
        await c.end();
      }
    }),
  };
}

/**
 * The databases the store tests run against. PostgreSQL needs TEST_DATABASE_URL
 * (`eval "$(bash scripts/start-postgres.sh)"`); in CI its absence is an error, not a skip.
 */
export function databaseFactories(): { name: string; open: () => Promise<TestDb> }[] {
  const list: { name: string; open: () => Promise<TestDb> }[] = [{ name: 'sqlite', open: sqliteDb }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) list.push({ name: 'postgres', open: () => postgresDb(url) });
  else if (process.env.CI === 'true' || process.env.CI === '1') {
    list.push({
      name: 'postgres',
      open: () => Promise.reject(new Error('CI requires TEST_DATABASE_URL: run eval "$(bash scripts/start-postgres.sh)" first')),
    });
  }
  return list;
}

export type Received = { from: string; to: string[]; raw: string };
export type SmtpMode = 'accept' | 'reject-5xx' | 'reject-4xx';

/** A real SMTP server (smtp-server) on loopback that records what it accepted. */
export async function startSmtp(port = 0) {
  const received: Received[] = [];
  let mode: SmtpMode = 'accept';
  let rejected = 0;
  // A stalling server: while held, the answer to the end of DATA waits until release().
  let held: (() => void)[] | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => (held ? held.push(finish) : finish()));
      const finish = () => {
        if (mode !== 'accept') {
          rejected += 1;
          const err = new Error(mode === 'reject-5xx' ? 'Message rejected by policy' : 'Try again later') as Error & { responseCode: number };
          err.responseCode = mode === 'reject-5xx' ? 550 : 451;
          return callback(err);
        }
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      };
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actualPort = (server.server.address() as net.AddressInfo).port;
  return {
    port: actualPort,
    url: `smtp://127.0.0.1:${actualPort}`,
    received,
    get rejected() {
      return rejected;
    },
    setMode(m: SmtpMode) {
      mode = m;
    },
    hold() {
      held ??= [];
    },
    release() {
      const waiting = held ?? [];
      held = null;
      for (const finish of waiting) finish();
    },
    /** Messages whose DATA arrived and whose answer is being held back. */
    get waiting() {
      return held?.length ?? 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Resolves once `condition()` holds, checking every 20 ms; fails after `timeoutMs`. */
export async function until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const site = { name: 'Test Clinic', email: 'staff@clinic.test', phone: '020 7946 0000', url: 'http://127.0.0.1:3999' };

export function validInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    fullName: 'Ada Lovelace',
    email: 'ada@example.com',
    phone: '020 7946 0123',
    contactMethod: 'email',
    treatment: 'not-sure',
    joint: 'knee',
    message: 'Knee pain for two years, worse on stairs.',
    availability: 'Weekday mornings',
    heardFrom: 'search',
    consent: 'yes',
    marketing: '',
    ...overrides,
  };
}

export const testSecret = 'booking-test-secret-0123456789';

/** The endpoint's dependencies over a test database: a generous limiter, the default config. */
export function bookingDeps(db: Kysely<Database>, overrides: Partial<SubmitDeps> = {}): SubmitDeps {
  return {
    db,
    limiter: new MemoryRateLimiter(1000, 60_000),
    secret: testSecret,
    treatmentSlugs: ['lipogems'],
    config: bookingConfig({} as NodeJS.ProcessEnv),
    site,
    noticeVersion: '2026-11-01',
    ...overrides,
  };
}

/** A form token rendered `ageMs` ago (old enough to pass the time-to-submit check). */
export const formToken = (ageMs = 10_000, secret = testSecret) => signFormToken(secret, Date.now() - ageMs);

/** A plain (JavaScript-off) form post from the site itself. */
export function formPost(fields: Record<string, unknown>, headers: Record<string, string> = {}) {
  const body = new URLSearchParams(Object.entries(fields).map(([k, v]) => [k, String(v)]));
  return new Request(`${site.url}/book/submit`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: site.url, 'x-forwarded-for': '192.0.2.1', ...headers },
    body,
  });
}

export async function rowCount(db: Kysely<Database>, table: 'consultation_requests' | 'outbox' | 'booking_spent_tokens') {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
