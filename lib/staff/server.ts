/** Wires the staff area to this process's database, sign-in limiter and config. Server-only. */
import 'server-only';
import { getDb } from '@/lib/db';
import { rateLimiter, type RateLimiter } from '@/lib/http/rate-limit';
import { staffConfig, type StaffConfig } from './config';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';

const g = globalThis as typeof globalThis & { __staffLimiter?: RateLimiter };

export type StaffDeps = { db: Kysely<Database>; limiter: RateLimiter; config: StaffConfig };

export async function getStaffDeps(): Promise<StaffDeps> {
  const { db } = await getDb();
  const config = staffConfig();
  // Several instances (PostgreSQL) share one count in the database; one instance counts in memory.
  g.__staffLimiter ??= rateLimiter(process.env.DATABASE_URL ? 'database' : 'memory', db, config.ipLimit, config.ipWindowMs);
  return { db, limiter: g.__staffLimiter, config };
}
