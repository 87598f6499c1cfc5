// End to end: the demo store's sample shoppers give the widget their orders
// through HelpWidget.setContext; the first screen shows the cards that fit,
// in order, and each action does what it says.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mirror, armEvent, artifactsDir, startHarness } from './harness.mjs';
import { screenshotColours } from './screenshots.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness.stop(); });
afterEach(async () => { await harness.closePages(); });

// Expected cards per demo shopper, most urgent first.
const EXPECTED = {
  guest: [],
  'new-customer': [],
  processing: ['order-processing'],
  'on-time': ['shipped-on-time'],
  late: ['parcel-late'],
  delivered: ['delivered-recently'],
  refund: ['refund-pending'],
  'payment-failed': ['payment-failed', 'shipped-on-time'],
};

async function openShopper(shopper, lang = 'en') {
  const session = await harness.newPage({ timezoneId: 'UTC' });
  await session.page.goto(`${harness.origin}/?lang=${lang}&shopper=${shopper}`);
  await session.page.waitForFunction(() => window.HelpWidget && window.HelpWidget.version);
  // The demo has drawn the shopper's orders and handed them to the widget.
  await session.page.waitForFunction(() => document.querySelector('[data-orders-body] tr'));
  const opened = await armEvent(session.page, 'open');
  await session.page.evaluate(() => window.HelpWidget.open());
  session.openEvent = await opened();
  await waitForHome(session.page);
  return session;
}

function waitForHome(page) {
  return page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror').dataset.view === 'home');
}

async function shownCards(page) {
  return mirror(page).locator('.card').evaluateAll((cards) => cards.map((card) => card.dataset.rule));
}

test('each demo shopper sees the cards that fit their orders, in order', async () => {
  for (const [shopper, expected] of Object.entries(EXPECTED)) {
    const { page, problems, openEvent } = await openShopper(shopper);
    assert.deepEqual(await shownCards(page), expected, `cards for ${shopper}`);
    assert.deepEqual(openEvent.cards, expected, `open event for ${shopper}`);
    const greeting = await mirror(page).locator('.greeting').textContent();
    if (shopper === 'guest') assert.equal(greeting, 'How can we help?');
    else assert.match(greeting, /^Hi .+, how can we help\?$/);
    assert.deepEqual(problems, [], `no console errors for ${shopper}`);
    await harness.closePages();
  }
});

test('the late parcel card: track, report and read, each doing what it says', async () => {
  const { page } = await openShopper('late');
  await page.screenshot({ path: `${artifactsDir}/first-screen-late-page.png` });
  const shot = await screenshotColours(page, page.locator('help-widget-root .panel'), 'first-screen-late-en.png');
  assert.ok(shot.colours > 50, `the panel is drawn (${JSON.stringify(shot)})`);
  const card = mirror(page).locator('.card[data-rule="parcel-late"]');
  assert.equal(await card.getAttribute('aria-label'), 'About order NW-20211');
  assert.equal(await card.locator('h3').textContent(), 'Your parcel is late');
  assert.equal(await card.locator('.card-status').textContent(), 'NW-20211 · Shipped');
  assert.match(await card.locator('.card-text').textContent(), /^Order NW-20211 \(Trail daypack 28L and 1 more\) is 4 days later than expected/);
  assert.deepEqual(await card.locator('button').allTextContents(),
    ['Track parcel', 'Report a delivery problem', 'Delivery times']);

  // Track: the carrier's page opens in a new tab (answered locally: no network here).
  await page.context().route('https://www.dhl.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Carrier tracking</title>' }));
  const click = await armEvent(page, 'suggestion_click');
  const popup = page.context().waitForEvent('page');
  await card.locator('button', { hasText: 'Track parcel' }).dispatchEvent('click');
  assert.deepEqual(await click(), { rule: 'parcel-late', action: 'track', kind: 'track' });
  const tab = await popup;
  await tab.waitForLoadState();
  assert.equal(tab.url(), 'https://www.dhl.com/track?id=JD014600006281234567');
  await tab.close();

  // Report a delivery problem: the delivery form, with this order filled in.
  const reportClick = await armEvent(page, 'suggestion_click');
  const started = await armEvent(page, 'form_start');
  await card.locator('button', { hasText: 'Report a delivery problem' }).dispatchEvent('click');
  assert.equal((await reportClick()).kind, 'form');
  assert.deepEqual(await started(), { form: 'delivery-problem', source: 'suggestion', resumed: false });
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror').dataset.view === 'form');
  await mirror(page).locator('button[data-action="form:begin"]').dispatchEvent('click');
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror .form[data-step="which"]'));
  assert.equal(await page.evaluate(() => document.querySelector('help-widget-root').shadowRoot
    .querySelector('.mirror [data-field="order"] input:checked').value), 'NW-20211');

});

test('an article action opens that article', async () => {
  const { page } = await openShopper('late');
  const view = await armEvent(page, 'article_view');
  await mirror(page).locator('.card button', { hasText: 'Delivery times' }).dispatchEvent('click');
  assert.equal((await view()).id, 'delivery-times');
});

test('switching shoppers updates the open panel at once', async () => {
  const { page } = await openShopper('late');
  await page.selectOption('[data-shopper-select]', 'payment-failed');
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelectorAll('.mirror .card').length === 2);
  assert.deepEqual(await shownCards(page), ['payment-failed', 'shipped-on-time']);
  await page.selectOption('[data-shopper-select]', 'guest');
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelectorAll('.mirror .card').length === 0);
  assert.equal(await mirror(page).locator('.greeting').textContent(), 'How can we help?');
});

test('a malformed context shows the generic first screen and emits error', async () => {
  const { page, problems } = await openShopper('guest');
  const error = await armEvent(page, 'error');
  await page.evaluate(() => window.HelpWidget.setContext({ customer: 'Ann', orders: [{ id: 7, status: 'lost' }] }));
  const detail = await error();
  assert.equal(detail.code, 'context');
  assert.equal(detail.pointer, '/customer');
  assert.ok(detail.problems.length >= 2, JSON.stringify(detail));
  assert.deepEqual(await shownCards(page), []);
  assert.equal(await mirror(page).locator('.greeting').textContent(), 'How can we help?');
  // Not JSON at all (a cycle): reported, the panel keeps working.
  const second = await armEvent(page, 'error');
  await page.evaluate(() => { const a = {}; a.self = a; window.HelpWidget.setContext(a); });
  assert.match((await second()).message, /cannot be written as JSON/);
  await page.evaluate(() => window.HelpWidget.search('refund'));
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror').dataset.view === 'search');
  assert.ok(problems.every((p) => !/Uncaught|TypeError/.test(p)), problems.join('\n'));
});

test('Chinese shoppers get Chinese cards', async () => {
  const { page } = await openShopper('refund', 'zh-CN');
  const card = mirror(page).locator('.card[data-rule="refund-pending"]');
  assert.equal(await card.locator('h3').textContent(), '您的退款正在处理中');
  assert.equal(await card.locator('.card-status').textContent(), 'NW-20102 · 已退货');
  assert.match(await card.locator('.card-text').textContent(), /订单 NW-20102 的 \$139\.00 退款正在处理/);
  assert.equal(await mirror(page).locator('.greeting').textContent(), '芳，您好！有什么可以帮您？');
  await screenshotColours(page, page.locator('help-widget-root .panel'), 'first-screen-refund-zh.png');
});

// The demo shopper's context with its times moved to today, as the demo page does.
async function shiftedContext(shopperId) {
  const { readFile } = await import('node:fs/promises');
  const data = JSON.parse(await readFile(new URL('../../web/demo/shoppers.json', import.meta.url), 'utf8'));
  const day = 86400000;
  const days = Math.floor(Date.now() / day) - Math.floor(Date.parse(data.reference_now) / day);
  const shift = (value) => {
    if (Array.isArray(value)) return value.map(shift);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shift(v)]));
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) {
      const moved = new Date(Date.parse(value.length === 10 ? value + 'T00:00:00Z' : value) + days * day).toISOString();
      return value.length === 10 ? moved.slice(0, 10) : moved;
    }
    return value;
  };
  return shift(data.shoppers.find((s) => s.id === shopperId).context);
}

test('a logged-in shop serves the orders at data-context-url, fetched with its cookies', async () => {
  const { page } = await harness.newPage({ timezoneId: 'UTC' });
  await page.context().addCookies([{ name: 'session', value: 'shopper-42', url: harness.origin }]);
  const context = await shiftedContext('late');
  const seen = [];
  await page.route('**/account/help-context.json', (route) => {
    seen.push(route.request().headers().cookie || '');
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(context) });
  });
  await page.goto(`${harness.origin}/test/context-url.html`);
  await page.waitForFunction(() => window.HelpWidget && window.HelpWidget.version);
  const opened = await armEvent(page, 'open');
  await page.evaluate(() => window.HelpWidget.open());
  assert.deepEqual((await opened()).cards, ['parcel-late']);
  assert.deepEqual(await shownCards(page), ['parcel-late']);
  assert.deepEqual(seen, ['session=shopper-42']);
});

test('a context URL on another origin is refused and reported', async () => {
  const { page, requests } = await harness.newPage();
  await page.goto(`${harness.origin}/test/context-url-cross-origin.html`);
  await page.waitForFunction(() => window.HelpWidget && window.HelpWidget.version);
  const error = await armEvent(page, 'error');
  const opened = await armEvent(page, 'open');
  await page.evaluate(() => window.HelpWidget.open());
  const detail = await error();
  assert.equal(detail.code, 'context');
  assert.match(detail.message, /must be on this page's origin/);
  assert.deepEqual((await opened()).cards, []);
  assert.ok(!requests.some((url) => url.includes('tracker.example')), 'nothing was sent to the other origin');
});

test('every action of every demo card does what it says', async () => {
  const kinds = {};
  for (const shopper of Object.keys(EXPECTED)) {
    const first = await openShopper(shopper);
    const actions = await mirror(first.page).locator('.card button').evaluateAll((buttons) =>
      buttons.map((button) => button.dataset.action));
    await harness.closePages();
    for (const action of actions) {
      const { page } = await openShopper(shopper);
      await page.context().route(/^https:\/\/(www\.ups\.com|www\.dhl\.com|tools\.usps\.com)\//, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Carrier</title>' }));
      const [, rule, actionId] = action.split(':');
      const click = await armEvent(page, 'suggestion_click');
      const view = await armEvent(page, 'article_view', 5000);
      const started = await armEvent(page, 'form_start', 5000);
      const popup = page.context().waitForEvent('page', { timeout: 5000 }).catch(() => null);
      await mirror(page).locator(`.card button[data-action="${action}"]`).dispatchEvent('click');
      const detail = await click();
      assert.equal(detail.rule, rule);
      assert.equal(detail.action, actionId);
      kinds[detail.kind] = (kinds[detail.kind] || 0) + 1;
      if (detail.kind === 'track') {
        const tab = await popup;
        assert.ok(tab, `${action} opens the carrier's page`);
        await tab.waitForLoadState();
        assert.match(tab.url(), /^https:\/\//);
      } else if (detail.kind === 'form') {
        const form = await started();
        assert.equal(form.source, 'suggestion', `${action} starts its form`);
      } else {
        const viewed = await view();
        assert.ok(viewed.id, `${action} opens an article`);
      }
      await harness.closePages();
    }
  }
  assert.ok(kinds.track >= 2 && kinds.article >= 5 && kinds.form >= 5, JSON.stringify(kinds));
});
