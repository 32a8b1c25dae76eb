/**
 * The process-wide database handle, created (and migrated) on first use. Cached on globalThis so
 * Next's module reloading and the instrumentation hook share one pool per process.
 */
import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from './schema';
import { envDbOptions, openDb } from './connect';

type Handle = { db: Kysely<Database>; dialect: 'sqlite' | 'postgres' };
const g = globalThis as typeof globalThis & { __clinicDb?: Promise<Handle> };

export function getDb(): Promise<Handle> {
  if (!g.__clinicDb) {
    g.__clinicDb = openDb(envDbOptions()).catch((err) => {
      g.__clinicDb = undefined; // let the next request retry rather than caching the failure
      throw err;
    });
  }
  return g.__clinicDb;
}
