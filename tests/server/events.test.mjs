// Event intake on the real help_inbox binary: batches as sendBeacon sends
// them, bad events named by index, CORS, the body cap, and /report.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startInbox } from '../browser/inbox.mjs';

const ALLOWED = 'http://127.0.0.1:8080';

function event(name, data, { session = 'sess-node-0001', at = '2026-11-23T10:15:00+01:00', locale = 'en' } = {}) {
  return { schema_version: 1, event: name, at, session, locale, widget_version: '0.1.0', page: '/orders', data };
}

const fixture = readFileSync(new URL('../events/fixture-events.jsonl', import.meta.url), 'utf8')
  .split('\n').filter((line) => line.trim()).map((line) => { try { return JSON.parse(line); } catch { return null; } })
  .filter((value) => value && value.event !== 'page_view');

describe('help_inbox events', () => {
  let inbox;
  let endpoint;
  before(async () => {
    inbox = await startInbox({ allowOrigin: ALLOWED });
    endpoint = `${inbox.origin}/api/help/events`;
  });
  after(async () => {
    const { code, signal } = await inbox.stop();
    assert.equal(inbox.stderr(), '');
    assert.ok(code === 0 || signal === 'SIGTERM', `exit ${code} ${signal}`);
  });

  // What navigator.sendBeacon(url, string) sends: text/plain, no preflight.
  const beacon = (body, headers = {}) => fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain;charset=UTF-8', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

  test('a batch sent as text/plain is accepted with 202 and counts', async () => {
    const batch = [
      event('open', { cards: ['parcel-late'] }),
      event('search', { results: 0, zero_results: true, confident: false }),
      event('article_view', { article: 'track-order', category: 'orders' }),
      event('close', {}),
    ];
    const response = await beacon(batch, { Origin: ALLOWED });
    assert.equal(response.status, 202);
    assert.equal(response.headers.get('access-control-allow-origin'), ALLOWED);
    assert.deepEqual(await response.json(), { accepted: 4, rejected: 0, errors: [] });

    const asJson = await fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify([event('close', {})]) });
    assert.equal(asJson.status, 202);
  });

  test('a bad event is rejected with its index; the rest are kept', async () => {
    const batch = [
      event('close', {}),
      event('form_submit', { form: 'return-request', email: 'eve@example.com' }),
      event('page_view', {}),
      event('search', { query: 'where is my parcel', results: 2, zero_results: false, confident: true }),
    ];
    const response = await beacon(batch);
    assert.equal(response.status, 202);
    const body = await response.json();
    assert.equal(body.accepted, 1);
    assert.equal(body.rejected, 3);
    assert.deepEqual(body.errors.map((e) => e.index), [1, 2, 3]);
    assert.equal(body.errors[0].pointer, '/data/email');
    assert.match(body.errors[1].error, /page_view/);
    // Search text is refused: this inbox was not started with --collect-queries.
    assert.equal(body.errors[2].pointer, '/data/query');
    assert.match(body.errors[2].error, /collect_queries is off/);
  });

  test('not a batch, another origin, another type, too large', async () => {
    assert.equal((await beacon('{"event":"open"}')).status, 400);
    assert.equal((await beacon('[')).status, 400);
    assert.equal((await beacon([event('close', {})], { Origin: 'https://evil.example' })).status, 403);
    const form = new FormData();
    form.append('x', 'y');
    assert.equal((await fetch(endpoint, { method: 'POST', body: form })).status, 415);
    const big = await beacon(JSON.stringify([event('close', {})]) + ' '.repeat(70 * 1024));
    assert.equal(big.status, 413);
    assert.match((await big.json()).error, /at most 65536 bytes/);
  });

  test('CORS preflight for fetch with application/json', async () => {
    const preflight = await fetch(endpoint, {
      method: 'OPTIONS',
      headers: { Origin: ALLOWED, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), ALLOWED);
    assert.match(preflight.headers.get('access-control-allow-headers'), /Content-Type/);
    const other = await fetch(endpoint, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
    assert.notEqual(other.status, 204);
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });

  test('/report renders the stored events with charts, escaped', async () => {
    // The fixture without its search text (not collected here), in batches.
    const events = fixture.map((e) => {
      const copy = structuredClone(e);
      delete copy.data.query;
      delete copy.data.comment;
      return copy;
    });
    for (let i = 0; i < events.length; i += 50) {
      const response = await beacon(events.slice(i, i + 50));
      assert.equal(response.status, 202);
      assert.equal((await response.json()).rejected, 0);
    }
    const page = await fetch(`${inbox.origin}/report`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type'), /text\/html/);
    assert.match(page.headers.get('content-security-policy'), /default-src 'none'/);
    const html = await page.text();
    assert.ok(html.includes('<svg'));
    assert.ok(html.includes('Deflection over time'));
    assert.ok(html.includes('Funnel of delivery-problem'));
    assert.ok(!html.includes('<script'));

    const day = await (await fetch(`${inbox.origin}/report?from=2026-11-21&to=2026-11-21`)).text();
    assert.match(day, /<b>5<\/b><span>panel sessions/);
    const chinese = await (await fetch(`${inbox.origin}/report?locale=zh-CN`)).text();
    assert.match(chinese, /<b>4<\/b><span>panel sessions/);
    assert.equal((await fetch(`${inbox.origin}/report?from=yesterday`)).status, 400);
    const hostile = await (await fetch(`${inbox.origin}/report?locale=${encodeURIComponent('<script>x</script>')}`)).text();
    assert.ok(!hostile.includes('<script>x'));
    assert.ok(hostile.includes('&lt;script&gt;x&lt;/script&gt;'));
  });

  test('an empty inbox still renders a report', async () => {
    const empty = await startInbox({});
    try {
      const page = await fetch(`${empty.origin}/report`);
      assert.equal(page.status, 200);
      assert.ok((await page.text()).includes('No sessions in this range.'));
    } finally {
      await empty.stop();
    }
  });
});
