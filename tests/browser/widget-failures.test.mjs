// End to end: broken content never breaks the panel or the host page.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mirror, armEvent, repoRoot, startHarness } from './harness.mjs';
import { screenshotColours } from './screenshots.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness.stop(); });
// A failed test must not leave its page open to steal focus from the next.
afterEach(async () => { await harness.closePages(); });

async function openTestPage(name) {
  const session = await harness.newPage();
  await session.page.goto(`${harness.origin}/test/${name}`);
  await session.page.waitForFunction(() => window.HelpWidget && window.HelpWidget.version);
  return session;
}

async function hostPageStillWorks(page) {
  await page.click('#host-button');
  await page.click('#host-button');
  assert.equal(await page.textContent('#host-count'), '2');
}

test('a KB URL that answers 404 shows a clear message and emits error', async () => {
  const { page } = await openTestPage('missing-kb.html');
  const error = await armEvent(page, 'error');
  await page.evaluate(() => window.HelpWidget.open());
  const detail = await error();
  assert.equal(detail.code, 'http');
  assert.equal(detail.status, 404);
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror').dataset.view === 'error');
  assert.equal(await mirror(page).locator('.status').textContent(), 'Help articles could not be loaded.');
  assert.equal(await mirror(page).locator('.text').textContent(),
    'kb.does-not-exist.json: the server answered HTTP 404');
  const shot = await screenshotColours(page, page.locator('help-widget-root .panel'), 'panel-error-404.png');
  assert.ok(shot.colours > 20 && shot.accentPixels > 1000, `the panel is drawn (${JSON.stringify(shot)})`);
  await hostPageStillWorks(page);
});

test('malformed KB JSON names the file, line and column', async () => {
  const source = readFileSync(join(repoRoot, 'tests/browser/pages/malformed-kb.json'), 'utf8');
  const lines = source.split('\n');
  const line = lines.findIndex((text) => text.includes('"Cancel an order" "category"'));
  const column = lines[line].indexOf('"category"') + 1;
  const { page, problems } = await openTestPage('malformed-kb.html');
  const error = await armEvent(page, 'error');
  await page.evaluate(() => window.HelpWidget.open());
  const detail = await error();
  assert.equal(detail.code, 'syntax');
  assert.equal(detail.line, line + 1);
  assert.equal(detail.column, column);
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror').dataset.view === 'error');
  const text = await mirror(page).locator('.text').textContent();
  assert.ok(text.startsWith(`malformed-kb.json:${line + 1}:${column}: not valid JSON`), text);
  await hostPageStillWorks(page);
  assert.deepEqual(problems, [], 'the failure is reported as a warning, not a page error');
});

test('an unreachable widget build shows a retry message and leaves the page working', async () => {
  const { page } = await openTestPage('missing-kb.html');
  await page.route('**/help-widget-core.mjs', (route) => route.abort('connectionrefused'));
  const error = await armEvent(page, 'error');
  await page.evaluate(() => window.HelpWidget.open());
  assert.equal((await error()).code, 'load');
  const notice = page.locator('help-widget-root .notice');
  assert.match(await notice.textContent(), /could not be loaded/);
  await hostPageStillWorks(page);
});

test('the widget works under a strict Content-Security-Policy', async () => {
  const { page, problems } = await openTestPage('strict-csp.html');
  const ready = await armEvent(page, 'ready');
  await page.evaluate(() => window.HelpWidget.open());
  assert.equal((await ready()).content, 'ok');
  await page.evaluate(() => window.HelpWidget.search('refund'));
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror').dataset.view === 'search');
  const launcherColour = await page.locator('help-widget-root .launcher')
    .evaluate((element) => getComputedStyle(element).backgroundColor);
  assert.equal(launcherColour, 'rgb(31, 95, 204)', 'the widget is styled despite style-src self');
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(problems, []);
  await hostPageStillWorks(page);
});
