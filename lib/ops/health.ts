/**
 * Liveness and readiness for the proxy and the orchestrator (docs/deploy.md).
 * - live: the process answers; touches nothing else, so a database outage never gets instances restarted.
 * - ready: the database answers within a bound, every migration this build knows has been applied,
 *   and the outbox worker runs (or is off by configuration). A draining instance is not ready.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { migrations } from '@/lib/db/migrations';
import type { OutboxWorkerState } from '@/lib/booking/background';

export type Check = { ok: boolean; detail: string };
export type Readiness = { ok: boolean; checks: { database: Check; migrations: Check; outbox: Check } };

export const NO_STORE = { 'cache-control': 'no-store' } as const;

export type ReadinessDeps = {
  db: () => Promise<Kysely<Database>>;
  outboxState: () => OutboxWorkerState;
  expectedMigrations?: readonly string[];
  timeoutMs?: number;
};

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Compares the migrations recorded in the database with the ones this build carries. */
export function migrationCheck(applied: readonly string[], expected: readonly string[]): Check {
  const missing = expected.filter((name) => !applied.includes(name));
  if (missing.length > 0) return { ok: false, detail: `not applied: ${missing.join(', ')}` };
  const newer = applied.filter((name) => !expected.includes(name));
  // A newer build migrated first (rolling deploy): migrations only add, so this build still works.
  return { ok: true, detail: newer.length ? `current (and ${newer.length} from a newer build)` : 'current' };
}

export function outboxCheck(state: OutboxWorkerState): Check {
  if (state === 'running') return { ok: true, detail: 'running' };
  if (state === 'disabled') return { ok: true, detail: 'disabled: SMTP_URL is not set, mail waits in the outbox' };
  return { ok: false, detail: state };
}

export async function checkReadiness(deps: ReadinessDeps): Promise<Readiness> {
  const timeoutMs = deps.timeoutMs ?? 2_000;
  const expected = deps.expectedMigrations ?? Object.keys(migrations);
  const unknown: Check = { ok: false, detail: 'not checked: the database did not answer' };
  let database: Check;
  let migrationsCheck = unknown;
  try {
    const applied = await withTimeout(
      (async () => {
        const db = await deps.db();
        await sql`select 1`.execute(db);
        const rows = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
        return rows.rows.map((r) => r.name);
      })(),
      timeoutMs,
      'the database',
    );
    database = { ok: true, detail: 'reachable' };
    migrationsCheck = migrationCheck(applied, expected);
  } catch (err) {
    // The message names the failing step (connection, timeout); it never carries row data.
    database = { ok: false, detail: err instanceof Error ? err.message.slice(0, 200) : 'unreachable' };
  }
  const outbox = outboxCheck(deps.outboxState());
  return { ok: database.ok && migrationsCheck.ok && outbox.ok, checks: { database, migrations: migrationsCheck, outbox } };
}
