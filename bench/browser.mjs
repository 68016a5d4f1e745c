/**
 * Debian's Chromium through puppeteer-core, with the flags this machine needs
 * (see /work/shared/TOOLCHAIN.md). No browser is ever downloaded. Every host
 * name but the loopback one resolves to nothing, so neither the pages nor
 * Lighthouse can reach the internet.
 */
import puppeteer from 'puppeteer-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  // Offline by construction: only the benchmark's own loopback servers resolve.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/**
 * Launches headless Chromium (`headless: true` is `--headless=new`).
 * `extraArgs` e.g. `--remote-debugging-port=N` for Lighthouse.
 */
export function launchChromium({ extraArgs = [], ...options } = {}) {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_FLAGS, ...extraArgs],
    defaultViewport: { width: 1280, height: 800 },
    // The bench closes the browser itself, also on error; these make sure a
    // Ctrl+C or a crash of node takes Chromium down too.
    handleSIGINT: true,
    handleSIGTERM: true,
    handleSIGHUP: true,
    protocolTimeout: 300_000,
    ...options,
  });
}
