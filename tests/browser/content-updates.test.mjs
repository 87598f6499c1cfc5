// End to end: a shop publishes its help content with `helpkb build` and its
// page names the manifest (data-manifest, data-refresh-after="0"). A change
// published while a shopper is on the page shows on the next open; nothing
// changed is a 304; a broken upload keeps the last good content searchable
// and is reported once through `error`. The shop is served by the demo
// server (real ETags) from a temporary folder.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { armEvent, mirror, repoRoot, startHarness } from './harness.mjs';
import { startServer } from '../../web/server/serve.mjs';

const HELPKB = join(repoRoot, 'build/native-debug/helpkb');  // built by scripts/build
const OLD_TITLE = 'Where is my order?';
const NEW_TITLE = 'Where is my parcel right now?';

let harness;
let server;
let origin;
let root;
let shops = 0;

before(async () => {
  harness = await startHarness();  // its browser; the shop gets its own server
  root = mkdtempSync(join(tmpdir(), 'help-shop-'));
  server = await startServer({ port: 0, routes: [['/shop/', root]] });
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(async () => {
  await harness.stop();
  await new Promise((done) => server.close(done));
  rmSync(root, { recursive: true, force: true });
});
afterEach(async () => { await harness.closePages(); });

// A shop folder: the sample content as its editors' sources, published with
// helpkb build into content/, and a page whose script tag names the manifest.
function newShop() {
  const name = `shop${++shops}`;
  const dir = join(root, name);
  for (const [folder, file] of [['kb', 'en.json'], ['forms', 'en.json'], ['rules', 'rules.json']]) {
    mkdirSync(join(dir, 'sources', folder), { recursive: true });
    copyFileSync(join(repoRoot, 'assets', folder, file), join(dir, 'sources', folder, file));
  }
  writeFileSync(join(dir, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Shop</title></head>
<body><h1>Outdoor shop</h1>
<script src="/dist/help-widget.js" async data-manifest="/shop/${name}/content/manifest.json"
        data-refresh-after="0" data-locale="en"></script>
</body></html>
`);
  const shop = {
    url: `${origin}/shop/${name}/`,
    dir,
    manifestPath: join(dir, 'content', 'manifest.json'),
    publish() { execFileSync(HELPKB, ['build', join(dir, 'sources'), join(dir, 'content')], { stdio: 'pipe' }); },
    manifest() { return JSON.parse(readFileSync(shop.manifestPath, 'utf8')); },
  };
  shop.publish();
  return shop;
}

// Collects every `error` event from the page's start.
async function openShop(shop) {
  const { page, requests } = await harness.newPage();
  const answers = [];
  page.on('response', (response) => answers.push({ url: response.url(), status: response.status() }));
  await page.goto(shop.url);
  await page.waitForFunction(() => window.HelpWidget && window.HelpWidget.version);
  await page.evaluate(() => {
    window.__errors = [];
    window.HelpWidget.on('error', (detail) => window.__errors.push(detail));
  });
  return { page, requests, answers };
}

// Closes and opens the panel; `open` comes once the content round is over.
async function reopen(page) {
  const opened = await armEvent(page, 'open');
  await page.evaluate(() => { window.HelpWidget.close(); window.HelpWidget.open(); });
  return opened();
}

// The article titles the mirror lists for `query`, once `expected` is among
// them or after a short wait (so a missing title fails the assertion below).
async function titlesFor(page, query, expected) {
  await page.evaluate((q) => window.HelpWidget.search(q), query);
  await page.waitForFunction((wanted) => {
    const view = document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror');
    if (view.dataset.view !== 'search') return false;
    const titles = [...view.querySelectorAll('[role="option"][data-action^="article:"] .title')].map((b) => b.textContent);
    return titles.length > 0 && (!wanted || titles.includes(wanted));
  }, expected, { timeout: 10000 }).catch(() => {});
  return mirror(page).locator('[role="option"][data-action^="article:"] .title').allTextContents();
}

test('published content shows on the next open; unchanged content is a 304', async () => {
  const shop = newShop();
  const firstKb = shop.manifest().files['kb.en'].path;
  const { page, requests, answers } = await openShop(shop);
  const ready = await armEvent(page, 'ready');
  await page.evaluate(() => window.HelpWidget.open());
  assert.equal((await ready()).content, 'ok');
  assert.ok((await titlesFor(page, 'where is my order', OLD_TITLE)).includes(OLD_TITLE));
  assert.ok(requests.some((url) => url.endsWith('/content/' + firstKb)), 'the hashed kb named by the manifest');

  // Nothing published since: the manifest answers 304 and nothing else is asked for.
  const kbRequests = requests.filter((url) => url.includes('/content/kb.')).length;
  await reopen(page);
  const manifestAnswers = answers.filter((a) => a.url.endsWith('/content/manifest.json'));
  assert.deepEqual(manifestAnswers.map((a) => a.status), [200, 304]);
  assert.equal(requests.filter((url) => url.includes('/content/kb.')).length, kbRequests);

  // The editors change an article's title and publish.
  const source = join(shop.dir, 'sources/kb/en.json');
  writeFileSync(source, readFileSync(source, 'utf8').replace(`"${OLD_TITLE}"`, `"${NEW_TITLE}"`));
  shop.publish();
  const secondKb = shop.manifest().files['kb.en'].path;
  assert.notEqual(secondKb, firstKb);
  await reopen(page);
  assert.ok(requests.some((url) => url.endsWith('/content/' + secondKb)));
  const titles = await titlesFor(page, 'where is my parcel right now', NEW_TITLE);
  assert.ok(titles.includes(NEW_TITLE), `new title listed: ${titles.join(' | ')}`);
  assert.ok(!titles.includes(OLD_TITLE), 'the old title is gone');
  assert.deepEqual(await page.evaluate(() => window.__errors), []);
});

test('a broken upload keeps the last good content searchable and says which file', async () => {
  const shop = newShop();
  const { page } = await openShop(shop);
  const ready = await armEvent(page, 'ready');
  await page.evaluate(() => window.HelpWidget.open());
  assert.equal((await ready()).content, 'ok');
  const before = await titlesFor(page, 'refund', null);
  assert.ok(before.length > 0);
  const statusBefore = await mirror(page).locator('.status').textContent();

  // A truncated file reaches the CDN and the manifest points at it.
  const good = readFileSync(join(shop.dir, 'content', shop.manifest().files['kb.en'].path), 'utf8');
  writeFileSync(join(shop.dir, 'content', 'kb.en.0badc0de.json'), good.slice(0, 4000));
  const manifest = shop.manifest();
  manifest.files['kb.en'] = { path: 'kb.en.0badc0de.json', bytes: 4000, sha256: '0badc0de' };
  writeFileSync(shop.manifestPath, JSON.stringify(manifest));

  const error = await armEvent(page, 'error');
  await reopen(page);
  const detail = await error();
  assert.equal(detail.code, 'syntax');
  assert.ok(detail.source.endsWith('/content/kb.en.0badc0de.json'), detail.source);
  assert.equal(detail.line, 1);  // minified: one line
  assert.ok(detail.column > 3000, `column ${detail.column}`);
  assert.equal(detail.kept, true);
  // The shopper sees the same good answers, and no error in the panel.
  assert.deepEqual(await titlesFor(page, 'refund', null), before);
  assert.equal(await mirror(page).locator('.status').textContent(), statusBefore);
  await page.evaluate(() => window.HelpWidget.openArticle('track-order'));
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror').dataset.view === 'article');
  assert.equal(await mirror(page).locator('h2').textContent(), OLD_TITLE);
  // Reported once, even when the panel opens again on the same broken manifest.
  await reopen(page);
  assert.equal(await mirror(page).locator('h2').textContent(), OLD_TITLE);
  assert.equal((await page.evaluate(() => window.__errors)).length, 1);
});
