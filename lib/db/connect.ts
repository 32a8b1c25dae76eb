/**
 * Opens the database: PostgreSQL when a URL is given (multi-instance deployments), otherwise a
 * SQLite file in the data directory. Everything above this module is dialect-agnostic.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type { Database } from './schema';
import { migrateToLatest } from './migrations';

export type DbOptions = { databaseUrl?: string; dataDir?: string };

export function sqlitePath(dataDir: string) {
  // Not a build input: without the comment Turbopack's file tracer copied every clinic.sqlite under
  // the project (the local database, the tests') into the standalone server.
  return path.join(/* turbopackIgnore: true */ dataDir, 'clinic.sqlite');
}

export async function openDb(opts: DbOptions = {}): Promise<{ db: Kysely<Database>; dialect: 'sqlite' | 'postgres' }> {
  let db: Kysely<Database>;
  let dialect: 'sqlite' | 'postgres';
  if (opts.databaseUrl) {
    const { default: pg } = await import('pg');
    db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: opts.databaseUrl, max: 10 }) }),
    });
    dialect = 'postgres';
  } else {
    const dir = opts.dataDir ?? './data';
    fs.mkdirSync(dir, { recursive: true });
    const { default: Sqlite } = await import('better-sqlite3');
    const sqlite = new Sqlite(sqlitePath(dir));
    // WAL lets the CLI scripts read while the server writes; busy_timeout waits instead of failing.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    dialect = 'sqlite';
  }
  // PostgreSQL: the migrator's tables live in the connection's current schema (public unless the
  // URL sets a search_path), and only there are they looked for.
  const schema = dialect === 'postgres' ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema : undefined;
  await migrateToLatest(db, { schema });
  return { db, dialect };
}

/** The configuration the app runs with. */
export function envDbOptions(env: NodeJS.ProcessEnv = process.env): DbOptions {
  return { databaseUrl: env.DATABASE_URL || undefined, dataDir: env.DATA_DIR || './data' };
}
