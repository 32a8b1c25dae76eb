/**
 * `npm run check:go-live` without the process around it: arguments and environment in, lines and an
 * exit code out (0 ready or skipped, 1 sample data found). scripts/check-go-live.ts wires it to the
 * process; its tests call it in-process, and run the script as a child process once for that wiring.
 */
import { checkGoLive, formatFindings } from '../../lib/go-live/check';
import { loadGoLiveInput } from '../../lib/go-live/load';

export function goLiveCommand(args: string[], env: Record<string, string | undefined>, io: { out: (text: string) => void; err: (text: string) => void }): number {
  if (args.includes('--only-in-production') && env.SITE_ENV !== 'production') return 0;
  const findings = checkGoLive(loadGoLiveInput());
  if (findings.length === 0) {
    io.out('check:go-live: no sample data found; the site is ready to go live.');
    return 0;
  }
  io.err(formatFindings(findings));
  io.err(`\ncheck:go-live: ${findings.length} problem${findings.length === 1 ? '' : 's'}: the site still holds sample data (README, "Replace the sample data").`);
  return 1;
}
