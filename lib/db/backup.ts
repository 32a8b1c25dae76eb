/**
 * SQLite backup and restore (npm run db:backup / db:restore; docs/deploy.md). The backup uses
 * SQLite's online backup API through better-sqlite3: a consistent copy taken while the server keeps
 * writing. PostgreSQL is backed up with pg_dump/pg_restore instead (documented, not wrapped).
 */
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { sqlitePath } from './connect';

export type BackupSummary = { file: string; requests: number; bytes: number };

/** Opens a file that must be a healthy clinic database; throws a message that says what is wrong. */
function inspect(file: string): { requests: number } {
  if (!fs.existsSync(file)) throw new Error(`${file} does not exist`);
  let db: Sqlite.Database;
  try {
    db = new Sqlite(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new Error(`${file} cannot be opened as SQLite: ${err instanceof Error ? err.message : err}`);
  }
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`${file} is damaged (SQLite quick_check: ${String(check)})`);
    const table = db.prepare("select name from sqlite_master where type = 'table' and name = 'consultation_requests'").get();
    if (!table) throw new Error(`${file} is not a clinic database (no consultation_requests table)`);
    const row = db.prepare('select count(*) as n from consultation_requests').get() as { n: number };
    return { requests: row.n };
  } catch (err) {
    if (err instanceof Error && err.message.startsWith(file)) throw err;
    throw new Error(`${file} is not a readable SQLite database: ${err instanceof Error ? err.message : err}`);
  } finally {
    db.close();
  }
}

export function defaultBackupFile(dataDir: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return path.join(dataDir, 'backups', `clinic-${stamp}.sqlite`);
}

/** Copies the live database in DATA_DIR to `file` (never overwriting one) and checks the copy. */
export async function backupSqlite(dataDir: string, file = defaultBackupFile(dataDir)): Promise<BackupSummary> {
  const source = sqlitePath(dataDir);
  if (!fs.existsSync(source)) throw new Error(`No database at ${source}: check DATA_DIR`);
  if (fs.existsSync(file)) throw new Error(`${file} already exists; choose another file`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Sqlite(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    await db.backup(file);
  } finally {
    db.close();
  }
  const { requests } = inspect(file);
  return { file, requests, bytes: fs.statSync(file).size };
}

/**
 * Replaces the database in DATA_DIR with a backup. The server must be stopped. An existing database
 * is kept beside it as clinic.sqlite.before-restore-<time> (with `force`; refused without).
 */
export async function restoreSqlite(file: string, dataDir: string, opts: { force?: boolean; now?: Date } = {}): Promise<BackupSummary & { keptPrevious?: string }> {
  const { requests } = inspect(file);
  const target = sqlitePath(dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  let keptPrevious: string | undefined;
  if (fs.existsSync(target)) {
    if (!opts.force) throw new Error(`${target} exists: stop the server and run again with --force (the current database is kept beside it)`);
    keptPrevious = `${target}.before-restore-${(opts.now ?? new Date()).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}`;
    // Fold the write-ahead log into the old file first, so the kept copy is complete on its own.
    const old = new Sqlite(target, { fileMustExist: true });
    old.pragma('wal_checkpoint(TRUNCATE)');
    old.close();
    fs.renameSync(target, keptPrevious);
  }
  // A stale WAL or shared-memory file would be replayed over the restored data.
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
  const backup = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(target);
  } finally {
    backup.close();
  }
  return { file: target, requests, bytes: fs.statSync(target).size, keptPrevious };
}
