/**
 * npm run check:go-live: refuses to pass while the site still holds sample data (see README,
 * "Replace the sample data"). Exit 0 ready, 1 sample data found.
 *
 * --only-in-production: do nothing unless SITE_ENV=production. `npm run build` runs it this way, so
 * the README's run command and `npm test` keep working with the sample data.
 */
import { checkGoLive, formatFindings } from '../lib/go-live/check';
import { loadGoLiveInput } from '../lib/go-live/load';

if (process.argv.includes('--only-in-production') && process.env.SITE_ENV !== 'production') {
  process.exit(0);
}

const findings = checkGoLive(loadGoLiveInput());
if (findings.length === 0) {
  console.log('check:go-live: no sample data found; the site is ready to go live.');
} else {
  console.error(formatFindings(findings));
  console.error(`\ncheck:go-live: ${findings.length} problem${findings.length === 1 ? '' : 's'}: the site still holds sample data (README, "Replace the sample data").`);
  process.exitCode = 1;
}
