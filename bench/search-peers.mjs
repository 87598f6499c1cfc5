// Search benchmark: our engine (C++ → WebAssembly) against MiniSearch,
// FlexSearch and Fuse.js, on the same corpora and the same queries, in one
// Node process. Prints two tables (speed and relevance on our KBs, then
// relevance on public labeled shopper queries) and writes the figures to
// test-results/search-peers.json.
//
//   node bench/search-peers.mjs [--sizes 1000,10000,100000] [--quick]
//        [--locales en,zh-CN] [--engines ours,minisearch,flexsearch,fuse]
//        [--seed 20240601] [--queries-dir tests/search] [--out FILE]
//        [--ours-dir build/web-release]
//        [--no-public-sets | --public-sets-only] [--eval-data DIR]
//   (or scripts/bench-search, which passes its arguments through)
//
// Per locale (assets/kb/<locale>.json) and engine:
// - relevance on the real, unscaled KB with the labelled queries of
//   tests/search/queries.<locale>.tsv ("query<TAB>expected_article_id"):
//   accuracy@1, MRR@5 (1/rank if the expected id is in the top 5, else 0),
//   recall@5;
// - at each corpus size (the real KB, then 1k/10k/100k articles grown by
//   bench/search-corpus.mjs): index build time (median of 5 builds up to 10k
//   articles, 1 build above) and p50/p95 query time in µs over the labelled
//   queries, cycled to at least 200 timed queries after a warm-up (fewer for
//   an engine too slow at that size; the table says how many).
//
// Then, unless --no-public-sets (--public-sets-only runs nothing else), each
// engine on the public labeled sets of bench/search-eval-sets.mjs, real
// content only: Bitext (4.5k queries against assets/kb/en.json) for MRR@5,
// recall@5, accuracy@1 and MRR@5 per variation tag; HINT3 SOFMattress and
// Curekart (shopper messages against tests/search/hint3/*.json) for in-scope
// accuracy@1 and MRR@5 and out-of-scope rejection. The data is read from
// --eval-data (default: ../shared/eval-data next to the checkout); a set
// whose files are missing is skipped with a note. Rejection: ours declines
// when its answer is not "confident"; the peers have no confidence signal, so
// for them rejection is "returned no result", with the same settings as
// everywhere else (no tuned score threshold). Fuse.js takes 10 to 25 ms a
// query here, so these sets take about two minutes; progress goes to stderr.
//
// Every engine starts from the same KB JSON text. Our build time is
// _hw_search_create (it parses the JSON itself); a peer's is JSON.parse +
// Markdown stripping + indexing, which is what it would pay in the widget.
// Query time covers what a caller needs to get the ranked ids back (for ours:
// the UTF-8 copy in, the call, and JSON.parse of the result). Ours is
// build/web-release/help-search.{mjs,cjs} + help-search.wasm (scripts/build);
// without it the table says "ours: not built" and the peers still run.
//
// Exits 0 whatever the figures say; 1 only on a usage error or when no KB or
// no engine could be loaded.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { scaleCorpus, stripMarkdown } from './search-corpus.mjs';
import { EVAL_TOP_K, evaluateBitext, evaluateHint3, loadSet, publicSets } from './search-eval-sets.mjs';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const TOP_K = 5;               // relevance cut-off (MRR@5, recall@5)
const TIMING_LIMIT = 10;       // results asked for per timed query
const MIN_TIMED = 200;         // timed queries per engine and size, at least
const WARMUP = 50;             // untimed queries before timing, at most...
const WARMUP_BUDGET_MS = 3000; // ...and for at most this long (at least 2 queries)
const SLOW_TIMED = 30;         // timed queries, at most, for an engine that is O(n) per query at 100k
const MIN_SLOW_TIMED = 10;     // timed queries, at least, however slow the engine
const TIME_BUDGET_US = 120e6;  // aim for the timed loop of one engine at one size
const DEFAULT_SIZES = [1000, 10000, 100000];
// Builds per engine and corpus up to 10k articles: the median of five is
// steadier than of three on a shared machine, where one build in three
// can run at half speed.
const BUILDS = 5;
const QUICK_SIZES = [1000, 10000];
const DEFAULT_SEED = 20240601;

// ---------------------------------------------------------------- helpers

const round = (value, digits = 1) =>
  value == null || !Number.isFinite(value) ? null : Number(value.toFixed(digits));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// Nearest-rank percentile.
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const nowNs = () => process.hrtime.bigint();
const msSince = (t0) => Number(nowNs() - t0) / 1e6;

function errorText(error) {
  return String((error && error.message) || error).split('\n')[0];
}

function gc() {
  if (typeof globalThis.gc === 'function') {
    globalThis.gc();
    globalThis.gc();
  }
}

const heapUsed = () => process.memoryUsage().heapUsed;

// CJK-aware tokenizer for the peers on Chinese: each run of Han/kana
// characters gives its unigrams and bigrams, any other run of letters/digits
// is one (lower-cased) word. "VAT发票怎么开" → vat, 发, 票, 怎, 么, 开, 发票, 票怎, 怎么, 么开.
const CJK_RUN = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]';
const TOKEN_RE = new RegExp(`${CJK_RUN}+|(?:(?!${CJK_RUN})[\\p{L}\\p{M}\\p{N}])+`, 'gu');
const CJK_TEST = new RegExp(`^${CJK_RUN}`, 'u');

export function cjkTokenize(text) {
  const out = [];
  for (const match of String(text).toLowerCase().matchAll(TOKEN_RE)) {
    const run = match[0];
    if (!CJK_TEST.test(run)) {
      out.push(run);
      continue;
    }
    const chars = Array.from(run);
    for (const c of chars) out.push(c);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  }
  return out;
}

const isCjkLocale = (locale) => /^(zh|ja|ko)\b/i.test(locale);
const isCjkTerm = (term) => CJK_TEST.test(term);

// The documents the peers index: plain text, tags joined for engines that
// index one string per field (Fuse takes the array and scores each tag).
function peerDocs(json) {
  const kb = JSON.parse(json);
  return kb.articles.map((a) => ({
    id: a.id,
    title: String(a.title || ''),
    tags: Array.isArray(a.tags) ? a.tags.map(String) : [],
    tagsText: Array.isArray(a.tags) ? a.tags.join(' ; ') : '',
    body: stripMarkdown(a.body),
  }));
}

function packageVersion(name) {
  try {
    return JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- engines

// Our engine. The wasm module is instantiated afresh for every corpus size,
// so that one size's heap does not carry over to the next. The module is
// build/web-release/help-search.mjs (ES module) or, as CMake builds it today,
// help-search.cjs (CommonJS: Emscripten's ES-module output does not run in
// Node); both export the MODULARIZE factory.
export function oursAdapter(dir = join(repoRoot, 'build', 'web-release')) {
  const candidates = ['help-search.mjs', 'help-search.cjs'].map((name) => join(dir, name));
  const mjs = candidates.find((path) => existsSync(path)) || candidates[0];
  const wasm = join(dir, 'help-search.wasm');
  const needed = ['_hw_search_create', '_hw_search_query', '_hw_search_destroy', '_hw_search_error',
    '_malloc', '_free', 'UTF8ToString', 'stringToUTF8', 'lengthBytesUTF8'];
  let factory = null;
  let wasmBinary = null;
  let M = null;
  let queryBuf = 0;
  let queryBufSize = 0;
  return {
    key: 'ours',
    label: 'ours (wasm)',
    settings: { module: mjs.replace(repoRoot + '/', ''), input: 'KB JSON text', note: 'engine defaults' },
    async init() {
      if (!existsSync(mjs) || !existsSync(wasm)) {
        return `not built (no ${join(dir, 'help-search.{mjs,cjs} + .wasm').replace(repoRoot + '/', '')}; run scripts/build)`;
      }
      try {
        const loaded = await import(pathToFileURL(mjs).href);
        factory = typeof loaded.default === 'function' ? loaded.default : loaded.default && loaded.default.default;
        if (typeof factory !== 'function') return `not usable: ${mjs} has no default-exported factory`;
        // Hand the bytes over: this Emscripten's glue would otherwise try
        // fetch() on a file path in Node 18+ (which has fetch) and fail.
        wasmBinary = readFileSync(wasm);
        const probe = await factory({ wasmBinary });
        const missing = needed.filter((name) => typeof probe[name] !== 'function');
        if (missing.length) return `not usable: the module does not export ${missing.join(', ')}`;
      } catch (error) {
        return `failed to load: ${errorText(error)}`;
      }
      this.settings.bytes = { module: readFileSync(mjs).length, wasm: wasmBinary.length };
      return null;
    },
    async beginGroup() {
      M = await factory({ wasmBinary });
      queryBuf = 0;
      queryBufSize = 0;
    },
    // Bytes malloc'd in the wasm heap (hw_search_heap_used), if exported.
    heapInUse() {
      return M && typeof M._hw_search_heap_used === 'function' ? M._hw_search_heap_used() >>> 0 : null;
    },
    // Size of the wasm linear memory: its high-water mark, it never shrinks.
    linearMemoryBytes() {
      if (!M) return null;
      if (M.wasmMemory) return M.wasmMemory.buffer.byteLength;
      if (M.HEAP8) return M.HEAP8.buffer.byteLength;
      return null;
    },
    build(json) {
      const size = M.lengthBytesUTF8(json) + 1;
      const ptr = M._malloc(size);
      if (!ptr) throw new Error(`malloc(${size}) failed`);
      M.stringToUTF8(json, ptr, size);
      const t0 = nowNs();
      const handle = M._hw_search_create(ptr);
      const ms = msSince(t0);
      M._free(ptr);
      if (!handle) {
        const message = M._hw_search_error();
        throw new Error(`_hw_search_create failed: ${message ? M.UTF8ToString(message) : 'no message'}`);
      }
      // Where the time went: reading the JSON (parse and checks) vs indexing.
      const phases = typeof M._hw_search_build_phase_ms === 'function'
        ? { loadMs: M._hw_search_build_phase_ms(0), indexMs: M._hw_search_build_phase_ms(1) } : null;
      return { index: handle, ms, phases };
    },
    searchFull(handle, query, limit) {
      const size = M.lengthBytesUTF8(query) + 1;
      if (size > queryBufSize) {
        if (queryBuf) M._free(queryBuf);
        queryBufSize = Math.max(256, size * 2);
        queryBuf = M._malloc(queryBufSize);
      }
      M.stringToUTF8(query, queryBuf, queryBufSize);
      const out = M._hw_search_query(handle, queryBuf, limit);
      if (!out) {
        const message = M._hw_search_error();
        throw new Error(`_hw_search_query failed: ${message ? M.UTF8ToString(message) : 'null result'}`);
      }
      return JSON.parse(M.UTF8ToString(out));
    },
    search(handle, query, limit) {
      const parsed = this.searchFull(handle, query, limit);
      return (parsed.results || []).map((r) => r.id);
    },
    dispose(handle) {
      if (handle && M) M._hw_search_destroy(handle);
    },
    endGroup() {
      M = null;
    },
  };
}

export function miniSearchAdapter(MiniSearch) {
  const boost = { title: 3, tags: 2, body: 1 };
  return {
    key: 'minisearch',
    label: 'MiniSearch',
    settings: {
      version: packageVersion('minisearch'),
      fields: ['title', 'tags', 'body'],
      searchOptions: { boost, prefix: 'true (zh: Latin terms only)', fuzzy: 0.2, combineWith: 'OR' },
      tokenize: { en: 'MiniSearch default (Unicode space/punctuation)', 'zh-CN': 'CJK unigrams + bigrams, Latin words' },
    },
    build(json, locale) {
      const t0 = nowNs();
      const docs = peerDocs(json);
      const cjk = isCjkLocale(locale);
      const options = {
        fields: ['title', 'tags', 'body'],
        extractField: (doc, field) => (field === 'tags' ? doc.tagsText : doc[field]),
        searchOptions: {
          boost,
          // A prefix of a CJK unigram/bigram is not a meaningful partial word;
          // keep prefix search for Latin words (product names, codes).
          prefix: cjk ? (term) => !isCjkTerm(term) : true,
          fuzzy: 0.2,
          combineWith: 'OR',
        },
      };
      if (cjk) options.tokenize = (text) => cjkTokenize(text);
      const index = new MiniSearch(options);
      index.addAll(docs);
      return { index, ms: msSince(t0) };
    },
    search(index, query, limit) {
      return index.search(query).slice(0, limit).map((r) => r.id);
    },
  };
}

// FlexSearch's Document search returns one ranked list per field; we fuse
// them with field weights (title 3, tags 2, body 1) by reciprocal rank, which
// keeps title hits first while still letting a document that matches in
// several fields rise. The built-in {merge: true} only concatenates the
// per-field lists (title list, then tags, then body).
export function flexSearchAdapter(FlexSearch, EnglishPreset,
  { mode = 'fused', enCharset = 'Default', enPreset = false, perField = mode === 'fused' ? 30 : TIMING_LIMIT } = {}) {
  const { Document, Encoder, Charset } = FlexSearch;
  const fields = ['title', 'tags', 'body'];
  const weights = { title: 3, tags: 2, body: 1 };
  return {
    key: 'flexsearch',
    label: 'FlexSearch',
    settings: {
      version: packageVersion('flexsearch'),
      document: { index: fields, tokenize: 'forward' },
      encoder: { en: `Charset.${enCharset}${enPreset ? ' + flexsearch/lang/en (stop words, stemmer)' : ''}`, 'zh-CN': 'Charset.Default, dedupe off, finalize → CJK unigrams + bigrams, Latin words' },
      search: { suggest: true, limitPerField: perField },
      merge: mode === 'fused' ? 'weighted reciprocal rank over fields (title 3, tags 2, body 1)' : 'built-in merge:true (title list, then tags, then body)',
    },
    build(json, locale) {
      const t0 = nowNs();
      const docs = peerDocs(json);
      const encoder = isCjkLocale(locale)
        ? new Encoder(Charset.Default, { dedupe: false, finalize: (terms) => terms.flatMap(cjkTokenize) })
        : enPreset ? new Encoder(Charset[enCharset], EnglishPreset) : new Encoder(Charset[enCharset]);
      const index = new Document({
        tokenize: 'forward',
        encoder,
        document: { id: 'n', index: fields },
      });
      for (let n = 0; n < docs.length; n++) {
        const d = docs[n];
        index.add({ n, title: d.title, tags: d.tagsText, body: d.body });
      }
      const ids = docs.map((d) => d.id);
      return { index: { index, ids }, ms: msSince(t0) };
    },
    search({ index, ids }, query, limit) {
      if (mode !== 'fused') {
        const merged = index.search(query, { limit: perField, suggest: true, merge: true });
        return merged.slice(0, limit).map((r) => ids[r.id]);
      }
      const perFieldResults = index.search(query, { limit: perField, suggest: true });
      const score = new Map();
      for (const { field, result } of perFieldResults) {
        const w = weights[field] || 1;
        for (let rank = 0; rank < result.length; rank++) {
          const n = result[rank];
          score.set(n, (score.get(n) || 0) + w / (rank + 1));
        }
      }
      return [...score.entries()]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, limit)
        .map(([n]) => ids[n]);
    },
  };
}

export function fuseAdapter(Fuse, { tokenSearch = true } = {}) {
  const keys = [{ name: 'title', weight: 3 }, { name: 'tags', weight: 2 }, { name: 'body', weight: 1 }];
  return {
    key: 'fuse',
    label: 'Fuse.js',
    slowAtScale: true, // scans every record per query
    settings: {
      version: packageVersion('fuse.js'),
      keys: 'title 3, tags 2 (array), body 1',
      threshold: 0.4,
      ignoreLocation: true,
      includeScore: true,
      useTokenSearch: tokenSearch,
      tokenize: tokenSearch ? { en: 'Fuse default (/[\\p{L}\\p{M}\\p{N}_]+/gu)', 'zh-CN': 'CJK unigrams + bigrams, Latin words' } : 'n/a (whole-query Bitap)',
    },
    build(json, locale) {
      const t0 = nowNs();
      const docs = peerDocs(json).map((d) => ({ id: d.id, title: d.title, tags: d.tags, body: d.body }));
      const options = { keys, threshold: 0.4, ignoreLocation: true, includeScore: true };
      if (tokenSearch) {
        options.useTokenSearch = true;
        if (isCjkLocale(locale)) options.tokenize = (text) => cjkTokenize(text);
      }
      const index = new Fuse(docs, options);
      return { index, ms: msSince(t0) };
    },
    search(index, query, limit) {
      return index.search(query, { limit }).map((r) => r.item.id);
    },
  };
}

// ---------------------------------------------------------------- inputs

export function readQueries(file) {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const out = [];
  for (const line of lines) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [query, expected] = line.split('\t').map((s) => (s || '').trim());
    if (!query || !expected) continue;
    if (out.length === 0 && /^(query|q)$/i.test(query) && /expected|article|id/i.test(expected)) continue; // header
    out.push({ query, expected });
  }
  return out;
}

// Wraps articles into a KB our engine accepts; categories come from the real
// KB when their ids match, else {id, title: id}.
export function wrapKb(kb, articles) {
  const known = new Map((kb.categories || []).map((c) => [c.id, c]));
  const categories = [];
  const seen = new Set();
  for (const a of articles) {
    if (seen.has(a.category)) continue;
    seen.add(a.category);
    categories.push(known.get(a.category) || { id: a.category, title: String(a.category) });
  }
  const out = {
    schema_version: 1,
    locale: kb.locale,
    categories,
    articles: articles.map((a) => ({ id: a.id, title: a.title, category: a.category, tags: a.tags, body: a.body })),
  };
  if (kb.synonyms) out.synonyms = kb.synonyms;
  return out;
}

// ---------------------------------------------------------------- measures

function relevance(adapter, index, queries) {
  let hits1 = 0;
  let hits5 = 0;
  let rr = 0;
  let confident = 0;
  let confidentCorrect = 0;
  const misses = [];
  for (const { query, expected } of queries) {
    let top;
    if (adapter.searchFull) {
      const full = adapter.searchFull(index, query, TOP_K);
      top = (full.results || []).map((r) => r.id).slice(0, TOP_K);
      if (full.confident) {
        confident++;
        if (top[0] === expected) confidentCorrect++;
      }
    } else {
      top = adapter.search(index, query, TOP_K).slice(0, TOP_K);
    }
    const rank = top.indexOf(expected) + 1;
    if (rank === 1) hits1++;
    if (rank >= 1) {
      hits5++;
      rr += 1 / rank;
    }
    if (rank !== 1) misses.push({ query, expected, rank: rank || null, top });
  }
  const n = queries.length || 1;
  const result = {
    queries: queries.length,
    accuracyAt1: round(hits1 / n, 3),
    mrrAt5: round(rr / n, 3),
    recallAt5: round(hits5 / n, 3),
    misses,
  };
  if (adapter.searchFull) {
    result.confidentShare = round(confident / n, 3);
    result.confidentPrecision = confident ? round(confidentCorrect / confident, 3) : null;
  }
  return result;
}

// Warm-up: WARMUP queries or WARMUP_BUDGET_MS, whichever comes first. Timed:
// at least MIN_TIMED (one full pass over the labelled queries if longer),
// unless that would take more than TIME_BUDGET_US at the speed seen in the
// warm-up; then as many as fit, but at least MIN_SLOW_TIMED. An engine that
// scans every record per query (Fuse) gets at most SLOW_TIMED at 100k.
function timeQueries(adapter, index, queries, size) {
  const slow = adapter.slowAtScale && size >= 100000;
  let sink = 0;
  let warm = 0;
  const t0 = nowNs();
  const minWarm = slow ? 1 : 2;
  while (warm < WARMUP && (warm < minWarm || msSince(t0) < WARMUP_BUDGET_MS)) {
    sink += adapter.search(index, queries[warm % queries.length], TIMING_LIMIT).length;
    warm++;
  }
  const warmMeanUs = (msSince(t0) * 1000) / warm;
  const planned = slow ? SLOW_TIMED : Math.max(MIN_TIMED, queries.length);
  let count = planned;
  if (warmMeanUs * count > TIME_BUDGET_US) count = Math.max(MIN_SLOW_TIMED, Math.floor(TIME_BUDGET_US / warmMeanUs));
  count = Math.min(count, planned);
  const samples = new Array(count);
  for (let i = 0; i < count; i++) {
    const query = queries[(i + warm) % queries.length];
    const start = nowNs();
    const ids = adapter.search(index, query, TIMING_LIMIT);
    samples[i] = Number(nowNs() - start) / 1000;
    sink += ids.length;
  }
  let reduced = null;
  if (count < MIN_TIMED) {
    reduced = slow
      ? `scans every record: ${count} timed queries at ${size} articles`
      : `${(warmMeanUs / 1e6).toFixed(2)} s per query: ${count} timed queries (time budget)`;
  }
  return {
    timed: count,
    warmup: warm,
    reduced,
    p50Us: round(percentile(samples, 50), 1),
    p95Us: round(percentile(samples, 95), 1),
    meanUs: round(samples.reduce((a, b) => a + b, 0) / count, 1),
    maxUs: round(Math.max(...samples), 1),
    sink,
  };
}

// Builds (median of `builds` runs), measures relevance on `queries` if any,
// times the timing queries. The index is handed back only through holder.
function measureEngine(adapter, json, locale, builds, queries, timingQueries, articleCount, row, holder) {
  const times = [];
  const phases = [];
  for (let b = 0; b < builds; b++) {
    if (holder.index != null && adapter.dispose) adapter.dispose(holder.index);
    holder.index = null;
    gc();
    const built = adapter.build(json, locale);
    holder.index = built.index;
    times.push(built.ms);
    if (built.phases) phases.push(built.phases);
  }
  row.buildMs = round(median(times), 2);
  row.buildRunsMs = times.map((t) => round(t, 2));
  if (phases.length) {
    row.buildLoadMs = round(median(phases.map((p) => p.loadMs)), 2);
    row.buildIndexMs = round(median(phases.map((p) => p.indexMs)), 2);
  }
  if (queries.length) row.relevance = relevance(adapter, holder.index, queries);
  row.timing = timeQueries(adapter, holder.index, timingQueries, articleCount);
  delete row.timing.sink;
}

// ---------------------------------------------------------------- run

function parseArgs(argv) {
  const options = {
    sizes: DEFAULT_SIZES,
    locales: ['en', 'zh-CN'],
    engines: ['ours', 'minisearch', 'flexsearch', 'fuse'],
    seed: DEFAULT_SEED,
    queriesDir: join(repoRoot, 'tests', 'search'),
    out: join(repoRoot, 'test-results', 'search-peers.json'),
    oursDir: join(repoRoot, 'build', 'web-release'),
    publicSets: true,
    publicSetsOnly: false,
    evalData: join(repoRoot, '..', 'shared', 'eval-data'),
  };
  const list = (value) => String(value).split(',').map((s) => s.trim()).filter(Boolean);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) throw new Error(`${flag} needs a value`);
      return argv[++i];
    };
    switch (flag) {
      case '--quick': options.sizes = QUICK_SIZES; break;
      case '--sizes': options.sizes = list(value()).map((s) => {
        const n = Number(s.replace(/k$/i, '000'));
        if (!Number.isInteger(n) || n < 1) throw new Error(`bad size: ${s}`);
        return n;
      }); break;
      case '--locales': options.locales = list(value()); break;
      case '--engines': options.engines = list(value()); break;
      case '--seed': options.seed = Number(value()) >>> 0; break;
      case '--queries-dir': options.queriesDir = resolve(value()); break;
      case '--out': options.out = resolve(value()); break;
      case '--ours-dir': options.oursDir = resolve(value()); break;
      case '--no-public-sets': options.publicSets = false; break;
      case '--public-sets-only': options.publicSetsOnly = true; break;
      case '--eval-data': options.evalData = resolve(value()); break;
      case '-h': case '--help':
        console.log('usage: node bench/search-peers.mjs [--sizes 1000,10000,100000] [--quick] [--locales en,zh-CN]\n' +
          '       [--engines ours,minisearch,flexsearch,fuse] [--seed N] [--queries-dir DIR] [--out FILE]\n' +
          '       [--ours-dir DIR (where help-search.mjs/.wasm are; default build/web-release)]\n' +
          '       [--no-public-sets (skip the Bitext and HINT3 sets) | --public-sets-only (run only them)]\n' +
          '       [--eval-data DIR (the public labeled data: bitext/, hint3/; default ../shared/eval-data)]');
        process.exit(0);
        break;
      default: throw new Error(`unknown option: ${arg}`);
    }
  }
  if (options.publicSetsOnly && !options.publicSets) throw new Error('--public-sets-only and --no-public-sets exclude each other');
  return options;
}

async function loadEngines(wanted, oursDir) {
  const engines = [];
  const unavailable = [];
  for (const key of wanted) {
    try {
      if (key === 'ours') {
        const adapter = oursAdapter(oursDir);
        const problem = await adapter.init();
        if (problem) unavailable.push({ key, label: adapter.label, reason: problem });
        else engines.push(adapter);
      } else if (key === 'minisearch') {
        engines.push(miniSearchAdapter((await import('minisearch')).default));
      } else if (key === 'flexsearch') {
        const flex = await import('flexsearch');
        engines.push(flexSearchAdapter(flex, (await import('flexsearch/lang/en')).default));
      } else if (key === 'fuse') {
        engines.push(fuseAdapter((await import('fuse.js')).default));
      } else {
        unavailable.push({ key, label: key, reason: 'unknown engine' });
      }
    } catch (error) {
      unavailable.push({ key, label: key, reason: `failed to load: ${errorText(error)} (npm install?)` });
    }
  }
  return { engines, unavailable };
}

function printTable(rows, unavailable, notes) {
  const header = ['engine', 'locale', 'articles', 'build ms', 'p50 µs', 'p95 µs', 'queries', 'mem MB', 'acc@1', 'MRR@5', 'R@5'];
  const cell = (v, digits = 1) => (v == null ? '—' : typeof v === 'number' ? v.toFixed(digits) : String(v));
  const lines = [];
  let previousGroup = null;
  for (const r of rows) {
    const group = `${r.locale}/${r.size}`;
    if (previousGroup !== null && group !== previousGroup) lines.push(null);
    previousGroup = group;
    if (r.error) {
      lines.push([r.label, r.locale, r.sizeLabel, 'error†', '—', '—', '—', '—', '', '', '']);
      continue;
    }
    const rel = r.relevance;
    lines.push([
      r.label,
      r.locale,
      r.sizeLabel,
      cell(r.buildMs, r.buildMs != null && r.buildMs < 10 ? 2 : 1),
      cell(r.timing && r.timing.p50Us),
      cell(r.timing && r.timing.p95Us),
      r.timing ? `${r.timing.timed}${r.timing.reduced ? '*' : ''}` : '—',
      cell(r.memoryMB),
      rel ? cell(rel.accuracyAt1, 3) : '',
      rel ? cell(rel.mrrAt5, 3) : '',
      rel ? cell(rel.recallAt5, 3) : '',
    ]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...lines.filter(Boolean).map((l) => String(l[i]).length)));
  const numeric = new Set([2, 3, 4, 5, 6, 7, 8, 9, 10]);
  const fmt = (l) => l.map((v, i) => (numeric.has(i) ? String(v).padStart(widths[i]) : String(v).padEnd(widths[i]))).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  console.log(fmt(header));
  console.log(rule);
  for (const l of lines) console.log(l ? fmt(l) : '');
  console.log(rule);
  for (const u of unavailable) console.log(`${u.key}: ${u.reason}`);
  for (const n of notes) console.log(n);
}

// ---------------------------------------------------------------- public sets

// Each engine on each public labeled set (bench/search-eval-sets.mjs), on the
// set's real content: one build, then every query once, asking for 5 results.
async function runPublicSets(engines, options, log) {
  const rows = [];
  const inputs = {};
  const notes = [];
  for (const set of publicSets(repoRoot, options.evalData)) {
    const loaded = loadSet(set);
    if (loaded.missing) {
      notes.push(`${set.label}: skipped, missing ${loaded.missing.map((p) => p.replace(repoRoot + '/', '')).join(', ')}`);
      continue;
    }
    const kbText = readFileSync(set.kb, 'utf8');
    const kb = JSON.parse(kbText);
    const locale = kb.locale || 'en';
    const articleIds = new Set(kb.articles.map((a) => a.id));
    const unknown = new Set(loaded.queries.filter((q) => q.expected !== null && !articleIds.has(q.expected)).map((q) => q.expected));
    if (unknown.size) notes.push(`${set.label}: the label map names ids not in the content (those queries score 0): ${[...unknown].join(', ')}`);
    const rel = (path) => relative(repoRoot, path);
    inputs[set.key] = {
      label: set.label, kb: rel(set.kb), articles: kb.articles.length, locale, data: rel(set.data), map: rel(set.map),
      queries: loaded.queries.length, unmapped: loaded.unmapped,
    };
    for (const adapter of engines) {
      const row = { engine: adapter.key, label: adapter.label, set: set.key, setLabel: set.label, kind: set.kind };
      rows.push(row);
      let index = null;
      try {
        if (adapter.beginGroup) await adapter.beginGroup();
        gc();
        const built = adapter.build(kbText, locale);
        index = built.index;
        row.buildMs = round(built.ms, 2);
        // Ours declines when not confident; a peer only by returning nothing.
        const ask = adapter.searchFull
          ? (query) => {
            const full = adapter.searchFull(index, query, EVAL_TOP_K);
            return { ids: (full.results || []).map((r) => r.id), rejected: !full.confident };
          }
          : (query) => {
            const ids = adapter.search(index, query, EVAL_TOP_K);
            return { ids, rejected: ids.length === 0 };
          };
        row.rejection = adapter.searchFull ? 'not confident' : 'no result';
        const t0 = nowNs();
        log(`${set.label} ${adapter.label}: ${loaded.queries.length} queries...`);
        // A progress line at most every 5 s (Fuse takes about a minute on Bitext).
        let lastLog = nowNs();
        const progress = (done, total) => {
          if (msSince(lastLog) < 5000) return;
          lastLog = nowNs();
          log(`${set.label} ${adapter.label}: ${done}/${total} queries, ${(msSince(t0) / 1000).toFixed(0)} s`);
        };
        const result = set.kind === 'bitext' ? evaluateBitext(loaded.queries, ask, progress) : evaluateHint3(loaded.queries, ask, progress);
        row.seconds = round(msSince(t0) / 1000, 1);
        row.meanQueryUs = round((msSince(t0) * 1000) / Math.max(1, loaded.queries.length), 1);
        for (const [key, value] of Object.entries(result)) {
          if (key === 'byTag') {
            row.byTag = Object.fromEntries(Object.entries(value).map(([tag, s]) => [tag, { queries: s.queries, mrrAt5: round(s.mrrAt5, 6) }]));
          } else {
            // Six decimals: the table rounds these to three once, not twice.
            row[key] = Number.isInteger(value) ? value : round(value, 6);
          }
        }
        log(`${set.label} ${adapter.label}: done in ${row.seconds} s` +
          (set.kind === 'bitext' ? `, MRR@5 ${row.mrrAt5}` : `, in-scope MRR@5 ${row.inScopeMrrAt5}, OOS rejected ${row.outOfScopeRejection}`));
      } catch (error) {
        row.error = errorText(error);
        log(`${set.label} ${adapter.label}: ${row.error}`);
      } finally {
        try {
          if (index != null && adapter.dispose) adapter.dispose(index);
        } catch { /* the module may be unusable after an abort */ }
        index = null;
        if (adapter.endGroup) adapter.endGroup();
        gc();
      }
    }
  }
  return { rows, inputs, notes };
}

function printPublicTable(rows, notes) {
  const header = ['engine', 'set', 'queries', 'MRR@5', 'R@5', 'acc@1', 'MRR@5 by tag', 'OOS rej.', 'answered'];
  const cell = (v, digits = 3) => (v == null ? '—' : v.toFixed(digits));
  // ".805" rather than "0.805" in the per-tag cell, to keep it short.
  const short = (v) => v.toFixed(3).replace(/^0(?=\.)/, '');
  const lines = [];
  let previous = null;
  for (const r of rows) {
    if (previous !== null && r.set !== previous) lines.push(null);
    previous = r.set;
    if (r.error) {
      lines.push([r.label, r.setLabel, 'error†', '', '', '', '', '', '']);
      continue;
    }
    if (r.kind === 'bitext') {
      lines.push([r.label, r.setLabel, String(r.queries), cell(r.mrrAt5), cell(r.recallAt5), cell(r.accuracyAt1),
        Object.entries(r.byTag).map(([tag, s]) => `${tag}${short(s.mrrAt5)}`).join(' '), '—', '—']);
    } else {
      lines.push([r.label, r.setLabel, `${r.inScope}+${r.outOfScope}`, cell(r.inScopeMrrAt5), cell(r.inScopeRecallAt5),
        cell(r.inScopeAccuracyAt1), '', cell(r.outOfScopeRejection), cell(r.answeredCorrectly)]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...lines.filter(Boolean).map((l) => String(l[i]).length)));
  const numeric = new Set([2, 3, 4, 5, 7, 8]);
  const fmt = (l) => l.map((v, i) => (numeric.has(i) ? String(v).padStart(widths[i]) : String(v).padEnd(widths[i]))).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  console.log('');
  console.log(fmt(header));
  console.log(rule);
  for (const l of lines) console.log(l ? fmt(l) : '');
  console.log(rule);
  for (const n of notes) console.log(n);
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`search-peers: ${errorText(error)}`);
    process.exit(1);
  }
  const started = Date.now();
  const { engines, unavailable } = await loadEngines(options.engines, options.oursDir);
  if (!engines.length) {
    for (const u of unavailable) console.error(`${u.key}: ${u.reason}`);
    console.error('search-peers: no engine to run');
    process.exit(1);
  }
  const log = (message) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
  if (typeof globalThis.gc !== 'function') log('note: run node with --expose-gc for steadier memory figures (scripts/bench-search does)');

  const rows = [];
  const notes = [];
  const inputs = {};
  for (const locale of options.publicSetsOnly ? [] : options.locales) {
    const kbPath = join(repoRoot, 'assets', 'kb', `${locale}.json`);
    if (!existsSync(kbPath)) {
      notes.push(`${locale}: no ${kbPath}; skipped`);
      continue;
    }
    const kbText = readFileSync(kbPath, 'utf8');
    const kb = JSON.parse(kbText);
    const articleIds = new Set(kb.articles.map((a) => a.id));
    const queriesPath = join(options.queriesDir, `queries.${locale}.tsv`);
    let labelled = [];
    if (existsSync(queriesPath)) labelled = readQueries(queriesPath);
    else notes.push(`${locale}: ${queriesPath} missing: no relevance figures; timing uses the article titles as queries`);
    const unknown = labelled.filter((q) => !articleIds.has(q.expected));
    if (unknown.length) {
      notes.push(`${locale}: ${unknown.length} labelled queries name an id not in the KB (left out): ` +
        unknown.slice(0, 5).map((q) => `"${q.query}" → ${q.expected}`).join('; ') + (unknown.length > 5 ? '; ...' : ''));
    }
    const queries = labelled.filter((q) => articleIds.has(q.expected));
    const timingQueries = queries.length ? queries.map((q) => q.query) : kb.articles.map((a) => a.title);
    inputs[locale] = {
      kb: `assets/kb/${locale}.json`,
      articles: kb.articles.length,
      queriesFile: existsSync(queriesPath) ? queriesPath.replace(repoRoot + '/', '') : null,
      labelledQueries: labelled.length,
      usedQueries: queries.length,
      timingQueries: queries.length ? 'labelled queries' : 'article titles',
      corpora: [],
    };

    const sizes = [{ size: kb.articles.length, label: `${kb.articles.length} (KB)`, real: true },
      ...options.sizes.map((n) => ({ size: n, label: n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n), real: false }))];
    for (const { size, label, real } of sizes) {
      let json = kbText;
      let articleCount = kb.articles.length;
      if (!real) {
        const t0 = nowNs();
        const articles = scaleCorpus(kb, size, options.seed);
        articleCount = articles.length;
        json = JSON.stringify(wrapKb(kb, articles));
        log(`${locale} ${label}: corpus of ${articleCount} articles, ${(Buffer.byteLength(json) / 1e6).toFixed(1)} MB JSON, made in ${msSince(t0).toFixed(0)} ms`);
      }
      inputs[locale].corpora.push({ size: label, articles: articleCount, jsonMB: round(Buffer.byteLength(json) / 1e6, 2) });
      const builds = real || size <= 10000 ? BUILDS : 1;
      for (const adapter of engines) {
        const row = { engine: adapter.key, label: adapter.label, locale, size: articleCount, sizeLabel: label, real };
        rows.push(row);
        const holder = { index: null };
        try {
          if (adapter.beginGroup) await adapter.beginGroup();
          measureEngine(adapter, json, locale, builds, real ? queries : [], timingQueries, articleCount, row, holder);
          if (adapter.heapInUse) {
            // Wasm heap in use with the index alive minus once destroyed.
            const linear = adapter.linearMemoryBytes();
            if (linear != null) row.wasmLinearMemoryMB = round(linear / 1048576, 1);
            const withIndex = adapter.heapInUse();
            if (withIndex != null) {
              adapter.dispose(holder.index);
              holder.index = null;
              row.memoryMB = round((withIndex - adapter.heapInUse()) / 1048576, 1);
              row.memoryKind = 'wasm heap (malloc) held by the index and its KB, from hw_search_heap_used';
            } else if (linear != null) {
              row.memoryMB = row.wasmLinearMemoryMB;
              row.memoryKind = 'wasm linear memory after the builds (high-water mark, includes the KB JSON copy)';
            }
          } else {
            // Heap with the index alive minus heap once it is dropped, both
            // right after full collections. (The index only lives in holder:
            // measureEngine's frame, which also saw it, has returned.)
            gc();
            const withIndex = heapUsed();
            holder.index = null;
            gc();
            row.memoryMB = round((withIndex - heapUsed()) / 1048576, 1);
            row.memoryKind = 'JS heap held by the index (heap with it minus heap without it, after full GCs)';
          }
          log(`${locale} ${label} ${adapter.label}: build ${row.buildMs} ms` +
            (row.buildIndexMs != null ? ` (JSON ${row.buildLoadMs} + index ${row.buildIndexMs})` : '') + `, p50 ${row.timing.p50Us} µs, p95 ${row.timing.p95Us} µs` +
            (row.memoryMB != null ? `, ${row.memoryMB} MB` : '') + (row.relevance ? `, MRR@5 ${row.relevance.mrrAt5}` : ''));
        } catch (error) {
          row.error = errorText(error);
          log(`${locale} ${label} ${adapter.label}: ${row.error}`);
        } finally {
          try {
            if (holder.index != null && adapter.dispose) adapter.dispose(holder.index);
          } catch { /* the module may be unusable after an abort */ }
          holder.index = null;
          if (adapter.endGroup) adapter.endGroup();
          gc();
        }
      }
      json = null;
      gc();
    }
  }

  const pub = options.publicSets ? await runPublicSets(engines, options, log) : { rows: [], inputs: {}, notes: [] };
  if (!rows.length && !pub.rows.length) {
    for (const n of [...notes, ...pub.notes]) console.error(n);
    console.error('search-peers: nothing measured');
    process.exit(1);
  }
  for (const r of rows) {
    if (r.relevance && r.relevance.confidentShare != null) {
      notes.push(`${r.label} ${r.locale}: "confident" on ${(100 * r.relevance.confidentShare).toFixed(0)}% of the labelled queries` +
        (r.relevance.confidentPrecision != null ? `, top-1 right on ${(100 * r.relevance.confidentPrecision).toFixed(0)}% of those` : ''));
    }
  }
  for (const r of rows.filter((row) => row.error)) notes.push(`† ${r.label} ${r.locale} ${r.sizeLabel}: ${r.error}`);
  const reducedRows = rows.filter((r) => r.timing && r.timing.reduced);
  if (reducedRows.length) {
    notes.push('* fewer timed queries: ' + reducedRows.map((r) => `${r.label} ${r.locale} ${r.sizeLabel} (${r.timing.reduced})`).join('; '));
  }
  if (rows.length) notes.unshift(
    `relevance (acc@1, MRR@5, R@5) is measured on the real KB rows only; synthetic sizes are for speed. ` +
      `Query timing asks for ${TIMING_LIMIT} results; build = median of ${BUILDS} builds up to 10k articles (ours: the first in a fresh wasm instance), 1 above.`,
    `mem MB: memory held by the index: ours = wasm heap in use (hw_search_heap_used; includes the parsed KB with the article text); ` +
      `peers = JS heap (MiniSearch and FlexSearch keep no text; Fuse keeps the documents).`,
  );

  if (rows.length) printTable(rows, unavailable, notes);
  if (pub.rows.length) {
    for (const r of pub.rows.filter((row) => row.error)) pub.notes.push(`† ${r.label} ${r.setLabel}: ${r.error}`);
    pub.notes.unshift(
      'Public labeled sets, on the real content only; every query asks for 5 results. Bitext: queries mapped to an article; ' +
        'MRR@5, R@5 and acc@1 overall, MRR@5 per variation tag (a query counts for every letter it carries: Z typos, K keyword-only, Q colloquial, ...).',
      'HINT3: queries = in scope + out of scope (OOS); MRR@5, R@5, acc@1 on the in-scope ones. OOS rej. = share of the OOS queries rejected: ' +
        'ours rejects when its answer is not "confident"; the peers have no confidence signal, so for them a rejection is "returned no result" ' +
        '(with the settings the benchmark gives each peer everywhere, no tuned score threshold). answered = share of all queries answered right at rank 1 (not rejected), or OOS and rejected.',
    );
    if (!rows.length) for (const u of unavailable) pub.notes.push(`${u.key}: ${u.reason}`);
    printPublicTable(pub.rows, pub.notes);
  }

  const report = {
    generated: new Date().toISOString(),
    durationS: round((Date.now() - started) / 1000, 1),
    node: process.version,
    machine: { cpus: cpus().length, cpuModel: cpus()[0] && cpus()[0].model, memoryGB: round(totalmem() / 1073741824, 1) },
    options: {
      sizes: options.sizes, locales: options.locales, seed: options.seed, topK: TOP_K, timingLimit: TIMING_LIMIT,
      minTimed: MIN_TIMED, warmup: WARMUP, warmupBudgetMs: WARMUP_BUDGET_MS, timeBudgetS: TIME_BUDGET_US / 1e6,
      slowTimedAt100k: SLOW_TIMED, minTimedWhenSlow: MIN_SLOW_TIMED, gcExposed: typeof globalThis.gc === 'function',
      publicSets: options.publicSets, publicSetsOnly: options.publicSetsOnly,
    },
    inputs,
    publicSets: options.publicSets ? { evalData: relative(repoRoot, options.evalData), topK: EVAL_TOP_K, inputs: pub.inputs, rows: pub.rows, notes: pub.notes } : null,
    engines: Object.fromEntries(engines.map((e) => [e.key, { label: e.label, settings: e.settings }])),
    unavailable,
    rows,
    notes,
  };
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, JSON.stringify(report, null, 2) + '\n');
  console.log(`wrote ${options.out.replace(repoRoot + '/', '')} (${report.durationS} s)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error && error.stack ? error.stack : error);
    process.exit(1);
  });
}
