import { startHarness, armEvent } from './harness.mjs';
const h = await startHarness();
const { page } = await h.newPage();
await page.goto(h.origin + '/');
await page.waitForFunction(() => window.HelpWidget && window.HelpWidget.version);
const ready = await armEvent(page, 'ready');
await page.evaluate(() => window.HelpWidget.open());
await ready();
await page.waitForTimeout(300);
await page.evaluate(() => { window.__v = []; window.HelpWidget.on('article_view', d => window.__v.push(d.id)); });
for (const k of ['Escape_no','ArrowDown','ArrowDown'].filter(k=>!k.endsWith('_no'))) { await page.keyboard.press(k); await page.waitForTimeout(100); }
await page.locator('help-widget-root .panel').screenshot({path: '/tmp/k1.png'});
await page.keyboard.press('Enter');
await page.waitForTimeout(300);
console.log(await page.evaluate(() => window.__v));
await h.stop();
