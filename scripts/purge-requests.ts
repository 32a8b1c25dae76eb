/**
 * npm run purge:requests — deletes consultation requests older than the retention period in
 * lib/site-config.ts (privacy.retentionMonths) and prints how many it removed.
 * Uses DATABASE_URL (PostgreSQL) or the SQLite file in DATA_DIR, like the server.
 * Schedule it daily (cron, systemd timer). `--dry-run` counts without deleting.
 */
import { envDbOptions, openDb } from '../lib/db/connect';
import { countPurgeable, purgeRequests } from '../lib/booking/purge';
import { siteConfig } from '../lib/site-config';

async function main() {
  const months = siteConfig.privacy.retentionMonths;
  const { db } = await openDb(envDbOptions());
  try {
    const now = new Date();
    if (process.argv.includes('--dry-run')) {
      const { count, cutoff } = await countPurgeable(db, now, months);
      console.log(`Would remove ${count} consultation request(s) received before ${cutoff.toISOString()} (retention: ${months} months).`);
      return;
    }
    const { removed, cutoff } = await purgeRequests(db, { now, months });
    console.log(`Removed ${removed} consultation request(s) received before ${cutoff.toISOString()} (retention: ${months} months).`);
  } finally {
    await db.destroy();
  }
}

main().catch((err) => {
  console.error(`purge:requests failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
