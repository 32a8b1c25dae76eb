import { test, expect, type Page } from '@playwright/test';
import { expectHydrated, expectNoAxeViolations as expectNoAxeViolationsOnPage, expectNoAxeViolationsWithoutJs } from './support';
const REF = /^NR-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

// Each test sends requests of its own and reads only what it sent: they spread over the workers.
test.describe.configure({ mode: 'parallel' });

/** The HTML of the last document the page loaded, for scanning pages rendered with JavaScript off. */
const lastDocument = new WeakMap<Page, () => Promise<string>>();
function trackDocuments(page: Page) {
  page.on('response', (r) => {
    if (r.request().resourceType() === 'document' && (r.status() < 300 || r.status() >= 400)) lastDocument.set(page, () => r.text());
  });
}

async function expectNoAxeViolations(page: Page) {
  if (lastDocument.has(page) && !(await jsEnabled(page))) await expectNoAxeViolationsWithoutJs(page, await lastDocument.get(page)!());
  else await expectNoAxeViolationsOnPage(page);
}

const jsState = new WeakMap<Page, boolean>();
async function jsEnabled(page: Page) {
  return jsState.get(page) ?? true;
}

async function fillValid(page: Page, overrides: { email?: string } = {}) {
  await page.getByLabel('Full name').fill('Ada Lovelace');
  await page.getByLabel('Email address').fill(overrides.email ?? 'ada@example.com');
  await page.getByLabel('Email', { exact: true }).check();
  await page.getByLabel('I am not sure yet').check();
  await page.getByLabel('Knee').check();
  await page.getByLabel('Tell us briefly about your problem').fill('Knee pain on stairs for two years.');
  await page.getByLabel(/^I agree that/).check();
}

async function submit(page: Page) {
  await page.getByRole('button', { name: 'Send request' }).click();
}

for (const js of [true, false]) {
  test.describe(`booking form with JavaScript ${js ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: js });
    test.beforeEach(({ page }) => {
      jsState.set(page, js);
      trackDocuments(page);
    });

    test('the empty form has a heading, labelled fields and no axe violations', async ({ page }) => {
      await page.goto('/book');
      await expect(page.getByRole('heading', { level: 1, name: 'Book a consultation' })).toBeVisible();
      await expect(page.getByLabel(/^I agree that/)).not.toBeChecked();
      await expect(page.getByLabel(/^I would like to receive/)).not.toBeChecked();
      await expect(page.getByRole('link', { name: 'privacy notice' }).first()).toHaveAttribute('href', '/privacy');
      await expectNoAxeViolations(page);
    });

    test('an empty submission shows the error summary, focused, linking to each field', async ({ page }) => {
      await page.goto('/book');
      const posts: number[] = [];
      page.on('response', (r) => {
        if (r.url().endsWith('/book/submit')) posts.push(r.status());
      });
      await submit(page);
      await expect(page.getByTestId('error-summary')).toBeVisible();
      // JavaScript on: the shared schema catches it in the browser, nothing is sent.
      // JavaScript off: the server refuses with a real 4xx and the page itself.
      expect(posts).toEqual(js ? [] : [422]);
      const summary = page.getByTestId('error-summary');
      await expect(summary).toBeVisible();
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
      const links = summary.getByRole('link');
      await expect(links).toHaveCount(7);
      for (const link of await links.all()) {
        const id = (await link.getAttribute('href'))!.slice(1);
        const field = page.locator(`[id="${id}"]`);
        await expect(field, `summary link to #${id}`).toHaveCount(1);
      }
      // The same message appears beside the field, tied to it for screen readers.
      await expect(page.locator('#email-error')).toContainText('Enter your email address');
      await expect(page.getByLabel('Email address')).toHaveAttribute('aria-describedby', /email-error/);
      await expect(page.getByLabel('Email address')).toHaveAttribute('aria-invalid', 'true');
      await expect(page).toHaveTitle(/^Error: Book a consultation/);
      if (js) {
        await links.filter({ hasText: 'Enter your email address' }).click();
        await expect(page.getByLabel('Email address')).toBeFocused();
      } else {
        await links.filter({ hasText: 'Enter your email address' }).click();
        await expect(page).toHaveURL(/#email$/);
      }
      await expectNoAxeViolations(page);
    });

    test('answers are kept when something is wrong, and corrected answers go through', async ({ page }) => {
      await page.goto('/book');
      await fillValid(page, { email: 'ada@' });
      await page.getByLabel('Which days and times suit you? (optional)').fill('Mondays');
      await page.getByLabel(/^I would like to receive/).check();
      await submit(page);
      const summary = page.getByTestId('error-summary');
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link')).toHaveText(['Enter an email address in the correct format, like name@example.com']);
      await expect(page.getByLabel('Full name')).toHaveValue('Ada Lovelace');
      await expect(page.getByLabel('Email address')).toHaveValue('ada@');
      await expect(page.getByLabel('Tell us briefly about your problem')).toHaveValue('Knee pain on stairs for two years.');
      await expect(page.getByLabel('Knee')).toBeChecked();
      await expect(page.getByLabel('I am not sure yet')).toBeChecked();
      await expect(page.getByLabel('Which days and times suit you? (optional)')).toHaveValue('Mondays');
      await expect(page.getByLabel(/^I agree that/)).toBeChecked();
      await expect(page.getByLabel(/^I would like to receive/)).toBeChecked();

      await page.getByLabel('Email address').fill('ada@example.com');
      await submit(page);
      await expect(page).toHaveURL(/\/book\/confirmation\?ref=NR-/);
      await expect(page.getByRole('heading', { level: 1, name: 'Request received' })).toBeVisible();
      await expect(page.getByTestId('reference')).toHaveText(REF);
      await expect(page.getByRole('heading', { name: 'What happens next' })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('a valid request goes straight to the confirmation with an unguessable reference', async ({ page }) => {
      await page.goto('/book');
      await fillValid(page);
      await submit(page);
      await expect(page).toHaveURL(/\/book\/confirmation\?ref=NR-/);
      const ref = await page.getByTestId('reference').textContent();
      expect(ref).toMatch(REF);
    });
  });
}

test.describe('with JavaScript on', () => {
  test('a refusal from the server (here: a tampered form token) is shown in the summary, answers kept', async ({ page }) => {
    await page.goto('/book');
    await fillValid(page);
    // A value written into the field before React hydrates it is put back by hydration (seen on a
    // busy machine: the tampered token went unnoticed).
    await expectHydrated(page.locator('input[name="formToken"]'));
    await page.locator('input[name="formToken"]').evaluate((el: HTMLInputElement) => (el.value = '1.AAAA'));
    const answer = page.waitForResponse((r) => r.url().endsWith('/book/submit'));
    await submit(page);
    expect((await answer).status()).toBe(400);
    const summary = page.getByTestId('error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('This form has expired');
    await expect(page.getByLabel('Full name')).toHaveValue('Ada Lovelace');
    // The server sent a fresh token with the refusal: sending again now succeeds.
    await submit(page);
    await expect(page).toHaveURL(/\/book\/confirmation\?ref=NR-/);
  });

  test('checks a field inline when you leave it, using the same rules as the server', async ({ page }) => {
    await page.goto('/book');
    await page.getByLabel('Email address').fill('not-an-email');
    await page.getByLabel('Email address').blur();
    await expect(page.locator('#email-error')).toContainText('correct format');
    await expect(page.getByTestId('error-summary')).toHaveCount(0); // the summary is for submission only
    await page.getByLabel('Email address').fill('ada@example.com');
    await page.getByLabel('Email address').blur();
    await expect(page.locator('#email-error')).toHaveCount(0);
  });

  test('counts the characters left in the message', async ({ page }) => {
    await page.goto('/book');
    await expect(page.locator('#message-count')).toHaveText('You have 1000 characters remaining');
    await page.getByLabel('Tell us briefly about your problem').fill('x'.repeat(1003));
    await expect(page.locator('#message-count')).toHaveText('You have 3 characters too many');
  });

  test('the whole form can be completed with the keyboard alone', async ({ page }) => {
    await page.goto('/book');
    await page.getByLabel('Full name').focus();
    await page.keyboard.type('Ada Lovelace');
    await page.keyboard.press('Tab');
    await page.keyboard.type('ada@example.com');
    await page.keyboard.press('Tab'); // phone
    await page.keyboard.press('Tab'); // contact method radios
    await page.keyboard.press('Space');
    await expect(page.getByLabel('Email', { exact: true })).toBeChecked();
    await page.keyboard.press('Tab'); // treatment radios
    await page.keyboard.press('ArrowUp'); // wraps to the last option: "not sure"
    await expect(page.getByLabel('I am not sure yet')).toBeChecked();
    await page.keyboard.press('Tab'); // joint radios
    await page.keyboard.press('Space');
    await expect(page.getByLabel('Knee')).toBeChecked();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Knee pain.');
    await page.keyboard.press('Tab'); // availability
    await page.keyboard.press('Tab'); // heard from
    await page.keyboard.press('Tab'); // privacy notice link
    await page.keyboard.press('Tab'); // consent
    await page.keyboard.press('Space');
    await expect(page.getByLabel(/^I agree that/)).toBeChecked();
    await page.keyboard.press('Tab'); // marketing
    await page.keyboard.press('Tab'); // submit
    await expect(page.getByRole('button', { name: 'Send request' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/book\/confirmation\?ref=NR-/);
  });
});

test('the confirmation page refuses made-up references with the whole not-found page, even without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const ref of ['NR-AAAA-BBBB-CCCC', 'not-a-reference']) {
    const res = await page.goto(`/book/confirmation?ref=${ref}`);
    expect(res?.status(), ref).toBe(404);
    // Server-rendered, not filled in by script: the heading and the way on are in the HTML itself.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/can.t find that page/);
    await expect(page.getByRole('link', { name: 'Book a consultation' }).first()).toBeVisible();
    await expect(page.getByTestId('reference')).toHaveCount(0);
  }
  await context.close();
});

test('the privacy notice states the configured retention period and notice version, and is axe clean', async ({ page }) => {
  await page.goto('/privacy');
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy notice' })).toBeVisible();
  await expect(page.getByTestId('retention')).toHaveText('12 months');
  await expect(page.getByTestId('notice-version')).toHaveText('2026-12-02');
  await expect(page.getByText(/Article 9\(2\)\(a\)/)).toBeVisible();
  await expect(page.getByRole('link', { name: /ico\.org\.uk/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a post from another site is refused with a 403 and a clear message', async ({ request, baseURL }) => {
  const res = await request.post(`${baseURL}/book/submit`, {
    headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
    data: 'fullName=x',
  });
  expect(res.status()).toBe(403);
  expect(await res.text()).toContain('only be sent from our own website');
});
