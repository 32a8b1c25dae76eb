/**
 * Fixed-window rate limit per key (a client address, an email address, the whole site). In memory
 * for a single instance; in the database when several instances share one (DATABASE_URL), so the
 * limit holds across all of them.
 */
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';

export type RateDecision = { allowed: boolean; retryAfterS: number };
export interface RateLimiter {
  hit(key: string, now?: number): Promise<RateDecision>;
}

export class MemoryRateLimiter implements RateLimiter {
  private windows = new Map<string, { start: number; hits: number }>();
  constructor(
    private limit: number,
    private windowMs: number,
    private maxKeys = 50_000,
  ) {}

  async hit(key: string, now = Date.now()): Promise<RateDecision> {
    const start = now - (now % this.windowMs);
    let w = this.windows.get(key);
    if (!w || w.start !== start) {
      // Bound memory: a flood of distinct keys drops old windows instead of growing without limit.
      if (this.windows.size >= this.maxKeys) this.prune(start);
      w = { start, hits: 0 };
      this.windows.set(key, w);
    }
    w.hits += 1;
    return decision(w.hits, this.limit, start + this.windowMs - now);
  }

  private prune(currentStart: number) {
    for (const [k, w] of this.windows) if (w.start !== currentStart) this.windows.delete(k);
    if (this.windows.size >= this.maxKeys) this.windows.clear();
  }
}

export class DatabaseRateLimiter implements RateLimiter {
  private lastSweep = 0;
  constructor(
    private db: Kysely<Database>,
    private limit: number,
    private windowMs: number,
  ) {}

  async hit(key: string, now = Date.now()): Promise<RateDecision> {
    const start = now - (now % this.windowMs);
    const windowStart = new Date(start).toISOString();
    // One atomic upsert per hit: concurrent instances cannot both read a stale count.
    const row = await this.db
      .insertInto('rate_limits')
      .values({ key, window_start: windowStart, hits: 1 })
      .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet((eb) => ({ hits: eb('rate_limits.hits', '+', 1) })))
      .returning('hits')
      .executeTakeFirstOrThrow();
    if (now - this.lastSweep > this.windowMs) {
      this.lastSweep = now;
      await this.db.deleteFrom('rate_limits').where('window_start', '<', windowStart).execute();
    }
    return decision(Number(row.hits), this.limit, start + this.windowMs - now);
  }
}

function decision(hits: number, limit: number, msLeft: number): RateDecision {
  return { allowed: hits <= limit, retryAfterS: Math.max(1, Math.ceil(msLeft / 1000)) };
}

/** The database store when instances share a database, otherwise memory. */
export function rateLimiter(store: 'memory' | 'database', db: Kysely<Database>, limit: number, windowMs: number): RateLimiter {
  return store === 'database' ? new DatabaseRateLimiter(db, limit, windowMs) : new MemoryRateLimiter(limit, windowMs);
}

/**
 * Counts one hit on every (limiter, key) pair, so each key's count is the same whichever refuses,
 * and refuses when any is over its limit (retry after the longest wait among those refusing).
 */
export async function hitAll(hits: readonly { limiter: RateLimiter; key: string }[], now = Date.now()): Promise<RateDecision> {
  const decisions = await Promise.all(hits.map((h) => h.limiter.hit(h.key, now)));
  const refused = decisions.filter((d) => !d.allowed);
  if (refused.length === 0) return { allowed: true, retryAfterS: 0 };
  return { allowed: false, retryAfterS: Math.max(...refused.map((d) => d.retryAfterS)) };
}
