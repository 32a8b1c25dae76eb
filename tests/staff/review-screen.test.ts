/**
 * What the review screen shows (lib/reviews/screen.ts), against a real database: the diff, the
 * content check and the references are of the version read from the store (in GitHub mode the
 * repository's, which may differ from this server's content/), and who may decide is said in words.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sqliteDb, type TestDb } from '../booking/helpers';
import { loadReviewScreen } from '@/lib/reviews/screen';
import { localReviewStore, ReviewStoreError, type PageSnapshot, type ReviewStore } from '@/lib/reviews/store';
import type { StaffUser } from '@/lib/staff/sessions';

const page = (body: string) =>
  `---\ntitle: Knee pain explained\ndescription: A page about knee pain, long enough for the check's description rule here.\nsummary: [One point here., Two points here.]\npublishedAt: 2026-01-01\nauthor: jo-writer\nreviewer: dr-clinician\ncategory: condition\ntags: [knee]\n---\n${body}\n`;
const clean = page('Knee pain has many causes. A clinician can help you weigh the options.');
const edited = page('Knee pain has many causes. This injection cures arthritis in the knee.');

const key = { collection: 'articles' as const, slug: 'knee' };
const reviewer: StaffUser = { id: 'r1', email: 'reviewer@clinic.test', mustChangePassword: false, role: 'reviewer', authorId: 'dr-clinician' };
const writer: StaffUser = { ...reviewer, id: 'w1', email: 'writer@clinic.test', role: 'writer', authorId: 'jo-writer' };

/** A store that holds another version of the page than the working copy, as GitHub may. */
function storeWith(source: string | null): ReviewStore {
  const snapshot: PageSnapshot = { source, record: null, approvedSource: null, headOid: 'abc', branch: 'main' };
  return { kind: 'github', read: async () => snapshot, writeApproval: async () => undefined };
}

let t: TestDb;
let repoRoot: string;
beforeEach(async () => {
  t = await sqliteDb();
  repoRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'review-screen-'));
  const root = path.join(repoRoot, 'content');
  fs.mkdirSync(path.join(root, 'articles'), { recursive: true });
  fs.mkdirSync(path.join(root, 'authors'));
  fs.writeFileSync(path.join(root, 'articles', 'knee.mdx'), clean);
  fs.writeFileSync(path.join(root, 'authors', 'dr-clinician.mdx'), "---\nname: Dr Clinician\nregistration:\n  body: GMC\n  number: '1234567'\n---\n");
  fs.writeFileSync(path.join(root, 'authors', 'jo-writer.mdx'), '---\nname: Jo Writer\n---\n');
  fs.copyFileSync(path.join(process.cwd(), 'content', 'references.bib'), path.join(root, 'references.bib'));
});
afterEach(async () => {
  await t.cleanup();
  fs.rmSync(repoRoot, { recursive: true, force: true });
});

describe('loadReviewScreen', () => {
  it("checks and diffs the store's version, not this server's copy of the page", async () => {
    const screen = await loadReviewScreen({ db: t.db, user: reviewer, key, writing: { ok: true, store: storeWith(edited) }, repoRoot });
    if (screen.kind !== 'ready') throw new Error(screen.kind);
    expect(screen.branch).toBe('main');
    expect(screen.findings!.findings.map((f) => f.ruleId)).toContain('no-cure-claim');
    expect(JSON.stringify(screen.diff)).toContain('cures arthritis');
    expect(screen).toMatchObject({ title: 'Knee pain explained', authorName: 'Jo Writer', reviewerName: 'Dr Clinician', diffFromApproved: false });
    expect(screen.decision).toEqual({ kind: 'decide', approveRefused: null });

    const local = await loadReviewScreen({ db: t.db, user: reviewer, key, writing: { ok: true, store: localReviewStore(path.join(repoRoot, 'content')) }, repoRoot });
    if (local.kind !== 'ready') throw new Error(local.kind);
    expect(local.findings!.findings.map((f) => f.ruleId)).not.toContain('no-cure-claim');
  });

  it('says in words why someone cannot decide, with a sign-in link when that would help', async () => {
    const asWriter = await loadReviewScreen({ db: t.db, user: writer, key, writing: { ok: true, store: storeWith(clean) }, repoRoot });
    expect(asWriter.kind === 'ready' && asWriter.decision).toEqual({ kind: 'cannot', message: expect.stringMatching(/clinical reviewer/), signIn: false });

    const signedOut = await loadReviewScreen({ db: t.db, user: reviewer, key, writing: { ok: false, reason: 'Sign in first.', signIn: true }, repoRoot });
    expect(signedOut.kind === 'ready' && signedOut.decision).toEqual({ kind: 'cannot', message: 'Sign in first.', signIn: true });

    fs.writeFileSync(path.join(repoRoot, 'content', 'authors', 'dr-other.mdx'), "---\nname: Dr Other\nregistration:\n  body: GMC\n  number: '7654321'\n---\n");
    const other: StaffUser = { ...reviewer, authorId: 'dr-other' };
    const notNamed = await loadReviewScreen({ db: t.db, user: other, key, writing: { ok: true, store: storeWith(clean) }, repoRoot });
    expect(notNamed.kind === 'ready' && notNamed.decision).toEqual({ kind: 'cannot', message: expect.stringMatching(/different clinician/), signIn: false });
  });

  it('reports a store that cannot be read, and a page that is not there', async () => {
    const failing: ReviewStore = {
      kind: 'github',
      read: async () => {
        throw new ReviewStoreError('sign-in');
      },
      writeApproval: async () => undefined,
    };
    expect(await loadReviewScreen({ db: t.db, user: reviewer, key, writing: { ok: true, store: failing }, repoRoot })).toEqual({
      kind: 'store-failed',
      message: expect.stringMatching(/Sign in to the editor/),
      signIn: true,
    });
    expect(await loadReviewScreen({ db: t.db, user: reviewer, key, writing: { ok: true, store: storeWith(null) }, repoRoot })).toEqual({ kind: 'missing' });
  });
});
