/**
 * Debian's Chromium through puppeteer-core, with the flags this machine needs
 * (see shared/TOOLCHAIN.md), for the project's scripts and test runner. No
 * browser is ever downloaded. Every host name but the loopback ones resolves
 * to nothing, so no page can reach the internet.
 */
import puppeteer from 'puppeteer-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/** Launches headless Chromium; `extraArgs` e.g. `--remote-debugging-port=N` for Lighthouse. */
export function launchChromium({ extraArgs = [], ...options } = {}) {
  return puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS, ...extraArgs],
    ...options,
  });
}
