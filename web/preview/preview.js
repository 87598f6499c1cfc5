// The content editors' live preview: files in, the checks of `helpkb
// validate` over all of them, the real widget re-rendered with the
// knowledge base of the chosen locale whenever it has no errors.
import { checkFiles, knownSchemas } from './checker.js';
import { checkInput, contentFile, replaces } from './content-files.js';
import { renderFindings, summarize } from './findings-view.js';
import { isWidgetOpen, onWidget, setShopperContext, startWidget } from './widget-stage.js';
import { shopperContextToday } from '/shift-times.mjs';

const DEFAULT_SHOPPER = 'late';
const wideLayout = matchMedia('(min-width: 901px)');  // two columns (preview.css)

const ui = {
  input: document.querySelector('[data-file-input]'),
  samples: document.querySelector('[data-load-samples]'),
  clear: document.querySelector('[data-clear]'),
  locale: document.querySelector('[data-locale-select]'),
  shopper: document.querySelector('[data-shopper-select]'),
  summary: document.querySelector('[data-summary]'),
  files: document.querySelector('[data-files]'),
  status: document.querySelector('[data-preview-status]'),
  statusBox: document.querySelector('.widget-status'),
  widgetMessages: document.querySelector('[data-widget-messages]'),
  dropOverlay: document.querySelector('[data-drop-overlay]'),
};

const state = {
  files: [],               // content files, in the order they arrived
  findings: new Map(),     // file name -> findings
  notes: new Map(),        // file name -> why it was not checked
  locale: '',
  shown: null,             // {kb, rules, locale, at}: what the widget shows
  run: 0,                  // the latest check; older answers are dropped
  blobNames: new Map(),    // blob: URL -> file name, for the widget's messages
};

function hasErrors(file) {
  return (state.findings.get(file.name) || []).some((f) => f.severity === 'error');
}

function time(date) {
  return date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

function setStatus(kind, text) {
  ui.statusBox.dataset.state = kind;
  ui.status.textContent = text;
}

// [SECTION] Files in
async function addFiles(incoming) {
  // A new version takes the place of the old one, so the list stays put.
  incoming.forEach((file) => {
    const at = state.files.findIndex((existing) => replaces(file, existing));
    state.files = state.files.filter((existing) => !replaces(file, existing));
    state.files.splice(at < 0 ? state.files.length : at, 0, file);
  });
  await refresh();
}

async function readPicked(fileList) {
  const files = await Promise.all([...fileList].map(async (file) =>
    contentFile(file.name, new Uint8Array(await file.arrayBuffer()))));
  await addFiles(files.filter(Boolean));
}

async function loadSamples() {
  ui.samples.disabled = true;
  try {
    const { files } = await (await fetch('/preview/samples/')).json();
    const loaded = await Promise.all(files.map(async (path) => {
      const response = await fetch('/preview/samples/' + path);
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return contentFile(path, new Uint8Array(await response.arrayBuffer()));
    }));
    await addFiles(loaded);
  } catch (error) {
    setStatus('error', 'The samples could not be loaded: ' + error.message);
  } finally {
    ui.samples.disabled = false;
  }
}

// [SECTION] Checks
async function check() {
  const known = await knownSchemas();
  state.notes = new Map();
  const checkable = state.files.filter((file) => {
    // A file of a kind this build has no schema for yet (the rules) would
    // only get "unknown schema": say so once, and let the widget judge it.
    if (file.kind !== 'other' && !known.includes(file.schema)) {
      state.notes.set(file.name, `Not checked here: this build has no ${file.schema} yet. ` +
        'The widget still loads it and reports what it cannot use below.');
      return false;
    }
    return true;
  });
  const findings = checkable.length ? await checkFiles(checkable.map(checkInput)) : [];
  const byFile = new Map();
  findings.forEach((finding) => {
    if (!byFile.has(finding.file)) byFile.set(finding.file, []);
    byFile.get(finding.file).push(finding);
  });
  return byFile;
}

async function refresh() {
  const run = ++state.run;
  ui.summary.dataset.state = 'busy';
  ui.summary.textContent = 'Checking…';
  let findings;
  try {
    findings = await check();
  } catch (error) {
    ui.summary.dataset.state = 'error';
    ui.summary.textContent = 'The checks could not run: ' + (error && error.message || error);
    return;
  }
  if (run !== state.run) return;  // files changed meanwhile: the newer run draws
  state.findings = findings;
  renderFindings(ui.files, { files: state.files, findings, notes: state.notes, onRemove: removeFile });
  const summary = summarize(state.files, findings, state.notes);
  ui.summary.dataset.state = summary.state;
  ui.summary.textContent = summary.text;
  ui.clear.hidden = !state.files.length;
  updateLocales();
  await updateWidget();
}

async function removeFile(name) {
  state.files = state.files.filter((file) => file.name !== name);
  await refresh();
}

// [SECTION] Locale
function updateLocales() {
  const locales = [...new Set(state.files.filter((f) => f.kind === 'kb' && f.locale).map((f) => f.locale))].sort();
  if (!locales.includes(state.locale)) state.locale = locales.includes('en') ? 'en' : locales[0] || '';
  ui.locale.textContent = '';
  locales.forEach((locale) => {
    const option = document.createElement('option');
    option.value = locale;
    option.textContent = locale;
    ui.locale.appendChild(option);
  });
  if (!locales.length) ui.locale.appendChild(new Option('none yet', ''));
  ui.locale.value = state.locale;
  ui.locale.disabled = locales.length < 2;
}

// [SECTION] The widget
// One restart at a time: a second script tag added while the first still
// loads would run the loader twice.
let widgetQueue = Promise.resolve();
function updateWidget() {
  widgetQueue = widgetQueue.then(updateWidgetNow, updateWidgetNow);
  return widgetQueue;
}

async function updateWidgetNow() {
  const kb = state.files.filter((f) => f.kind === 'kb' && f.locale === state.locale).pop();
  const rules = state.files.filter((f) => f.kind === 'rules').pop() || null;
  const shown = state.shown;
  if (!kb) {
    setStatus(shown ? 'stale' : 'waiting', shown
      ? `No knowledge base for ${state.locale || 'this locale'} any more: the widget still shows ${shown.kb.name}.`
      : 'Load a knowledge base to see it in the widget.');
    return;
  }
  const broken = [kb, rules].filter((file) => file && hasErrors(file));
  if (broken.length) {
    const names = broken.map((file) => file.name).join(' and ');
    setStatus(shown ? 'stale' : 'waiting', shown
      ? `${names} ${broken.length > 1 ? 'have' : 'has'} errors: the widget keeps showing the last good version (${shown.kb.name}, ${time(shown.at)}).`
      : `${names} ${broken.length > 1 ? 'have' : 'has'} errors: fix them to see the widget.`);
    return;
  }
  if (shown && shown.kb === kb && shown.rules === rules && shown.locale === state.locale) {
    setStatus('live', liveText(shown));
    return;
  }
  clearWidgetMessages();
  state.shown = { kb, rules, locale: state.locale, at: new Date() };
  setStatus('busy', `Starting the widget with ${kb.name}…`);
  try {
    // Wide windows keep a column free for the panel; on a narrow one it would
    // cover the findings, so it stays as the editor left it (launcher).
    const open = wideLayout.matches || isWidgetOpen();
    const { kbUrl, rulesUrl } = await startWidget({ kb: kb.blob, rules: rules && rules.blob, locale: state.locale, open });
    state.blobNames = new Map([[kbUrl, kb.name], [rulesUrl, rules ? rules.name : '']]);
    setStatus('live', liveText(state.shown));
  } catch (error) {
    setStatus('error', error.message);
  }
}

function liveText(shown) {
  const articles = shown.articles != null ? ` (${shown.articles} articles)` : '';
  return `Showing ${shown.kb.name}${articles}${shown.rules ? ' with ' + shown.rules.name : ''}, ` +
    `${shown.locale}, updated ${time(shown.at)}.`;
}

// What the widget itself reports (content it could not use, for example).
function showWidgetMessage(detail) {
  let source = detail.source || '';
  state.blobNames.forEach((name, url) => { if (url && source.includes(url)) source = source.split(url).join(name); });
  const where = source ? source + (detail.line ? `:${detail.line}:${detail.column}` : '') + ': ' : '';
  const item = document.createElement('li');
  item.textContent = where + (detail.pointer ? detail.pointer + ': ' : '') + (detail.message || detail.code || 'error');
  ui.widgetMessages.querySelector('ol').appendChild(item);
  ui.widgetMessages.hidden = false;
}

function clearWidgetMessages() {
  ui.widgetMessages.querySelector('ol').textContent = '';
  ui.widgetMessages.hidden = true;
}

// [SECTION] Sample shoppers
async function loadShoppers() {
  const data = await (await fetch('/shoppers.json')).json();
  const shoppers = data.shoppers || [];
  shoppers.forEach((shopper) => {
    const option = document.createElement('option');
    option.value = shopper.id;
    option.textContent = shopper.label.en || shopper.id;
    ui.shopper.appendChild(option);
  });
  const use = (id) => {
    const shopper = shoppers.find((s) => s.id === id) || shoppers[0];
    setShopperContext(shopperContextToday(shopper, data.reference_now));
  };
  ui.shopper.value = shoppers.some((s) => s.id === DEFAULT_SHOPPER) ? DEFAULT_SHOPPER : (shoppers[0] || {}).id;
  ui.shopper.addEventListener('change', () => use(ui.shopper.value));
  use(ui.shopper.value);
}

// [SECTION] Wiring
ui.input.addEventListener('change', async () => {
  await readPicked(ui.input.files);
  ui.input.value = '';  // picking the same file again is a change too
});
ui.samples.addEventListener('click', loadSamples);
ui.clear.addEventListener('click', () => { state.files = []; refresh(); });
ui.locale.addEventListener('change', () => { state.locale = ui.locale.value; updateWidget(); });

// Files dropped anywhere on the page.
let dragDepth = 0;
document.addEventListener('dragenter', (event) => {
  if (![...event.dataTransfer.types].includes('Files')) return;
  dragDepth++;
  ui.dropOverlay.hidden = false;
});
document.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (!dragDepth) ui.dropOverlay.hidden = true;
});
document.addEventListener('dragover', (event) => event.preventDefault());
document.addEventListener('drop', (event) => {
  event.preventDefault();
  dragDepth = 0;
  ui.dropOverlay.hidden = true;
  if (event.dataTransfer.files.length) readPicked(event.dataTransfer.files);
});

onWidget('error', showWidgetMessage);
onWidget('ready', (detail) => {
  if (detail.content === 'ok' && state.shown) {
    state.shown.articles = detail.articles;
    setStatus('live', liveText(state.shown));
  }
});

loadShoppers().catch((error) => console.warn('preview: sample shoppers could not be loaded:', error));
refresh();
