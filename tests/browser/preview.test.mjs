// The content editors' live preview (/preview/): the checks of helpkb
// validate in the page, findings per file with file:line:column and JSON
// pointer, and the real widget re-rendered with content that has no errors.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifactsDir, mirror, repoRoot, startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness.stop(); });
afterEach(async () => { await harness.closePages(); });

const sampleKb = readFileSync(join(repoRoot, 'assets/kb/en.json'), 'utf8');
const sampleTitle = 'Where is my order?';

// The sample English KB with one line replaced; `at` is the 1-based line
// and column where `mark` sits in the result.
function editedKb(from, to, mark) {
  assert.ok(sampleKb.includes(from), `the sample KB holds ${from}`);
  const text = sampleKb.replace(from, to);
  const offset = text.indexOf(mark, sampleKb.indexOf(from));
  const before = text.slice(0, offset).split('\n');
  return { text, at: `${before.length}:${before[before.length - 1].length + 1}` };
}

async function pick(page, name, text) {
  await page.locator('[data-file-input]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

// Drops a file on the page as a file manager would.
async function drop(page, name, text) {
  const transfer = await page.evaluateHandle(([fileName, body]) => {
    const data = new DataTransfer();
    data.items.add(new File([body], fileName, { type: 'application/json' }));
    return data;
  }, [name, text]);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  assert.equal(await page.locator('[data-drop-overlay]').isVisible(), true, 'the page invites the drop');
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
}

function summary(page) {
  return page.locator('[data-summary]');
}

// Waits until the widget's home view (its accessibility mirror) shows `text`.
function waitForHome(page, text) {
  return page.waitForFunction((value) => {
    const host = document.querySelector('help-widget-root');
    const view = host && host.shadowRoot.querySelector('.mirror');
    return view && view.dataset.view === 'home' && view.textContent.includes(value);
  }, text, { timeout: 30000 });
}

// Waits until the home view shows the card of `rule`, or no card (null).
function waitForCard(page, rule) {
  return page.waitForFunction((name) => {
    const host = document.querySelector('help-widget-root');
    const view = host && host.shadowRoot.querySelector('.mirror');
    if (!view || view.dataset.view !== 'home') return false;
    return name ? !!view.querySelector(`.card[data-rule="${name}"]`) : !view.querySelector('.card');
  }, rule, { timeout: 30000 });
}

async function openWithSamples() {
  const session = await harness.newPage({ timezoneId: 'UTC' });
  await session.page.goto(`${harness.origin}/preview/`);
  await session.page.locator('[data-load-samples]').click();
  await session.page.waitForFunction(() => document.querySelector('[data-summary]').dataset.state === 'ok');
  await waitForHome(session.page, sampleTitle);
  return session;
}

test('samples: no findings, and the widget shows the knowledge base', async () => {
  const { page, problems } = await openWithSamples();
  assert.match(await summary(page).textContent(), /^No problems in \d+ files\./);
  assert.equal(await page.locator('.finding').count(), 0);
  // Every sample is loaded; each is fine, or of a kind this build has no
  // schema for yet ("not checked").
  const files = Object.fromEntries(await page.locator('.file').evaluateAll((sections) =>
    sections.map((s) => [s.dataset.file, s.dataset.state])));
  assert.deepEqual(Object.keys(files).sort(),
    ['forms/en.json', 'forms/zh-CN.json', 'kb/en.json', 'kb/zh-CN.json', 'rules/rules.json']);
  assert.ok(Object.values(files).every((state) => state === 'ok' || state === 'note'), JSON.stringify(files));
  assert.equal(files['kb/en.json'], 'ok');
  assert.equal(files['forms/en.json'], 'ok');
  const labels = await mirror(page).locator('li button').allTextContents();
  assert.ok(labels.includes(sampleTitle), `the home view lists "${sampleTitle}": ${labels.join(' | ')}`);
  assert.match(await page.locator('[data-preview-status]').textContent(), /^Showing kb\/en\.json/);
  await page.screenshot({ path: `${artifactsDir}/preview-samples.png` });
  assert.deepEqual(problems, []);
});

test('a broken KB: findings at file:line:column with the pointer; the widget keeps the last good content; fixed, it shows the change', async () => {
  const { page, problems } = await openWithSamples();
  const widgetBefore = await page.evaluateHandle(() => window.HelpWidget);

  // A syntax error: a missing comma after the KB's title.
  const syntax = editedKb('"title": "Help centre",', '"title": "Help centre"', '"search_placeholder"');
  await pick(page, 'kb.en.json', syntax.text);
  await page.waitForFunction(() => document.querySelector('[data-summary]').dataset.state === 'error');
  const section = page.locator('.file[data-file="kb.en.json"]');
  assert.equal(await section.getAttribute('data-state'), 'error');
  assert.equal(await section.locator('.location').first().textContent(), `kb.en.json:${syntax.at}`);
  assert.match(await section.locator('.message').first().textContent(), /not valid JSON/);
  // The new file replaced the sample of the same locale.
  assert.equal(await page.locator('.file[data-file="kb/en.json"]').count(), 0);
  assert.match(await page.locator('[data-preview-status]').textContent(),
    /^kb\.en\.json has errors: the widget keeps showing the last good version \(kb\/en\.json/);
  await page.screenshot({ path: `${artifactsDir}/preview-broken.png` });

  // A wrong type: a number where the schema wants a string (dropped, this time).
  const wrongType = editedKb(`"title": "${sampleTitle}"`, '"title": 42', '42');
  await drop(page, 'kb.en.json', wrongType.text);
  await page.waitForFunction(() => document.querySelector('.file[data-file="kb.en.json"] .pointer'));
  const finding = page.locator('.file[data-file="kb.en.json"] .finding').first();
  assert.equal(await finding.locator('.location').textContent(), `kb.en.json:${wrongType.at}`);
  assert.equal(await finding.locator('.pointer').textContent(), '/articles/0/title');
  assert.equal(await finding.locator('.severity').textContent(), 'error');

  // Still the last good widget: the same instance, the sample's title.
  assert.ok(await page.evaluate((old) => window.HelpWidget === old, widgetBefore));
  assert.ok((await mirror(page).locator('li button').allTextContents()).includes(sampleTitle));

  // Fixed: no findings, and the widget restarts with the new title.
  const fixed = editedKb(`"title": "${sampleTitle}"`, '"title": "Where is my parcel right now?"', 'Where');
  await pick(page, 'kb.en.json', fixed.text);
  await page.waitForFunction(() => document.querySelector('[data-summary]').dataset.state === 'ok');
  assert.equal(await page.locator('.finding').count(), 0);
  await waitForHome(page, 'Where is my parcel right now?');
  assert.match(await page.locator('[data-preview-status]').textContent(), /^Showing kb\.en\.json/);
  assert.deepEqual(problems, []);
});

test('locale switch and sample shoppers', async () => {
  const { page, problems } = await openWithSamples();
  assert.deepEqual(await page.locator('[data-locale-select] option').allTextContents(), ['en', 'zh-CN']);
  await page.locator('[data-locale-select]').selectOption('zh-CN');
  await waitForHome(page, '我的包裹到哪了？');
  assert.match(await page.locator('[data-preview-status]').textContent(), /^Showing kb\/zh-CN\.json .*, zh-CN, updated/);

  // A guest has no cards; a shopper whose order is being prepared gets one.
  await page.locator('[data-shopper-select]').selectOption('guest');
  await waitForCard(page, null);
  await page.locator('[data-shopper-select]').selectOption('processing');
  await waitForCard(page, 'order-processing');
  assert.equal(await mirror(page).locator('.card').count(), 1);
  await page.screenshot({ path: `${artifactsDir}/preview-zh-shopper.png` });
  assert.deepEqual(problems, []);
});

test('a file that is not UTF-8 is reported where the bad byte is', async () => {
  const { page } = await openWithSamples();
  // "Help centre é" with é in Latin-1 (one byte, 0xE9), as an old editor might save it.
  const at = sampleKb.indexOf('"Help centre"') + '"Help centre'.length;
  const bytes = Buffer.concat([Buffer.from(sampleKb.slice(0, at) + ' '), Buffer.from([0xe9]), Buffer.from(sampleKb.slice(at))]);
  await page.locator('[data-file-input]').setInputFiles({ name: 'kb.en.json', mimeType: 'application/json', buffer: bytes });
  await page.waitForFunction(() => document.querySelector('[data-summary]').dataset.state === 'error');
  const finding = page.locator('.file[data-file="kb.en.json"] .finding').first();
  assert.match(await finding.locator('.message').textContent(), /UTF-8/);
  assert.match(await finding.locator('.location').textContent(), /^kb\.en\.json:5:\d+$/);
});

test('the shop\'s widget never loads the content checks', async () => {
  const { page, requests } = await harness.newPage();
  await page.goto(`${harness.origin}/`);
  await page.waitForFunction(() => window.HelpWidget && window.HelpWidget.version);
  await page.evaluate(() => window.HelpWidget.open());
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror').dataset.view === 'home', null, { timeout: 30000 });
  assert.ok(requests.some((url) => url.endsWith('help-widget-core.wasm')));
  assert.equal(requests.filter((url) => url.includes('help-content-check')).length, 0);
});
