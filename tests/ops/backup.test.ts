/** npm run db:backup / db:restore: an online backup of a live SQLite file restores every request. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, sqlitePath } from '@/lib/db/connect';
import { backupSqlite, restoreSqlite } from '@/lib/db/backup';
import { storeRequest } from '@/lib/booking/store';
import { createBookingSchema } from '@/lib/validations/booking';
import { site, validInput } from '../booking/helpers';

process.env.BOOKING_QUIET = '1';
const schema = createBookingSchema(['lipogems']);
const ctx = () => ({ now: new Date(), site, noticeVersion: '2026-11-01', staffTo: 'staff@clinic.test' });
const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'ops-backup-'));
  dirs.push(d);
  return d;
};

afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('SQLite backup and restore', () => {
  it('backs up a database while it is open and restores every request, with its consent and mail', async () => {
    const live = tempDir();
    const { db } = await openDb({ dataDir: live });
    const ids: string[] = [];
    try {
      for (let i = 0; i < 25; i++) ids.push((await storeRequest(db, schema.parse(validInput({ email: `p${i}@example.com` })), ctx())).id);
      // The server keeps its connection (and its WAL) open during the backup.
      const backup = await backupSqlite(live, path.join(tempDir(), 'clinic.sqlite'));
      expect(backup.requests).toBe(25);
      await storeRequest(db, schema.parse(validInput({ email: 'after-backup@example.com' })), ctx());

      const restoredDir = tempDir();
      const restored = await restoreSqlite(backup.file, restoredDir);
      expect(restored.requests).toBe(25);
      const { db: copy } = await openDb({ dataDir: restoredDir });
      try {
        const rows = await copy.selectFrom('consultation_requests').select(['id', 'email']).execute();
        expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort());
        expect(rows.some((r) => r.email === 'after-backup@example.com')).toBe(false);
        const consents = await copy.selectFrom('consent_records').select('request_id').execute();
        const mails = await copy.selectFrom('outbox').select('request_id').execute();
        for (const id of ids) {
          expect(consents.some((c) => c.request_id === id)).toBe(true);
          expect(mails.filter((m) => m.request_id === id).length).toBe(2);
        }
      } finally {
        await copy.destroy();
      }
    } finally {
      await db.destroy();
    }
  });

  it('refuses to overwrite a database unless forced, and then keeps the old one beside it', async () => {
    const source = tempDir();
    const { db } = await openDb({ dataDir: source });
    await storeRequest(db, schema.parse(validInput()), ctx());
    await db.destroy();
    const backup = await backupSqlite(source, path.join(tempDir(), 'b.sqlite'));

    const target = tempDir();
    const { db: other } = await openDb({ dataDir: target });
    await other.destroy();
    await expect(restoreSqlite(backup.file, target)).rejects.toThrow(/exists: stop the server and run again with --force/);
    const restored = await restoreSqlite(backup.file, target, { force: true });
    expect(restored.keptPrevious && fs.existsSync(restored.keptPrevious)).toBe(true);
    expect(fs.existsSync(sqlitePath(target))).toBe(true);
    expect(restored.requests).toBe(1);
  });

  it('says what is wrong with a file that is not a backup, and leaves the database alone', async () => {
    const junk = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(junk, 'not a database');
    const target = tempDir();
    await expect(restoreSqlite(junk, target, { force: true })).rejects.toThrow(/notes\.sqlite is not a readable SQLite database|cannot be opened/);
    await expect(restoreSqlite(path.join(target, 'missing.sqlite'), target)).rejects.toThrow(/does not exist/);
    expect(fs.existsSync(sqlitePath(target))).toBe(false);
    await expect(backupSqlite(tempDir())).rejects.toThrow(/No database at .*check DATA_DIR/);
  });
});
