/**
 * Debian's Chromium as the bench and the end-to-end tests drive it through playwright-core,
 * which downloads no browser: where it is and the flags that keep it headless and quiet.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
