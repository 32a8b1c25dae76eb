/**
 * npm run reviews:due: mails managers the pages whose medical review is due within 30 days or
 * overdue (through the outbox, which `npm run outbox` or the server's worker delivers). Safe to run
 * as often as you like: it sends once per ISO week. Cron, e.g. Mondays 07:00:
 *   0 7 * * 1  cd /srv/clinic && npm run --silent reviews:due
 * Uses DATABASE_URL (PostgreSQL) or the SQLite file in DATA_DIR, like the server, and the content
 * of the working copy it runs in.
 */
import { envDbOptions, openDb } from '../lib/db/connect';
import { contentRoot } from '../lib/reviews/files';
import { queueWeeklyDueList } from '../lib/reviews/due';
import { siteConfig } from '../lib/site-config';

const { db } = await openDb(envDbOptions());
try {
  const run = await queueWeeklyDueList(db, contentRoot(), new Date(), siteConfig);
  const what = { 'already-sent': 'already sent this week', 'nothing-due': 'no page is due', queued: `${run.pages} page(s) listed to ${run.recipients} manager(s)` }[run.status];
  console.log(`reviews:due ${run.week}: ${what}.`);
} finally {
  await db.destroy();
}
