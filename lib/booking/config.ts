/** Booking settings from the environment, read once per call so tests can vary them. */
import { durationMsFromEnv, intFromEnv, SECOND } from '@/lib/http/env';
import { allowedOriginsFromEnv } from '@/lib/http/origin';
import { trustProxyHops } from '@/lib/http/proxy';

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
  /** Stored requests per client address, recipient email and recipient phone, per window. */
  rateLimit: number;
  rateWindowMs: number;
  /** Manage-link page views and actions per client address, per rate window (a wrong token counts too). */
  manageRateLimit: number;
  /** Stored requests per hour for the whole site, whoever sends them. */
  siteRateLimitPerHour: number;
  rateStore: 'memory' | 'database';
  /** Extra origins allowed to post the form, besides SITE_URL and the request's own host. */
  allowedOrigins: string[];
  /** Reverse proxies trusted for X-Forwarded-* (TRUST_PROXY_HOPS; lib/http/proxy.ts). */
  trustProxyHops: number;
  smtpUrl?: string;
  mailFrom: string;
  staffTo: string;
};

export function bookingConfig(env: NodeJS.ProcessEnv = process.env, defaults: { email: string; name: string; url: string } = fallbackIdentity): BookingConfig {
  return {
    minSubmitMs: intFromEnv(env.BOOKING_MIN_SUBMIT_MS, 3000),
    maxFormAgeMs: intFromEnv(env.BOOKING_MAX_FORM_AGE_MS, 2 * 60 * 60 * 1000),
    confirmationsPerDay: intFromEnv(env.BOOKING_CONFIRMATIONS_PER_DAY, 3),
    maxBodyBytes: intFromEnv(env.BOOKING_MAX_BODY_BYTES, 16 * 1024),
    rateLimit: intFromEnv(env.BOOKING_RATE_LIMIT, 5),
    rateWindowMs: durationMsFromEnv(env.BOOKING_RATE_WINDOW_S, 600, SECOND),
    manageRateLimit: intFromEnv(env.BOOKING_MANAGE_RATE_LIMIT, 30, 1),
    siteRateLimitPerHour: intFromEnv(env.BOOKING_SITE_RATE_LIMIT, 120, 1),
    rateStore: env.BOOKING_RATE_STORE === 'memory' ? 'memory' : env.BOOKING_RATE_STORE === 'database' || env.DATABASE_URL ? 'database' : 'memory',
    allowedOrigins: allowedOriginsFromEnv(env),
    trustProxyHops: trustProxyHops(env),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || `${defaults.name} <${defaults.email}>`,
    staffTo: env.STAFF_NOTIFY_TO || defaults.email,
  };
}

const fallbackIdentity = { email: 'enquiries@localhost', name: 'Clinic', url: 'http://localhost:3000' };
