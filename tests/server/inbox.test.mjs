// The help_inbox server, run as the real binary on loopback with a temporary
// database: status codes, idempotency, validation, limits, CORS, files and
// the escaped inbox page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startInbox } from '../browser/inbox.mjs';
import { PDF_BYTES, PNG_BYTES, freshReference, makeReference, sampleTicket } from './ticket-fixtures.mjs';

const ALLOWED = 'http://127.0.0.1:8080';
const MAX_BODY = 256 * 1024;

function postJson(inbox, ticket, { key = ticket.reference, headers = {} } = {}) {
  return fetch(inbox.endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}), ...headers },
    body: typeof ticket === 'string' ? ticket : JSON.stringify(ticket),
  });
}

function postMultipart(inbox, ticket, files) {
  const form = new FormData();
  form.append('ticket', JSON.stringify(ticket));
  for (const { bytes, type, name } of files) form.append('file', new Blob([bytes], { type }), name);
  return fetch(inbox.endpoint, { method: 'POST', headers: { 'Idempotency-Key': ticket.reference }, body: form });
}

describe('help_inbox', () => {
  let inbox;
  before(async () => { inbox = await startInbox({ allowOrigin: ALLOWED, maxBody: MAX_BODY }); });
  after(async () => {
    const { code, signal } = await inbox.stop();
    // A clean exit: no sanitizer report, no crash.
    assert.equal(inbox.stderr(), '');
    assert.ok(code === 0 || signal === 'SIGTERM', `exit ${code} ${signal}`);
  });

  test('the reference helper matches the core (all-zero bytes)', () => {
    assert.equal(makeReference([0, 0, 0, 0, 0]), 'HW-000-000-000');
  });

  test('health check', async () => {
    const response = await fetch(`${inbox.origin}/healthz`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { ok: true });
  });

  test('a valid ticket gets 201 and exactly one row; a replay gets 200 and no new row', async () => {
    const before = (await inbox.rows()).length;
    const ticket = sampleTicket();
    const first = await postJson(inbox, ticket);
    assert.equal(first.status, 201);
    const created = await first.json();
    assert.equal(created.status, 'created');
    assert.equal(created.reference, ticket.reference);
    assert.deepEqual(created.ticket, ticket);
    assert.equal((await inbox.rows()).length, before + 1);

    const replay = await postJson(inbox, ticket);
    assert.equal(replay.status, 200);
    const replayed = await replay.json();
    assert.equal(replayed.status, 'replayed');
    assert.deepEqual(replayed.ticket, ticket);
    assert.equal(replayed.received_at, created.received_at);
    assert.equal((await inbox.rows()).length, before + 1);

    const stored = await inbox.ticket(ticket.reference);
    assert.deepEqual(stored.ticket, ticket);
    assert.equal(stored.form_id, 'wrong-item');
    // Lowercase and confusable letters find the same ticket.
    assert.equal((await inbox.ticket(ticket.reference.toLowerCase())).reference, ticket.reference);
  });

  test('an invalid ticket gets 400 naming the field, and nothing is stored', async () => {
    const before = (await inbox.rows()).length;
    const ticket = sampleTicket({ answers: { email: null } });
    const response = await postJson(inbox, ticket);
    assert.equal(response.status, 400);
    const body = await response.json();
    assert.equal(body.pointer, '/answers/email');
    assert.match(body.error, /string, number, boolean or list of strings/);
    assert.equal((await inbox.rows()).length, before);

    const badType = await postJson(inbox, sampleTicket({ attachments: [{ field: 'photo', name: 'x.gif', type: 'image/gif', size: 10 }] }));
    assert.equal(badType.status, 400);
    assert.equal((await badType.json()).pointer, '/attachments/0/type');
  });

  test('the Idempotency-Key must be present and equal the reference', async () => {
    const ticket = sampleTicket();
    const missing = await postJson(inbox, ticket, { key: null });
    assert.equal(missing.status, 400);
    assert.match((await missing.json()).error, /Idempotency-Key/);
    const other = await postJson(inbox, ticket, { key: freshReference() });
    assert.equal(other.status, 400);
    assert.equal((await other.json()).pointer, '/reference');
    const notAReference = await postJson(inbox, ticket, { key: 'abc' });
    assert.equal(notAReference.status, 400);
  });

  test('a body over --max-body gets 413', async () => {
    const ticket = sampleTicket({ answers: { description: 'x'.repeat(MAX_BODY) } });
    const response = await postJson(inbox, ticket);
    assert.equal(response.status, 413);
    assert.match((await response.json()).error, /too large/);
  });

  test('hostile text is stored exactly and shown escaped on /inbox', async () => {
    const hostile = {
      script: '<script>alert("x")</script><img src=x onerror=alert(1)>',
      long: 'ab'.repeat(5000),
      emoji: '👩‍👩‍👧 🙂 ✔︎',
      rtl: '\u202Eשלום عربى\u202C',
      quotes: `"'&amp;</td></tr>`,
    };
    const ticket = sampleTicket({ answers: hostile, customer: { name: '<b>Eve</b>' } });
    const response = await postJson(inbox, ticket);
    assert.equal(response.status, 201);
    const stored = await inbox.ticket(ticket.reference);
    assert.deepEqual(stored.ticket.answers, hostile);
    assert.equal(stored.ticket.customer.name, '<b>Eve</b>');

    const page = await fetch(`${inbox.origin}/inbox`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type'), /text\/html/);
    assert.match(page.headers.get('content-security-policy'), /default-src 'none'/);
    const html = await page.text();
    assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(!html.includes('<script'));
    assert.ok(!html.includes('<img'));
    assert.ok(!html.includes('<b>Eve'));
    assert.ok(html.includes('&quot;&#39;&amp;amp;&lt;/td&gt;&lt;/tr&gt;'));
    assert.ok(html.includes(hostile.long));
    assert.ok(html.includes(hostile.emoji));
    assert.ok(html.includes(hostile.rtl));
    assert.ok(html.includes(ticket.reference));
  });

  test('malformed bodies get 400 and the server keeps working', async () => {
    const key = freshReference();
    for (const body of ['', '{', 'null', '[]', '{"schema_version":1}', '['.repeat(10000), Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])]) {
      const response = await fetch(inbox.endpoint, {
        method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key }, body,
      });
      assert.equal(response.status, 400, String(body).slice(0, 20));
      assert.equal(typeof (await response.json()).error, 'string');
    }
    const wrongType = await fetch(inbox.endpoint, { method: 'POST', headers: { 'Content-Type': 'text/plain', 'Idempotency-Key': key }, body: 'hi' });
    assert.equal(wrongType.status, 415);
    const health = await fetch(`${inbox.origin}/healthz`);
    assert.equal(health.status, 200);
  });

  test('CORS: the allowed origin may post, any other may not', async () => {
    const preflight = await fetch(inbox.endpoint, {
      method: 'OPTIONS',
      headers: { Origin: ALLOWED, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), ALLOWED);
    assert.match(preflight.headers.get('access-control-allow-headers'), /Idempotency-Key/);
    assert.match(preflight.headers.get('access-control-allow-headers'), /Content-Type/);
    assert.match(preflight.headers.get('access-control-allow-methods'), /POST/);

    const ticket = sampleTicket();
    const allowed = await postJson(inbox, ticket, { headers: { Origin: ALLOWED } });
    assert.equal(allowed.status, 201);
    assert.equal(allowed.headers.get('access-control-allow-origin'), ALLOWED);
    // Errors carry the header too, so the widget can read the reason.
    const invalid = await postJson(inbox, sampleTicket({ form_id: 'BAD' }), { headers: { Origin: ALLOWED } });
    assert.equal(invalid.status, 400);
    assert.equal(invalid.headers.get('access-control-allow-origin'), ALLOWED);

    const evil = 'https://evil.example';
    const otherPreflight = await fetch(inbox.endpoint, { method: 'OPTIONS', headers: { Origin: evil, 'Access-Control-Request-Method': 'POST' } });
    assert.equal(otherPreflight.headers.get('access-control-allow-origin'), null);
    assert.notEqual(otherPreflight.status, 204);
    const before = (await inbox.rows()).length;
    const otherPost = await postJson(inbox, sampleTicket(), { headers: { Origin: evil } });
    assert.equal(otherPost.status, 403);
    assert.equal(otherPost.headers.get('access-control-allow-origin'), null);
    assert.equal((await inbox.rows()).length, before);
  });

  test('attachments travel in one multipart request and are checked by their bytes', async () => {
    const ticket = sampleTicket({
      attachments: [
        { field: 'photo', name: 'broken mug.png', type: 'image/png', size: PNG_BYTES.length },
        { field: 'receipt', name: 'receipt.pdf', type: 'application/pdf', size: PDF_BYTES.length },
      ],
    });
    const response = await postMultipart(inbox, ticket, [
      { bytes: PNG_BYTES, type: 'image/png', name: 'broken mug.png' },
      { bytes: PDF_BYTES, type: 'application/pdf', name: 'receipt.pdf' },
    ]);
    assert.equal(response.status, 201, await response.clone().text());
    const stored = await inbox.ticket(ticket.reference);
    assert.equal(stored.files.length, 2);
    const download = await fetch(inbox.origin + stored.files[0].url);
    assert.equal(download.status, 200);
    assert.equal(download.headers.get('content-type'), 'image/png');
    assert.match(download.headers.get('content-disposition'), /^attachment/);
    assert.deepEqual(Buffer.from(await download.arrayBuffer()), PNG_BYTES);
    const html = await (await fetch(`${inbox.origin}/inbox`)).text();
    assert.ok(html.includes('broken mug.png'));
  });

  test('a file whose bytes are not its declared type is rejected', async () => {
    const fake = Buffer.from('<html><script>alert(1)</script></html>');
    const ticket = sampleTicket({ attachments: [{ field: 'photo', name: 'photo.png', type: 'image/png', size: fake.length }] });
    const before = (await inbox.rows()).length;
    const response = await postMultipart(inbox, ticket, [{ bytes: fake, type: 'image/png', name: 'photo.png' }]);
    assert.equal(response.status, 400);
    const body = await response.json();
    assert.equal(body.pointer, '/attachments/0/type');
    assert.match(body.error, /not image\/png/);
    assert.equal((await inbox.rows()).length, before);

    const pdfAsPng = sampleTicket({ attachments: [{ field: 'photo', name: 'photo.png', type: 'image/png', size: PDF_BYTES.length }] });
    const mismatch = await postMultipart(inbox, pdfAsPng, [{ bytes: PDF_BYTES, type: 'image/png', name: 'photo.png' }]);
    assert.equal(mismatch.status, 400);
  });

  test('listed attachments must all arrive, with their declared sizes', async () => {
    const listed = sampleTicket({ attachments: [{ field: 'photo', name: 'a.png', type: 'image/png', size: PNG_BYTES.length }] });
    const jsonOnly = await postJson(inbox, listed);
    assert.equal(jsonOnly.status, 400);
    assert.equal((await jsonOnly.json()).pointer, '/attachments');

    const wrongSize = sampleTicket({ attachments: [{ field: 'photo', name: 'a.png', type: 'image/png', size: PNG_BYTES.length + 1 }] });
    const response = await postMultipart(inbox, wrongSize, [{ bytes: PNG_BYTES, type: 'image/png', name: 'a.png' }]);
    assert.equal(response.status, 400);
    assert.equal((await response.json()).pointer, '/attachments/0/size');

    const noTicket = new FormData();
    noTicket.append('file', new Blob([PNG_BYTES], { type: 'image/png' }), 'a.png');
    const missing = await fetch(inbox.endpoint, { method: 'POST', headers: { 'Idempotency-Key': listed.reference }, body: noTicket });
    assert.equal(missing.status, 400);
    assert.match((await missing.json()).error, /"ticket"/);
  });

  test('unknown tickets and paths are 404 with a JSON body', async () => {
    assert.equal((await fetch(`${inbox.endpoint}/HW-000-000-000`)).status, 404);
    assert.equal((await fetch(`${inbox.endpoint}/not-a-reference`)).status, 404);
    const missing = await fetch(`${inbox.origin}/nothing-here`);
    assert.equal(missing.status, 404);
    assert.equal((await missing.json()).error, 'not found');
  });
});
