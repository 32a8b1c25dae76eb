/**
 * The staff web editor in local mode, against `next dev`: only signed-in staff reach it (sign-in
 * brings them back), creating an article writes the MDX file the site builds, and an article with
 * a missing required field is refused. Every file a test creates is deleted afterwards, and the
 * compiled content is rebuilt without it (once, after both specs: tests/e2e-dev/teardown.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { referenceOptions } from '../../lib/publishing/reference-options';
import type { checkFile as CheckFile } from '../../lib/compliance';
import { contentBuild, TEST_PAGE_PREFIXES } from './content';
import { addSessionCookies, staffAccount, STAFF_PASSWORD, type StaffAccount } from './staff';

const repo = process.cwd();
const articlesDir = path.join(repo, 'content', 'articles');
const stamp = Date.now();
const PREFIX = TEST_PAGE_PREFIXES.editor;
const created = new Set<string>();
/** Copies of real pages made for the round-trip test (absolute paths). */
const copies = new Set<string>();

const firstReference = referenceOptions(fs.readFileSync(path.join(repo, 'content', 'references.bib'), 'utf8'))[0].key;
const fileFor = (slug: string) => path.join(articlesDir, `${slug}.mdx`);
const today = () => new Date().toISOString().slice(0, 10);

const generatedArticles = path.join(repo, '.contentlayer', 'generated', 'Article');

/**
 * The content check, loaded when a test first needs it: its engine and language model take seconds
 * to load, and Playwright loads this file once more, in its main process, only to list the tests.
 */
async function checkFile(...args: Parameters<typeof CheckFile>) {
  return (await import('../../lib/compliance')).checkFile(...args);
}

test.describe.configure({ mode: 'serial' });

let staff: StaffAccount;

test.beforeAll(async () => {
  staff = await staffAccount();
});

// Signed in for every test (the session cookies signing in sets); the gate tests clear them.
test.beforeEach(async ({ context, baseURL }) => {
  await addSessionCookies(context, baseURL!, staff.token);
});

test.afterAll(async () => {
  await staff?.db.destroy();
  for (const file of copies) fs.rmSync(file, { force: true });
  for (const slug of created) {
    fs.rmSync(fileFor(slug), { force: true });
    fs.rmSync(path.join(repo, 'public', 'images', 'articles', slug), { recursive: true, force: true });
  }
  // The content is compiled again without these pages after both specs (tests/e2e-dev/teardown.ts).
});

test.describe('who can reach the editor', () => {
  test.beforeEach(async ({ context }) => {
    await context.clearCookies();
  });

  test('anonymous: the editor sends to sign-in, which returns to the editor; its API answers 401', async ({ page, request, baseURL }) => {
    for (const url of ['/api/keystatic/tree', '/api/keystatic/blob/x/content/articles/x.mdx']) {
      const res = await request.get(url, { headers: { 'no-cors': '1' } });
      expect(res.status(), url).toBe(401);
      expect(res.headers()['cache-control']).toBe('no-store');
    }
    const update = await request.post('/api/keystatic/update', { headers: { origin: baseURL!, 'no-cors': '1' }, data: { additions: [], deletions: [] } });
    expect(update.status()).toBe(401);

    await page.goto('/keystatic/collection/articles');
    await expect(page).toHaveURL(/\/staff\/sign-in\?next=%2Fkeystatic$/);
    await page.getByLabel('Email address').fill(staff.email);
    await page.getByLabel('Password').fill(STAFF_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/keystatic$/);
    await expect(page.getByRole('link', { name: 'Articles' }).first()).toBeVisible();
    const cookies = (await page.context().cookies()).filter((c) => c.name === 'staff_session');
    expect(cookies.map((c) => c.path).sort()).toEqual(['/api/keystatic', '/keystatic', '/staff']);
    // The session reaches the editor's API (Keystatic asks with a no-cors header), never cached.
    const tree = await page.request.get('/api/keystatic/tree', { headers: { 'no-cors': '1' } });
    expect(tree.status()).toBe(200);
    expect(tree.headers()['cache-control']).toBe('no-store');
  });

  test('signed in: the staff area links to the editor; a cross-site post to its API is refused', async ({ page, context, baseURL }) => {
    await addSessionCookies(context, baseURL!, staff.token);
    await page.goto('/staff');
    await page.getByRole('link', { name: 'Edit articles' }).click();
    await expect(page).toHaveURL(/\/keystatic$/);
    await expect(page.getByRole('link', { name: 'Articles' }).first()).toBeVisible();
    const foreign = await page.request.post('/api/keystatic/update', { headers: { origin: 'https://evil.example', 'no-cors': '1' }, data: { additions: [], deletions: [] } });
    expect(foreign.status()).toBe(403);
  });
});

async function openNewArticle(page: Page, title: string) {
  await page.goto('/keystatic/collection/articles/create');
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
}

async function fillRequiredExceptPeople(page: Page) {
  await page.getByRole('textbox', { name: 'Description' }).fill(
    'A test article made in the web editor to check that it writes a file the site can build.',
  );
  for (const point of ['The first plain-language key point.', 'Results vary and some people do not improve.']) {
    await page.getByRole('group', { name: 'Key points' }).getByRole('button', { name: 'Add' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Key point' }).fill(point);
    await dialog.getByRole('button', { name: 'Add' }).click();
    await expect(dialog).toBeHidden();
  }
}

async function choosePerson(page: Page, label: string, slug: string) {
  const combobox = page.getByRole('combobox', { name: label });
  const option = page.getByRole('option', { name: new RegExp(slug) });
  // The list of profiles arrives from the editor's API after the field renders; text typed before
  // it arrives filters nothing, so type again until the option shows.
  await expect(async () => {
    await combobox.fill('');
    await combobox.fill(slug.split('-')[0]);
    await expect(option).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 120_000 });
  await option.click();
}

test('creates an article in the web editor; the file has the right front matter and the content build compiles it', async ({ page }) => {
  const title = `E2E editor test ${stamp}`;
  const slug = `${PREFIX}${stamp}`;
  created.add(slug);

  await openNewArticle(page, title);
  // The editor makes the same file name as npm run new:article.
  await expect(page.getByRole('textbox', { name: 'File name (URL)' })).toHaveValue(slug);
  await fillRequiredExceptPeople(page);
  await choosePerson(page, 'Author', 'rowan-ashcombe');
  await choosePerson(page, 'Medical reviewer', 'priya-lindqvist');
  await page.getByRole('button', { name: /Category$/ }).click();
  await page.getByRole('option', { name: 'Evidence' }).click();

  const body = page.locator('[contenteditable="true"]').first();
  await body.click();
  await page.keyboard.type('This page is a short test. In one small trial, pain scores fell [@lee2019]. A review agreed ');
  // The citation picker: inserts the first bibliography entry as a chip, saved as [@key].
  // The editor's "+" insert menu: the only unlabelled menu button without text.
  await page.locator('button[aria-haspopup]:not([aria-label])').filter({ hasNotText: /\S/ }).click();
  await page.getByRole('menuitem', { name: /Citation/ }).click();
  // Type after the chip only once the insert menu has closed and the caret is back in the text.
  await expect(page.getByRole('menu')).toBeHidden();
  await body.press('End');
  await page.keyboard.type('. Results vary from person to person.');

  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(new RegExp(`/keystatic/collection/articles/item/${slug}$`));

  const file = fileFor(slug);
  await expect.poll(() => fs.existsSync(file)).toBe(true);
  const source = fs.readFileSync(file, 'utf8');
  const frontMatter = parseYaml(source.split(/^---$/m)[1]) as Record<string, unknown>;
  expect(frontMatter).toMatchObject({
    title,
    author: 'rowan-ashcombe',
    reviewer: 'priya-lindqvist',
    category: 'evidence',
    draft: true,
    publishedAt: today(),
    summary: ['The first plain-language key point.', 'Results vary and some people do not improve.'],
  });
  // Review dates are not typed: they come from the reviewer's approval in the staff area.
  expect(frontMatter).not.toHaveProperty('reviewedAt');
  expect(source).toMatch(/\[@lee2019\]/);
  expect(source).toContain(`[@${firstReference}]`);

  // The same rules as the build: the content check finds no errors in what the editor wrote.
  const report = await checkFile(file, { root: path.join(repo, 'content'), mode: 'production' });
  expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);

  // The content build (Contentlayer) compiles it, citation and all.
  contentBuild();
  const index = JSON.parse(fs.readFileSync(path.join(generatedArticles, '_index.json'), 'utf8')) as {
    title: string;
    draft: boolean;
    citations: string[];
    body: { code: string };
    _raw: { sourceFileName: string };
  }[];
  const compiled = index.find((doc) => doc._raw.sourceFileName === `${slug}.mdx`);
  expect(compiled).toBeDefined();
  expect(compiled).toMatchObject({ title, draft: true, citations: ['lee2019', firstReference] });
  expect(compiled!.body.code).toContain('#ref-lee2019');

  // In next dev the draft is previewable, with its banner and the content check panel.
  // (The dev server picks up the rebuilt content on its next compile, so retry until it has.)
  await expect(async () => {
    await page.goto(`/articles/${slug}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 120_000 });
  await expect(page.getByText('Draft — not published')).toBeVisible();
  await expect(page.getByTestId('content-findings')).toContainText('Content check: 0 errors');
});

test('refuses to save an article with a missing required field', async ({ page }) => {
  const slug = `${PREFIX}${stamp}-incomplete`;
  created.add(slug);
  await openNewArticle(page, `E2E editor test ${stamp} incomplete`);
  await fillRequiredExceptPeople(page);
  await choosePerson(page, 'Author', 'rowan-ashcombe');
  // Every save the page asks for (the editor writes files only through this API).
  const saves: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/keystatic/update') saves.push(request.method());
  });
  // No medical reviewer: required by the schema, so the editor must not write the file.
  await page.getByRole('button', { name: 'Create' }).click();

  await expect(page.getByText('Medical reviewer is required')).toBeVisible();
  await expect(page).toHaveURL(/\/keystatic\/collection\/articles\/create$/);
  // The editor validated before saving: it asked for no save at all, so no file can follow.
  expect(saves).toEqual([]);
  expect(fs.existsSync(fileFor(slug))).toBe(false);
});

test('opening and saving an existing treatment page and profile keeps them valid, published and complete', async ({ page }) => {
  const root = path.join(repo, 'content');
  const cases = [
    { collection: 'treatments', original: 'bmac', field: 'Description', value: 'An injection of your own bone marrow, concentrated in a centrifuge, for knee or hip arthritis pain: what it involves and its risks.' },
    { collection: 'authors', original: 'rowan-ashcombe', field: 'Role', value: 'Consultant orthopaedic surgeon, knees and hips' },
  ];
  for (const { collection, original, field, value } of cases) {
    const slug = `${PREFIX}${stamp}-${original}`;
    const source = path.join(root, collection, `${original}.mdx`);
    const copy = path.join(root, collection, `${slug}.mdx`);
    copies.add(copy);
    fs.copyFileSync(source, copy);
    const before = parseYaml(fs.readFileSync(source, 'utf8').split(/^---$/m)[1]) as Record<string, unknown>;

    await page.goto(`/keystatic/collection/${collection}/item/${slug}`);
    await page.getByRole('textbox', { name: field }).fill(value);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => fs.readFileSync(copy, 'utf8').includes(value.split(' ').slice(-3).join(' ')), { timeout: 30_000 }).toBe(true);

    const saved = fs.readFileSync(copy, 'utf8');
    const after = parseYaml(saved.split(/^---$/m)[1]) as Record<string, unknown>;
    // A published page must stay published: the editor must not read a missing draft flag as "draft".
    expect(after.draft ?? false).toBe(false);
    for (const [key, old] of Object.entries(before)) {
      if (key !== field.toLowerCase()) expect(after[key], `${collection}/${original}: ${key}`).toEqual(old);
    }
    if (collection === 'treatments') expect(saved).toContain('src="/images/treatments/bmac-three-steps.svg"');
    const report = await checkFile(copy, { root, mode: 'production' });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  }
});
