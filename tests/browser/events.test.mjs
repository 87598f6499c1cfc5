// End to end: analytics events from a scripted panel session reach a real
// endpoint (help_inbox behind the shop's /api/help/) as sendBeacon batches,
// exactly the expected ones, and none before the shopper consents.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mirror, armEvent, artifactsDir, startHarness } from './harness.mjs';
import { startInbox } from './inbox.mjs';

let harness;
let inbox;
before(async () => {
  harness = await startHarness();
  inbox = await startInbox({ allowOrigin: harness.origin });
  harness.setApi(inbox.origin);
});
after(async () => {
  await harness.stop();
  await inbox.stop();
});
afterEach(async () => { await harness.closePages(); });

async function received() {
  const response = await fetch(`${inbox.origin}/api/help/events`);
  return (await response.json()).events;
}

async function session(page, { consent }) {
  await page.goto(`${harness.origin}/test/events.html`);
  await page.waitForFunction(() => window.HelpWidget && window.HelpWidget.version);
  const ready = await armEvent(page, 'ready');
  await page.evaluate(() => window.HelpWidget.open());
  await ready();
  if (consent) await page.evaluate(() => window.HelpWidget.consent(true));
  await page.evaluate(() => window.HelpWidget.search('refund'));
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror').dataset.view === 'search');
  const first = mirror(page).locator('[data-action^="article:"]').first();
  const article = (await first.getAttribute('data-action')).slice('article:'.length);
  await first.dispatchEvent('click');
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror').dataset.view === 'article');
  const rated = await armEvent(page, 'article_rated');
  await mirror(page).locator('button[data-action="rate:no"]').dispatchEvent('click');
  await mirror(page).locator('button[data-action="rate:reason:outdated"]').dispatchEvent('click');
  await rated();
  // Leaving the page sends what was recorded.
  await page.goto('about:blank');
  return article;
}

test('before consent nothing is stored or sent', async () => {
  const { page } = await harness.newPage();
  await session(page, { consent: false });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  assert.deepEqual(await received(), []);
});

test('a scripted session sends exactly the expected events, with ids and counts only', async () => {
  const { page } = await harness.newPage();
  const article = await session(page, { consent: true });
  let events = [];
  for (let i = 0; i < 40 && events.length < 4; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    events = await received();
  }
  assert.deepEqual(events.map((event) => event.event), ['search', 'search_result_click', 'article_view', 'article_rated']);
  const [search, click, view, rating] = events;
  assert.equal(search.data.query, undefined, 'query text is not collected unless enabled');
  assert.ok(search.data.results > 0);
  assert.deepEqual(click.data, { article, position: 1 });
  assert.equal(view.data.article, article);
  assert.deepEqual(rating.data, { article, helpful: false, reason: 'outdated' });
  assert.ok(events.every((event) => event.session === search.session && /^[0-9a-f]{32}$/.test(event.session)));
  assert.ok(events.every((event) => event.page === '/test/events.html' && event.locale === 'en'));
});

test('the report of what the inbox received opens with its charts drawn', async () => {
  const { page } = await harness.newPage({ viewport: { width: 1200, height: 1400 } });
  await page.goto(`${inbox.origin}/report`);
  const charts = await page.locator('svg').count();
  assert.ok(charts >= 1, `charts drawn: ${charts}`);
  const box = await page.locator('svg').first().boundingBox();
  assert.ok(box && box.width > 100 && box.height > 50, 'the chart has a size');
  assert.match(await page.locator('body').textContent(), /outdated/i, 'the rating reason from the session is reported');
  await page.screenshot({ path: join(artifactsDir, 'events-report.png'), fullPage: true });
});
