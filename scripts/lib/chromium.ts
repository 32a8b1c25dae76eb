/**
 * The one Chromium every browser test and gate uses: Debian's (Playwright's own download cannot
 * reach its host here), with the flags a headless run in a container needs. Used by both
 * Playwright configs, the editor's warm-up and the Lighthouse gate.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** No sandbox (containers run as root), no GPU, /tmp for shared memory, and no background traffic. */
const SWITCHES = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Browser features no test uses, which cost CPU time in every browser context (docs/performance.md).
 * - The omnibox popup, a WebUI page that each new window (a Playwright context is one) preloads in a
 *   renderer process of its own: about 1.6 s of CPU per context, for a popup nothing opens.
 * - The spare renderer Chromium starts ahead of the next navigation, most of them never used.
 */
export const EXTRA_DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup', 'SpareRendererForSitePerProcess'];

/**
 * Chromium honours only the last --disable-features switch on its command line: one given after the
 * launcher's own list replaces that list instead of adding to it. So the launcher's list is given
 * again, with ours added, as the last one.
 */
export function disableFeaturesSwitch(launcherDefaults: readonly string[]): string {
  return `--disable-features=${[...new Set([...launcherDefaults, ...EXTRA_DISABLED_FEATURES])].join(',')}`;
}

/** The features a --disable-features=A,B switch in a list of switches turns off (the last such switch). */
export function disabledFeaturesIn(switches: readonly string[]): string[] {
  const last = switches.filter((s) => s.startsWith('--disable-features=')).at(-1);
  return last ? last.slice('--disable-features='.length).split(',').filter(Boolean) : [];
}

/**
 * Playwright's own list of disabled features (it passes them to every Chromium it launches; they keep
 * tests deterministic, e.g. no paint holding, no HTTPS upgrades). Playwright does not export it, so
 * it is read from its bundle; a Playwright whose bundle no longer holds it in this form stops the run
 * here, saying so, rather than let Chromium run without that list.
 */
export function playwrightDisabledFeatures(): string[] {
  const require = createRequire(import.meta.url);
  const bundle = path.join(path.dirname(require.resolve('playwright-core/package.json')), 'lib', 'coreBundle.js');
  const source = fs.readFileSync(bundle, 'utf8');
  const list = /\bdisabledFeatures = \[([\s\S]*?)\]\.filter\(Boolean\)/.exec(source)?.[1];
  const names = list
    ?.split('\n')
    .map((line) => line.replace(/\/\/.*$/, ''))
    .flatMap((line) => [...line.matchAll(/"([A-Za-z0-9]+)"/g)].map((m) => m[1]));
  if (!names?.length || !names.includes('PaintHolding')) {
    throw new Error(`scripts/lib/chromium.ts: Playwright's list of disabled Chromium features was not found in ${bundle}; update playwrightDisabledFeatures() for this Playwright version`);
  }
  return names;
}

/** Playwright's launchOptions. */
export const chromiumLaunchOptions = { executablePath: CHROMIUM_PATH, args: [...SWITCHES, disableFeaturesSwitch(playwrightDisabledFeatures())] };

/** chrome-launcher's flags (the Lighthouse gate), given its own defaults (Launcher.defaultFlags()). */
export function chromeLauncherFlags(launcherDefaults: readonly string[]): string[] {
  return [...SWITCHES, disableFeaturesSwitch(disabledFeaturesIn(launcherDefaults))];
}
