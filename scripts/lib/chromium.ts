/**
 * The one Chromium every browser test and gate uses: Debian's (Playwright's own download cannot
 * reach its host here), with the flags a headless run in a container needs. Used by both
 * Playwright configs and the Lighthouse gate.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** No sandbox (containers run as root), no GPU, /tmp for shared memory, and no background traffic. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Playwright's launchOptions. */
export const chromiumLaunchOptions = { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS };
