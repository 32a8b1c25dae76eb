/** /readyz's checks against a real SQLite file: what makes an instance ready, and what does not. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '@/lib/db/connect';
import { migrations } from '@/lib/db/migrations';
import { checkReadiness, migrationCheck, outboxCheck } from '@/lib/ops/health';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';

let dir: string;
let db: Kysely<Database>;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ops-health-'));
  db = (await openDb({ dataDir: dir })).db;
});
afterAll(async () => {
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('readiness', () => {
  it('is ready with a migrated database and a running outbox worker', async () => {
    const r = await checkReadiness({ db: async () => db, outboxState: () => 'running' });
    expect(r).toEqual({
      ok: true,
      checks: { database: { ok: true, detail: 'reachable' }, migrations: { ok: true, detail: 'current' }, outbox: { ok: true, detail: 'running' } },
    });
  });

  it('is ready without SMTP (mail waits in the outbox by choice), not while starting, failed or draining', () => {
    expect(outboxCheck('disabled').ok).toBe(true);
    for (const state of ['not-started', 'starting', 'failed', 'stopping', 'stopped'] as const) expect(outboxCheck(state)).toEqual({ ok: false, detail: state });
  });

  it('names a migration this build has and the database lacks; accepts ones from a newer build', async () => {
    const names = Object.keys(migrations);
    const r = await checkReadiness({ db: async () => db, outboxState: () => 'running', expectedMigrations: [...names, '2099-01-01-001-deploy_future'] });
    expect(r.ok).toBe(false);
    expect(r.checks.migrations).toEqual({ ok: false, detail: 'not applied: 2099-01-01-001-deploy_future' });
    expect(migrationCheck([...names, 'newer'], names)).toEqual({ ok: true, detail: 'current (and 1 from a newer build)' });
  });

  it('is not ready when the database fails or does not answer in time, and says which', async () => {
    const broken = await checkReadiness({ db: async () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')), outboxState: () => 'running' });
    expect(broken.ok).toBe(false);
    expect(broken.checks.database).toEqual({ ok: false, detail: 'connect ECONNREFUSED 127.0.0.1:5432' });
    expect(broken.checks.migrations.ok).toBe(false);
    const hanging = await checkReadiness({ db: () => new Promise<never>(() => undefined), outboxState: () => 'running', timeoutMs: 50 });
    expect(hanging.checks.database).toEqual({ ok: false, detail: 'the database did not answer within 50 ms' });
  });

  it('reads the migrations kysely recorded', async () => {
    const rows = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    expect(rows.rows.map((r) => r.name).sort()).toEqual(Object.keys(migrations).sort());
  });
});
