// Content files as the preview holds them: the original bytes (what the
// widget is given), the text (what the checks read) and what the file is
// (kind and locale, read tolerantly so that a broken file still replaces the
// file it is a new version of).

const KINDS = {
  'kb.schema.json': 'kb',
  'forms.schema.json': 'forms',
  'rules.schema.json': 'rules',
};

export const KIND_LABELS = { kb: 'Knowledge base', forms: 'Forms', rules: 'Suggestion rules', other: 'Other' };

// One character per byte: the checker's lossless form of a non-UTF-8 file.
// (TextDecoder's "latin1" is windows-1252 and would remap 0x80-0x9F.)
function bytesAsLatin1(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

function schemaFileName(reference) {
  return typeof reference === 'string' ? reference.split(/[\\/]/).pop() : '';
}

// What the file says it is. A file that does not parse is read with a
// pattern: its "$schema" and top-level "locale" usually come first.
function describe(text) {
  let schema = '';
  let locale = '';
  try {
    const root = JSON.parse(text);
    if (root && typeof root === 'object') {
      schema = schemaFileName(root.$schema);
      locale = typeof root.locale === 'string' ? root.locale : '';
    }
  } catch {
    schema = schemaFileName((text.match(/"\$schema"\s*:\s*"([^"]*)"/) || [])[1]);
    locale = (text.match(/"locale"\s*:\s*"([^"]*)"/) || [])[1] || '';
  }
  return { schema, kind: KINDS[schema] || 'other', locale };
}

// `name`: as findings will show it ("kb/en.json" for samples, the file's own
// name for picked files). `bytes`: Uint8Array.
export function contentFile(name, bytes) {
  let text = null;
  try {
    // Keep a byte order mark: the checks report it as the command line does.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    text = null;  // not UTF-8: the checks get the bytes and say where
  }
  const about = describe(text ?? new TextDecoder().decode(bytes));
  return {
    name,
    bytes,
    text,
    ...about,
    loadedAt: new Date(),
    blob: new Blob([bytes], { type: 'application/json' }),
  };
}

// The form the wasm checker takes.
export function checkInput(file) {
  return file.text !== null ? { name: file.name, text: file.text } : { name: file.name, bytes: bytesAsLatin1(file.bytes) };
}

// True when `incoming` is a new version of `existing`: the same name, or the
// same kind and locale (one knowledge base per locale, one rules file).
export function replaces(incoming, existing) {
  if (incoming.name === existing.name) return true;
  if (incoming.kind === 'other' || incoming.kind !== existing.kind) return false;
  return incoming.kind === 'rules' || (incoming.locale !== '' && incoming.locale === existing.locale);
}
