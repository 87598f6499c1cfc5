// The panel speaks the shopper's language: the locale comes from
// data-locale, else <html lang>, else the browser, and the loader chooses
// it exactly as the panel's C++ does (tests/strings/locale-cases.json).
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { armEvent, mirror, repoRoot, startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness.stop(); });
afterEach(async () => { await harness.closePages(); });

const strings = Object.fromEntries(readdirSync(join(repoRoot, 'assets/strings'))
  .filter((name) => name.endsWith('.json'))
  .map((name) => {
    const file = JSON.parse(readFileSync(join(repoRoot, 'assets/strings', name), 'utf8'));
    return [file.locale, file.strings];
  }));
// The launcher's own word for "Help" in each locale (the loader's words).
const LAUNCHER_HELP = { en: 'Help', es: 'Ayuda', 'zh-CN': '帮助' };

async function openPanel(page) {
  await page.waitForFunction(() => window.HelpWidget && window.HelpWidget.version);
  const ready = await armEvent(page, 'ready');
  await page.evaluate(() => window.HelpWidget.open());
  return ready();
}

test('the loader has words for every locale the panel has', () => {
  assert.deepEqual(Object.keys(LAUNCHER_HELP).sort(), Object.keys(strings).sort());
});

test('a Spanish page without data-locale gets the Spanish panel over English content', async () => {
  const { page, problems } = await harness.newPage();
  const warnings = [];
  page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
  await page.goto(`${harness.origin}/test/localized-es.html`);
  const ready = await openPanel(page);
  assert.equal(ready.content, 'ok');
  assert.equal(await page.locator('help-widget-root .launcher').getAttribute('aria-label'), strings.es.panel.close);
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror').dataset.view === 'home');
  assert.equal(await mirror(page).locator('.greeting').textContent(), strings.es.home.greeting_anonymous);

  await page.evaluate(() => window.HelpWidget.search('zzqxv'));
  const expected = strings.es.search.no_results.replace('{query}', 'zzqxv');
  await page.waitForFunction((text) =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror .live').textContent.startsWith(text),
  expected);
  assert.deepEqual(problems, []);
  assert.deepEqual(warnings.filter((text) => text.includes('interface string')), [],
    'the shipped Spanish lacks no string');
});

test('data-locale wins over the page language', async () => {
  const { page, problems } = await harness.newPage();
  await page.goto(`${harness.origin}/test/localized-zh-wins.html`);
  await page.waitForFunction(() => window.HelpWidget && window.HelpWidget.version);
  assert.equal(await page.locator('help-widget-root .launcher').getAttribute('aria-label'), LAUNCHER_HELP['zh-CN']);
  await openPanel(page);
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror').dataset.view === 'home');
  assert.equal(await mirror(page).locator('.greeting').textContent(), strings['zh-CN'].home.greeting_anonymous);
  assert.deepEqual(problems, []);
});

test('the loader resolves every shared case as the C++ does', async () => {
  const cases = JSON.parse(readFileSync(join(repoRoot, 'tests/strings/locale-cases.json'), 'utf8'));
  assert.deepEqual([...cases.available].sort(), Object.keys(strings).sort());
  const { page } = await harness.newPage();
  // ?languages=[...] stands in for the browser's language list.
  await page.addInitScript(() => {
    const languages = new URLSearchParams(location.search).get('languages');
    if (languages) Object.defineProperty(navigator, 'languages', { get: () => JSON.parse(languages) });
  });
  for (const { requested, expected } of cases.cases) {
    // One tag through data-locale; a list as the browser's languages.
    const single = requested.length === 1 && requested[0] !== '';
    const query = single ? `locale=${encodeURIComponent(requested[0])}`
      : `languages=${encodeURIComponent(JSON.stringify(requested))}`;
    await page.goto(`${harness.origin}/test/locale-probe.html?${query}`);
    await page.waitForFunction(() => window.HelpWidget && window.HelpWidget.version);
    const label = await page.locator('help-widget-root .launcher').getAttribute('aria-label');
    assert.equal(label, LAUNCHER_HELP[expected], `${JSON.stringify(requested)} gives ${expected}`);
  }
  // <html lang> decides when there is no data-locale.
  await page.goto(`${harness.origin}/test/locale-probe.html?lang=es-MX`);
  await page.waitForFunction(() => window.HelpWidget && window.HelpWidget.version);
  assert.equal(await page.locator('help-widget-root .launcher').getAttribute('aria-label'), LAUNCHER_HELP.es);
});

test('the demo in Spanish shows the Spanish panel over the English content', async () => {
  const { page, problems, requests } = await harness.newPage();
  await page.goto(`${harness.origin}/?lang=es&shopper=guest`);
  assert.equal(await page.locator('[data-lang-link="es"]').getAttribute('aria-current'), 'true');
  const ready = await openPanel(page);
  assert.equal(ready.content, 'ok');
  assert.ok(requests.some((url) => /\/content\/kb\.en(\.[0-9a-f]+)?\.json$/.test(url)), "no Spanish content: the manifest names the English");
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror').dataset.view === 'home');
  assert.equal(await mirror(page).locator('.greeting').textContent(), strings.es.home.greeting_anonymous);
  assert.deepEqual(problems, []);
});
