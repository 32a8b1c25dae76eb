/** The weekly due list against real databases: once per ISO week, to managers only, via the outbox. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseFactories, site, type TestDb } from '../booking/helpers';
import { createStaffUser } from '@/lib/staff/users';
import { isoWeek, queueWeeklyDueList } from '@/lib/reviews/due';
import { approve } from '@/lib/reviews/decide';
import { versionHash } from '@/lib/reviews/hash';
import { writeApproval } from '@/lib/reviews/files';

describe('isoWeek', () => {
  it.each([
    ['2026-12-02', '2026-W49'],
    ['2027-01-01', '2026-W53'],
    ['2024-12-30', '2025-W01'],
    ['2026-01-05', '2026-W02'],
  ])('%s is in %s', (day, week) => expect(isoWeek(new Date(`${day}T12:00:00Z`))).toBe(week));
});

const source = `---\ntitle: Knee pain explained\ndescription: A page about knee pain for the test.\nsummary: [One point here., Two points here.]\npublishedAt: 2026-01-01\nauthor: jo-writer\nreviewer: dr-clinician\ncategory: condition\n---\nBody text.\n`;

function contentWithApproval(reviewedOn: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'reviews-due-'));
  fs.mkdirSync(path.join(root, 'articles'));
  fs.mkdirSync(path.join(root, 'authors'));
  fs.writeFileSync(path.join(root, 'articles', 'knee.mdx'), source);
  fs.writeFileSync(path.join(root, 'authors', 'dr-clinician.mdx'), "---\nname: Dr Clinician\nregistration:\n  body: GMC\n  number: '1234567'\n---\n");
  const key = { collection: 'articles' as const, slug: 'knee' };
  const made = approve({
    key,
    source,
    reviewedHash: versionHash(source),
    record: null,
    approver: { role: 'reviewer', authorId: 'dr-clinician', email: 'r@clinic.test' },
    registeredAuthors: new Set(['dr-clinician']),
    lastChangedBy: null,
    today: reviewedOn,
    changeNote: 'First version reviewed for the test',
  });
  if (!made.ok) throw new Error('approval refused');
  writeApproval(root, key, made.record, source);
  return root;
}

for (const factory of databaseFactories()) {
  describe(`reviews:due on ${factory.name}`, () => {
    let t: TestDb;
    const roots: string[] = [];
    beforeEach(async () => {
      t = await factory.open();
    });
    afterEach(async () => {
      await t?.cleanup();
      for (const r of roots.splice(0)) fs.rmSync(r, { recursive: true, force: true });
    });

    it('mails each manager once per ISO week the pages due within 30 days', async () => {
      // Reviewed 2026-01-10: next due 2027-01-09, within 30 days of 2026-12-14.
      const root = contentWithApproval('2026-01-10');
      roots.push(root);
      await createStaffUser(t.db, { role: 'manager', email: 'm@clinic.test', password: 'a long enough password' });
      await createStaffUser(t.db, { role: 'writer', email: 'w@clinic.test', password: 'a long enough password' });
      const monday = new Date('2026-12-14T07:00:00Z');
      expect(await queueWeeklyDueList(t.db, root, monday, site)).toMatchObject({ week: '2026-W51', status: 'queued', pages: 1, recipients: 1 });
      expect(await queueWeeklyDueList(t.db, root, new Date('2026-12-17T07:00:00Z'), site)).toMatchObject({ status: 'already-sent' });
      const mail = await t.db.selectFrom('outbox').select(['kind', 'to_address', 'subject', 'text_body', 'request_id']).execute();
      expect(mail).toHaveLength(1);
      expect(mail[0]).toMatchObject({ kind: 'reviews-due', to_address: 'm@clinic.test', request_id: null });
      expect(mail[0].text_body).toContain('Knee pain explained: due 2027-01-09, reviewer Dr Clinician');
      expect(await queueWeeklyDueList(t.db, root, new Date('2026-12-21T07:00:00Z'), site)).toMatchObject({ week: '2026-W52', status: 'queued' });
    });

    it('sends nothing while no page is due', async () => {
      const root = contentWithApproval('2026-12-01');
      roots.push(root);
      await createStaffUser(t.db, { role: 'manager', email: 'm@clinic.test', password: 'a long enough password' });
      expect(await queueWeeklyDueList(t.db, root, new Date('2026-12-14T07:00:00Z'), site)).toMatchObject({ status: 'nothing-due', pages: 0 });
      expect(await t.db.selectFrom('outbox').select('id').execute()).toEqual([]);
    });
  });
}
