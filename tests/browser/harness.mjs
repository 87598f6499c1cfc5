// Shared browser-test harness: the demo server on a free loopback port and
// Debian's Chromium driven by playwright-core (no downloaded browsers).
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../web/server/serve.mjs';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const artifactsDir = join(repoRoot, 'test-results');
mkdirSync(artifactsDir, { recursive: true });

const CHROMIUM_FLAGS = [
  '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-gpu',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic', '--disable-features=Translate,MediaRouter',
];

// Starts the server (with the test pages under /test/) and a browser.
export async function startHarness() {
  const server = await startServer({
    port: 0,
    routes: [['/test/', join(repoRoot, 'tests/browser/pages')]],
  });
  const profile = mkdtempSync(join(tmpdir(), 'help-widget-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 860 },
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    browser,
    async newPage(options = {}) {
      const page = await browser.newPage();
      if (options.viewport) await page.setViewportSize(options.viewport);
      const problems = [];
      page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
      page.on('pageerror', (error) => problems.push(String(error)));
      const requests = [];
      page.on('request', (request) => requests.push(request.url()));
      return { page, problems, requests };
    },
    async stop() {
      await browser.close();
      await new Promise((done) => server.close(done));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Resolves with the detail of the next `name` event from HelpWidget.
export function nextEvent(page, name, timeout = 20000) {
  return page.evaluate(([eventName, ms]) => new Promise((resolveEvent, reject) => {
    const timer = setTimeout(() => reject(new Error('no ' + eventName + ' event within ' + ms + ' ms')), ms);
    const listener = (detail) => {
      clearTimeout(timer);
      window.HelpWidget.off(eventName, listener);
      resolveEvent(detail);
    };
    window.HelpWidget.on(eventName, listener);
  }), [name, timeout]);
}

// The accessibility mirror inside the widget's shadow root.
export function mirror(page) {
  return page.locator('help-widget-root .mirror');
}
