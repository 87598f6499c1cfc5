// Theming end to end: the OS colour scheme (and switching it live), the
// shop's brand colour, side and text size, and reduced motion. Colours are
// read from screenshots of the panel, so what is checked is what a shopper
// sees; the screenshots are kept in test-results/.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { armEvent, artifactsDir, startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness.stop(); });
afterEach(async () => { await harness.closePages(); });

const HEADER = 52;  // the header bar's height in CSS px at text size 1

async function openThemed(query = '', options = {}) {
  const session = await harness.newPage(options);
  await session.page.goto(`${harness.origin}/test/theming.html${query}`);
  await session.page.waitForFunction(() => window.HelpWidget && window.HelpWidget.version);
  return session;
}

async function openPanel(page) {
  const ready = await armEvent(page, 'ready');
  await page.evaluate(() => window.HelpWidget.open());
  await ready();
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror').dataset.view === 'home');
  await settle(page);
}

// Waits until the panel has stopped drawing (it draws only on change).
async function settle(page) {
  let frames = -1;
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(150);
    const now = await page.evaluate(() => window.HelpWidget.stats().frames);
    if (now === frames) return;
    frames = now;
  }
}

const panelLocator = (page) => page.locator('help-widget-root .panel');

// A screenshot of the panel, saved under test-results/ when named, decoded
// to RGBA by the browser itself.
async function panelPixels(page, name) {
  const options = name ? { path: join(artifactsDir, name) } : {};
  const png = await panelLocator(page).screenshot(options);
  const decoded = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = 'data:image/png;base64,' + base64;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const rgba = context.getImageData(0, 0, image.width, image.height).data;
    let binary = '';
    for (let i = 0; i < rgba.length; i += 0x8000) binary += String.fromCharCode.apply(null, rgba.subarray(i, i + 0x8000));
    return { width: image.width, height: image.height, data: btoa(binary) };
  }, png.toString('base64'));
  const data = Buffer.from(decoded.data, 'base64');
  return {
    width: decoded.width,
    height: decoded.height,
    at(x, y) {
      const i = (y * decoded.width + x) * 4;
      return [data[i], data[i + 1], data[i + 2]];
    },
  };
}

// WCAG relative luminance of an sRGB pixel.
function luminance([r, g, b]) {
  const c = [r, g, b].map((v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

// Below the header: the share of dark and light pixels, and the background
// (the most common colour).
function bodyTones(pixels, top = HEADER + 4) {
  let dark = 0, light = 0, total = 0;
  const counts = new Map();
  for (let y = top; y < pixels.height; y += 2) {
    for (let x = 0; x < pixels.width; x += 2) {
      const p = pixels.at(x, y);
      const l = luminance(p);
      if (l < 0.05) dark++;
      if (l > 0.6) light++;
      total++;
      const key = p.join(',');
      counts.set(key, (counts.get(key) || 0) + 1);
    }
  }
  const background = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0].split(',').map(Number);
  return { darkShare: dark / total, lightShare: light / total, background };
}

// Rows of the header title (the text at the bar's left), from the first to
// the last row holding a pixel of the text colour.
function titleHeight(pixels, headerHeight, isText) {
  let first = -1, last = -1;
  for (let y = 0; y < headerHeight; y++) {
    for (let x = 8; x < Math.floor(pixels.width * 0.6); x++) {
      if (isText(pixels.at(x, y))) {
        if (first < 0) first = y;
        last = y;
        break;
      }
    }
  }
  return first < 0 ? 0 : last - first + 1;
}

const near = (a, b, tolerance = 6) => a.every((v, i) => Math.abs(v - b[i]) <= tolerance);
const rgb = (text) => (text.match(/\d+/g) || []).slice(0, 3).map(Number);

test('a dark OS setting gives a dark panel with light text, and switching it re-themes live', async () => {
  const { page, problems } = await openThemed('', { colorScheme: 'dark' });
  await openPanel(page);
  const dark = bodyTones(await panelPixels(page, 'theme-dark.png'));
  assert.ok(luminance(dark.background) < 0.02, `dark background ${dark.background}`);
  assert.ok(dark.darkShare > 0.5, `mostly dark (${dark.darkShare})`);
  assert.ok(dark.lightShare > 0.01, `light text is drawn (${dark.lightShare})`);
  const panelBackground = () => page.evaluate(() => getComputedStyle(
    document.querySelector('help-widget-root').shadowRoot.querySelector('.panel')).backgroundColor);
  assert.equal(await panelBackground(), 'rgb(21, 24, 29)');

  // The shopper's OS switches to light while the panel is open.
  const framesBefore = await page.evaluate(() => window.HelpWidget.stats().frames);
  await page.emulateMedia({ colorScheme: 'light' });
  await settle(page);
  const light = bodyTones(await panelPixels(page, 'theme-light.png'));
  assert.deepEqual(light.background, [255, 255, 255]);
  assert.ok(light.darkShare > 0.01 && light.darkShare < 0.3, `dark text on light (${light.darkShare})`);
  assert.equal(await panelBackground(), 'rgb(255, 255, 255)');
  const frames = await page.evaluate(() => window.HelpWidget.stats().frames) - framesBefore;
  assert.ok(frames >= 1 && frames <= 6, `one redraw, not an animation (${frames} frames)`);
  assert.deepEqual(problems, []);
});

test('data-theme overrides the OS setting both ways', async () => {
  const forcedDark = await openThemed('?theme=dark', { colorScheme: 'light' });
  await openPanel(forcedDark.page);
  assert.ok(luminance(bodyTones(await panelPixels(forcedDark.page)).background) < 0.02);
  const forcedLight = await openThemed('?theme=light', { colorScheme: 'dark' });
  await openPanel(forcedLight.page);
  assert.deepEqual(bodyTones(await panelPixels(forcedLight.page)).background, [255, 255, 255]);
  // A forced theme ignores the OS switching.
  await forcedLight.page.emulateMedia({ colorScheme: 'light' });
  await forcedLight.page.emulateMedia({ colorScheme: 'dark' });
  await settle(forcedLight.page);
  assert.deepEqual(bodyTones(await panelPixels(forcedLight.page)).background, [255, 255, 255]);
});

test('the brand colour paints the launcher, the header and the panel buttons', async () => {
  const { page, problems } = await openThemed('?brand=%230a7d4f');
  const launcher = page.locator('help-widget-root .launcher');
  const style = await launcher.evaluate((element) => {
    const computed = getComputedStyle(element);
    return { background: computed.backgroundColor, color: computed.color };
  });
  assert.equal(style.background, 'rgb(10, 125, 79)');
  assert.equal(style.color, 'rgb(255, 255, 255)');
  await openPanel(page);
  const home = await panelPixels(page, 'theme-brand.png');
  assert.ok(near(home.at(5, 5), [10, 125, 79], 2), `header ${home.at(5, 5)}`);

  // A guided form's intro has a primary button: brand-coloured, below the header.
  await page.evaluate(() => window.HelpWidget.startForm('return-request'));
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror').dataset.view === 'form');
  await settle(page);
  const form = await panelPixels(page, 'theme-brand-button.png');
  let buttonPixels = 0;
  for (let y = HEADER + 8; y < form.height; y++)
    for (let x = 0; x < form.width; x++)
      if (near(form.at(x, y), [10, 125, 79], 2)) buttonPixels++;
  assert.ok(buttonPixels > 1500, `a brand-coloured button is drawn (${buttonPixels} pixels)`);
  assert.deepEqual(problems, []);
});

test('a light brand colour gets dark text on the launcher and in the header', async () => {
  const { page } = await openThemed('?brand=%23ffd700');
  const launcher = page.locator('help-widget-root .launcher');
  assert.equal(await launcher.evaluate((element) => getComputedStyle(element).color), 'rgb(17, 17, 17)');
  await openPanel(page);
  const pixels = await panelPixels(page, 'theme-brand-yellow.png');
  assert.ok(near(pixels.at(5, 5), [255, 215, 0], 2));
  const darkText = titleHeight(pixels, HEADER, (p) => luminance(p) < 0.05);
  assert.ok(darkText >= 8, `the title is drawn in near-black (${darkText} rows)`);
});

test('data-side="left" puts the launcher and the panel on the left, on phones too', async () => {
  const desktop = await openThemed('?side=left');
  await openPanel(desktop.page);
  const launcherBox = await desktop.page.locator('help-widget-root .launcher').boundingBox();
  const panelBox = await panelLocator(desktop.page).boundingBox();
  assert.equal(launcherBox.x, 20);
  assert.equal(panelBox.x, 20);

  const phone = await openThemed('?side=left', { viewport: { width: 375, height: 700 }, isMobile: true, hasTouch: true });
  const phoneLauncher = await phone.page.locator('help-widget-root .launcher').boundingBox();
  assert.ok(phoneLauncher.x < 375 / 2, `launcher on the left (${phoneLauncher.x})`);
  await openPanel(phone.page);
  const phonePanel = await panelLocator(phone.page).boundingBox();
  assert.equal(phonePanel.x, 0);
  assert.equal(phonePanel.width, 375);

  const right = await openThemed('');
  const rightLauncher = await right.page.locator('help-widget-root .launcher').boundingBox();
  assert.equal(rightLauncher.x + rightLauncher.width, 1280 - 20);
});

test('data-radius rounds the panel, the launcher and the notice button', async () => {
  const { page } = await openThemed('?radius=4');
  const radii = await page.evaluate(() => {
    const root = document.querySelector('help-widget-root').shadowRoot;
    return ['.panel', '.launcher', '.notice button'].map((s) => getComputedStyle(root.querySelector(s)).borderTopLeftRadius);
  });
  assert.deepEqual(radii, ['4px', '4px', '4px']);
  const clamped = await openThemed('?radius=500');
  assert.equal(await clamped.page.locator('help-widget-root .launcher').evaluate((e) => getComputedStyle(e).borderTopLeftRadius), '28px');
});

test('text size 1.5 makes the panel text taller, from the attribute and the API', async () => {
  const normal = await openThemed('');
  await openPanel(normal.page);
  const white = (p) => p[0] > 200 && p[1] > 200 && p[2] > 200;
  const normalHeight = titleHeight(await panelPixels(normal.page), HEADER, white);

  const large = await openThemed('?textSize=1.5');
  await openPanel(large.page);
  const largePixels = await panelPixels(large.page, 'theme-large-text.png');
  const largeHeight = titleHeight(largePixels, Math.round(HEADER * 1.5), white);
  assert.ok(normalHeight >= 8, `title drawn at size 1 (${normalHeight} rows)`);
  const ratio = largeHeight / normalHeight;
  assert.ok(ratio > 1.3 && ratio < 1.7, `title ${normalHeight} -> ${largeHeight} rows (x${ratio.toFixed(2)})`);
  // The panel grows with its text, so the layout keeps its line lengths.
  assert.equal((await panelLocator(large.page).boundingBox()).width, 570);

  // The same, live, through the API on the normal page.
  await normal.page.evaluate(() => window.HelpWidget.setTextSize(1.5));
  await settle(normal.page);
  const liveHeight = titleHeight(await panelPixels(normal.page), Math.round(HEADER * 1.5), white);
  assert.ok(Math.abs(liveHeight - largeHeight) <= 2, `setTextSize(1.5): ${liveHeight} rows, attribute: ${largeHeight}`);
  // Taps land where things are drawn at the new size: the search field
  // under the taller header takes the typing.
  const box = await panelLocator(normal.page).boundingBox();
  await normal.page.mouse.click(box.x + box.width / 2, box.y + HEADER * 1.5 + 36 * 1.5 / 2 + 8);
  await normal.page.keyboard.type('refund', { delay: 20 });
  await normal.page.waitForFunction(() => {
    const m = document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror');
    return m.dataset.view === 'search' && m.querySelector('h2').textContent === 'refund';
  });
});

test('with reduced motion nothing in the widget is animated and the panel is still when idle', async () => {
  const { page } = await openThemed('', { reducedMotion: 'reduce' });
  await openPanel(page);
  const moving = await page.evaluate(() => {
    const root = document.querySelector('help-widget-root').shadowRoot;
    return [...root.querySelectorAll('*')].filter((element) => {
      const style = getComputedStyle(element);
      return style.animationName !== 'none' || style.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
    }).map((element) => element.className || element.tagName);
  });
  assert.deepEqual(moving, []);
  const before = await page.evaluate(() => window.HelpWidget.stats().frames);
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(() => window.HelpWidget.stats().frames), before, 'no frames while idle');
});

test('a guided form stays whole on a phone in the dark at text size 1.5', async () => {
  const { page, problems } = await openThemed('?textSize=1.5&brand=%230a7d4f',
    { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, colorScheme: 'dark' });
  await openPanel(page);
  await page.evaluate(() => window.HelpWidget.startForm('return-request'));
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror button[data-action="form:begin"]'));
  await page.locator('help-widget-root .mirror button[data-action="form:begin"]').dispatchEvent('click');
  await page.waitForFunction(() => {
    const form = document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror form');
    return form && form.dataset.step === 'item';
  });
  await settle(page);
  const pixels = await panelPixels(page, 'theme-phone-large-dark-form.png');
  assert.equal(pixels.width, 360);
  const tones = bodyTones(pixels, Math.round(HEADER * 1.5) + 4);
  assert.ok(luminance(tones.background) < 0.02, `dark background ${tones.background}`);
  assert.ok(tones.lightShare > 0.01, `light text (${tones.lightShare})`);
  assert.deepEqual(problems, []);
});

test('a mid-grey brand is moved just enough for 4.5:1, the same on the launcher and in the panel', async () => {
  const { page } = await openThemed('?brand=%23777777');
  const style = await page.locator('help-widget-root .launcher').evaluate((element) => {
    const computed = getComputedStyle(element);
    return { background: computed.backgroundColor, color: computed.color };
  });
  const fill = rgb(style.background), text = rgb(style.color);
  const ratio = (Math.max(luminance(fill), luminance(text)) + 0.05) / (Math.min(luminance(fill), luminance(text)) + 0.05);
  assert.ok(ratio >= 4.5, `launcher ${style.background} / ${style.color}: ${ratio.toFixed(2)}`);
  assert.notDeepEqual(fill, [0x77, 0x77, 0x77]);
  assert.ok(fill.every((v) => Math.abs(v - 0x77) < 24), `still the brand's grey (${fill})`);
  await openPanel(page);
  const header = (await panelPixels(page)).at(5, 5);
  assert.ok(near(header, fill, 1), `panel header ${header}, launcher ${fill}`);
});

test('search highlights and article links stay readable on the dark panel', async () => {
  const { page } = await openThemed('', { colorScheme: 'dark' });
  await openPanel(page);
  await page.evaluate(() => window.HelpWidget.search('refund'));
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror').dataset.view === 'search');
  await settle(page);
  const search = await panelPixels(page, 'theme-dark-search.png');
  assert.ok(luminance(bodyTones(search).background) < 0.02);
  // The highlight behind matched words is the dark palette's, not the light one's yellow.
  let darkHighlight = 0, lightHighlight = 0;
  for (let y = HEADER; y < search.height; y++)
    for (let x = 0; x < search.width; x++) {
      const p = search.at(x, y);
      if (near(p, [92, 74, 0], 3)) darkHighlight++;
      if (near(p, [255, 236, 153], 3)) lightHighlight++;
    }
  assert.ok(darkHighlight > 50 && lightHighlight === 0, `highlights: dark ${darkHighlight}, light ${lightHighlight}`);
  await page.evaluate(() => window.HelpWidget.openArticle('track-order'));
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror').dataset.view === 'article');
  await settle(page);
  assert.ok(luminance(bodyTones(await panelPixels(page, 'theme-dark-article.png')).background) < 0.02);
});
