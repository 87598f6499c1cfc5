// Figures for the help widget: what it costs a retailer's page in bytes and
// main-thread time, how long the panel takes to open, and that it draws
// nothing while idle. Prints a plain-text report and writes the same figures
// to test-results/bench.json. Node's standard library, playwright-core and the
// browser-test harness (Debian Chromium, headless, SwiftShader WebGL) only.
//
//   node bench/widget-figures.mjs     (or scripts/bench, which builds first)
//   node bench/widget-figures.mjs --fonts    (the glyph figures only)
//
// Exits 0 whatever the figures say; exits 1 only if the browser cannot start.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { artifactsDir, repoRoot, startHarness } from '../tests/browser/harness.mjs';
import { fontReport, measureFonts } from './font-figures.mjs';

const RUNS = 5;
const IDLE_PAGE_WAIT_MS = 3000;  // b: how long the never-opened page is watched
const IDLE_WAIT_MS = 3000;       // d: each idle window after 'ready'
const INTERACTION_WAIT_MS = 1000; // e: after HelpWidget.search('refund')
const READY_TIMEOUT_MS = 30000;
const PAGE_PATH = '/?lang=en';   // every measurement in English

const distDir = join(repoRoot, 'dist');
const FIRST_SCREEN = ['help-widget.js', 'help-widget-core.mjs', 'help-widget-core.wasm'];
const CONTENT = ['content/kb.en.json'];
const CORE_FILES = ['help-widget-core.mjs', 'help-widget-core.wasm'];

// ---------------------------------------------------------------- helpers

function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function summary(values) {
  const numbers = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (!numbers.length) return { median: null, min: null, max: null, runs: values };
  return { median: median(numbers), min: Math.min(...numbers), max: Math.max(...numbers), runs: values };
}

const round = (value, digits = 1) =>
  value == null || !Number.isFinite(value) ? null : Number(value.toFixed(digits));

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

function errorText(error) {
  return String((error && error.message) || error).split('\n')[0];
}

// ---------------------------------------------------------------- a. bytes

function fileSizes(relative) {
  const path = join(distDir, relative);
  if (!existsSync(path)) return { file: relative, missing: true, raw: null, gzip: null, brotli: null };
  const bytes = readFileSync(path);
  return {
    file: relative,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

function measureBytes() {
  const firstScreen = FIRST_SCREEN.map(fileSizes);
  const sum = (key) => (firstScreen.some((f) => f[key] == null) ? null : firstScreen.reduce((n, f) => n + f[key], 0));
  return {
    firstScreen,
    firstScreenTotal: { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') },
    content: CONTENT.map(fileSizes),
  };
}

// ---------------------------------------------------------------- page set-up

// Counts long tasks (>50 ms on the main thread) from the very start of the
// page, and notes when the loader ran: it appends <help-widget-root> at the end
// of its evaluation, and the mutation callback runs in that same task.
const LONG_TASK_INIT = `(() => {
  window.__hwLongTasks = [];
  window.__hwLoaderRanAt = null;
  const watcher = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node.nodeName === 'HELP-WIDGET-ROOT') { window.__hwLoaderRanAt = performance.now(); watcher.disconnect(); return; }
  });
  watcher.observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__hwLongTasks.push({ startTime: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) { window.__hwLongTasks = null; }
})();`;

// Counts WebGL draw calls (drawElements/drawArrays and their instanced and
// range variants) made by anything on the page; only the widget uses WebGL.
const DRAW_COUNTER_INIT = `(() => {
  window.__hwDrawCalls = 0;
  for (const Context of [self.WebGL2RenderingContext, self.WebGLRenderingContext]) {
    if (!Context) continue;
    for (const name of ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced', 'drawRangeElements']) {
      const original = Context.prototype[name];
      if (typeof original !== 'function') continue;
      Context.prototype[name] = function () { window.__hwDrawCalls++; return original.apply(this, arguments); };
    }
  }
})();`;

// A fresh page with the HTTP cache off (every run is cold) and a CDP session.
async function coldPage(harness, initScripts = []) {
  const opened = await harness.newPage();
  for (const script of initScripts) await opened.page.addInitScript(script);
  const cdp = await opened.page.context().newCDPSession(opened.page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return { ...opened, cdp };
}

const isWidgetUrl = (url) => new URL(url).pathname.startsWith('/dist/');
const widgetFile = (url) => new URL(url).pathname.slice('/dist/'.length);

// ---------------------------------------------------------------- b. never opened

// One load of the demo page, watched for 3 s, with or without the loader.
async function idlePageRun(harness, origin, withWidget) {
  const { page, cdp, requests, problems } = await coldPage(harness, [LONG_TASK_INIT]);
  try {
    if (!withWidget) {
      await page.route('**/dist/help-widget.js', (route) =>
        route.fulfill({ body: '', contentType: 'text/javascript' }));
    }
    const wire = new Map();  // CDP requestId -> { url, encodedDataLength }
    cdp.on('Network.requestWillBeSent', (event) => {
      if (isWidgetUrl(event.request.url)) wire.set(event.requestId, { url: event.request.url, encodedDataLength: null });
    });
    cdp.on('Network.loadingFinished', (event) => {
      const entry = wire.get(event.requestId);
      if (entry) entry.encodedDataLength = event.encodedDataLength;
    });
    const bodies = [];
    page.on('response', (response) => {
      if (!isWidgetUrl(response.url())) return;
      bodies.push(response.body().then((body) => ({ file: widgetFile(response.url()), bytes: body.length }),
        () => ({ file: widgetFile(response.url()), bytes: null })));
    });
    // Thread time, not wall time: the figure is the main thread's own work,
    // less disturbed by other processes on a busy machine.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(origin + PAGE_PATH, { waitUntil: 'load' });
    await sleep(IDLE_PAGE_WAIT_MS);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => (metrics.find((m) => m.name === name) || {}).value;
    const page_ = await page.evaluate(() => ({
      widgetPresent: !!(window.HelpWidget && window.HelpWidget.version),
      longTasks: window.__hwLongTasks,
      loaderRanAt: window.__hwLoaderRanAt,
    }));
    const tasks = page_.longTasks || [];
    const at = page_.loaderRanAt;
    const files = {};
    for (const { file, bytes } of await Promise.all(bodies)) files[file] = { bodyBytes: bytes, wireBytes: null };
    for (const { url, encodedDataLength } of wire.values()) {
      const file = widgetFile(url);
      files[file] = files[file] || { bodyBytes: null, wireBytes: null };
      files[file].wireBytes = encodedDataLength;
    }
    return {
      withWidget,
      widgetPresent: page_.widgetPresent,
      scriptDurationMs: metric('ScriptDuration') * 1000,
      taskDurationMs: metric('TaskDuration') * 1000,
      longTasks: page_.longTasks ? page_.longTasks.length : null,
      longestTaskMs: tasks.length ? Math.max(...tasks.map((t) => t.duration)) : 0,
      loaderInLongTask: at == null ? null : tasks.some((t) => t.startTime <= at && at <= t.startTime + t.duration),
      requested: [...new Set(requests.filter(isWidgetUrl).map(widgetFile))],
      files,
      problems: [...problems],
    };
  } finally {
    await page.close().catch(() => {});
  }
}

// One traced load: the loader's main-thread work from Chromium's own trace
// (EvaluateScript = compile + top-level run; FunctionCall = its callbacks).
async function loaderTraceRun(harness, origin) {
  const { page, cdp } = await coldPage(harness);
  try {
    const events = [];
    cdp.on('Tracing.dataCollected', (event) => events.push(...event.value));
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'] },
    });
    await page.goto(origin + PAGE_PATH, { waitUntil: 'load' });
    await sleep(500);
    await cdp.send('Tracing.end');
    await complete;
    const loaderUrl = origin + '/dist/help-widget.js';
    const ours = events.filter((e) => e.ph === 'X' && e.args && e.args.data && e.args.data.url === loaderUrl);
    const ms = (name) => ours.filter((e) => e.name === name).reduce((n, e) => n + (e.dur || 0), 0) / 1000;
    const evaluate = ours.filter((e) => e.name === 'EvaluateScript');
    // The main-thread task the loader ran in: would it show as a long task?
    const enclosing = evaluate.length ? events.filter((e) => e.ph === 'X' && e.name === 'RunTask' &&
      e.pid === evaluate[0].pid && e.tid === evaluate[0].tid &&
      e.ts <= evaluate[0].ts && e.ts + e.dur >= evaluate[0].ts + evaluate[0].dur) : [];
    return {
      evaluateScriptMs: evaluate.length ? ms('EvaluateScript') : null,
      enclosingTaskMs: enclosing.length ? Math.max(...enclosing.map((e) => e.dur)) / 1000 : null,
      callbacksMs: ms('FunctionCall'),
      backgroundParseMs: ms('v8.parseOnBackground'),
    };
  } finally {
    await page.close().catch(() => {});
  }
}

async function measureNeverOpened(harness, origin) {
  // One discarded load of each kind so the first measured run does not pay
  // for starting renderer processes.
  await idlePageRun(harness, origin, true);
  await idlePageRun(harness, origin, false);
  const withRuns = [];
  const withoutRuns = [];
  for (let i = 0; i < RUNS; i++) {  // interleaved, so drift hits both alike
    withRuns.push(await idlePageRun(harness, origin, true));
    withoutRuns.push(await idlePageRun(harness, origin, false));
  }
  const traces = [];
  for (let i = 0; i < RUNS; i++) traces.push(await loaderTraceRun(harness, origin).catch((e) => ({ error: errorText(e) })));

  const requestedAnywhere = [...new Set(withRuns.flatMap((r) => r.requested))].sort();
  const loaderBody = withRuns.map((r) => (r.files['help-widget.js'] || {}).bodyBytes ?? null);
  const loaderWire = withRuns.map((r) => (r.files['help-widget.js'] || {}).wireBytes ?? null);
  const widgetBodyTotal = withRuns.map((r) => Object.values(r.files).reduce((n, f) => n + (f.bodyBytes || 0), 0));
  const widgetWireTotal = withRuns.map((r) => Object.values(r.files).reduce((n, f) => n + (f.wireBytes || 0), 0));
  const scriptWith = summary(withRuns.map((r) => r.scriptDurationMs));
  const scriptWithout = summary(withoutRuns.map((r) => r.scriptDurationMs));
  const taskWith = summary(withRuns.map((r) => r.taskDurationMs));
  const taskWithout = summary(withoutRuns.map((r) => r.taskDurationMs));
  return {
    runs: RUNS,
    watchedMs: IDLE_PAGE_WAIT_MS,
    widgetPresentEveryRun: withRuns.every((r) => r.widgetPresent),
    widgetFilesRequested: requestedAnywhere,
    coreMjsRequested: withRuns.some((r) => r.requested.includes('help-widget-core.mjs')),
    coreWasmRequested: withRuns.some((r) => r.requested.includes('help-widget-core.wasm')),
    contentRequested: withRuns.some((r) => r.requested.some((f) => f.startsWith('content/'))),
    widgetBodyBytes: summary(widgetBodyTotal),
    widgetWireBytes: summary(widgetWireTotal),
    loaderBodyBytes: summary(loaderBody),
    loaderWireBytes: summary(loaderWire),
    scriptDurationMs: { with: scriptWith, without: scriptWithout, difference: scriptWith.median - scriptWithout.median },
    taskDurationMs: { with: taskWith, without: taskWithout, difference: taskWith.median - taskWithout.median },
    longTasksWithWidget: withRuns.map((r) => r.longTasks),
    loaderInLongTask: withRuns.map((r) => r.loaderInLongTask),
    longTasksWithoutWidget: withoutRuns.map((r) => r.longTasks),
    longestTaskMs: {
      with: summary(withRuns.map((r) => r.longestTaskMs)),
      without: summary(withoutRuns.map((r) => r.longestTaskMs)),
    },
    loaderTrace: {
      evaluateScriptMs: summary(traces.map((t) => t.evaluateScriptMs ?? null)),
      enclosingTaskMs: summary(traces.map((t) => t.enclosingTaskMs ?? null)),
      callbacksMs: summary(traces.map((t) => t.callbacksMs ?? null)),
      backgroundParseMs: summary(traces.map((t) => t.backgroundParseMs ?? null)),
      errors: traces.filter((t) => t.error).map((t) => t.error),
    },
    pageProblems: [...new Set(withRuns.flatMap((r) => r.problems))],
  };
}

// ---------------------------------------------------------------- c, d, e. open

// Fresh page: open(), wait for 'ready', watch two idle windows, then search.
// Everything is timed inside the page so no round trip to Node blurs it.
async function openRun(harness, origin) {
  const { page, problems } = await coldPage(harness, [DRAW_COUNTER_INIT]);
  try {
    await page.goto(origin + PAGE_PATH, { waitUntil: 'load' });
    await page.waitForFunction(() => window.HelpWidget && window.HelpWidget.version);
    await sleep(250);  // let the demo page's own start-up work finish
    const result = await page.evaluate(async ([idleMs, interactionMs, readyTimeoutMs]) => {
      const hw = window.HelpWidget;
      const wait = (ms) => new Promise((done) => setTimeout(done, ms));
      const snap = () => ({ frames: hw.stats().frames, draws: window.__hwDrawCalls, at: performance.now() });
      const errors = [];
      hw.on('error', (detail) => errors.push(detail));
      const before = snap();
      const openedAt = performance.now();
      const ready = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no ready event within ' + readyTimeoutMs + ' ms')), readyTimeoutMs);
        const listener = (detail) => {
          const at = snap();  // synchronously, before any settle frame
          clearTimeout(timer);
          hw.off('ready', listener);
          resolve({ detail, at });
        };
        hw.on('ready', listener);
        hw.open();
      });
      const stats = hw.stats();
      await wait(idleMs);
      const afterFirst = snap();
      await wait(idleMs);
      const afterIdle = snap();
      hw.search('refund');
      await wait(interactionMs);
      const afterSearch = snap();
      const mirror = document.querySelector('help-widget-root').shadowRoot.querySelector('.mirror');
      return {
        openToReadyMs: ready.at.at - openedAt,
        statsOpenToReadyMs: stats.openToReadyMs,
        coreLoadMs: stats.coreLoadMs,
        readyDetail: ready.detail,
        framesToReady: ready.at.frames - before.frames,
        drawsToReady: ready.at.draws - before.draws,
        framesFirstWindow: afterFirst.frames - ready.at.frames,
        drawsFirstWindow: afterFirst.draws - ready.at.draws,
        framesIdle: afterIdle.frames - afterFirst.frames,
        drawsIdle: afterIdle.draws - afterFirst.draws,
        framesSearch: afterSearch.frames - afterIdle.frames,
        drawsSearch: afterSearch.draws - afterIdle.draws,
        searchView: mirror.getAttribute('data-view'),
        searchResults: mirror.querySelectorAll('li').length,
        errors,
      };
    }, [IDLE_WAIT_MS, INTERACTION_WAIT_MS, READY_TIMEOUT_MS]);
    return { ...result, problems: [...problems] };
  } finally {
    await page.close().catch(() => {});
  }
}

async function measureOpen(harness, origin) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await openRun(harness, origin).catch((e) => ({ error: errorText(e) })));
  const ok = runs.filter((r) => !r.error);
  const pick = (key) => summary(ok.map((r) => r[key]));
  return {
    runs: RUNS,
    completedRuns: ok.length,
    errors: runs.filter((r) => r.error).map((r) => r.error),
    openToReadyMs: pick('openToReadyMs'),
    statsOpenToReadyMs: pick('statsOpenToReadyMs'),
    coreLoadMs: pick('coreLoadMs'),
    contentLoaded: ok.every((r) => r.readyDetail && r.readyDetail.content === 'ok'),
    articles: ok.length ? ok[0].readyDetail.articles : null,
    frames: {
      openToReady: pick('framesToReady'),
      firstWindowAfterReady: pick('framesFirstWindow'),
      idle: pick('framesIdle'),
      search: pick('framesSearch'),
    },
    drawCalls: {
      openToReady: pick('drawsToReady'),
      firstWindowAfterReady: pick('drawsFirstWindow'),
      idle: pick('drawsIdle'),
      search: pick('drawsSearch'),
    },
    searchView: ok.length ? ok[0].searchView : null,
    searchResults: pick('searchResults'),
    widgetErrors: ok.flatMap((r) => r.errors),
    pageProblems: [...new Set(ok.flatMap((r) => r.problems))],
  };
}

// ---------------------------------------------------------------- report

const LABEL = 38;
const COL = 10;
const num = (value, digits = 0) => (value == null ? 'n/a' : Number(value).toFixed(digits));
const row = (label, ...cells) => (label.padEnd(LABEL) + cells.map((c) => String(c).padStart(COL)).join('')).trimEnd();
const spread = (s, digits = 1, unit = '') =>
  s.median == null ? 'n/a' : `${num(s.median, digits)}${unit}  [${num(s.min, digits)}–${num(s.max, digits)}]`;
const line = (label, text) => `  ${label.padEnd(LABEL - 2)}${text}`;

function report(figures) {
  const out = [];
  out.push(`Help widget figures — ${figures.meta.browser}, headless, SwiftShader WebGL; ${figures.meta.page}`);
  out.push(`${figures.meta.date}; medians of ${RUNS} runs, [min–max]; every page load cold (HTTP cache off)`);
  out.push('');

  const b = figures.bytes;
  out.push(row('First-screen transfer (bytes)', 'raw', 'gzip', 'brotli'));
  for (const f of b.firstScreen) out.push(row(f.file + (f.missing ? ' (missing)' : ''), num(f.raw), num(f.gzip), num(f.brotli)));
  out.push(row('total: loader + glue + wasm', num(b.firstScreenTotal.raw), num(b.firstScreenTotal.gzip), num(b.firstScreenTotal.brotli)));
  out.push(row('Content (fetched on open, not in total)', '', '', ''));
  for (const f of b.content) out.push(row(f.file + (f.missing ? ' (missing)' : ''), num(f.raw), num(f.gzip), num(f.brotli)));
  out.push('');

  out.push(`Page that never opens the panel (watched ${IDLE_PAGE_WAIT_MS / 1000} s after load)`);
  const n = figures.neverOpened;
  if (n.error) {
    out.push(line('unavailable:', n.error));
  } else {
    const yesNo = (v) => (v ? 'YES' : 'no');
    out.push(line('widget files requested', n.widgetFilesRequested.join(', ') || 'none'));
    out.push(line('help-widget-core.mjs requested', yesNo(n.coreMjsRequested)));
    out.push(line('help-widget-core.wasm requested', yesNo(n.coreWasmRequested)));
    out.push(line('content (kb.*.json) requested', yesNo(n.contentRequested)));
    out.push(line('widget bytes, response bodies', spread(n.widgetBodyBytes, 0)));
    out.push(line('widget bytes, on the wire', spread(n.widgetWireBytes, 0) + '  (incl. HTTP headers)'));
    const s = n.scriptDurationMs;
    const t = n.taskDurationMs;
    out.push('  (Performance.getMetrics, main-thread CPU time, whole page over the load and the wait)');
    out.push(line('ScriptDuration with widget', spread(s.with, 1, ' ms')));
    out.push(line('ScriptDuration without widget', spread(s.without, 1, ' ms')));
    out.push(line('ScriptDuration difference', `${s.difference >= 0 ? '+' : ''}${num(s.difference, 1)} ms (median with − median without;` +
      ` runs without the widget alone spread ${num(s.without.max - s.without.min, 1)} ms)`));
    out.push(line('TaskDuration with / without', `${num(t.with.median, 1)} / ${num(t.without.median, 1)} ms, difference ${t.difference >= 0 ? '+' : ''}${num(t.difference, 1)} ms`));
    out.push(line('long tasks (>50 ms), with widget', `${n.longTasksWithWidget.join(', ')} per run, longest ${num(n.longestTaskMs.with.max, 0)} ms`));
    out.push(line('long tasks (>50 ms), without', `${n.longTasksWithoutWidget.join(', ')} per run, longest ${num(n.longestTaskMs.without.max, 0)} ms`));
    const inLong = n.loaderInLongTask.filter((v) => v === true).length;
    const known = n.loaderInLongTask.filter((v) => v != null).length;
    out.push(line('loader ran inside a long task', `${inLong} of ${known} runs`));
    out.push(line('loader EvaluateScript (trace)', spread(n.loaderTrace.evaluateScriptMs, 2, ' ms') + '  (main thread)'));
    out.push(line('task the loader ran in (trace)', spread(n.loaderTrace.enclosingTaskMs, 2, ' ms')));
    out.push(line('loader callbacks during load', spread(n.loaderTrace.callbacksMs, 2, ' ms')));
    out.push(line('loader parse, background thread', spread(n.loaderTrace.backgroundParseMs, 2, ' ms')));
    if (n.loaderTrace.errors.length) out.push(line('trace problems', n.loaderTrace.errors.join('; ')));
    if (n.pageProblems.length) out.push(line('page errors', n.pageProblems.join('; ')));
  }
  out.push('');

  const o = figures.open;
  out.push(`Opening the panel (fresh page per run, ${o.completedRuns ?? 0}/${RUNS} runs completed)`);
  if (o.error) {
    out.push(line('unavailable:', o.error));
  } else {
    if (o.errors.length) out.push(line('failed runs', o.errors.join('; ')));
    out.push(row('  open() → ready (ms)', 'median', 'min', 'max'));
    const timing = (label, s) => out.push(row('  ' + label, num(s.median, 1), num(s.min, 1), num(s.max, 1)));
    timing("open() → 'ready' event", o.openToReadyMs);
    timing('stats().openToReadyMs', o.statsOpenToReadyMs);
    timing('stats().coreLoadMs', o.coreLoadMs);
    out.push(line('content at ready', `${o.contentLoaded ? 'ok' : 'FAILED'}, ${o.articles ?? 'n/a'} articles`));
    out.push('');
    out.push(row('Frames and WebGL draw calls', 'frames', 'draws', '', ''));
    const fd = (label, key) => out.push(row('  ' + label,
      spreadShort(o.frames[key]), spreadShort(o.drawCalls[key])));
    fd('open() → ready', 'openToReady');
    fd(`first ${IDLE_WAIT_MS / 1000} s after ready (settle)`, 'firstWindowAfterReady');
    fd(`next ${IDLE_WAIT_MS / 1000} s, idle, no input`, 'idle');
    fd(`search('refund'), ${INTERACTION_WAIT_MS / 1000} s`, 'search');
    out.push(line('after search', `view "${o.searchView}", ${num(o.searchResults.median)} results listed`));
    if (o.widgetErrors.length) out.push(line('widget errors', o.widgetErrors.map((e) => e.message || JSON.stringify(e)).join('; ')));
    if (o.pageProblems.length) out.push(line('page errors', o.pageProblems.join('; ')));
  }
  out.push('');
  if (figures.fonts) {
    out.push(...fontReport(figures.fonts));
    out.push('');
  }
  out.push(`Figures written to ${figures.meta.jsonPath}`);
  return out.join('\n');
}

// Median, with the range only when runs differ: "4" or "4 (3–5)".
function spreadShort(s) {
  if (s.median == null) return 'n/a';
  return s.min === s.max ? num(s.median) : `${num(s.median)} (${num(s.min)}–${num(s.max)})`;
}

// Rounds every float in the figures for the JSON file.
function tidy(value) {
  if (typeof value === 'number') return Number.isInteger(value) ? value : round(value, 2);
  if (Array.isArray(value)) return value.map(tidy);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, tidy(v)]));
  return value;
}

// ---------------------------------------------------------------- main

const fontsOnly = process.argv.includes('--fonts');
const jsonPath = join(artifactsDir, fontsOnly ? 'bench-fonts.json' : 'bench.json');
const figures = {
  meta: {
    date: new Date().toISOString(),
    node: process.version,
    browser: 'Chromium',
    page: PAGE_PATH,
    runs: RUNS,
    jsonPath: fontsOnly ? 'test-results/bench-fonts.json' : 'test-results/bench.json',
  },
  bytes: measureBytes(),
  neverOpened: null,
  open: null,
  fonts: null,
};

let harness;
try {
  harness = await startHarness();
} catch (error) {
  console.error('bench: the browser could not be launched: ' + errorText(error));
  process.exit(1);
}

try {
  try {
    const probe = await harness.newPage();
    const cdp = await probe.page.context().newCDPSession(probe.page);
    const version = await cdp.send('Browser.getVersion');
    figures.meta.browser = version.product.replace(/^(Headless)?Chrome\//, 'Chromium ');
    figures.meta.userAgent = version.userAgent;
    await probe.page.close();
  } catch { /* the version is only a label */ }

  if (fontsOnly) {
    figures.neverOpened = figures.open = { error: 'skipped (--fonts)' };
  } else {
    try {
      figures.neverOpened = await measureNeverOpened(harness, harness.origin);
    } catch (error) {
      figures.neverOpened = { error: errorText(error) };
    }
    try {
      figures.open = await measureOpen(harness, harness.origin);
    } catch (error) {
      figures.open = { error: errorText(error) };
    }
  }
  try {
    figures.fonts = await measureFonts(harness, harness.origin, distDir);
  } catch (error) {
    figures.fonts = { error: errorText(error) };
  }
} finally {
  await harness.stop().catch(() => {});
}

writeFileSync(jsonPath, JSON.stringify(tidy(figures), null, 2) + '\n');
console.log(report(figures));
process.exit(0);
