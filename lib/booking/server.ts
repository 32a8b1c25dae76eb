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

const g = globalThis as typeof globalThis & { __bookingLimiter?: RateLimiter; __bookingSiteLimiter?: RateLimiter; __bookingSecret?: Promise<string> };

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
    onStored: kickOutbox,
  };
}
