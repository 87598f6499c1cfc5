// Demo and test web server: the demo retailer page at "/", the built widget
// at "/dist/", the content editors' live preview at "/preview/" with the
// repository's sample content (read-only) under "/preview/samples/".
// Files carry an ETag (from their bytes) and a matching If-None-Match gets a
// bodiless 304, as a CDN would answer. Node's standard library only; listens
// on 127.0.0.1.
import { createHash } from 'node:crypto';
import { createServer, request as httpRequest } from 'node:http';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const LOCALES = ['en', 'es', 'zh-CN'];
// The sample content the preview's "Load samples" offers: assets/<folder>/*.json.
const SAMPLE_FOLDERS = ['kb', 'forms', 'rules'];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

// Maps a URL path under `prefix` to a file under `dir`, refusing to leave it.
function fileUnder(dir, prefix, pathname) {
  const relative = normalize(decodeURIComponent(pathname.slice(prefix.length)));
  const full = resolve(dir, '.' + sep + relative);
  return full.startsWith(resolve(dir) + sep) ? full : null;
}

// A strong validator from the bytes themselves, so a file rewritten with the
// same content keeps its ETag and a changed one never does.
function etagOf(body) {
  return '"' + createHash('sha256').update(body).digest('base64url').slice(0, 27) + '"';
}

// If-None-Match holds one or more ETags (or "*"); weak ones compare by value.
function stillFresh(req, etag) {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  return header.split(',').some((tag) => {
    const value = tag.trim().replace(/^W\//, '');
    return value === '*' || value === etag;
  });
}

async function sendFile(req, res, path, transform) {
  try {
    let body = await readFile(path);
    if (transform) body = Buffer.from(transform(body.toString('utf8')));
    const etag = etagOf(body);
    // 'no-cache': a browser may keep the file but asks each time; the answer
    // to a matching If-None-Match is a bodiless 304.
    const headers = { 'Cache-Control': 'no-cache', ETag: etag, 'X-Content-Type-Options': 'nosniff' };
    if (stillFresh(req, etag)) {
      res.writeHead(304, headers);
      return res.end();
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] || 'application/octet-stream', ...headers });
    res.end(body);
  } catch {
    sendText(res, 404, 'Not found');
  }
}

// ["kb/en.json", "forms/en.json", ...]: what "Load samples" fetches.
async function sendSampleList(res) {
  const files = [];
  for (const folder of SAMPLE_FOLDERS) {
    const names = await readdir(join(repoRoot, 'assets', folder)).catch(() => []);
    names.filter((name) => name.endsWith('.json')).sort().forEach((name) => files.push(`${folder}/${name}`));
  }
  res.writeHead(200, { 'Content-Type': TYPES['.json'], 'Cache-Control': 'no-cache' });
  res.end(JSON.stringify({ files }));
}

function redirect(res, location) {
  res.writeHead(301, { Location: location });
  res.end();
}

function sendText(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

// Requests to /api/help/ go to the ticket inbox, so the demo page submits to
// its own origin as a shop's page would. `api`: the inbox's origin, or a
// function returning it (tests swap inboxes).
function proxy(req, res, target) {
  const upstream = new URL(req.url, target);
  const forwarded = httpRequest(upstream, { method: req.method, headers: { ...req.headers, host: upstream.host } },
    (answer) => {
      res.writeHead(answer.statusCode, answer.headers);
      answer.pipe(res);
    });
  forwarded.on('error', () => sendText(res, 502, 'The ticket inbox is not reachable'));
  req.pipe(forwarded);
}

// `routes`: extra [prefix, directory] pairs (the browser tests add theirs).
export function startServer({ port = 8080, host = '127.0.0.1', routes = [], api = process.env.INBOX_URL } = {}) {
  const demoDir = join(repoRoot, 'web/demo');
  const distDir = join(repoRoot, 'dist');
  const samples = SAMPLE_FOLDERS.map((folder) => [`/preview/samples/${folder}/`, join(repoRoot, 'assets', folder)]);
  const mounts = [...routes, ['/dist/', distDir], ...samples, ['/preview/', join(repoRoot, 'web/preview')]];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const target = typeof api === 'function' ? api() : api;
    if (url.pathname.startsWith('/api/help/')) {
      return target ? proxy(req, res, target) : sendText(res, 503, 'No ticket inbox is running');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');
    if (url.pathname === '/' || url.pathname === '/index.html') {
      const requested = url.searchParams.get('lang');
      const lang = LOCALES.includes(requested) ? requested : 'en';
      return sendFile(req, res, join(demoDir, 'index.html'), (html) => html.replaceAll('{{lang}}', lang));
    }
    if (url.pathname === '/preview') return redirect(res, '/preview/');
    if (url.pathname === '/preview/samples/') return sendSampleList(res);
    for (const [prefix, dir] of mounts) {
      if (url.pathname.startsWith(prefix)) {
        const pathname = url.pathname.endsWith('/') ? url.pathname + 'index.html' : url.pathname;
        const file = fileUnder(dir, prefix, pathname);
        return file ? sendFile(req, res, file) : sendText(res, 404, 'Not found');
      }
    }
    const demoFile = fileUnder(demoDir, '/', url.pathname);
    return demoFile ? sendFile(req, res, demoFile) : sendText(res, 404, 'Not found');
  });
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveListen(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT || 8080);
  const server = await startServer({ port });
  console.log(`Demo store with the help widget: http://127.0.0.1:${server.address().port}/`);
  console.log(`Chinese: http://127.0.0.1:${server.address().port}/?lang=zh-CN`);
  console.log(`Spanish: http://127.0.0.1:${server.address().port}/?lang=es`);
  console.log(`Content preview for editors: http://127.0.0.1:${server.address().port}/preview/   (Ctrl-C stops)`);
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
