/**
 * The decision aid (/compare): readable on a 360 px phone with no sideways scrolling, works with
 * JavaScript off, carries the chosen options into the booking form, and prints without navigation.
 * With JavaScript on, its cards at 360 px are checked in pages.spec.ts's visit to the page, and so is
 * the "Evidence at a glance" box treatment pages open with (page-kinds.ts).
 */
import { test, expect } from '@playwright/test';
import { expectDecisionAidCards } from './page-kinds';
import { expectHydrated } from './support';

// Read-only: its tests share nothing, so they spread over the workers like pages.spec.ts's.
test.describe.configure({ mode: 'parallel' });

test.describe('decision aid with JavaScript off', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

  test('no sideways scrolling at 360 px, every option shown as a card', async ({ page }) => {
    await page.goto('/compare');
    await expectDecisionAidCards(page);
  });
});

for (const js of [true, false]) {
  test.describe(`decision aid with JavaScript ${js ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: js, viewport: { width: 360, height: 740 } });

    test('choosing options pre-fills the booking form, which stays editable', async ({ page }) => {
      await page.goto('/compare');
      await page.getByLabel('Discuss at my consultation: Platelet-rich plasma (PRP)').check();
      await page.getByLabel('Discuss at my consultation: Micro-fragmented fat (Lipogems)').check();
      await page.getByRole('button', { name: 'Book a consultation to discuss these options' }).click();
      await expect(page).toHaveURL(/\/book\?discuss=prp&discuss=mfat$/);
      const message = page.getByLabel('Tell us briefly about your problem');
      await expect(message).toHaveValue(
        'I would like to discuss these options: Platelet-rich plasma (PRP); Micro-fragmented fat (Lipogems).',
      );
      await expect(page.getByLabel('Lipogems (micro-fragmented fat) injection')).toBeChecked();
      // React's hydration puts a pre-filled textarea's server text back into it (initTextarea sets
      // value from textContent), so an edit made before the scripts have run is lost: CI filled it
      // first once. Edit as a reader does, after the page is live (docs/booking.md).
      if (js) await expectHydrated(message);
      await message.fill('Only PRP, please.');
      await expect(message).toHaveValue('Only PRP, please.');
    });
  });
}

test('unknown discuss values are ignored', async ({ page }) => {
  await page.goto('/book?discuss=miracle&discuss=bmac');
  await expect(page.getByLabel('Tell us briefly about your problem')).toHaveValue(
    'I would like to discuss these options: Bone marrow concentrate (BMAC).',
  );
  await page.goto('/book?discuss=miracle');
  await expect(page.getByLabel('Tell us briefly about your problem')).toHaveValue('');
});

test('prints without the site navigation, with reference addresses', async ({ page }) => {
  await page.goto('/compare');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('body > header')).toBeHidden();
  await expect(page.locator('body > footer')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Book a consultation to discuss these options' })).toBeHidden();
  const after = await page
    .locator('.reference-list a[href^="http"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('http');
});
