/**
 * Runs once when the Next server starts: migrates the database and starts the outbox worker, so
 * mail queued before a restart (or a crash) is delivered without waiting for a new request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startBookingBackground } = await import('./lib/booking/background');
    await startBookingBackground();
  }
}
