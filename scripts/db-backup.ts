/**
 * npm run db:backup [-- --out FILE] — an online backup of the SQLite database in DATA_DIR (the
 * server may keep running). Default file: DATA_DIR/backups/clinic-<UTC time>.sqlite.
 * With DATABASE_URL set, use pg_dump instead (docs/deploy.md).
 */
import { backupSqlite } from '../lib/db/backup';
import { envDbOptions } from '../lib/db/connect';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const { databaseUrl, dataDir } = envDbOptions();
  if (databaseUrl) throw new Error('DATABASE_URL is set: back up PostgreSQL with pg_dump (docs/deploy.md, "Backups")');
  const summary = await backupSqlite(dataDir ?? './data', option('out'));
  console.log(`Backed up ${summary.requests} consultation request(s) to ${summary.file} (${summary.bytes} bytes).`);
}

main().catch((err) => {
  console.error(`db:backup failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
