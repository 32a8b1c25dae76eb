/** Booking settings from the environment, read once per call so tests can vary them. */
export type BookingConfig = {
  /** Minimum time between rendering the form and submitting it; bots are faster than people. */
  minSubmitMs: number;
  /**
   * A form older than this must be sent again with a fresh token. Two hours covers a slow reader
   * with interruptions; longer only widens the window in which harvested tokens stay usable.
   */
  maxFormAgeMs: number;
  /** Patient confirmations one mailbox may receive in 24 hours; later requests are stored but not confirmed. */
  confirmationsPerDay: number;
  maxBodyBytes: number;
  rateLimit: number;
  rateWindowMs: number;
  rateStore: 'memory' | 'database';
  /** Extra origins allowed to post the form, besides SITE_URL and the request's own host. */
  allowedOrigins: string[];
  smtpUrl?: string;
  mailFrom: string;
  staffTo: string;
};

function int(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : fallback;
}

export function bookingConfig(env: NodeJS.ProcessEnv = process.env, defaults: { email: string; name: string; url: string } = fallbackIdentity): BookingConfig {
  return {
    minSubmitMs: int(env.BOOKING_MIN_SUBMIT_MS, 3000),
    maxFormAgeMs: int(env.BOOKING_MAX_FORM_AGE_MS, 2 * 60 * 60 * 1000),
    confirmationsPerDay: int(env.BOOKING_CONFIRMATIONS_PER_DAY, 3),
    maxBodyBytes: int(env.BOOKING_MAX_BODY_BYTES, 16 * 1024),
    rateLimit: int(env.BOOKING_RATE_LIMIT, 5),
    rateWindowMs: int(env.BOOKING_RATE_WINDOW_S, 600) * 1000,
    rateStore: env.BOOKING_RATE_STORE === 'memory' ? 'memory' : env.BOOKING_RATE_STORE === 'database' || env.DATABASE_URL ? 'database' : 'memory',
    allowedOrigins: (env.BOOKING_ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || `${defaults.name} <${defaults.email}>`,
    staffTo: env.STAFF_NOTIFY_TO || defaults.email,
  };
}

const fallbackIdentity = { email: 'enquiries@localhost', name: 'Clinic', url: 'http://localhost:3000' };
