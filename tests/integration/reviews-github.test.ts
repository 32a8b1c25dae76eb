/**
 * Approving in the editor's GitHub mode, through the real review route with a real SQLite file,
 * against an in-process stand-in for GitHub's GraphQL API (GitHub itself is not reachable from the
 * tests). The stand-in keeps a one-branch repository and implements just the two documents the
 * store sends, checking what a real API would check: the bearer token and expectedHeadOid.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reviews-github-'));
const ORIGIN = 'http://127.0.0.1:3998';
process.env.DATA_DIR = dir;
process.env.SITE_URL = ORIGIN;
delete process.env.DATABASE_URL;
process.env.BOOKING_QUIET = '1';
process.env.NEXT_PUBLIC_KEYSTATIC_STORAGE = 'github';
process.env.NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO = 'clinic/site';
delete process.env.REVIEWS_GITHUB_BRANCH;

const { getDb } = await import('@/lib/db');
const { createSession } = await import('@/lib/staff/sessions');
const { staffConfig } = await import('@/lib/staff/config');
const { SESSION_COOKIE } = await import('@/lib/staff/cookies');
const { versionHash } = await import('@/lib/reviews/hash');
const { approvalRefusal } = await import('@/lib/reviews/decide');
const { parseRecord } = await import('@/lib/reviews/record');
const { githubReviewStore } = await import('@/lib/reviews/github-store');
const { EDITOR_GITHUB_TOKEN_COOKIE } = await import('@/lib/reviews/where');
const submit = await import('@/app/staff/reviews/[collection]/[slug]/submit/route');

const TOKEN = 'ghu_reviewer-user-token';
const SLUG = 'adipose-msc-knee-trial-explained';
const key = { collection: 'articles', slug: SLUG } as const;
const PAGE = `content/articles/${SLUG}.mdx`;
const RECORD = `content/reviews/articles/${SLUG}.json`;
const APPROVED = `content/reviews/articles/${SLUG}.approved.txt`;
// The page as the writer left it on GitHub: the working copy's version plus a new paragraph.
const source = `${fs.readFileSync(PAGE, 'utf8')}\nA paragraph the writer added through the editor.\n`;
const existingRecord = fs.readFileSync(RECORD, 'utf8');

type Commit = { auth: string | undefined; input: { branch: { repositoryNameWithOwner: string; branchName: string }; expectedHeadOid: string; message: { headline: string; body: string }; fileChanges: { additions: { path: string; contents: string }[] } } };

/** A one-branch repository behind a GraphQL endpoint at /api/graphql (GitHub Enterprise Server's layout). */
const EDITOR_BRANCH = 'content/knee-trial-update';

const github = {
  /** The one branch holding the files: the default one ('main') or the editor's. */
  branch: 'main',
  files: new Map<string, string>(),
  head: 'c0ffee0000000000000000000000000000000001',
  commits: [] as Commit[],
  reads: 0,
  /** Someone pushes just before the next commit arrives. */
  pushBeforeNextCommit: false,
  reset() {
    this.files = new Map([
      [PAGE, source],
      [RECORD, existingRecord],
      [APPROVED, fs.readFileSync(`content/reviews/articles/${SLUG}.approved.txt`, 'utf8')],
    ]);
    this.commits = [];
    this.reads = 0;
    this.pushBeforeNextCommit = false;
    this.branch = 'main';
  },
};
let n = 1;
const nextOid = () => `c0ffee${String(++n).padStart(34, '0')}`;
const blob = (p: string) => (github.files.has(p) ? { object: { text: github.files.get(p), isTruncated: false } } : null);

const server = http.createServer((req, res) => {
  const send = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  let raw = '';
  req.on('data', (c) => (raw += c));
  req.on('end', () => {
    if (req.method !== 'POST' || req.url !== '/api/graphql') return send(404, { message: 'Not Found' });
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return send(401, { message: 'Bad credentials' });
    const { query, variables } = JSON.parse(raw) as { query: string; variables: Record<string, unknown> };
    if (query.includes('createCommitOnBranch')) {
      const input = variables.input as Commit['input'];
      if (github.pushBeforeNextCommit) {
        github.pushBeforeNextCommit = false;
        github.head = nextOid();
      }
      expect(input.branch.branchName).toBe(github.branch);
      if (input.expectedHeadOid !== github.head) {
        return send(200, { data: { createCommitOnBranch: null }, errors: [{ type: 'STALE_DATA', message: `Expected branch to point to "${input.expectedHeadOid}" but it did not. Pull and try again.` }] });
      }
      github.commits.push({ auth: req.headers.authorization, input });
      for (const f of input.fileChanges.additions) github.files.set(f.path, Buffer.from(f.contents, 'base64').toString('utf8'));
      github.head = nextOid();
      return send(200, { data: { createCommitOnBranch: { commit: { oid: github.head, url: `https://github.example/clinic/site/commit/${github.head}` } } } });
    }
    if (query.includes('ReviewSnapshot')) {
      github.reads++;
      expect(variables).toMatchObject({ owner: 'clinic', name: 'site', page: PAGE, record: RECORD, approved: APPROVED });
      // The default branch, or the one branch of the editor's this repository has.
      const name = query.includes('head: defaultBranchRef') ? 'main' : variables.branch === `refs/heads/${EDITOR_BRANCH}` ? EDITOR_BRANCH : null;
      if (name !== github.branch) return send(200, { data: { repository: { head: null } } });
      const target = { oid: github.head, page: blob(String(variables.page)), record: blob(String(variables.record)), approved: blob(String(variables.approved)) };
      return send(200, { data: { repository: { head: { name, target } } } });
    }
    send(200, { errors: [{ message: 'Unknown document' }] });
  });
});

let reviewerCookie = '';
let writerCookie = '';
const params = { params: Promise.resolve({ collection: 'articles', slug: SLUG }) };
const NOTE = 'Added a paragraph on what patients can expect';
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const post = (cookie: string, body: string) =>
  submit.POST(
    new Request(`${ORIGIN}/staff/reviews/articles/${SLUG}/submit`, { method: 'POST', headers: { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded', cookie }, body }),
    params,
  );
const approveForm = () => form({ action: 'approve', hash: versionHash(source), 'change-note': NOTE });
const withToken = (cookie: string, token = TOKEN) => `${cookie}; ${EDITOR_GITHUB_TOKEN_COOKIE}=${token}`;

async function auditActions() {
  const { db } = await getDb();
  return (await db.selectFrom('audit_log').select(['action', 'actor', 'detail']).where('action', 'like', 'review.%').orderBy('at').execute()).map((r) => `${r.action} ${r.actor} ${r.detail}`);
}
async function outboxCount() {
  const { db } = await getDb();
  return (await db.selectFrom('outbox').select('id').execute()).length;
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.GITHUB_API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3`;
  const { db } = await getDb();
  const now = new Date();
  const users = [
    { id: 'b9a0b0f4-5d2c-4a1e-8f3e-1b2c3d4e5f61', email: 'rowan@clinic.test', role: 'reviewer', author_id: 'rowan-ashcombe' },
    { id: 'b9a0b0f4-5d2c-4a1e-8f3e-1b2c3d4e5f62', email: 'writer@clinic.test', role: 'writer', author_id: null },
  ];
  for (const u of users) await db.insertInto('staff_users').values({ ...u, password_hash: 'x', locked_until: null, created_at: now.toISOString() }).execute();
  reviewerCookie = `${SESSION_COOKIE}=${(await createSession(db, users[0].id, now, staffConfig())).token}`;
  writerCookie = `${SESSION_COOKIE}=${(await createSession(db, users[1].id, now, staffConfig())).token}`;
  // The writer's editor save, so the approval has someone to tell.
  await db.insertInto('audit_log').values({ id: 'e1', at: new Date(now.getTime() - 60_000).toISOString(), actor: 'writer@clinic.test', action: 'page.edit', request_id: null, detail: `articles/${SLUG}` }).execute();
});
afterAll(async () => {
  server.close();
  const { db } = await getDb();
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('approving in GitHub mode', () => {
  beforeEach(() => github.reset());

  it('refuses without the editor’s GitHub sign-in, after the staff session and role checks', async () => {
    const res = await post(reviewerCookie, approveForm());
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/^Sign in to the editor with GitHub first/);
    const writer = await post(withToken(writerCookie), approveForm());
    expect(writer.status).toBe(403);
    expect(await writer.text()).toBe('Your role (writer) cannot do this.');
    expect(await post(withToken(''), approveForm()).then((r) => r.status)).toBe(401);
    expect(github.reads + github.commits.length).toBe(0);
    expect(await auditActions()).toEqual([]);
  });

  it('a branch that moved after the read fails clearly: nothing committed, no "approved" audit row, no mail', async () => {
    github.pushBeforeNextCommit = true;
    const mailBefore = await outboxCount();
    const res = await post(withToken(reviewerCookie), approveForm());
    expect(res.status).toBe(303);
    const location = new URL(res.headers.get('location')!, ORIGIN);
    expect(location.pathname).toBe(`/staff/reviews/articles/${SLUG}`);
    expect(location.searchParams.get('error')).toBe('branch-moved');
    expect(location.searchParams.get('note')).toBe(NOTE); // kept for another try
    expect(github.commits).toEqual([]);
    expect(github.files.get(RECORD)).toBe(existingRecord);
    expect(await auditActions()).toEqual([`review.write-failed rowan@clinic.test articles/${SLUG} branch-moved`]);
    expect(await outboxCount()).toBe(mailBefore);
  });

  it('an expired editor sign-in (GitHub answers 401) asks to sign in again', async () => {
    const res = await post(withToken(reviewerCookie, 'ghu_expired'), approveForm());
    expect(new URL(res.headers.get('location')!, ORIGIN).searchParams.get('error')).toBe('sign-in');
    expect(github.commits).toEqual([]);
  });

  it('approves as one commit of the record and the approved text, made with the reviewer’s token on the head it read', async () => {
    const headBefore = github.head;
    const before = await auditActions();
    const mailBefore = await outboxCount();
    const res = await post(withToken(reviewerCookie), approveForm());
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/staff/reviews?notice=approved');

    expect(github.commits).toHaveLength(1);
    const [commit] = github.commits;
    expect(commit.auth).toBe(`Bearer ${TOKEN}`);
    expect(commit.input.expectedHeadOid).toBe(headBefore);
    expect(commit.input.branch).toEqual({ repositoryNameWithOwner: 'clinic/site', branchName: 'main' });
    expect(commit.input.message.headline).toBe(`Medical review: approve articles/${SLUG}`);
    expect(commit.input.message.body).toContain('Reviewer: rowan-ashcombe');
    expect(commit.input.message.body).toContain(`Change note: ${NOTE}`);
    expect(commit.input.fileChanges.additions.map((a) => a.path)).toEqual([RECORD, APPROVED]);

    const record = parseRecord(github.files.get(RECORD)!);
    expect(record.approvals).toHaveLength(parseRecord(existingRecord).approvals.length + 1);
    expect(record.approvals.at(-1)).toMatchObject({ hash: versionHash(source), reviewer: 'rowan-ashcombe', author: 'priya-lindqvist', changeNote: NOTE });
    expect(github.files.get(APPROVED)).toBe(source);

    expect((await auditActions()).slice(before.length)).toEqual([`review.approve rowan@clinic.test articles/${SLUG} ${versionHash(source).slice(0, 19)}`]);
    expect(await outboxCount()).toBe(mailBefore + 1); // the writer is told
  });

  it('the record read back from the repository feeds the same decision code', async () => {
    expect((await post(withToken(reviewerCookie), approveForm())).status).toBe(303);
    expect(github.commits).toHaveLength(1);

    const store = githubReviewStore({ apiUrl: process.env.GITHUB_API_URL!, repo: 'clinic/site', branch: null, token: TOKEN });
    const snapshot = await store.read(key);
    expect(snapshot.headOid).toBe(github.head);
    expect(snapshot.record?.approvals.at(-1)?.changeNote).toBe(NOTE);
    const approver = { role: 'reviewer', authorId: 'rowan-ashcombe', email: 'rowan@clinic.test' };
    const decision = { key, source: snapshot.source!, reviewedHash: versionHash(source), approver, registeredAuthors: new Set(['rowan-ashcombe']), lastChangedBy: null };
    const today = snapshot.record!.approvals.at(-1)!.reviewedOn;
    expect(approvalRefusal({ ...decision, record: snapshot.record, today })).toBe('already-approved');

    // The route reads the same record, so a second click the same day is refused and commits nothing.
    const again = await post(withToken(reviewerCookie), approveForm());
    expect(new URL(again.headers.get('location')!, ORIGIN).searchParams.get('error')).toBe('refused');
    expect(github.commits).toHaveLength(1);
  });

  it('approves on the editor’s branch of the change when the review screen names it, and refuses other branches', async () => {
    github.branch = EDITOR_BRANCH;
    const refused = await post(withToken(reviewerCookie), `${approveForm()}&branch=main`);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toMatch(/start with content\//);

    const res = await post(withToken(reviewerCookie), `${approveForm()}&branch=${encodeURIComponent(EDITOR_BRANCH)}`);
    expect(res.headers.get('location')).toBe('/staff/reviews?notice=approved');
    expect(github.commits.map((c) => c.input.branch.branchName)).toEqual([EDITOR_BRANCH]);

    // A refusal (a second click: already approved on that branch) comes back to the same branch's review screen.
    const again = new URL((await post(withToken(reviewerCookie), `${approveForm()}&branch=${encodeURIComponent(EDITOR_BRANCH)}`)).headers.get('location')!, ORIGIN);
    expect([again.searchParams.get('error'), again.searchParams.get('branch')]).toEqual(['refused', EDITOR_BRANCH]);
  });
});
