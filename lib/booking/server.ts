/** Wires the submission rules to this process's database, limiter and config. Server-only. */
import 'server-only';
import { getDb } from '@/lib/db';
import { siteConfig } from '@/lib/site-config';
import { bookingConfig } from './config';
import { rateLimiter, type RateLimiter } from '@/lib/http/rate-limit';
import { HOUR } from '@/lib/http/env';
import { getFormSecret } from './secret';
import { treatmentChoices } from '@/lib/content/treatment-choices';
import { kickOutbox, startBookingBackground } from './background';
import type { SubmitDeps } from './submit';
import type { AppointmentContext } from './appointments';
import type { ManageDeps } from './manage-post';

const g = globalThis as typeof globalThis & {
  __bookingLimiter?: RateLimiter;
  __bookingSiteLimiter?: RateLimiter;
  __manageLimiter?: RateLimiter;
  __bookingSecret?: Promise<string>;
};

export const siteIdentity = {
  name: siteConfig.name,
  email: siteConfig.email,
  phone: siteConfig.phone.display,
  url: siteConfig.url,
};

export async function getBookingDeps(): Promise<SubmitDeps> {
  const { db } = await getDb();
  const config = bookingConfig(process.env, siteConfig);
  // One limiter per process: the in-memory one must see every request to count them.
  g.__bookingLimiter ??= rateLimiter(config.rateStore, db, config.rateLimit, config.rateWindowMs);
  g.__bookingSiteLimiter ??= rateLimiter(config.rateStore, db, config.siteRateLimitPerHour, HOUR);
  void startBookingBackground(); // no-op if instrumentation already started it
  return {
    db,
    limiter: g.__bookingLimiter,
    siteLimiter: g.__bookingSiteLimiter,
    // Read once per process: it never changes while the database lives.
    secret: await (g.__bookingSecret ??= getFormSecret(db).catch((err) => {
      g.__bookingSecret = undefined;
      throw err;
    })),
    treatmentSlugs: treatmentChoices().map((c) => c.value),
    config,
    site: siteIdentity,
    noticeVersion: siteConfig.privacy.noticeVersion,
    retentionMonths: siteConfig.privacy.retentionMonths,
    onStored: kickOutbox,
  };
}

/** What an appointment change or a patient's action needs to know about the clinic, now. */
export function appointmentContext(now = new Date()): AppointmentContext {
  const a = siteConfig.appointments;
  return {
    now,
    site: siteIdentity,
    timeZone: a.timeZone,
    durationMinutes: a.durationMinutes,
    reminders: { daysBefore: a.reminderDaysBefore, quietHours: a.quietHours },
    retentionMonths: siteConfig.privacy.retentionMonths,
  };
}

/** The patient's manage link: the booking deps plus its own per-address limiter. */
export async function getManageDeps(): Promise<ManageDeps> {
  const booking = await getBookingDeps();
  g.__manageLimiter ??= rateLimiter(booking.config.rateStore, booking.db, booking.config.manageRateLimit, booking.config.rateWindowMs);
  return { db: booking.db, secret: booking.secret, limiter: g.__manageLimiter, config: booking.config, context: appointmentContext, onChanged: kickOutbox };
}
