// Shared browser-test harness: the demo server on a free loopback port and
// Debian's Chromium driven by playwright-core (no downloaded browsers).
import { mkdirSync } from 'node:fs';
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
  let api = '';
  const server = await startServer({
    port: 0,
    routes: [['/test/', join(repoRoot, 'tests/browser/pages')]],
    api: () => api,
  });
  // Playwright gives every launch a fresh, temporary profile.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    browser,
    // Where the page's /api/help/ requests go (a ticket inbox's origin).
    setApi(origin) { api = origin; },
    // `options` are Playwright context options (viewport, deviceScaleFactor,
    // isMobile, hasTouch...): each page gets its own context.
    async newPage(options = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, ...options });
      const page = await context.newPage();
      const problems = [];
      page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
      page.on('pageerror', (error) => problems.push(String(error)));
      const requests = [];
      page.on('request', (request) => requests.push(request.url()));
      return { page, problems, requests };
    },
    async closePages() {
      await Promise.all(browser.contexts().map((context) => context.close()));
    },
    async stop() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

// Starts listening for the next `name` event from HelpWidget and resolves
// once the listener is in place (so an action taken afterwards cannot race
// it); call the returned function to wait for the event's detail.
export async function armEvent(page, name, timeout = 20000) {
  const slot = await page.evaluate((eventName) => {
    const waits = (window.__helpWidgetTestWaits = window.__helpWidgetTestWaits || []);
    waits.push(new Promise((resolveEvent) => {
      const listener = (detail) => {
        window.HelpWidget.off(eventName, listener);
        resolveEvent(detail);
      };
      window.HelpWidget.on(eventName, listener);
    }));
    return waits.length - 1;
  }, name);
  return () => page.evaluate(([index, eventName, ms]) => Promise.race([
    window.__helpWidgetTestWaits[index],
    new Promise((_, reject) => setTimeout(() => reject(new Error('no ' + eventName + ' event within ' + ms + ' ms')), ms)),
  ]), [slot, name, timeout]);
}

// The accessibility mirror inside the widget's shadow root.
export function mirror(page) {
  return page.locator('help-widget-root .mirror');
}

