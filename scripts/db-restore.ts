/**
 * npm run db:restore -- FILE [--force] — replaces the SQLite database in DATA_DIR with a backup.
 * Stop the server first. With --force an existing database is kept beside it, renamed.
 * With DATABASE_URL set, use pg_restore instead (docs/deploy.md).
 */
import { restoreSqlite } from '../lib/db/backup';
import { envDbOptions } from '../lib/db/connect';

async function main() {
  const { databaseUrl, dataDir } = envDbOptions();
  if (databaseUrl) throw new Error('DATABASE_URL is set: restore PostgreSQL with pg_restore (docs/deploy.md, "Backups")');
  const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!file) throw new Error('Name the backup file: npm run db:restore -- data/backups/clinic-….sqlite [--force]');
  const summary = await restoreSqlite(file, dataDir ?? './data', { force: process.argv.includes('--force') });
  console.log(
    `Restored ${summary.requests} consultation request(s) into ${summary.file}.${summary.keptPrevious ? ` The previous database is kept as ${summary.keptPrevious}.` : ''}`,
  );
}

main().catch((err) => {
  console.error(`db:restore failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
