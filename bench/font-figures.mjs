// Glyph figures for the help widget: font bytes shipped, the time the browser
// spends rasterizing the first screen's glyphs, and how big the glyph atlas
// grows over a session of reading Chinese help. Used by widget-figures.mjs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const RUNS = 3;
const FONT_FILE = /\.(ttf|otf|ttc|woff2?|eot)$/i;
// A Chinese session: articles opened one after another, then searches.
const SESSION_ARTICLES = ['track-order', 'start-return', 'refund-timing', 'payment-failed', 'company-invoice'];
const SESSION_QUERIES = ['退货', '发票怎么开', '快递延误了怎么办'];

// Font files in dist/, and whether the wasm embeds Dear ImGui's default font
// (its name travels with its data).
function shippedFontBytes(distDir) {
  let bytes = 0;
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (FONT_FILE.test(name)) { bytes += statSync(path).size; files.push(path.slice(distDir.length + 1)); }
    }
  };
  walk(distDir);
  const wasm = readFileSync(join(distDir, 'help-widget-core.wasm'));
  return { bytes, files, defaultFontInWasm: wasm.includes('ProggyClean') || wasm.includes('ProggyVector') };
}

async function run(harness, origin, { locale, dpr, session }) {
  const { page } = await harness.newPage({ deviceScaleFactor: dpr });
  try {
    await page.goto(`${origin}/?lang=${locale}&shopper=guest`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.HelpWidget && window.HelpWidget.version);
    return await page.evaluate(async ([articles, queries, withSession]) => {
      const hw = window.HelpWidget;
      // Resolves once no frame has been drawn for 300 ms: every glyph is in.
      const settle = () => new Promise((done) => {
        let frames = -1;
        const check = () => {
          const now = hw.stats().frames;
          if (now === frames) return done();
          frames = now;
          setTimeout(check, 300);
        };
        check();
      });
      const mirror = () => document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror');
      const until = async (test) => { for (let i = 0; i < 400 && !test(); i++) await new Promise((r) => setTimeout(r, 25)); };
      await new Promise((resolve) => { hw.on('ready', resolve); hw.open(); });
      await settle();
      const first = hw.stats().fonts;
      if (!withSession) return { first };
      for (const id of articles) {
        hw.openArticle(id);
        await until(() => mirror().dataset.view === 'article' && mirror().querySelector('.text'));
        await settle();
      }
      for (const query of queries) {
        hw.search(query);
        await until(() => mirror().dataset.view === 'search' && mirror().querySelector('h2').textContent === query);
        await settle();
      }
      return { first, session: hw.stats().fonts };
    }, [SESSION_ARTICLES, SESSION_QUERIES, session]);
  } finally {
    await page.context().close().catch(() => {});
  }
}

function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function summarize(samples) {
  const pick = (key) => {
    const values = samples.map((s) => s[key]);
    return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
  };
  return {
    glyphs: pick('glyphs'), rasterMs: pick('rasterMs'),
    atlas: samples.map((s) => `${s.atlasWidth}x${s.atlasHeight}`),
    fontBytesShipped: samples.map((s) => s.fontBytesShipped),
  };
}

export async function measureFonts(harness, origin, distDir) {
  const cases = [
    { name: 'first screen, en, dpr 1', locale: 'en', dpr: 1, session: false },
    { name: 'first screen, zh-CN, dpr 1', locale: 'zh-CN', dpr: 1, session: true },
    { name: 'first screen, zh-CN, dpr 2', locale: 'zh-CN', dpr: 2, session: true },
  ];
  const results = [];
  for (const c of cases) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await run(harness, origin, c));
    results.push({
      name: c.name, locale: c.locale, dpr: c.dpr,
      firstScreen: summarize(runs.map((r) => r.first)),
      session: c.session ? summarize(runs.map((r) => r.session)) : null,
    });
  }
  return {
    runs: RUNS, shipped: shippedFontBytes(distDir), cases: results,
    session: { articles: SESSION_ARTICLES, queries: SESSION_QUERIES },
  };
}

export function fontReport(fonts) {
  if (fonts.error) return ['Glyphs', '  unavailable: ' + fonts.error];
  const n = (v, d = 0) => (v == null ? 'n/a' : Number(v).toFixed(d));
  const range = (s, d = 0) => `${n(s.median, d)}  [${n(s.min, d)}–${n(s.max, d)}]`;
  const out = [`Glyphs (browser-rasterized; medians of ${fonts.runs} fresh pages, [min–max])`];
  const s = fonts.shipped;
  out.push(`  font bytes shipped: ${s.bytes} (font files in dist/: ${s.files.join(', ') || 'none'}; ` +
    `ImGui default font in the wasm: ${s.defaultFontInWasm ? 'YES' : 'no'}; ` +
    `stats().fonts.fontBytesShipped: ${[...new Set(fonts.cases.flatMap((c) => c.firstScreen.fontBytesShipped))].join(', ')})`);
  for (const c of fonts.cases) {
    const f = c.firstScreen;
    out.push(`  ${c.name}: ${range(f.glyphs)} glyphs rasterized in ${range(f.rasterMs, 1)} ms; atlas ${[...new Set(f.atlas)].join(', ')}`);
    if (c.session) {
      const t = c.session;
      out.push(`    after 5 articles + 3 searches: ${range(t.glyphs)} glyphs, ${range(t.rasterMs, 1)} ms in all; atlas ${[...new Set(t.atlas)].join(', ')}`);
    }
  }
  out.push(`  session: articles ${fonts.session.articles.join(', ')}; queries ${fonts.session.queries.join(' / ')}`);
  return out;
}
