/**
 * Runs once when the Next server starts: records each request's socket address for the rate
 * limits (lib/http/peer-address.ts), migrates the database and starts the outbox worker, so mail
 * queued before a restart (or a crash) is delivered without waiting for a new request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { capturePeerAddresses } = await import('./lib/http/peer-address');
    capturePeerAddresses();
    const { startBookingBackground } = await import('./lib/booking/background');
    await startBookingBackground();
  }
}
