/**
 * Runs once when the Next server starts: refuses to run in production without SITE_URL, migrates
 * the database and starts the outbox worker, so mail queued before a restart (or a crash) is
 * delivered without waiting for a new request.
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
    const { startBookingBackground } = await import('./lib/booking/background');
    await startBookingBackground();
  }
}
