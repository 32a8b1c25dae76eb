/**
 * npm run check:go-live: refuses to pass while the site still holds sample data (see README,
 * "Replace the sample data"). Exit 0 ready, 1 sample data found.
 *
 * --only-in-production: do nothing unless SITE_ENV=production. `npm run build` runs it this way, so
 * the README's run command and `npm test` keep working with the sample data.
 * The command itself is scripts/lib/go-live-command.ts.
 */
import { goLiveCommand } from './lib/go-live-command';

process.exitCode = goLiveCommand(process.argv.slice(2), process.env, { out: (text) => console.log(text), err: (text) => console.error(text) });
