// Tickets for the inbox tests, with references made the same way as the
// core's (Crockford base32, GF(32) check symbol), so this doubles as an
// independent check of that algorithm.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function gfMultiply(a, b) {
  let product = 0;
  for (let bit = 0; bit < 5; bit++) {
    if (b & (1 << bit)) product ^= a;
    a <<= 1;
    if (a & 0x20) a ^= 0x25;
  }
  return product;
}

export function makeReference(bytes) {
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  const symbols = [];
  for (let i = 0; i < 8; i++) symbols.push(Number((bits >> BigInt(5 * (7 - i))) & 31n));
  let sum = 0;
  for (const s of symbols) sum = gfMultiply(sum, 2) ^ s;
  symbols.push(gfMultiply(sum, 2));
  const code = symbols.map((s) => ALPHABET[s]).join('');
  return `HW-${code.slice(0, 3)}-${code.slice(3, 6)}-${code.slice(6)}`;
}

let counter = 0;
export function freshReference() {
  counter += 1;
  return makeReference([counter & 255, (counter >> 8) & 255, 0x42, Date.now() & 255, (Date.now() >> 8) & 255]);
}

export function sampleTicket(overrides = {}) {
  return {
    schema_version: 1,
    reference: freshReference(),
    form_id: 'wrong-item',
    locale: 'en',
    created_at: '2026-11-23T10:15:00+01:00',
    page_url: 'https://shop.example/orders/SO-1042',
    widget_version: '0.1.0',
    answers: { description: 'The mug arrived broken', quantity: 1, keep_item: false, issues: ['broken'] },
    order: { id: 'SO-1042', status: 'delivered', total: { amount: 49.9, currency: 'EUR' }, items: [{ id: 'SKU-1', name: 'Mug', quantity: 1 }] },
    customer: { name: 'Ada', email: 'ada@example.com' },
    attachments: [],
    ...overrides,
  };
}

// The smallest files each allowed type starts with.
export const PNG_BYTES = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(24, 7)]);
export const PDF_BYTES = Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');
