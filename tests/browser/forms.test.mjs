// End to end: a guided form started from a first-screen card, filled in
// through the accessibility mirror's real form controls, submitted to a
// real ticket inbox (help_inbox on loopback, behind the shop's /api/help/),
// and delivered exactly once through offline spells, reloads and 500s.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mirror, armEvent, startHarness } from './harness.mjs';
import { startInbox } from './inbox.mjs';
import { screenshotColours } from './screenshots.mjs';

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

function shadow(page, fn, arg) {
  return page.evaluate(([source, value]) => {
    const m = document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror');
    return new Function('m', 'value', source)(m, value);
  }, [fn, arg]);
}

function waitForForm(page, selector) {
  return page.waitForFunction((css) =>
    !!document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror ' + css), selector, { timeout: 20000 });
}

async function press(page, action) {
  await mirror(page).locator(`button[data-action="${action}"]`).first().dispatchEvent('click');
}

// Picks an option or types into a field the way a screen reader user would.
async function choose(page, field, value) {
  await shadow(page, `
    const input = m.querySelector('[data-field="${field}"] input[value="${value}"]');
    if (!input) throw new Error('no option ${value} of ${field} in ' + m.innerHTML);
    input.checked = true;
    input.dispatchEvent(new Event('change'));`);
}

async function type(page, field, text) {
  await shadow(page, `
    const input = m.querySelector('[data-field="${field}"] input, [data-field="${field}"] textarea');
    input.value = value;
    input.dispatchEvent(new Event('change'));`, text);
}

async function openShopper(shopper) {
  const session = await harness.newPage({ timezoneId: 'UTC' });
  await session.page.goto(`${harness.origin}/?lang=en&shopper=${shopper}`);
  await session.page.waitForFunction(() => window.HelpWidget && window.HelpWidget.version);
  await session.page.waitForFunction(() => document.querySelector('[data-orders-body] tr'));
  const opened = await armEvent(session.page, 'open');
  await session.page.evaluate(() => window.HelpWidget.open());
  await opened();
  return session;
}

// From Emma's "delivered" card to the review of a return request.
async function returnRequestToReview(page, { fitNote } = {}) {
  const started = await armEvent(page, 'form_start');
  await press(page, 'suggestion:delivered-recently:start-return:NW-20305');
  assert.deepEqual(await started(), { form: 'return-request', source: 'suggestion', resumed: false });
  await waitForForm(page, '.form[data-stage="intro"]');
  const needs = await mirror(page).locator('.form .need').allTextContents();
  assert.ok(needs.length >= 1, 'the form says up front what it needs');
  await press(page, 'form:begin');
  await waitForForm(page, '.form[data-step="item"]');
  // The order and the item come from the card: nothing to retype.
  assert.equal(await shadow(page, `return m.querySelector('[data-field="order"] input:checked').value`), 'NW-20305');
  assert.equal(await shadow(page, `return m.querySelector('[data-field="item"] input:checked').value`), 'sku-throw');
  // Next without a reason: the error is tied to the field and announced.
  await press(page, 'form:next');
  await waitForForm(page, '[data-field="reason"] .error');
  assert.equal(await shadow(page, `return m.querySelector('[data-field="reason"] [aria-invalid]').getAttribute('aria-describedby') ===
    m.querySelector('[data-field="reason"] .error').id`), true);
  assert.match(await mirror(page).locator('.live').textContent(), /check the marked answers/i);
  await choose(page, 'reason', 'does-not-fit');
  await press(page, 'form:next');
  await waitForForm(page, '.form[data-stage="answer"]');
  await press(page, 'form:solved:no');
  await waitForForm(page, '.form[data-step="resolution"]');
  await choose(page, 'outcome', 'exchange');
  await press(page, 'form:next');
  await waitForForm(page, '.form[data-step="exchange"]');
  await type(page, 'exchange-for', fitNote || 'The same throw in a larger size');
  await press(page, 'form:next');
  await waitForForm(page, '.form[data-step="contact"]');
  assert.equal(await shadow(page, `return m.querySelector('[data-field="email"] input').value`), 'emma@example.com');
  await press(page, 'form:next');
  await waitForForm(page, '.form[data-stage="review"]');
}

test('a return request goes from a first-screen card to a row in the inbox', async () => {
  const { page, problems } = await openShopper('delivered');
  await returnRequestToReview(page);
  await screenshotColours(page, page.locator('help-widget-root .panel'), 'form-review-en.png');
  const delivered = await armEvent(page, 'ticket_delivered');
  const submitted = await armEvent(page, 'form_submit');
  await press(page, 'form:submit');
  const { reference, ticket } = await submitted();
  assert.match(reference, /^HW-[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}$/);
  assert.equal(ticket.order.id, 'NW-20305');
  assert.equal((await delivered()).reference, reference);
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror').dataset.state === 'delivered');
  assert.equal(await mirror(page).getAttribute('data-reference'), reference);
  await screenshotColours(page, page.locator('help-widget-root .panel'), 'form-receipt-en.png');
  const stored = await inbox.ticket(reference);
  assert.ok(stored, 'the inbox has the ticket');
  const body = stored.ticket || stored;
  assert.equal(body.form_id, 'return-request');
  assert.equal(body.answers.reason, 'does-not-fit');
  assert.equal(body.answers['exchange-for'], 'The same throw in a larger size');
  assert.equal(body.customer.email, 'emma@example.com');
  assert.equal((await inbox.rows()).filter((row) => row.reference === reference).length, 1);
  // "My requests" lists it as sent.
  await press(page, 'requests');
  await page.waitForFunction(() =>
    document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror').dataset.view === 'requests');
  assert.equal(await mirror(page).locator(`.requests li[data-reference="${reference}"][data-state="delivered"]`).count(), 1);
  assert.deepEqual(problems, []);
});

test('offline, a reload, and the network back: exactly one row', async () => {
  const { page } = await openShopper('delivered');
  await returnRequestToReview(page, { fitNote: 'Offline request' });
  await page.context().setOffline(true);
  const queued = await armEvent(page, 'ticket_queued');
  await press(page, 'form:submit');
  const { reference } = await queued();
  await page.waitForTimeout(500);
  assert.notEqual(await mirror(page).getAttribute('data-state'), 'delivered');
  assert.equal(await inbox.ticket(reference), null);
  await page.context().setOffline(false);
  await page.reload();
  // Nothing opened: the loader sends what waited, by itself.
  await page.waitForFunction((ref) => {
    try {
      const outbox = JSON.parse(localStorage.getItem('help-widget:outbox'));
      return outbox.entries.some((entry) => entry.reference === ref && entry.state === 'delivered');
    } catch (error) { return false; }
  }, reference, { timeout: 30000 });
  assert.equal((await inbox.rows()).filter((row) => row.reference === reference).length, 1);
});

test('the endpoint fails twice with 500, then accepts: exactly one row', async () => {
  const { page } = await openShopper('delivered');
  await returnRequestToReview(page, { fitNote: 'Retried request' });
  let failures = 0;
  await page.route('**/api/help/tickets', (route) => {
    if (failures < 2) {
      failures += 1;
      return route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":"busy"}' });
    }
    return route.continue();
  });
  const delivered = await armEvent(page, 'ticket_delivered', 40000);
  const queued = await armEvent(page, 'ticket_queued');
  await press(page, 'form:submit');
  const { reference } = await queued();
  assert.equal((await delivered()).reference, reference);
  assert.equal(failures, 2);
  assert.equal((await inbox.rows()).filter((row) => row.reference === reference).length, 1);
});

test('hostile text is shown as text, never as HTML', async () => {
  const { page } = await openShopper('delivered');
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> مرحبا 🎉';
  await returnRequestToReview(page, { fitNote: hostile });
  const review = await mirror(page).locator('.form .review').allTextContents();
  assert.ok(review.some((line) => line.includes(hostile)), 'the answer is shown as typed');
  assert.equal(await shadow(page, `return m.querySelectorAll('img, script').length`), 0);
  const submitted = await armEvent(page, 'ticket_delivered');
  await press(page, 'form:submit');
  const { reference } = await submitted();
  const stored = await inbox.ticket(reference);
  assert.equal((stored.ticket || stored).answers['exchange-for'], hostile);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
});

// A 1×1 PNG: the inbox checks a file's first bytes against its type.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

test('a damaged item with a photo: the file travels with the ticket', async () => {
  const { page } = await openShopper('delivered');
  await page.evaluate(() => window.HelpWidget.startForm('damaged-item', { order_id: 'NW-20305', item_id: 'sku-throw' }));
  await waitForForm(page, '.form[data-stage="intro"]');
  assert.ok((await mirror(page).locator('.form .need').allTextContents()).some((need) => /photo/i.test(need)));
  await press(page, 'form:begin');
  await waitForForm(page, '.form[data-step="which"]');
  await choose(page, 'problem', 'damaged');
  await press(page, 'form:next');
  await waitForForm(page, '.form[data-step="photos"]');
  // A keyboard press is a user gesture, which the browser's file picker needs.
  const chooser = page.waitForEvent('filechooser');
  await page.evaluate(() => document.querySelector('help-widget-root').shadowRoot
    .querySelector('.mirror button[data-action="form:files:photos"]').focus());
  await page.keyboard.press('Enter');
  await (await chooser).setFiles({ name: 'damage.png', mimeType: 'image/png', buffer: PNG });
  await waitForForm(page, '[data-field="photos"] .file');
  assert.equal(await mirror(page).locator('[data-field="photos"] .file').textContent(), 'damage.png');
  await choose(page, 'packaging', 'no');
  await press(page, 'form:next');
  await waitForForm(page, '.form[data-step="resolution"]');
  await choose(page, 'outcome', 'replacement');
  await press(page, 'form:next');
  await waitForForm(page, '.form[data-step="contact"]');
  await press(page, 'form:next');
  await waitForForm(page, '.form[data-stage="review"]');
  const delivered = await armEvent(page, 'ticket_delivered');
  await press(page, 'form:submit');
  const { reference } = await delivered();
  const stored = await inbox.ticket(reference);
  const body = stored.ticket || stored;
  assert.deepEqual(body.attachments.map((file) => [file.field, file.name, file.type, file.size]),
    [['photos', 'damage.png', 'image/png', PNG.length]]);
  assert.deepEqual(body.answers.photos, ['damage.png']);
  assert.equal((stored.files || []).length, 1, JSON.stringify(Object.keys(stored)));
});

test('a half-filled form is kept on the device and resumed after a reload', async () => {
  const { page } = await openShopper('delivered');
  await page.evaluate(() => window.HelpWidget.startForm('return-request', { order_id: 'NW-20305' }));
  await waitForForm(page, '.form[data-stage="intro"]');
  await press(page, 'form:begin');
  await waitForForm(page, '.form[data-step="item"]');
  await choose(page, 'reason', 'faulty');
  await page.waitForFunction(() => (localStorage.getItem('help-widget:draft:return-request') || '').includes('faulty'));
  await page.reload();
  await page.waitForFunction(() => window.HelpWidget && window.HelpWidget.version);
  const started = await armEvent(page, 'form_start');
  await page.evaluate(() => window.HelpWidget.startForm('return-request', { order_id: 'NW-20305' }));
  assert.equal((await started()).resumed, true);
  await waitForForm(page, '.form[data-step="item"]');
  assert.equal(await shadow(page, `return m.querySelector('[data-field="reason"] input:checked').value`), 'faulty');
});
