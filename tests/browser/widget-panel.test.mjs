// End to end: the demo store embeds the widget with one script tag; the
// panel loads lazily, shows content, searches, opens articles and closes.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mirror, armEvent, startHarness } from './harness.mjs';
import { screenshotColours } from './screenshots.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness.stop(); });
// A failed test must not leave its page open to steal focus from the next.
afterEach(async () => { await harness.closePages(); });

async function openDemo(lang = 'en', options = {}) {
  const session = await harness.newPage(options);
  await session.page.goto(`${harness.origin}/?lang=${lang}&shopper=guest`);
  await session.page.waitForFunction(() => window.HelpWidget && window.HelpWidget.version);
  return session;
}

async function openPanel(page) {
  const ready = await armEvent(page, 'ready');
  await page.evaluate(() => window.HelpWidget.open());
  return ready();
}

test('the demo page loads the loader only, with no console errors and one global', async () => {
  const { page, problems, requests } = await harness.newPage();
  await page.addInitScript(() => { window.__globalsBefore = Object.getOwnPropertyNames(window); });
  await page.goto(`${harness.origin}/`);
  await page.waitForFunction(() => window.HelpWidget && window.HelpWidget.version);
  await page.waitForTimeout(1500);
  assert.ok(requests.some((url) => url.endsWith('/dist/help-widget.js')));
  assert.equal(requests.filter((url) => /help-widget-core|\.wasm|kb\./.test(url)).length, 0,
    'nothing but the loader is fetched before the panel is opened');
  const added = await page.evaluate(() =>
    Object.getOwnPropertyNames(window).filter((name) => !window.__globalsBefore.includes(name) && name !== '__globalsBefore'));
  assert.deepEqual(added, ['HelpWidget']);
  assert.equal(await page.locator('help-widget-root .launcher').count(), 1);
  assert.deepEqual(problems, []);
});

test('opening loads the panel, fires ready and shows the home view', async () => {
  const { page, problems, requests } = await openDemo();
  const ready = await openPanel(page);
  assert.equal(ready.content, 'ok');
  assert.ok(ready.articles >= 30);
  assert.ok(requests.some((url) => url.endsWith('help-widget-core.wasm')));
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror').dataset.view === 'home');
  const buttons = mirror(page).locator('button');
  assert.ok(await buttons.count() >= 8, 'popular articles and topics are listed');
  assert.equal(await page.locator('help-widget-root .launcher').getAttribute('aria-expanded'), 'true');
  const shot = await screenshotColours(page, page.locator('help-widget-root .panel'), 'panel-en-home.png');
  assert.ok(shot.colours > 50 && shot.accentPixels > 1000, `the panel is drawn (${JSON.stringify(shot)})`);
  assert.deepEqual(problems, []);
});

test('searching through the API shows matching results in the mirror', async () => {
  const { page } = await openDemo();
  // Called right after open(), before the panel has loaded: the call is queued.
  await page.evaluate(() => { window.HelpWidget.open(); window.HelpWidget.search('refund'); });
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror').dataset.view === 'search');
  const live = await mirror(page).locator('.live').textContent();
  assert.match(live, /results for “refund”/);
  const labels = await mirror(page).locator('[role="listbox"] [role="option"]').allTextContents();
  assert.ok(labels.length > 0);
  assert.ok(labels.some((label) => /refund/i.test(label)));
});

test('typing into the search box on the canvas searches as you type', async () => {
  const { page } = await openDemo();
  await openPanel(page);
  const box = await page.locator('help-widget-root .panel').boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + 88);  // the search field under the header
  await page.keyboard.type('parcel', { delay: 30 });
  await page.waitForFunction(() => {
    const m = document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror');
    return m.dataset.view === 'search' && m.querySelector('h2').textContent === 'parcel';
  });
  assert.ok(await mirror(page).locator('button').count() > 0);
  await page.keyboard.press('Backspace');
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror h2').textContent === 'parce');
});

test('clicking a popular article on the canvas opens it and its text is in the mirror', async () => {
  const { page } = await openDemo();
  await openPanel(page);
  await page.waitForTimeout(300);
  const box = await page.locator('help-widget-root .panel').boundingBox();
  const viewed = await armEvent(page, 'article_view');
  await page.mouse.click(box.x + box.width / 2, box.y + 246);  // first popular article row, under the greeting
  const detail = await viewed();
  assert.equal(detail.id, 'track-order');
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror').dataset.view === 'article');
  assert.equal(await mirror(page).locator('h2').textContent(), 'Where is my order?');
  assert.match(await mirror(page).locator('.text').textContent(), /tracking/i);
});

test('openArticle and the mirror buttons navigate, and back returns', async () => {
  const { page } = await openDemo();
  await openPanel(page);
  await page.evaluate(() => window.HelpWidget.openArticle('start-return'));
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror').dataset.view === 'article');
  const linked = mirror(page).locator('button[data-action^="article:"]').first();
  const target = (await linked.getAttribute('data-action')).slice('article:'.length);
  const viewed = await armEvent(page, 'article_view');
  // Screen readers activate the off-screen button with a click event.
  await linked.dispatchEvent('click');
  assert.equal((await viewed()).id, target);
});

test('Escape closes the panel and fires close', async () => {
  const { page } = await openDemo();
  await openPanel(page);
  const closed = await armEvent(page, 'close');
  await page.keyboard.press('Escape');
  await closed();
  assert.equal(await page.locator('help-widget-root .panel.open').count(), 0);
  assert.equal(await page.locator('help-widget-root .launcher').getAttribute('aria-expanded'), 'false');
});

test('an idle panel draws no frames and makes no WebGL draw calls', async () => {
  const { page } = await harness.newPage();
  await page.addInitScript(() => {
    window.__drawCalls = 0;
    for (const name of ['drawElements', 'drawArrays']) {
      const original = WebGL2RenderingContext.prototype[name];
      WebGL2RenderingContext.prototype[name] = function (...args) { window.__drawCalls++; return original.apply(this, args); };
    }
  });
  await page.goto(`${harness.origin}/`);
  await page.waitForFunction(() => window.HelpWidget && window.HelpWidget.version);
  await openPanel(page);
  await page.waitForTimeout(500);
  const before = await page.evaluate(() => ({ frames: window.HelpWidget.stats().frames, draws: window.__drawCalls }));
  assert.ok(before.draws > 0, 'the panel did draw');
  await page.waitForTimeout(3000);
  const afterIdle = await page.evaluate(() => ({ frames: window.HelpWidget.stats().frames, draws: window.__drawCalls }));
  assert.equal(afterIdle.frames - before.frames, 0, 'no frames while idle');
  assert.equal(afterIdle.draws - before.draws, 0, 'no draw calls while idle');
});

test('the Chinese store shows the Chinese help centre', async () => {
  const { page, problems } = await openDemo('zh-CN');
  await openPanel(page);
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror h2').textContent === '帮助中心');
  await page.evaluate(() => window.HelpWidget.search('退货'));
  await page.waitForFunction(() =>
    /退货/.test(document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror .live').textContent));
  assert.ok(await mirror(page).locator('button').count() > 0);
  await page.evaluate(() => window.HelpWidget.openArticle('return-policy'));
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror').dataset.view === 'article');
  const shot = await screenshotColours(page, page.locator('help-widget-root .panel'), 'panel-zh-CN-article.png');
  assert.ok(shot.colours > 50 && shot.accentPixels > 1000, `the panel is drawn (${JSON.stringify(shot)})`);
  assert.deepEqual(problems, []);
});

test('on a phone the panel fills the screen and stays crisp at devicePixelRatio 3', async () => {
  const { page, problems } = await harness.newPage({
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true,
  });
  await page.goto(`${harness.origin}/?shopper=guest`);
  await page.waitForFunction(() => window.HelpWidget && window.HelpWidget.version);
  await page.locator('help-widget-root .launcher').tap();
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror').dataset.view === 'home');
  const box = await page.locator('help-widget-root .panel').boundingBox();
  assert.equal(Math.round(box.width), 390);
  assert.equal(Math.round(box.height), 844);
  const canvasSize = await page.evaluate(() => {
    const canvas = document.querySelector('help-widget-root').shadowRoot.querySelector('canvas');
    return [canvas.width, canvas.height];
  });
  assert.deepEqual(canvasSize, [1170, 2532], 'the canvas has one pixel per device pixel');
  const shot = await screenshotColours(page, page.locator('help-widget-root .panel'), 'panel-phone-dpr3.png');
  assert.ok(shot.width === 1170 && shot.accentPixels > 10000, `the panel is drawn at full resolution (${JSON.stringify(shot)})`);
  // A tap on a topic opens it (touch input reaches the canvas).
  const viewed = await armEvent(page, 'article_view');
  await page.touchscreen.tap(195, 246);
  assert.equal((await viewed()).id, 'track-order');
  assert.deepEqual(problems, []);
});

test('calls queued by a snippet before the loader ran are replayed', async () => {
  const { page } = await harness.newPage();
  await page.addInitScript(() => { window.HelpWidget = { q: [['open'], ['search', 'invoice']] }; });
  await page.goto(`${harness.origin}/`);
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root')?.shadowRoot.querySelector('.mirror')?.dataset.view === 'search', null, { timeout: 20000 });
  assert.equal(await mirror(page).locator('h2').textContent(), 'invoice');
});

test('destroy removes the widget and its global', async () => {
  const { page } = await openDemo();
  await openPanel(page);
  await page.evaluate(() => window.HelpWidget.destroy());
  assert.equal(await page.evaluate(() => typeof window.HelpWidget), 'undefined');
  assert.equal(await page.locator('help-widget-root').count(), 0);
});
