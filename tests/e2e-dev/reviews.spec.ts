/**
 * Medical review in the staff area, against `next dev` in local mode: a writer's save puts a page
 * in its reviewer's queue; the reviewer reads the change as a diff beside the content check's
 * findings and sends it back; the writer sees the comments and fixes it; the reviewer approves
 * with a public change note, and after a content build the page shows the note and the new date.
 * A writer cannot approve, and an anonymous visitor reaches none of it. axe on every new screen.
 *
 * Works on a copy of a real page with a record made by the same function the staff area uses,
 * dated months ago; everything it creates is deleted afterwards.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { approve } from '../../lib/reviews/decide';
import { versionHash } from '../../lib/reviews/hash';
import { readApprovedSource, readRecord, writeApproval } from '../../lib/reviews/files';
import { formatDate } from '../../lib/content/dates';
import { expectNoAxeViolations } from '../e2e/support';
import { contentBuild, TEST_PAGE_PREFIXES } from './content';
import { addSessionCookies, staffAccount, type StaffAccount } from './staff';

const repo = process.cwd();
const root = path.join(repo, 'content');
const ORIGINAL = 'what-to-expect-consultation-to-recovery';
const slug = `${TEST_PAGE_PREFIXES.review}${Date.now()}`;
const key = { collection: 'articles' as const, slug };
const file = path.join(root, 'articles', `${slug}.mdx`);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const today = daysAgo(0);
const EARLIER = daysAgo(200);
const CURE = 'In our experience this injection cures knee arthritis for good.';
const HEDGED = 'In a 2022 trial, some people reported less knee pain at six months; others did not.';
const NOTE = 'Added what a 2022 trial found about knee pain at six months';

test.describe.configure({ mode: 'serial' });

let writer: StaffAccount;
let reviewer: StaffAccount;

test.beforeAll(async () => {
  writer = await staffAccount('writer');
  // The original page's named reviewer; its author is someone else.
  reviewer = await staffAccount('reviewer', 'rowan-ashcombe');
  const source = fs.readFileSync(path.join(root, 'articles', `${ORIGINAL}.mdx`), 'utf8');
  fs.writeFileSync(file, source);
  const made = approve({
    key,
    source,
    reviewedHash: versionHash(source),
    record: null,
    approver: { role: 'reviewer', authorId: 'rowan-ashcombe', email: 'earlier-review@clinic.test' },
    registeredAuthors: new Set(['rowan-ashcombe']),
    lastChangedBy: null,
    today: EARLIER,
    changeNote: 'First version of this page for the review test',
  });
  if (!made.ok) throw new Error(JSON.stringify(made));
  writeApproval(root, key, made.record, source);
});

test.afterAll(async () => {
  await writer?.db.destroy();
  await reviewer?.db.destroy();
  for (const f of [file, path.join(root, 'reviews', 'articles', `${slug}.json`), path.join(root, 'reviews', 'articles', `${slug}.approved.txt`)]) fs.rmSync(f, { force: true });
  // The content is compiled again without this page after both specs (tests/e2e-dev/teardown.ts).
});

async function signIn(context: BrowserContext, baseURL: string, account: StaffAccount) {
  await context.clearCookies();
  await addSessionCookies(context, baseURL, account.token);
}

/** A save through the editor's API in local mode: the request the web editor sends. */
async function saveAsWriter(page: Page, baseURL: string, source: string) {
  const res = await page.request.post('/api/keystatic/update', {
    headers: { origin: baseURL, 'no-cors': '1', 'content-type': 'application/json' },
    data: { additions: [{ path: `content/articles/${slug}.mdx`, contents: Buffer.from(source).toString('base64') }], deletions: [] },
  });
  expect(res.status(), await res.text()).toBe(200);
}

/** Mail to this account about this test's page (the shared test database keeps other runs' accounts). */
const outboxFor = (account: StaffAccount, kind: string) =>
  account.db
    .selectFrom('outbox')
    .select(['to_address', 'subject', 'text_body'])
    .where('kind', '=', kind)
    .where('to_address', '=', account.email)
    .where('text_body', 'like', `%${slug}%`)
    .execute();

test('anonymous visitors reach none of it', async ({ page, request, baseURL }) => {
  await page.goto('/staff/reviews');
  await expect(page).toHaveURL(/\/staff\/sign-in/);
  await page.goto(`/staff/reviews/articles/${slug}`);
  await expect(page).toHaveURL(/\/staff\/sign-in/);
  const post = await request.post(`/staff/reviews/articles/${slug}/submit`, { headers: { origin: baseURL! }, form: { action: 'approve', hash: 'x', 'change-note': NOTE } });
  expect(post.status()).toBe(401);
});

test('write, send back, fix, approve: the page shows the note and the new date', async ({ page, context, baseURL }) => {
  // Several first compiles under `next dev` and a content build.
  test.setTimeout(600_000);
  // The writer's change adds a cure claim, which the content check flags.
  const original = fs.readFileSync(file, 'utf8');
  const edited = original.replace(/\n---\n/, `\n---\n${CURE}\n\n`);
  await signIn(context, baseURL!, writer);
  await saveAsWriter(page, baseURL!, edited);

  // The reviewer is told, and finds the page in their queue with who changed it.
  await expect.poll(async () => (await outboxFor(reviewer, 'review-queued')).length).toBe(1);
  await signIn(context, baseURL!, reviewer);
  await page.goto('/staff/reviews');
  const row = page.getByRole('row').filter({ hasText: slug });
  await expect(row).toContainText('Changed since its last approval');
  await expect(row).toContainText(writer.email);
  await expectNoAxeViolations(page);

  // The review screen: the change as text, the findings of this version, and the references.
  const href = await row.getByRole('link').getAttribute('href');
  expect(href).toBe(`/staff/reviews/articles/${slug}`);
  // A full load: under `next dev` the screen's first compile can outlast a client-side navigation's wait.
  await page.goto(href!);
  const diff = page.getByTestId('page-diff');
  await expect(diff.locator('ins').filter({ hasText: 'cures knee arthritis' })).toBeVisible();
  await expect(diff).not.toContainText('---');
  await expect(page.getByTestId('content-findings')).toContainText('no-cure-claim');
  await expect(page.getByRole('heading', { name: 'References' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Sent back with comments, which the writer is mailed and sees beside the change.
  await page.getByRole('button', { name: 'Send back to the writer' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('Write what the writer needs to change');
  await expectNoAxeViolations(page);
  await page.getByLabel('Comments for the writer').fill('Please remove the cure claim and say what the 2022 trial found.');
  await page.getByRole('button', { name: 'Send back to the writer' }).click();
  await expect(page.getByRole('status')).toContainText('Sent back');
  await expect.poll(async () => (await outboxFor(writer, 'review-sent-back')).length).toBe(1);

  await signIn(context, baseURL!, writer);
  await page.goto(`/staff/reviews/articles/${slug}`);
  await expect(page.getByTestId('review-comments')).toContainText('Please remove the cure claim');
  await expect(page.getByTestId('cannot-decide')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Approve this version' })).toHaveCount(0);

  // A writer cannot approve, even by posting the form directly.
  const forged = await page.request.post(`/staff/reviews/articles/${slug}/submit`, {
    headers: { origin: baseURL! },
    form: { action: 'approve', hash: versionHash(edited), 'change-note': NOTE },
  });
  expect(forged.status()).toBe(403);

  // The writer fixes it; the reviewer approves with a public change note.
  await saveAsWriter(page, baseURL!, original.replace(/\n---\n/, `\n---\n${HEDGED}\n\n`));
  await signIn(context, baseURL!, reviewer);
  await page.goto(`/staff/reviews/articles/${slug}`);
  await expect(page.getByTestId('content-findings')).not.toContainText('no-cure-claim');
  await expect(page.getByTestId('page-diff').locator('ins').filter({ hasText: '2022 trial' })).toBeVisible();
  await page.getByLabel('Change note (public)').fill(NOTE);
  await page.getByRole('button', { name: 'Approve this version' }).click();
  await expect(page.getByRole('status')).toContainText('Approved');

  const record = readRecord(root, key)!;
  expect(record.approvals.at(-1)).toMatchObject({ reviewer: 'rowan-ashcombe', reviewedOn: today, changeNote: NOTE, hash: versionHash(fs.readFileSync(file, 'utf8')) });
  expect(readApprovedSource(root, key)).toBe(fs.readFileSync(file, 'utf8'));
  await expect.poll(async () => (await outboxFor(writer, 'review-approved')).length).toBe(1);
  const audit = await reviewer.db.selectFrom('audit_log').select(['actor', 'action']).where('detail', 'like', `articles/${slug}%`).where('action', 'like', 'review.%').execute();
  expect(audit).toEqual(expect.arrayContaining([{ actor: reviewer.email, action: 'review.send-back' }, { actor: reviewer.email, action: 'review.approve' }]));

  // After a content build the page shows the new review date and its "What changed" history.
  contentBuild();
  // The dev server picks up the rebuilt content on its next compile, so retry until it has.
  await expect(async () => {
    await page.goto(`/articles/${slug}`);
    await expect(page.getByTestId('review-dates')).toContainText(`Last reviewed ${formatDate(today)}`, { timeout: 5_000 });
  }).toPass({ timeout: 120_000 });
  const history = page.getByTestId('change-history').getByRole('listitem');
  await expect(history.first()).toContainText(NOTE);
  await expect(history.nth(1)).toContainText(formatDate(EARLIER));
  await expect(page.getByText('Awaiting review')).toHaveCount(0);
  await expectNoAxeViolations(page);
});
