// End to end: the FAQ keeps working when the content cannot be fetched, from
// the copy the widget kept in the browser on the last visit.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mirror, armEvent, startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness.stop(); });
afterEach(async () => { await harness.closePages(); });

test('with the content unreachable, a reload still searches the last good content', async () => {
  const { page } = await harness.newPage();
  await page.goto(`${harness.origin}/?shopper=guest`);
  await page.waitForFunction(() => window.HelpWidget && window.HelpWidget.version);
  const first = await armEvent(page, 'ready');
  await page.evaluate(() => window.HelpWidget.open());
  assert.equal((await first()).content, 'ok');
  // The content now fails, manifest included, as on a train or behind a
  // broken CDN.
  await page.route('**/dist/content/**', (route) => route.abort('internetdisconnected'));
  await page.reload();
  await page.waitForFunction(() => window.HelpWidget && window.HelpWidget.version);
  const ready = await armEvent(page, 'ready');
  const error = await armEvent(page, 'error');
  await page.evaluate(() => window.HelpWidget.open());
  assert.equal((await error()).code, 'network');
  assert.equal((await ready()).content, 'ok');
  await page.evaluate(() => window.HelpWidget.search('refund'));
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror').dataset.view === 'search');
  assert.ok(await mirror(page).locator('[data-action^="article:"]').count() > 0);
});
