/**
 * A process for tests/ops/shutdown.test.ts: it stops the way the Next server does (its own SIGTERM
 * listener calls process.exit(143) once its requests are done) with lib/ops/shutdown.ts installed,
 * and a drain that takes SHUTDOWN_DRAIN_MS (or never ends when unset).
 */
import { installGracefulShutdown } from '@/lib/ops/shutdown';

process.env.LOG_QUIET = '1';
const drainMs = process.env.SHUTDOWN_DRAIN_MS ? Number(process.env.SHUTDOWN_DRAIN_MS) : null;

// Registered first, like Next's start-server: "requests" finish after 50 ms, then it exits 143.
process.on('SIGTERM', () => {
  setTimeout(() => {
    console.log('requests done');
    process.exit(143);
  }, 50);
});
installGracefulShutdown({
  timeoutMs: Number(process.env.SHUTDOWN_TIMEOUT_MS),
  drains: [
    () =>
      new Promise<void>((resolve) => {
        if (drainMs === null) return; // never drains
        setTimeout(() => {
          console.log('drain done');
          resolve();
        }, drainMs);
      }),
  ],
});
setInterval(() => undefined, 1000); // a server keeps the event loop alive
console.log('ready');
