// Keyboard-only use and screen-reader structure: the panel is walked with
// the keyboard alone (the canvas rings the focused control), Tab never leaves
// the open panel, the focus returns to the launcher, and axe-core finds no
// serious or critical problem in any view.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { armEvent, artifactsDir, mirror, repoRoot, startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness.stop(); });
afterEach(async () => { await harness.closePages(); });

const axeSource = readFileSync(join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

async function openDemo(lang = 'en') {
  const session = await harness.newPage();
  await session.page.goto(`${harness.origin}/?lang=${lang}&shopper=guest`);
  await session.page.waitForFunction(() => window.HelpWidget && window.HelpWidget.version);
  return session;
}

// What has the keyboard focus, described from inside the widget's shadow root.
function focused(page) {
  return page.evaluate(() => {
    const root = document.querySelector('help-widget-root').shadowRoot;
    const element = root.activeElement;
    if (!element) return { where: document.activeElement === document.body ? 'page' : 'page-element' };
    return {
      where: element.classList.contains('launcher') ? 'launcher'
        : element.classList.contains('text-input') ? 'text-input' : 'mirror',
      tag: element.tagName.toLowerCase(),
      role: element.getAttribute('role') || '',
      focus: element.getAttribute('data-focus') || '',
      label: element.getAttribute('aria-label') || element.textContent.trim(),
    };
  });
}

function view(page) {
  return mirror(page).evaluate((m) => m.dataset.view);
}

async function waitForView(page, name) {
  await page.waitForFunction((wanted) =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror').dataset.view === wanted, name);
}

// The ring the canvas drew for the focused control, once it is drawn.
async function focusRing(page) {
  await page.waitForFunction(() => window.HelpWidget.stats().focusRing);
  return page.evaluate(() => window.HelpWidget.stats().focusRing);
}

// Counts accent-blue pixels on the ring's outline in a screenshot of the
// panel: the ring is really drawn where the stats say.
async function ringPixels(page, ring) {
  const panel = page.locator('help-widget-root .panel');
  const png = await panel.screenshot({ path: join(artifactsDir, 'keyboard-focus-ring.png') });
  return page.evaluate(async ([base64, box]) => {
    const image = new Image();
    image.src = 'data:image/png;base64,' + base64;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    let accent = 0;
    const isAccent = (x, y) => {
      const [r, g, b] = context.getImageData(Math.round(x), Math.round(y), 1, 1).data;
      return Math.abs(r - 31) < 40 && Math.abs(g - 95) < 40 && Math.abs(b - 204) < 40;
    };
    // The outer ring runs about 2 px outside the control.
    for (let x = box.x + 12; x < box.x + box.width - 12; x += 4) {
      if (isAccent(x, box.y - 2)) accent++;
      if (isAccent(x, box.y + box.height + 2)) accent++;
    }
    return accent;
  }, [png.toString('base64'), ring]);
}

test('a keyboard-only walkthrough: open, search, read, go back, close', async () => {
  const { page, problems } = await openDemo();
  // Tab from the top of the page to the launcher, as a keyboard user would.
  let where = '';
  for (let presses = 0; presses < 80 && where !== 'launcher'; presses++) {
    await page.keyboard.press('Tab');
    ({ where } = await focused(page));
  }
  assert.equal(where, 'launcher', 'Tab reaches the launcher');
  const ready = await armEvent(page, 'ready');
  await page.keyboard.press('Enter');
  await ready();
  await waitForView(page, 'home');

  // The focus is in the panel, on the search box, and the canvas rings it.
  await page.waitForFunction(() => {
    const root = document.querySelector('help-widget-root').shadowRoot;
    return root.activeElement && root.activeElement.classList.contains('text-input') &&
      root.activeElement.getAttribute('aria-label') === 'Search help';
  });
  assert.ok(await focusRing(page), 'the search box has a focus ring');

  await page.keyboard.type('refund', { delay: 20 });
  await waitForView(page, 'search');
  await page.waitForFunction(() => /results for “refund”/.test(
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror .live').textContent));
  const options = await mirror(page).locator('[role="listbox"] [role="option"]').allTextContents();
  assert.ok(options.length >= 3, `results are a listbox: ${options.join(' | ')}`);

  // Down moves from the search box into the results; the ring follows.
  await page.keyboard.press('ArrowDown');
  let now = await focused(page);
  assert.equal(now.role, 'option');
  assert.ok(options[0].startsWith(now.label.split(' ')[0]), `${now.label} is the first result`);
  const firstRing = await focusRing(page);
  await page.keyboard.press('ArrowDown');
  now = await focused(page);
  assert.equal(now.role, 'option');
  await page.waitForFunction((top) => window.HelpWidget.stats().focusRing &&
    window.HelpWidget.stats().focusRing.y > top, firstRing.y);
  // The list scrolls the focused result into view over a few frames: read
  // the ring once it has stopped moving.
  let secondRing = await focusRing(page);
  for (let tries = 0; tries < 20; tries++) {
    await page.waitForTimeout(100);
    const again = await focusRing(page);
    if (again.y === secondRing.y && again.height === secondRing.height) break;
    secondRing = again;
  }
  assert.ok(await ringPixels(page, secondRing) > 20, 'the ring is drawn on the canvas around the second result');
  const secondTitle = now.label;

  // Enter opens it; the new view's heading takes the focus.
  await page.keyboard.press('Enter');
  await waitForView(page, 'article');
  now = await focused(page);
  assert.equal(now.tag, 'h2');
  assert.ok(secondTitle.startsWith(now.label), `"${now.label}" was the focused result`);
  assert.ok(await mirror(page).locator('.text p, .text li, .text h3').count() > 0, 'the article text is in the mirror');

  // Tab reaches Back first; Enter goes back to the results.
  await page.keyboard.press('Tab');
  now = await focused(page);
  assert.equal(now.focus, 'back');
  assert.ok(await focusRing(page), 'the back button is ringed');
  await page.keyboard.press('Enter');
  await waitForView(page, 'search');

  // Escape closes, and the focus returns to the launcher.
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.querySelector('help-widget-root').shadowRoot
    .querySelector('.launcher').getAttribute('aria-expanded') === 'false');
  assert.equal((await focused(page)).where, 'launcher');
  // Closing sends the analytics batch; this test runs no inbox behind the
  // demo's endpoint, so its 503 is expected and is the only thing allowed.
  assert.deepEqual(problems.filter((text) => !/status of 503/.test(text)), []);
});

test('Tab and Shift-Tab stay inside the open panel and reach every control', async () => {
  const { page } = await openDemo();
  const ready = await armEvent(page, 'ready');
  await page.evaluate(() => window.HelpWidget.open());
  await ready();
  await waitForView(page, 'home');
  const stops = await mirror(page).evaluate((m) =>
    m.querySelectorAll('button, input, [role="option"][tabindex="0"]').length);
  const seen = new Set();
  for (let i = 0; i < stops + 3; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    assert.notEqual(now.where, 'page', 'Tab never leaves the panel');
    assert.notEqual(now.where, 'launcher');
    seen.add(now.where === 'text-input' ? 'text:' + now.label : now.focus || now.label);
  }
  assert.ok(seen.has('close') && seen.has('text:Search help'), [...seen].join(' | '));
  assert.ok([...seen].some((key) => key.startsWith('category:')), 'topics are reachable');
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Shift+Tab');
    assert.equal((await focused(page)).where === 'page', false);
  }
});

// Every view the shopper can reach, each with the page's own state.
const VIEWS = [
  ['launcher only', async () => {}],
  ['home', async (page) => { await page.evaluate(() => window.HelpWidget.open()); await waitForView(page, 'home'); }],
  ['search', async (page) => { await page.evaluate(() => window.HelpWidget.search('refund')); await waitForView(page, 'search'); }],
  ['no results', async (page) => { await page.evaluate(() => window.HelpWidget.search('xqzvv')); await waitForView(page, 'search'); }],
  ['category', async (page) => { await page.evaluate(() => window.HelpWidget.open()); await waitForView(page, 'home');
    await mirror(page).locator('button[data-action^="category:"]').first().dispatchEvent('click'); await waitForView(page, 'category'); }],
  ['intent choice', async (page) => {
    await page.evaluate(() => window.HelpWidget.search('delivery'));
    await waitForView(page, 'search');
    await mirror(page).locator('button[data-action^="intent:"]').first().dispatchEvent('click');
    await waitForView(page, 'intent');
  }],
  ['article', async (page) => { await page.evaluate(() => window.HelpWidget.openArticle('track-order')); await waitForView(page, 'article'); }],
  ['form intro', async (page) => { await page.evaluate(() => window.HelpWidget.startForm('other')); await waitForView(page, 'form'); }],
  ['form step with an error', async (page) => {
    await page.evaluate(() => window.HelpWidget.startForm('other'));
    await waitForView(page, 'form');
    await mirror(page).locator('button[data-action="form:begin"]').dispatchEvent('click');
    await page.waitForFunction(() => document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror form[data-stage="step"]'));
    await mirror(page).locator('button[data-action="form:next"]').dispatchEvent('click');
    await page.waitForFunction(() => document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror [aria-invalid="true"]'));
  }],
];

// Answers each step of the open form through the mirror's controls (first
// choice, sample text) until the review, as a keyboard or screen-reader
// user would fill it.
async function fillFormToReview(page) {
  for (let step = 0; step < 10; step++) {
    const stage = await mirror(page).locator('form').getAttribute('data-stage');
    if (stage === 'review') return;
    const fields = mirror(page).locator('form .field');
    for (let i = 0; i < await fields.count(); i++) {
      const field = fields.nth(i);
      const radio = field.locator('input[type="radio"]');
      if (await radio.count()) {
        // The mirror is off screen: set the control as assistive technology does.
        await radio.first().evaluate((input) => {
          input.checked = true;
          input.dispatchEvent(new Event('change', { bubbles: true }));
        });
        continue;
      }
      const text = field.locator('input[type="email"], input[type="text"], input[type="tel"], textarea');
      if (await text.count()) {
        const type = await text.first().getAttribute('type');
        const value = type === 'email' ? 'ann@example.com' : type === 'tel' ? '+44 20 7946 0000' : 'Where is my parcel?';
        await text.first().evaluate((input, typed) => {
          input.value = typed;
          input.dispatchEvent(new Event('change', { bubbles: true }));
        }, value);
      }
    }
    const before = await mirror(page).locator('form').getAttribute('data-step');
    await mirror(page).locator('button[data-action="form:next"]').dispatchEvent('click');
    await page.waitForFunction((was) => {
      const form = document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror form');
      return form && (form.dataset.stage === 'review' || form.dataset.step !== was);
    }, before, { timeout: 5000 }).catch(async () => {
      throw new Error('stuck on step ' + before + ': ' + await mirror(page).locator('form').textContent());
    });
  }
  throw new Error('the form never reached its review');
}

async function seriousViolations(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run({ include: [['help-widget-root']] }, { resultTypes: ['violations'] });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}

test('axe-core finds no serious or critical violation in any view', async () => {
  for (const [name, reach] of VIEWS) {
    const { page } = await openDemo();
    await reach(page);
    await page.waitForTimeout(200);
    assert.deepEqual(await seriousViolations(page), [], `view: ${name}`);
    await page.context().close();
  }
});

test('axe-core finds nothing serious in a form review, its receipt and the requests list', async () => {
  const { page } = await openDemo();
  await page.evaluate(() => window.HelpWidget.startForm('other'));
  await waitForView(page, 'form');
  await mirror(page).locator('button[data-action="form:begin"]').dispatchEvent('click');
  await fillFormToReview(page);
  assert.ok(await mirror(page).locator('.form .review').count() >= 3, 'the review lists the answers');
  assert.deepEqual(await seriousViolations(page), [], 'form review');
  await mirror(page).locator('button[data-action="form:submit"]').dispatchEvent('click');
  await waitForView(page, 'receipt');
  assert.match(await mirror(page).getAttribute('data-reference'), /^HW-/);
  assert.deepEqual(await seriousViolations(page), [], 'receipt');
  await mirror(page).locator('button[data-action="requests"]').dispatchEvent('click');
  await waitForView(page, 'requests');
  assert.equal(await mirror(page).locator('.requests li').count(), 1);
  assert.deepEqual(await seriousViolations(page), [], 'my requests');
});

test('axe-core finds nothing serious in the Chinese panel or when content fails', async () => {
  const { page } = await openDemo('zh-CN');
  await page.evaluate(() => window.HelpWidget.search('退货'));
  await waitForView(page, 'search');
  assert.deepEqual(await seriousViolations(page), [], 'Chinese search');
  const broken = await harness.newPage();
  await broken.page.goto(`${harness.origin}/test/malformed-kb.html`);
  await broken.page.waitForFunction(() => window.HelpWidget && window.HelpWidget.version);
  await broken.page.evaluate(() => window.HelpWidget.open());
  await waitForView(broken.page, 'error');
  assert.deepEqual(await seriousViolations(broken.page), [], 'content error view');
  assert.ok(await mirror(broken.page).locator('button[data-action="retry"]').count() === 1, 'the error offers a retry');
});
