/**
 * Runs once when the Next server starts: refuses to run in production without SITE_URL, records
 * each request's socket address for the rate limits (lib/http/peer-address.ts), migrates the
 * database and starts the outbox worker, so mail queued before a restart (or a crash) is delivered
 * without waiting for a new request; and arranges a graceful stop on SIGTERM (lib/ops/shutdown.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // Not while building: pages are prerendered with whatever SITE_URL the build was given.
    if (process.env.NEXT_PHASE !== 'phase-production-build') {
      const { siteUrlProblem } = await import('./lib/security/site-url');
      const problem = siteUrlProblem(process.env);
      if (problem) {
        console.error(problem);
        process.exit(1);
      }
    }
    const { capturePeerAddresses } = await import('./lib/http/peer-address');
    capturePeerAddresses();
    const { startBookingBackground, stopBookingBackground } = await import('./lib/booking/background');
    const { installGracefulShutdown } = await import('./lib/ops/shutdown');
    installGracefulShutdown({ drains: [stopBookingBackground], timeoutMs: Number(process.env.SHUTDOWN_TIMEOUT_MS) || 25_000 });
    await startBookingBackground();
  }
}
