/** The form-signing key: one value for every instance sharing a database, whatever the order they start in. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '@/lib/db/connect';
import { getFormSecret } from '@/lib/booking/secret';

const env = (vars: Record<string, string> = {}) => ({ NODE_ENV: 'test', ...vars }) as NodeJS.ProcessEnv;

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('getFormSecret', () => {
  it('gives two connections to one database the same generated key, and BOOKING_SECRET wins over it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ops-secret-'));
    dirs.push(dir);
    const one = (await openDb({ dataDir: dir })).db;
    const two = (await openDb({ dataDir: dir })).db;
    try {
      const [a, b] = await Promise.all([getFormSecret(one, env()), getFormSecret(two, env())]);
      expect(a).toBe(b);
      expect(a.length).toBeGreaterThanOrEqual(43);
      expect(await getFormSecret(one, env({ BOOKING_SECRET: 'a-configured-secret-value' }))).toBe('a-configured-secret-value');
    } finally {
      await one.destroy();
      await two.destroy();
    }
  });

  it('says so, and keeps the shared key, when BOOKING_SECRET is too short', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ops-secret-'));
    dirs.push(dir);
    const { db } = await openDb({ dataDir: dir });
    const lines: string[] = [];
    const original = console.error;
    const quiet = { LOG: process.env.LOG_QUIET, BOOKING: process.env.BOOKING_QUIET };
    delete process.env.LOG_QUIET;
    delete process.env.BOOKING_QUIET;
    console.error = (line: string) => void lines.push(line);
    try {
      const shared = await getFormSecret(db, env());
      expect(await getFormSecret(db, env({ BOOKING_SECRET: 'short' }))).toBe(shared);
      expect(lines.join('\n')).toContain('BOOKING_SECRET is shorter than 16 characters and is ignored');
    } finally {
      console.error = original;
      if (quiet.LOG !== undefined) process.env.LOG_QUIET = quiet.LOG;
      if (quiet.BOOKING !== undefined) process.env.BOOKING_QUIET = quiet.BOOKING;
      await db.destroy();
    }
  });
});
