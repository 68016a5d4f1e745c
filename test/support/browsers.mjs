/**
 * The three engines, from Debian's packages, started without downloading
 * anything: Chromium and Firefox ESR through puppeteer-core (Firefox over
 * WebDriver BiDi), WebKitGTK's MiniBrowser through WebKitWebDriver, under an
 * Xvfb of our own when there is no display. Helpers we start, we stop.
 */
import { spawn } from 'node:child_process';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { freePort } from '../../scripts/static-server.mjs';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr';
const MINIBROWSER_PATH = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export const chromium = () =>
  chromeLauncher({ launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS } });

export const firefox = () =>
  chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      extraPrefsFirefox: {
        // No update, telemetry or captive-portal calls to a network we can't reach.
        'app.update.enabled': false,
        'network.captive-portal-service.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
      },
    },
  });

/** Starts Xvfb on a display it picks itself; resolves with that display and the process. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    let output = '';
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
    xvfb.stdio[3].on('data', (chunk) => {
      output += chunk;
      if (output.includes('\n')) resolve({ display: `:${output.trim()}`, process: xvfb });
    });
  });
}

async function waitForDriver(port, driver) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

class WebKitLauncher extends WebdriverLauncher {
  helpers = [];

  async initialize(config, testFiles) {
    const env = { ...process.env };
    if (!env.DISPLAY) {
      const xvfb = await startXvfb();
      this.helpers.push(xvfb.process);
      env.DISPLAY = xvfb.display;
    }
    const port = await freePort();
    const driver = spawn('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], { env, stdio: 'ignore' });
    this.helpers.push(driver);
    await waitForDriver(port, driver);
    this.options.port = port;
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    for (const helper of this.helpers.reverse()) helper.kill('SIGTERM');
    this.helpers = [];
  }
}

export const webkit = () =>
  new WebKitLauncher({
    hostname: '127.0.0.1',
    port: 0,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
    },
  });

export const ENGINES = { chromium, firefox, webkit };

/** The engines named by RELIEF_BROWSERS (comma-separated), all three by default. */
export function selectedEngines() {
  const names = (process.env.RELIEF_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !(name in ENGINES));
  if (unknown.length) throw new Error(`RELIEF_BROWSERS: unknown ${unknown.join(', ')}; use ${Object.keys(ENGINES).join(', ')}`);
  return names.map((name) => ENGINES[name]());
}
