// End to end: the input paths a shopper uses besides clicks: paste, Chinese
// text from an input method, the mouse wheel and touch drags.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { armEvent, artifactsDir, mirror, startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness.stop(); });
afterEach(async () => { await harness.closePages(); });

async function openReadyPanel(lang = 'en', options = {}) {
  const session = await harness.newPage(options);
  await session.page.goto(`${harness.origin}/?lang=${lang}&shopper=guest`);
  await session.page.waitForFunction(() => window.HelpWidget && window.HelpWidget.version);
  const ready = await armEvent(session.page, 'ready');
  await session.page.evaluate(() => window.HelpWidget.open());
  await ready();
  await session.page.waitForTimeout(200);
  return session;
}

function waitForSearchHeading(page, text) {
  return page.waitForFunction((expected) => {
    const m = document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror');
    return m.dataset.view === 'search' && m.querySelector('h2').textContent === expected;
  }, text);
}

async function clickSearchField(page) {
  const box = await page.locator('help-widget-root .panel').boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + 88);
}

test('pasted text goes into the search box', async () => {
  const { page } = await openReadyPanel();
  await clickSearchField(page);
  await page.locator('help-widget-root .text-input').evaluate((input) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'cancel\norder');
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await waitForSearchHeading(page, 'cancel order');
  assert.ok(await mirror(page).locator('button').count() > 0);
});

test('Chinese text committed by an input method is searched', async () => {
  const { page } = await openReadyPanel('zh-CN');
  await clickSearchField(page);
  // insertText is what the browser delivers when an IME commits a phrase.
  await page.keyboard.insertText('退款');
  await waitForSearchHeading(page, '退款');
  const labels = await mirror(page).locator('[role="listbox"] [role="option"]').allTextContents();
  assert.ok(labels.some((label) => label.includes('退款')), labels.join(' | '));
});

async function panelPixels(page) {
  return page.locator('help-widget-root .panel').screenshot();
}

test('the mouse wheel scrolls the list', async () => {
  const { page } = await openReadyPanel();
  const before = await panelPixels(page);
  const box = await page.locator('help-widget-root .panel').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + 400);
  await page.mouse.wheel(0, 400);
  await page.waitForTimeout(300);
  assert.notDeepEqual(await panelPixels(page), before, 'the panel moved');
  // The scrolled list is still clickable: the topic now under the pointer opens.
  await page.mouse.click(box.x + box.width / 2, box.y + 400);
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror').dataset.view === 'category');
});

test('a touch drag scrolls instead of tapping', async () => {
  const { page } = await openReadyPanel('en', {
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
  });
  const client = await page.context().newCDPSession(page);
  const before = await panelPixels(page);
  const touch = (type, y) => client.send('Input.dispatchTouchEvent', {
    type, touchPoints: type === 'touchEnd' ? [] : [{ x: 195, y }],
  });
  await page.evaluate(() => { window.__views = 0; window.HelpWidget.on('article_view', () => { window.__views++; }); });
  await touch('touchStart', 600);
  for (let y = 580; y >= 300; y -= 20) await touch('touchMove', y);
  await touch('touchEnd', 300);
  await page.waitForTimeout(300);
  assert.notDeepEqual(await panelPixels(page), before, 'the panel scrolled');
  assert.equal(await page.evaluate(() => window.__views), 0, 'the drag did not open an article');
});

test('the keyboard alone reaches and opens an article', async () => {
  const { page } = await openReadyPanel();
  // The panel opens with the search box focused; Tab moves to the first
  // popular article, which the canvas rings.
  await page.waitForFunction(() => window.HelpWidget.stats().focusRing &&
    document.querySelector('help-widget-root').shadowRoot.activeElement?.classList.contains('text-input'));
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => document.querySelector('help-widget-root').shadowRoot.activeElement
    ?.getAttribute('data-focus') === 'article:track-order', null, { polling: 100, timeout: 5000 })
    .catch(async (error) => {
      const where = await page.evaluate(() => {
        const element = document.querySelector('help-widget-root').shadowRoot.activeElement;
        return element ? element.outerHTML.slice(0, 120) : document.activeElement.tagName;
      });
      throw new Error(`the focus is on ${where}: ${error.message}`);
    });
  await page.waitForTimeout(100);
  // The focused row is outlined (kept as an artifact to look at).
  await page.locator('help-widget-root .panel').screenshot({ path: join(artifactsDir, 'panel-keyboard-focus.png') });
  const viewed = await armEvent(page, 'article_view');
  await page.keyboard.press('Enter');
  assert.equal((await viewed()).id, 'track-order');
});

test('results follow every key as a query is typed', async () => {
  const { page } = await openReadyPanel();
  await clickSearchField(page);
  const query = 'wher is my parcle';
  for (let i = 0; i < query.length; i++) {
    await page.keyboard.type(query[i]);
    const typed = query.slice(0, i + 1);
    await page.waitForFunction((expected) => {
      const m = document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror');
      return m.dataset.view === 'search' && m.querySelector('h2').textContent === expected;
    }, typed);
    const articles = await mirror(page).locator('[data-action^="article:"]').evaluateAll(
      (buttons) => buttons.map((button) => button.dataset.action.slice('article:'.length)));
    if (typed.trim().length >= 4) assert.ok(articles.length > 0, `results for "${typed}"`);
    if (typed.length >= 'wher is my parc'.length) assert.equal(articles[0], 'track-order', `best result for "${typed}"`);
  }
});
