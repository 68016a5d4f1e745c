/**
 * Chromium for the benchmark: the project's launcher (scripts/chromium.mjs,
 * offline by construction) with a fixed viewport, and signal handlers so that
 * a Ctrl+C or a crash of node takes Chromium down too.
 */
import { CHROMIUM_PATH, launchChromium as launch } from '../scripts/chromium.mjs';

export const CHROMIUM = CHROMIUM_PATH;

export function launchChromium({ extraArgs = [], ...options } = {}) {
  return launch({
    extraArgs,
    defaultViewport: { width: 1280, height: 800 },
    handleSIGINT: true,
    handleSIGTERM: true,
    handleSIGHUP: true,
    protocolTimeout: 300_000,
    ...options,
  });
}
