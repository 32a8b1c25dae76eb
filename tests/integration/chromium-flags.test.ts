/**
 * The Chromium every browser test launches (scripts/lib/chromium.ts): the features it turns off are
 * added to Playwright's own list, never put in its place, and the omnibox popup a new window
 * preloads is really gone. A real Chromium, read back through its own chrome://version page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import { chromeLauncherFlags, chromiumLaunchOptions, disabledFeaturesIn, disableFeaturesSwitch, EXTRA_DISABLED_FEATURES, playwrightDisabledFeatures } from '../../scripts/lib/chromium';

describe('the --disable-features switch', () => {
  it('keeps every feature the launcher turns off and adds ours, once each', () => {
    const features = disabledFeaturesIn([disableFeaturesSwitch(['Translate', 'MediaRouter', 'WebUIOmniboxPopup'])]);
    expect(features).toEqual(['Translate', 'MediaRouter', 'WebUIOmniboxPopup', ...EXTRA_DISABLED_FEATURES.filter((f) => f !== 'WebUIOmniboxPopup')]);
  });

  it("reads Playwright's list from its bundle", () => {
    expect(playwrightDisabledFeatures()).toEqual(expect.arrayContaining(['PaintHolding', 'HttpsUpgrades', 'ThirdPartyStoragePartitioning']));
  });

  it("keeps chrome-launcher's list for the Lighthouse gate", () => {
    const defaults = chromeLauncher.Launcher.defaultFlags();
    const ours = disabledFeaturesIn([...defaults, ...chromeLauncherFlags(defaults)]);
    expect(ours).toEqual(expect.arrayContaining([...disabledFeaturesIn(defaults), ...EXTRA_DISABLED_FEATURES]));
    expect(disabledFeaturesIn(defaults)).toContain('Translate');
  });
});

describe('a Chromium launched with chromiumLaunchOptions', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch(chromiumLaunchOptions);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("runs with Playwright's disabled features and ours (the last --disable-features is the one applied)", async () => {
    const page = await browser.newPage();
    await page.goto('chrome://version');
    const commandLine = (await page.locator('#command_line').innerText()).split(/\s+/);
    await page.close();
    const applied = disabledFeaturesIn(commandLine);
    expect(applied).toEqual(expect.arrayContaining([...playwrightDisabledFeatures(), ...EXTRA_DISABLED_FEATURES]));
  });

  it('preloads no omnibox popup in a new context', async () => {
    const context = await browser.newContext();
    await context.newPage();
    const cdp = await browser.newBrowserCDPSession();
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
    await cdp.detach();
    await context.close();
    expect(targetInfos.filter((t) => t.url.startsWith('chrome://omnibox-popup'))).toEqual([]);
    expect(targetInfos.filter((t) => t.type === 'page')).toHaveLength(1);
  });
});
