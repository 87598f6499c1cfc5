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
  var locale = data.locale || document.documentElement.lang || navigator.language || 'en';
  var zh = /^zh\b/i.test(locale);
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
  var words = zh
    ? { help: '帮助', close: '关闭帮助', loading: '正在加载帮助…', failed: '帮助面板加载失败，请检查网络后重试。',
        retry: '重试', noWebgl: '此浏览器无法显示帮助面板。' }
    : { help: 'Help', close: 'Close help', loading: 'Loading help…',
        failed: 'The help panel could not be loaded. Check your connection and try again.',
        retry: 'Try again', noWebgl: 'This browser cannot show the help panel.' };

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

  // [SECTION] DOM: host element, shadow root, launcher, panel
  var host = document.createElement('help-widget-root');
  var root = host.attachShadow({ mode: 'open' });
  var css = [
    ':host{all:initial!important;position:fixed!important;z-index:2147483000!important;right:0!important;bottom:0!important;width:0!important;height:0!important;display:block!important}',
    '*{box-sizing:border-box;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","PingFang SC","Microsoft YaHei",sans-serif;text-transform:none;letter-spacing:normal}',
    '.launcher{position:fixed;right:20px;bottom:20px;width:56px;height:56px;border-radius:28px;border:0;margin:0;padding:0;background:#1f5fcc;color:#fff;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25);display:flex;align-items:center;justify-content:center}',
    '.launcher:hover{background:#1a51ad}.launcher:focus-visible{outline:3px solid #8fb4f5;outline-offset:2px}',
    '.launcher svg{width:26px;height:26px;display:block}',
    '.panel{position:fixed;right:20px;bottom:88px;width:380px;height:600px;max-height:calc(100vh - 108px);background:#fff;border-radius:14px;overflow:hidden;box-shadow:0 10px 40px rgba(0,0,0,.28);display:none}',
    '.panel.open{display:block}',
    '@media (max-width:480px),(max-height:520px){.panel{right:0;bottom:0;width:100%;height:100%;max-height:none;border-radius:0}.panel.open~.launcher{display:none}}',
    'canvas{display:block;width:100%;height:100%;border:0;margin:0;padding:0;outline:none;touch-action:none}',
    '.text-input{position:absolute;left:0;top:0;width:2px;height:20px;opacity:0;border:0;padding:0;margin:0;resize:none;overflow:hidden;pointer-events:none;color:transparent;background:transparent;caret-color:transparent}',
    '.notice{position:absolute;inset:0;display:flex;flex-direction:column;gap:12px;align-items:center;justify-content:center;padding:24px;text-align:center;color:#1f2328;background:#fff}',
    '.notice[hidden]{display:none}',
    '.notice button{border:0;border-radius:8px;background:#1f5fcc;color:#fff;padding:9px 16px;cursor:pointer}',
    '.mirror{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}'
  ].join('\n');
  // A constructed stylesheet is not inline CSS, so a page whose
  // Content-Security-Policy forbids inline styles still styles the widget.
  try {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch (error) {
    var style = document.createElement('style');
    style.textContent = css;
    root.appendChild(style);
  }

  var panel = document.createElement('div');
  panel.className = 'panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', words.help);
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

  // [SECTION] Accessibility mirror: the current view as real DOM text
  function publishMirror(view) {
    mirror.textContent = '';
    mirror.setAttribute('data-view', view.view || '');
    var heading = document.createElement('h2');
    heading.textContent = view.heading || '';
    mirror.appendChild(heading);
    var status = document.createElement('p');
    status.setAttribute('role', 'status');
    status.className = 'status';
    status.textContent = view.status || '';
    mirror.appendChild(status);
    var live = document.createElement('p');
    live.setAttribute('aria-live', 'polite');
    live.className = 'live';
    live.textContent = view.live || '';
    mirror.appendChild(live);
    if (view.greeting) {
      var greeting = document.createElement('p');
      greeting.className = 'greeting';
      greeting.textContent = view.greeting;
      mirror.appendChild(greeting);
    }
    if (view.cards && view.cards.length) {
      var cards = document.createElement('section');
      cards.className = 'cards';
      view.cards.forEach(function (card) {
        var box = document.createElement('article');
        box.className = 'card';
        box.setAttribute('data-rule', card.rule);
        box.setAttribute('aria-label', card.name);
        var status = document.createElement('p');
        status.className = 'card-status';
        status.textContent = card.status;
        box.appendChild(status);
        var title = document.createElement('h3');
        title.textContent = card.title;
        box.appendChild(title);
        var text = document.createElement('p');
        text.className = 'card-text';
        text.textContent = card.text;
        box.appendChild(text);
        card.actions.forEach(function (action) {
          var button = document.createElement('button');
          button.type = 'button';
          button.textContent = action.label;
          button.setAttribute('data-action', action.action);
          button.addEventListener('click', function () { command('activate', action.action); });
          box.appendChild(button);
        });
        cards.appendChild(box);
      });
      mirror.appendChild(cards);
    }
    if (view.form) mirror.appendChild(mirrorForm(view.form));
    if (view.reference) mirror.setAttribute('data-reference', view.reference);
    if (view.state) mirror.setAttribute('data-state', view.state);
    if (view.items && view.items.length) {
      var list = document.createElement('ul');
      view.items.forEach(function (item) {
        var li = document.createElement('li');
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = item.label;
        button.setAttribute('data-action', item.action);
        button.addEventListener('click', function () { command('activate', item.action); });
        li.appendChild(button);
        if (item.detail) {
          var detail = document.createElement('span');
          detail.textContent = ' ' + item.detail;
          li.appendChild(detail);
        }
        list.appendChild(li);
      });
      mirror.appendChild(list);
    }
    if (view.text) {
      var article = document.createElement('div');
      article.className = 'text';
      view.text.split('\n').forEach(function (line) {
        var p = document.createElement('p');
        p.textContent = line;
        article.appendChild(p);
      });
      mirror.appendChild(article);
    }
  }

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
      var choices = field.type === 'single_choice' || field.type === 'order' || field.type === 'item';
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
          collectQueries: config.collectQueries });
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
      textInput.focus({ preventScroll: true });
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
    destroy: function () {
      api.close();
      window.removeEventListener('resize', resize);
      host.remove();
      listeners = {};
      pending = [];
      core = null;
      if (window.HelpWidget === api) delete window.HelpWidget;
    },
    // Figures for benchmarks and support: frames drawn, load timings (ms).
    stats: function () {
      return {
        frames: stats.frames,
        openToReadyMs: stats.readyAt && stats.openAt ? stats.readyAt - stats.openAt : null,
        coreLoadMs: stats.coreLoadedAt ? stats.coreLoadedAt - stats.loadStartAt : null
      };
    }
  };

  // Calls queued by a snippet before this script ran: window.HelpWidget =
  // window.HelpWidget || {q: []}; HelpWidget.q.push(['open']).
  var early = window.HelpWidget && window.HelpWidget.q;
  window.HelpWidget = api;
  (document.body || document.documentElement).appendChild(host);
  if (Array.isArray(early)) {
    early.forEach(function (call) {
      if (call && typeof api[call[0]] === 'function') api[call[0]].apply(api, call.slice(1));
    });
  }
})();
