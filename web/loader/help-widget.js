// Help widget loader: the only script a retailer embeds. It draws the
// launcher, keeps the API calls made before load in a queue, and loads the
// WebAssembly panel only when the shopper first opens it. Everything lives in
// one shadow root; the only global is window.HelpWidget.
(function () {
  'use strict';
  if (window.HelpWidget && window.HelpWidget.version) return;  // loaded twice

  var VERSION = '0.1.0';
  var script = document.currentScript ||
    document.querySelector('script[src*="help-widget.js"]');
  var base = script ? new URL('.', script.src).href : new URL('.', location.href).href;
  var data = (script && script.dataset) || {};
  // [SECTION] locale: the launcher's words per interface locale (the panel's
  // own are in assets/strings/), and the same choice of locale as the
  // panel's C++ (src/core/i18n/locale_match.cpp); tests/strings/locale-cases.json
  // holds the cases both must agree on. The first source present decides:
  // data-locale, else <html lang>, else the browser's languages in order.
  var WORDS = {
    en: { help: 'Help', close: 'Close help', loading: 'Loading help…',
      failed: 'The help panel could not be loaded. Check your connection and try again.',
      retry: 'Try again', noWebgl: 'This browser cannot show the help panel.' },
    es: { help: 'Ayuda', close: 'Cerrar la ayuda', loading: 'Cargando la ayuda…',
      failed: 'No se pudo cargar el panel de ayuda. Comprueba tu conexión e inténtalo de nuevo.',
      retry: 'Reintentar', noWebgl: 'Este navegador no puede mostrar el panel de ayuda.' },
    'zh-CN': { help: '帮助', close: '关闭帮助', loading: '正在加载帮助…', failed: '帮助面板加载失败，请检查网络后重试。',
      retry: '重试', noWebgl: '此浏览器无法显示帮助面板。' }
  };
  function parseTag(tag) {
    var parts = String(tag || '').split(/[-_]/);
    var out = { language: '', script: '', region: '' };
    if (!/^[a-z]{2,3}$/i.test(parts[0])) return out;
    out.language = parts[0].toLowerCase();
    for (var i = 1; i < parts.length; i++) {
      var part = parts[i];
      if (part.length <= 1) break;  // an extension or private use
      if (/^[a-z]{4}$/i.test(part) && !out.script && !out.region) {
        out.script = part.charAt(0).toUpperCase() + part.slice(1).toLowerCase();
      } else if (/^([a-z]{2}|[0-9]{3})$/i.test(part) && !out.region) {
        out.region = part.toUpperCase();
      }
    }
    // Chinese: the region says which script when the tag does not.
    if (out.language === 'zh' && !out.script) out.script = /^(TW|HK|MO)$/.test(out.region) ? 'Hant' : 'Hans';
    return out;
  }
  // Same language only; then same script, same region, no region, earlier.
  // Traditional Chinese gets Simplified while there is no zh-TW (see README).
  function matchLocale(preferences, available) {
    for (var p = 0; p < preferences.length; p++) {
      var wanted = parseTag(preferences[p]);
      var best = '', bestScore = -1;
      for (var a = 0; a < available.length && wanted.language; a++) {
        var candidate = parseTag(available[a]);
        if (candidate.language !== wanted.language) continue;
        var score = (candidate.script === wanted.script ? 4 : 0) +
          (wanted.region && candidate.region === wanted.region ? 2 : 0) + (candidate.region ? 0 : 1);
        if (score > bestScore) { bestScore = score; best = available[a]; }
      }
      if (best) return best;
    }
    return 'en';
  }
  var htmlLang = document.documentElement.lang;
  var locale = matchLocale(data.locale ? [data.locale] : htmlLang ? [htmlLang]
    : (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language]),
    Object.keys(WORDS));
  function absolute(url) {
    try { return url ? new URL(url, location.href).href : ''; } catch (error) { return ''; }
  }
  var config = {
    kb: absolute(data.kb),
    // manifest.json of the published content: kb, forms and rules for the
    // locale are found in it (and win over data-kb/-forms/-rules).
    manifest: absolute(data.manifest),
    refreshAfter: data.refreshAfter || '',
    rules: absolute(data.rules),
    forms: absolute(data.forms),
    contextUrl: absolute(data.contextUrl),
    locale: locale,
    ticketEndpoint: absolute(data.ticketEndpoint),
    eventsEndpoint: absolute(data.eventsEndpoint),
    consent: data.consent || '',
    eventsSample: data.eventsSample || '',
    collectQueries: data.collectQueries || '',
    prefetch: data.prefetch || ''
  };
  // The context URL carries the shopper's cookies: only the shop's own
  // origin may serve it.
  var contextUrlProblem = '';
  if (config.contextUrl && new URL(config.contextUrl).origin !== location.origin) {
    contextUrlProblem = 'data-context-url must be on this page\'s origin (' + location.origin + '); it is ignored';
    config.contextUrl = '';
  }
  var words = WORDS[locale];

  var listeners = {};
  var pending = [];       // API calls waiting for the panel to load
  var core = null;        // the WebAssembly module once loaded
  var loading = null;     // promise while loading
  var isOpen = false;
  var stats = { frames: 0, openAt: 0, readyAt: 0, loadStartAt: 0, coreLoadedAt: 0 };

  function emit(name, detail) {
    if (name === 'ready' && !stats.readyAt) stats.readyAt = performance.now();
    (listeners[name] || []).slice().forEach(function (fn) {
      // A listener's mistake must not break the widget or the page.
      try { fn(detail || {}); } catch (error) { console.error('HelpWidget listener for "' + name + '" failed:', error); }
    });
    if (name === 'error' && detail && detail.message) {
      console.warn('HelpWidget: ' + (detail.source ? detail.source + (detail.line ? ':' + detail.line + ':' + detail.column : '') + ': ' : '') +
        (detail.pointer ? detail.pointer + ': ' : '') + detail.message);
    }
  }

  // [SECTION] Theme: colour scheme, brand colour, corner radius, side, text size
  // The page's choices come from the script tag; what is malformed is
  // reported once and left at the default, never half-applied.
  function numberIn(text, low, high) {
    var n = parseFloat(text);
    return isFinite(n) ? Math.min(high, Math.max(low, n)) : null;
  }
  function attributeProblem(name, expected) {
    console.warn('HelpWidget: ' + name + ' should be ' + expected + '; it is ignored');
  }
  var HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
  var theme = {
    mode: data.theme === 'light' || data.theme === 'dark' ? data.theme : 'auto',
    brand: HEX_COLOUR.test(data.brandColor || '') ? data.brandColor : '',
    radius: data.radius ? numberIn(data.radius, 0, 32) : null,
    side: data.side === 'left' ? 'left' : 'right',
    textSize: data.textSize ? numberIn(data.textSize, 0.85, 1.5) || 1 : 1
  };
  if (data.theme && theme.mode === 'auto' && data.theme !== 'auto') attributeProblem('data-theme', 'light, dark or auto');
  if (data.brandColor && !theme.brand) attributeProblem('data-brand-color', 'a colour like #0a7d4f');
  if (data.radius && theme.radius === null) attributeProblem('data-radius', 'a number of pixels');
  if (data.side && data.side !== 'left' && data.side !== 'right') attributeProblem('data-side', 'left or right');
  if (data.textSize && numberIn(data.textSize, 0.85, 1.5) === null) attributeProblem('data-text-size', 'a number from 0.85 to 1.5');

  function media(query) { return window.matchMedia ? window.matchMedia(query) : null; }
  var darkScheme = media('(prefers-color-scheme: dark)');
  function scheme() {
    return theme.mode !== 'auto' ? theme.mode : darkScheme && darkScheme.matches ? 'dark' : 'light';
  }

  // WCAG 2.x relative luminance, the same formula as the panel's colour
  // maths (src/core/colour.cpp), for the launcher drawn before it loads.
  function rgbOf(hex) {
    var h = hex.slice(1);
    if (h.length === 3) h = h.replace(/./g, '$&$&');
    return [0, 2, 4].map(function (i) { return parseInt(h.slice(i, i + 2), 16); });
  }
  function luminance(rgb) {
    var c = rgb.map(function (v) { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
  function contrast(a, b) {
    var la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }
  function css(rgb) { return 'rgb(' + rgb.join(',') + ')'; }
  function mix(a, b, t) { return a.map(function (v, i) { return Math.round(v + (b[i] - v) * t); }); }

  // The browser's own default font size (a shopper's setting for larger
  // text): `all: initial` on the host makes its font-size `medium`, which
  // the page's CSS cannot change. 16px is the browsers' default.
  function browserTextRatio() {
    var px = host.isConnected ? parseFloat(getComputedStyle(host).fontSize) : 16;
    return isFinite(px) && px > 0 ? px / 16 : 1;
  }
  function textScale() {
    return Math.min(1.5, Math.max(0.85, theme.textSize * browserTextRatio()));
  }

  // What the panel draws with: the same choices, resolved.
  function coreTheme() {
    var chosen = { scheme: scheme() };
    if (theme.brand) chosen.brand = theme.brand;
    if (theme.radius !== null) chosen.radius = theme.radius;
    return chosen;
  }

  // The launcher and the frame around the canvas follow the theme through
  // custom properties; only checked values (hex colours, numbers) get here.
  function themeCss() {
    var dark = scheme() === 'dark';
    var brand = rgbOf(theme.brand || '#1f5fcc');
    var white = [255, 255, 255], nearBlack = [17, 17, 17];
    // White or near-black on the brand colour, whichever contrasts more;
    // where neither reaches 4.5:1 (mid-greys) the fill moves away from the
    // text just enough, as the panel does (src/ui/palette.cpp), so the
    // launcher matches the panel's header and the notice's button text reads.
    var onFill = contrast(white, brand) >= contrast(nearBlack, brand) ? white : nearBlack;
    var away = onFill === white ? [0, 0, 0] : white;
    var fill = brand;
    for (var step = 0; step <= 255 && contrast(onFill, fill) < 4.5; step++) fill = mix(brand, away, step / 255);
    var hover = mix(fill, away, 0.14);
    var radius = theme.radius;
    var vars = [
      '--hw-accent:' + css(fill), '--hw-accent-hover:' + css(hover), '--hw-on-accent:' + css(onFill),
      '--hw-surface:' + (dark ? '#15181d' : '#fff'), '--hw-text:' + (dark ? '#e6edf3' : '#1f2328'),
      '--hw-panel-radius:' + (radius === null ? 14 : radius) + 'px',
      '--hw-launcher-radius:' + (radius === null ? 28 : Math.min(radius, 28)) + 'px',
      '--hw-control-radius:' + (radius === null ? 8 : radius) + 'px',
      '--hw-scale:' + textScale()
    ];
    var rules = [':host{' + vars.join(';') + '}'];
    if (theme.side === 'left') {
      rules.push(':host{left:0!important;right:auto!important}',
        '.launcher,.panel{left:20px;right:auto}',
        '@media (max-width:480px),(max-height:520px){.panel{left:0;right:0}}');
    }
    return rules.join('\n');
  }

  // [SECTION] DOM: host element, shadow root, launcher, panel
  var host = document.createElement('help-widget-root');
  var root = host.attachShadow({ mode: 'open' });
  var baseCss = [
    ':host{all:initial!important;position:fixed!important;z-index:2147483000!important;right:0!important;bottom:0!important;width:0!important;height:0!important;display:block!important}',
    '*{box-sizing:border-box;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","PingFang SC","Microsoft YaHei",sans-serif;text-transform:none;letter-spacing:normal}',
    '.launcher{position:fixed;right:20px;bottom:20px;width:56px;height:56px;border-radius:var(--hw-launcher-radius);border:0;margin:0;padding:0;background:var(--hw-accent);color:var(--hw-on-accent);cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25);display:flex;align-items:center;justify-content:center}',
    // Two rings, light inside dark, so focus shows on any brand colour and
    // any page behind the launcher.
    '.launcher:hover{background:var(--hw-accent-hover)}.launcher:focus-visible{outline:3px solid #1f2328;outline-offset:2px;box-shadow:0 0 0 2px #fff}',
    '.launcher svg{width:26px;height:26px;display:block}',
    // The panel grows with the text size, so its layout stays the one
    // checked at size 1 until the screen is too small for it.
    '.panel{position:fixed;right:20px;bottom:88px;width:min(calc(380px * var(--hw-scale)),calc(100vw - 40px));height:calc(600px * var(--hw-scale));max-height:calc(100vh - 108px);background:var(--hw-surface);border-radius:var(--hw-panel-radius);overflow:hidden;box-shadow:0 10px 40px rgba(0,0,0,.28);display:none}',
    '.panel.open{display:block}',
    '@media (max-width:480px),(max-height:520px){.panel{right:0;bottom:0;width:100%;height:100%;max-height:none;border-radius:0}.panel.open~.launcher{display:none}}',
    'canvas{display:block;width:100%;height:100%;border:0;margin:0;padding:0;outline:none;touch-action:none}',
    // 16px: iOS zooms the whole page into a focused field with smaller text.
    '.text-input{position:absolute;left:0;top:0;width:2px;height:20px;opacity:0;border:0;padding:0;margin:0;resize:none;overflow:hidden;pointer-events:none;color:transparent;background:transparent;caret-color:transparent;white-space:pre;font-size:16px}',
    // While an input method composes, the field shows its preedit at the
    // caret, in the panel's font, size and colours (set by the panel).
    '.text-input.composing{opacity:1;caret-color:currentColor;outline:none}',
    '.notice{position:absolute;inset:0;display:flex;flex-direction:column;gap:12px;align-items:center;justify-content:center;padding:24px;text-align:center;color:var(--hw-text);background:var(--hw-surface)}',
    '.notice[hidden]{display:none}',
    '.notice button{border:0;border-radius:var(--hw-control-radius);background:var(--hw-accent);color:var(--hw-on-accent);padding:9px 16px;cursor:pointer}',
    '.mirror{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}',
    // Nothing here moves today; should anything be animated later, a
    // shopper who asked for less motion gets it instantly.
    '@media (prefers-reduced-motion:reduce){*,*::before,*::after{animation:none!important;transition:none!important;scroll-behavior:auto!important}}'
  ].join('\n');
  // A constructed stylesheet is not inline CSS, so a page whose
  // Content-Security-Policy forbids inline styles still styles the widget.
  var sheet = null, style = null;
  try {
    sheet = new CSSStyleSheet();
    root.adoptedStyleSheets = [sheet];
  } catch (error) {
    sheet = null;
    style = document.createElement('style');
    root.appendChild(style);
  }
  function restyle() {
    var text = baseCss + '\n' + themeCss();
    if (sheet) sheet.replaceSync(text);
    else style.textContent = text;
  }
  restyle();

  var panel = document.createElement('div');
  panel.className = 'panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', words.help);
  panel.setAttribute('aria-modal', 'true');
  panel.id = 'help-panel';

  var canvas = document.createElement('canvas');
  canvas.setAttribute('aria-hidden', 'true');

  var textInput = document.createElement('textarea');
  textInput.className = 'text-input';
  textInput.setAttribute('aria-label', words.help);
  textInput.setAttribute('autocomplete', 'off');
  textInput.setAttribute('autocapitalize', 'off');
  textInput.setAttribute('spellcheck', 'false');
  textInput.setAttribute('inputmode', 'none');

  var notice = document.createElement('div');
  notice.className = 'notice';
  notice.setAttribute('role', 'status');
  var noticeText = document.createElement('p');
  var noticeButton = document.createElement('button');
  noticeButton.type = 'button';
  noticeButton.textContent = words.retry;
  noticeButton.hidden = true;
  noticeButton.addEventListener('click', function () { loadCore(); });
  notice.appendChild(noticeText);
  notice.appendChild(noticeButton);

  var mirror = document.createElement('div');
  mirror.className = 'mirror';
  mirror.setAttribute('data-view', 'loading');

  panel.appendChild(canvas);
  panel.appendChild(textInput);
  panel.appendChild(notice);
  panel.appendChild(mirror);

  var launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.className = 'launcher';
  launcher.setAttribute('aria-label', words.help);
  launcher.setAttribute('aria-expanded', 'false');
  launcher.setAttribute('aria-controls', 'help-panel');
  launcher.innerHTML = '<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z"/><path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.4v.3"/><path d="M12 16.5h.01"/></svg>';
  launcher.addEventListener('click', function () { api.toggle(); });

  root.appendChild(panel);
  root.appendChild(launcher);

  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      api.close();
    }
  });

  function showNotice(text, withRetry) {
    notice.hidden = !text;
    noticeText.textContent = text || '';
    noticeButton.hidden = !withRetry;
  }

  // [SECTION] Accessibility mirror: the current view as real DOM controls
  // Screen readers read these, the Tab key moves through them, and the
  // canvas draws a ring around the control that has the focus. Text fields
  // are the exception: typing goes through the hidden text field at the
  // canvas caret, so an IME's candidates open where the text appears.
  var mirrorBody = document.createElement('div');
  // One live region that stays in the page: a region created with its text
  // already in it is not announced.
  var liveRegion = document.createElement('p');
  liveRegion.className = 'live';
  liveRegion.setAttribute('role', 'status');
  liveRegion.setAttribute('aria-live', 'polite');
  mirror.appendChild(mirrorBody);
  mirror.appendChild(liveRegion);

  function mirrorButton(label, action, detail) {
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.setAttribute('data-action', action);
    button.setAttribute('data-focus', action);
    if (detail) button.setAttribute('aria-description', detail);
    button.addEventListener('click', function () { command('activate', action); });
    return button;
  }

  function mirrorList(entries, className) {
    var list = document.createElement('ul');
    if (className) list.className = className;
    entries.forEach(function (item) {
      var li = document.createElement('li');
      li.appendChild(mirrorButton(item.label, item.action));
      if (item.detail) {
        var detail = document.createElement('span');
        detail.textContent = ' ' + item.detail;
        li.appendChild(detail);
      }
      list.appendChild(li);
    });
    return list;
  }

  // Results as a listbox: Down from the search box moves into it, arrows
  // move within it, Enter opens the result.
  function mirrorResults(results, label) {
    var list = document.createElement('ul');
    list.setAttribute('role', 'listbox');
    list.id = 'hw-results';
    list.className = 'results';
    list.setAttribute('aria-label', label);
    results.forEach(function (item, index) {
      var option = document.createElement('li');
      option.setAttribute('role', 'option');
      option.id = 'hw-result-' + index;
      option.tabIndex = index === 0 ? 0 : -1;
      option.setAttribute('aria-selected', 'false');
      option.setAttribute('data-action', item.action);
      option.setAttribute('data-focus', item.action);
      var title = document.createElement('span');
      title.className = 'title';
      title.textContent = item.label;
      option.appendChild(title);
      if (item.detail) {
        var detail = document.createElement('span');
        detail.className = 'detail';
        detail.textContent = ' ' + item.detail;
        option.appendChild(detail);
      }
      option.addEventListener('click', function () { command('activate', item.action); });
      list.appendChild(option);
    });
    return list;
  }

  function mirrorSearch(search) {
    var input = document.createElement('input');
    input.type = 'search';
    input.className = 'search';
    input.value = search.value || '';
    input.setAttribute('aria-label', search.label);
    input.setAttribute('data-focus', search.name);
    input.setAttribute('data-text-field', 'true');
    input.addEventListener('input', function () { command('search', input.value); });
    return input;
  }

  function mirrorBlocks(blocks) {
    var article = document.createElement('div');
    article.className = 'text';
    var list = null;
    blocks.forEach(function (block) {
      if (block.kind === 'bullet' || block.kind === 'numbered') {
        var tag = block.kind === 'bullet' ? 'UL' : 'OL';
        if (!list || list.tagName !== tag) {
          list = document.createElement(tag.toLowerCase());
          article.appendChild(list);
        }
        var li = document.createElement('li');
        li.textContent = block.text;
        list.appendChild(li);
        return;
      }
      list = null;
      var element = document.createElement(block.kind === 'heading' ? 'h3' : 'p');
      element.textContent = block.text;
      article.appendChild(element);
    });
    return article;
  }

  function publishMirror(view) {
    var focused = root.activeElement;
    var focusKey = focused && mirror.contains(focused) ? focused.getAttribute('data-focus') : null;
    mirrorBody.textContent = '';
    mirror.setAttribute('data-view', view.view || '');
    var heading = document.createElement('h2');
    heading.tabIndex = -1;
    heading.textContent = view.heading || '';
    mirrorBody.appendChild(heading);
    var status = document.createElement('p');
    status.className = 'status';
    status.textContent = view.status || '';
    mirrorBody.appendChild(status);
    if (liveRegion.textContent !== (view.live || '')) liveRegion.textContent = view.live || '';
    if (view.toolbar && view.toolbar.length) {
      var toolbar = document.createElement('div');
      toolbar.className = 'toolbar';
      view.toolbar.forEach(function (item) { toolbar.appendChild(mirrorButton(item.label, item.action)); });
      mirrorBody.appendChild(toolbar);
    }
    if (view.search) mirrorBody.appendChild(mirrorSearch(view.search));
    if (view.greeting) {
      var greeting = document.createElement('p');
      greeting.className = 'greeting';
      greeting.textContent = view.greeting;
      mirrorBody.appendChild(greeting);
    }
    if (view.cards && view.cards.length) {
      var cards = document.createElement('section');
      cards.className = 'cards';
      view.cards.forEach(function (card) {
        var box = document.createElement('article');
        box.className = 'card';
        box.setAttribute('data-rule', card.rule);
        box.setAttribute('aria-label', card.name);
        var cardStatus = document.createElement('p');
        cardStatus.className = 'card-status';
        cardStatus.textContent = card.status;
        box.appendChild(cardStatus);
        var title = document.createElement('h3');
        title.textContent = card.title;
        box.appendChild(title);
        var text = document.createElement('p');
        text.className = 'card-text';
        text.textContent = card.text;
        box.appendChild(text);
        card.actions.forEach(function (action) { box.appendChild(mirrorButton(action.label, action.action)); });
        cards.appendChild(box);
      });
      mirrorBody.appendChild(cards);
    }
    if (view.form) mirrorBody.appendChild(mirrorForm(view.form));
    if (view.reference) mirror.setAttribute('data-reference', view.reference); else mirror.removeAttribute('data-reference');
    if (view.state) mirror.setAttribute('data-state', view.state); else mirror.removeAttribute('data-state');
    if (view.results && view.results.length) mirrorBody.appendChild(mirrorResults(view.results, view.live || view.heading));
    if (view.blocks && view.blocks.length) mirrorBody.appendChild(mirrorBlocks(view.blocks));
    else if (view.text) {
      var text = document.createElement('div');
      text.className = 'text';
      view.text.split('\n').forEach(function (line) {
        var p = document.createElement('p');
        p.textContent = line;
        text.appendChild(p);
      });
      mirrorBody.appendChild(text);
    }
    if (view.requests && view.requests.length) {
      var requests = document.createElement('ul');
      requests.className = 'requests';
      view.requests.forEach(function (request) {
        var li = document.createElement('li');
        li.setAttribute('data-reference', request.reference);
        li.setAttribute('data-state', request.state);
        li.textContent = request.label + ' \u00b7 ' + request.state;
        requests.appendChild(li);
      });
      mirrorBody.appendChild(requests);
    }
    if (view.items && view.items.length) mirrorBody.appendChild(mirrorList(view.items));
    if (focusKey !== null) restoreFocus(focusKey, heading);
    // The field the hidden text field types for was redrawn: follow it.
    if (textFieldOwner && !mirror.contains(textFieldOwner)) {
      textFieldOwner = findControl(textFieldOwner.getAttribute('data-focus'));
    }
    if (focusOnPublish && isOpen && view.view !== 'loading') {
      focusOnPublish = false;
      var search = findControl('searchbox');
      if (search) focusControl(search);
    }
  }

  // [SECTION] Keyboard focus: Tab stays in the panel, the canvas rings it
  var textFieldOwner = null;   // the mirror text field the hidden field types for
  var focusOnPublish = false;  // give the search box the focus once the panel has drawn
  var lastFocusSent = null;

  function sendFocus(key) {
    if (key === lastFocusSent) return;
    lastFocusSent = key;
    command('focus', key);
  }

  // A control that had the focus before the view was redrawn gets it back;
  // when it is gone (a new view), the new view's heading gets it, so a
  // screen reader reads where the shopper is now.
  function findControl(key) {
    return key ? mirrorBody.querySelector('[data-focus="' + (window.CSS && CSS.escape ? CSS.escape(key) : key) + '"]') : null;
  }

  function restoreFocus(key, heading) {
    var same = findControl(key);
    if (same && !same.hasAttribute('data-text-field')) { same.focus({ preventScroll: true }); return; }
    heading.focus({ preventScroll: true });
    sendFocus('');
  }

  function focusControl(control) {
    if (!control) return;
    if (control.hasAttribute('data-text-field')) {
      // The hidden field takes the typing, named as the field it types for.
      textFieldOwner = control;
      ['aria-label', 'aria-required', 'aria-invalid', 'aria-describedby'].forEach(function (name) {
        var value = control.getAttribute(name);
        if (name === 'aria-label' && !value && control.labels && control.labels[0]) value = control.labels[0].textContent;
        if (value) textInput.setAttribute(name, value); else textInput.removeAttribute(name);
      });
      sendFocus(control.getAttribute('data-focus'));
      textInput.focus({ preventScroll: true });
      return;
    }
    control.focus({ preventScroll: true });
  }

  function tabStops() {
    return Array.prototype.filter.call(
      mirrorBody.querySelectorAll('button, input, textarea, select, [role="option"]'),
      function (element) {
        if (element.disabled || element.type === 'hidden') return false;
        if (element.getAttribute('role') === 'option') return element.tabIndex === 0;
        if (element.type === 'radio') {
          // One stop per radio group: the checked option, else the first.
          var group = mirrorBody.querySelectorAll('input[type="radio"][name="' + element.name + '"]');
          var checked = Array.prototype.filter.call(group, function (radio) { return radio.checked; })[0];
          return element === (checked || group[0]);
        }
        return true;
      });
  }

  function moveFocus(step) {
    var stops = tabStops();
    if (!stops.length) return;
    var current = root.activeElement === textInput ? textFieldOwner : root.activeElement;
    var index = stops.indexOf(current);
    if (index < 0 && current && mirror.contains(current)) {
      // On the heading or a text: continue from there in reading order.
      var after = stops.filter(function (stop) {
        return current.compareDocumentPosition(stop) & Node.DOCUMENT_POSITION_FOLLOWING;
      })[0];
      index = after ? stops.indexOf(after) - (step > 0 ? 1 : 0) : stops.length;
    } else if (index < 0) {
      index = step > 0 ? -1 : stops.length;
    }
    focusControl(stops[(index + step + stops.length) % stops.length]);
  }

  function moveInListbox(option, key) {
    var options = Array.prototype.slice.call(option.parentNode.querySelectorAll('[role="option"]'));
    var index = options.indexOf(option);
    var next = key === 'ArrowDown' ? options[index + 1] : key === 'ArrowUp' ? options[index - 1]
      : key === 'Home' ? options[0] : options[options.length - 1];
    if (!next && key === 'ArrowUp') { focusControl(findControl('searchbox')); return; }
    if (!next) return;
    options.forEach(function (each) { each.tabIndex = each === next ? 0 : -1; });
    next.focus({ preventScroll: true });
  }

  panel.addEventListener('keydown', function (event) {
    var target = root.activeElement;
    if (event.key === 'Tab' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // The panel keeps the focus while it is open: Tab wraps around.
      event.preventDefault();
      event.stopPropagation();
      moveFocus(event.shiftKey ? -1 : 1);
      return;
    }
    if (target && target.getAttribute('role') === 'option') {
      if (/^(ArrowDown|ArrowUp|Home|End)$/.test(event.key)) {
        event.preventDefault();
        moveInListbox(target, event.key);
      } else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        command('activate', target.getAttribute('data-action'));
      }
      return;
    }
    if (target === textInput && event.key === 'ArrowDown' && !event.isComposing && textFieldOwner &&
        textFieldOwner.getAttribute('data-focus') === 'searchbox') {
      var first = mirrorBody.querySelector('[role="option"]');
      if (first) {
        event.preventDefault();
        event.stopPropagation();
        moveInListbox(first, 'Home');
      }
    }
  }, true);

  mirror.addEventListener('focusin', function (event) {
    var key = event.target.getAttribute && event.target.getAttribute('data-focus');
    if (event.target.getAttribute('role') === 'option') event.target.setAttribute('aria-selected', 'true');
    sendFocus(key || '');
  });
  mirror.addEventListener('focusout', function (event) {
    if (event.target.getAttribute && event.target.getAttribute('role') === 'option') event.target.setAttribute('aria-selected', 'false');
  });
  textInput.addEventListener('focus', function () {
    if (textFieldOwner && mirror.contains(textFieldOwner)) sendFocus(textFieldOwner.getAttribute('data-focus'));
  });
  // A pointer works the canvas directly: no keyboard ring while it does.
  canvas.addEventListener('pointerdown', function () {
    textFieldOwner = null;
    sendFocus('');
  });
  panel.addEventListener('focusout', function (event) {
    if (!event.relatedTarget || !panel.contains(event.relatedTarget)) sendFocus('');
  });

  // A form step as real, labelled controls: what a screen reader and a
  // keyboard use, and what tests fill in. Changes go to the panel as answers.
  var formSerial = 0;
  function mirrorForm(form) {
    var box = document.createElement('form');
    box.className = 'form';
    box.setAttribute('data-stage', form.stage);
    if (form.step) box.setAttribute('data-step', form.step);
    box.addEventListener('submit', function (event) { event.preventDefault(); command('activate', 'form:next'); });
    if (form.title) {
      var title = document.createElement('h3');
      title.textContent = form.title;
      box.appendChild(title);
    }
    (form.needs || []).forEach(function (need) {
      var p = document.createElement('p');
      p.className = 'need';
      p.textContent = need;
      box.appendChild(p);
    });
    (form.review || []).forEach(function (entry) {
      var p = document.createElement('p');
      p.className = 'review';
      p.setAttribute('data-step', entry.step);
      p.textContent = entry.label + ': ' + entry.value;
      box.appendChild(p);
    });
    (form.fields || []).forEach(function (field) {
      var id = 'hw-field-' + (++formSerial);
      var group = document.createElement('div');
      group.className = 'field';
      group.setAttribute('data-field', field.id);
      var label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = field.label;
      group.appendChild(label);
      var send = function (value) { command('answer', JSON.stringify({ field: field.id, value: value })); };
      var control;
      // A guest has no orders to pick from: the order or item is typed.
      var choices = field.type === 'single_choice' ||
        ((field.type === 'order' || field.type === 'item') && field.options.length > 0);
      if (choices || field.type === 'multiple_choice') {
        control = document.createElement('div');
        control.setAttribute('role', choices ? 'radiogroup' : 'group');
        control.setAttribute('aria-labelledby', id + '-label');
        label.id = id + '-label';
        field.options.forEach(function (option, index) {
          var input = document.createElement('input');
          input.type = choices ? 'radio' : 'checkbox';
          input.name = id;
          input.id = id + '-' + index;
          input.setAttribute('data-focus', 'field:' + field.id);
          input.value = option.id;
          input.checked = choices ? field.value === option.id
            : Array.isArray(field.value) && field.value.indexOf(option.id) >= 0;
          input.addEventListener('change', function () {
            if (choices) { send(option.id); return; }
            var picked = Array.prototype.filter.call(control.querySelectorAll('input'), function (i) { return i.checked; })
              .map(function (i) { return i.value; });
            send(picked);
          });
          var optionLabel = document.createElement('label');
          optionLabel.htmlFor = input.id;
          optionLabel.textContent = option.label;
          control.appendChild(input);
          control.appendChild(optionLabel);
        });
      } else if (field.type === 'attachment') {
        control = document.createElement('button');
        control.type = 'button';
        control.id = id;
        control.setAttribute('data-action', 'form:files:' + field.id);
        control.setAttribute('data-focus', 'form:files:' + field.id);
        control.textContent = field.label;
        control.addEventListener('click', function () { command('activate', 'form:files:' + field.id); });
        (Array.isArray(field.value) ? field.value : []).forEach(function (file) {
          var p = document.createElement('p');
          p.className = 'file';
          p.textContent = file.name;
          group.appendChild(p);
        });
      } else {
        control = document.createElement(field.type === 'long_text' ? 'textarea' : 'input');
        control.id = id;
        if (control.tagName === 'INPUT') {
          control.type = { email: 'email', phone: 'tel', number: 'number', date: 'date' }[field.type] || 'text';
        }
        control.value = field.value == null ? '' : String(field.value);
        control.addEventListener('change', function () {
          var value = control.value;
          send(field.type === 'number' && value !== '' && !isNaN(Number(value)) ? Number(value) : value);
        });
      }
      if (!control.hasAttribute('data-focus')) control.setAttribute('data-focus', 'field:' + field.id);
      if (control.tagName === 'TEXTAREA' || (control.tagName === 'INPUT' && control.type !== 'file'))
        control.setAttribute('data-text-field', 'true');
      if (field.required) control.setAttribute('aria-required', 'true');
      if (field.error) {
        control.setAttribute('aria-invalid', 'true');
        var error = document.createElement('p');
        error.className = 'error';
        error.id = id + '-error';
        error.textContent = field.error;
        control.setAttribute('aria-describedby', error.id);
        group.appendChild(control);
        group.appendChild(error);
      } else {
        group.appendChild(control);
      }
      box.appendChild(group);
    });
    return box;
  }

  // The shopper picks files through a real file input, in the shadow root.
  function pickFiles(accept, multiple, done) {
    var input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.hidden = true;
    input.addEventListener('change', function () {
      var files = Array.prototype.slice.call(input.files || []);
      input.remove();
      done(files);
    });
    root.appendChild(input);
    input.click();
  }

  // [SECTION] Loading the WebAssembly panel
  function resize() {
    if (!core) return;
    var rect = panel.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) return;
    core.hwCall('hw_resize', [rect.width, rect.height, window.devicePixelRatio || 1]);
  }

  function command(name, arg) {
    if (!core) {
      // Only the latest context matters; older ones need not wait in memory.
      if (name === 'context') pending = pending.filter(function (call) { return call[0] !== 'context'; });
      pending.push([name, arg]);
      return;
    }
    core.hwCall('hw_command', [name, arg == null ? '' : String(arg)]);
  }

  function loadCore() {
    if (loading) return loading;
    stats.loadStartAt = performance.now();
    showNotice(words.loading, false);
    var hwHost = {
      canvas: canvas,
      textInput: textInput,
      stats: stats,
      emit: emit,
      publishMirror: publishMirror,
      pickFiles: pickFiles,
      requestClose: function () { api.close(); }
    };
    loading = import(base + 'help-widget-core.mjs')
      .then(function (module) {
        return module.default({
          hwHost: hwHost,
          locateFile: function (path) { return base + path; },
          print: function () {},
          printErr: function (text) { console.warn('HelpWidget:', text); }
        });
      })
      .then(function (instance) {
        stats.coreLoadedAt = performance.now();
        var startConfig = JSON.stringify({ kb: config.kb, manifest: config.manifest, refreshAfter: config.refreshAfter,
          rules: config.rules, forms: config.forms,
          contextUrl: config.contextUrl, locale: config.locale, ticketEndpoint: config.ticketEndpoint,
          pageUrl: location.origin + location.pathname, version: VERSION,
          eventsEndpoint: config.eventsEndpoint, consent: config.consent, eventsSample: config.eventsSample,
          collectQueries: config.collectQueries, theme: coreTheme(), textScale: textScale() });
        if (!instance.hwCall('hw_start', [startConfig])) {
          showNotice(words.noWebgl, false);
          emit('error', { code: 'webgl', message: 'WebGL2 is not available' });
          return;
        }
        core = instance;
        showNotice('', false);
        resize();
        pending.splice(0).forEach(function (call) { command(call[0], call[1]); });
      })
      .catch(function (error) {
        loading = null;
        showNotice(words.failed, true);
        emit('error', { code: 'load', message: 'could not load the help panel: ' + (error && error.message || error) });
      });
    return loading;
  }

  if (typeof ResizeObserver !== 'undefined') new ResizeObserver(resize).observe(panel);

  // [SECTION] Live theme changes: the OS colour scheme, setTextSize()
  function themeChanged() {
    restyle();
    if (core) command('theme', JSON.stringify(coreTheme()));
  }
  function onSchemeChange() { if (theme.mode === 'auto') themeChanged(); }
  if (darkScheme) {
    if (darkScheme.addEventListener) darkScheme.addEventListener('change', onSchemeChange);
    else if (darkScheme.addListener) darkScheme.addListener(onSchemeChange);
  }

  // Requests queued on an earlier page (offline, server down) are sent
  // without waiting for the shopper to open the panel again.
  function hasQueuedRequests() {
    try {
      var stored = JSON.parse(localStorage.getItem('help-widget:outbox') || 'null');
      var entries = stored && stored.entries || [];
      return entries.some(function (entry) { return entry.state === 'queued' || entry.state === 'sending'; });
    } catch (error) {
      return false;
    }
  }
  if (hasQueuedRequests()) {
    (window.requestIdleCallback || function (fn) { setTimeout(fn, 1500); })(function () { loadCore(); });
  }
  window.addEventListener('online', function () { if (core) command('online'); });
  // Analytics batches leave with the page (sendBeacon survives unloading).
  document.addEventListener('visibilitychange', function () {
    if (core && document.visibilityState === 'hidden') command('hidden');
  });
  window.addEventListener('pagehide', function () { if (core) command('hidden'); });
  window.addEventListener('resize', resize);

  if (config.prefetch === 'idle' && 'requestIdleCallback' in window) {
    requestIdleCallback(function () {
      [['modulepreload', 'help-widget-core.mjs'], ['prefetch', 'help-widget-core.wasm']].forEach(function (entry) {
        var link = document.createElement('link');
        link.rel = entry[0];
        link.href = base + entry[1];
        root.appendChild(link);
      });
    });
  }

  // [SECTION] Public API
  var api = {
    version: VERSION,
    open: function () {
      if (isOpen) return;
      isOpen = true;
      stats.openAt = stats.openAt || performance.now();
      panel.classList.add('open');
      launcher.setAttribute('aria-expanded', 'true');
      launcher.setAttribute('aria-label', words.close);
      loadCore();
      resize();
      // The focus moves into the panel: to the search box once it is drawn,
      // except on touch screens, where that would throw up the keyboard.
      textInput.focus({ preventScroll: true });
      if (!(window.matchMedia && matchMedia('(pointer: coarse)').matches)) {
        var search = core && findControl('searchbox');
        if (search) focusControl(search); else focusOnPublish = true;
      }
      if (contextUrlProblem) {
        emit('error', { code: 'context', message: contextUrlProblem });
        contextUrlProblem = '';
      }
      // The panel emits "open" with the cards it shows once it knows them.
      command('opened');
    },
    close: function () {
      if (!isOpen) return;
      isOpen = false;
      if (core) command('closed');
      textFieldOwner = null;
      focusOnPublish = false;
      panel.classList.remove('open');
      launcher.setAttribute('aria-expanded', 'false');
      launcher.setAttribute('aria-label', words.help);
      if (root.activeElement) launcher.focus({ preventScroll: true });
      emit('close', {});
    },
    toggle: function () { if (isOpen) api.close(); else api.open(); },
    search: function (query) { api.open(); command('search', query == null ? '' : query); },
    // The shopper and their recent orders ({customer, orders}); null forgets
    // them. Kept in memory only: never stored, never sent anywhere.
    setContext: function (context) {
      var text;
      try {
        text = JSON.stringify(context === undefined ? null : context);
      } catch (error) {
        emit('error', { code: 'context', message: 'setContext: the context cannot be written as JSON: ' + (error && error.message || error) });
        return api;
      }
      command('context', typeof text === 'string' ? text : 'null');
      return api;
    },
    openArticle: function (id) { api.open(); command('openArticle', id); },
    // The shopper's answer to the shop's consent prompt, for data-consent="required".
    consent: function (granted) { command('consent', granted ? 'true' : 'false'); return api; },
    // Opens a guided form; `prefill` such as {order_id: 'SO-1042', item_id: 'sku-1'}.
    startForm: function (id, prefill) {
      api.open();
      command('startForm', JSON.stringify({ form: String(id), prefill: prefill || {}, source: 'api' }));
    },
    on: function (name, fn) {
      if (typeof fn === 'function') (listeners[name] = listeners[name] || []).push(fn);
      return api;
    },
    off: function (name, fn) {
      listeners[name] = (listeners[name] || []).filter(function (f) { return f !== fn; });
      return api;
    },
    // Text size, 0.85 to 1.5 (1 is the default), times the browser's own
    // default font size: the panel, its text and its paddings grow together.
    setTextSize: function (scale) {
      var value = numberIn(scale, 0.85, 1.5);
      if (value === null) {
        attributeProblem('setTextSize(scale)', 'a number from 0.85 to 1.5');
        return api;
      }
      theme.textSize = value;
      restyle();
      if (core) command('textSize', String(textScale()));
      resize();
      return api;
    },
    destroy: function () {
      api.close();
      window.removeEventListener('resize', resize);
      if (darkScheme && darkScheme.removeEventListener) darkScheme.removeEventListener('change', onSchemeChange);
      host.remove();
      listeners = {};
      pending = [];
      core = null;
      if (window.HelpWidget === api) delete window.HelpWidget;
    },
    // Figures for benchmarks and support: frames drawn, load timings (ms),
    // and the glyphs the browser drew for the panel (filled in by the panel).
    stats: function () {
      var fonts = stats.fonts || {};
      return {
        frames: stats.frames,
        openToReadyMs: stats.readyAt && stats.openAt ? stats.readyAt - stats.openAt : null,
        coreLoadMs: stats.coreLoadedAt ? stats.coreLoadedAt - stats.loadStartAt : null,
        // Where the canvas rings the keyboard focus (CSS px in the panel), or null.
        focusRing: stats.focusRing || null,
        fonts: {
          glyphs: fonts.glyphs || 0,
          rasterMs: fonts.rasterMs || 0,
          atlasWidth: fonts.atlasWidth || 0,
          atlasHeight: fonts.atlasHeight || 0,
          fontBytesShipped: fonts.fontBytesShipped || 0
        }
      };
    }
  };

  // Calls queued by a snippet before this script ran: window.HelpWidget =
  // window.HelpWidget || {q: []}; HelpWidget.q.push(['open']).
  var early = window.HelpWidget && window.HelpWidget.q;
  window.HelpWidget = api;
  (document.body || document.documentElement).appendChild(host);
  restyle();  // now that the host is in the page, its default font size is known
  if (Array.isArray(early)) {
    early.forEach(function (call) {
      if (call && typeof api[call[0]] === 'function') api[call[0]].apply(api, call.slice(1));
    });
  }
})();
