// Browser side of the web platform (an Emscripten JS library): DOM input,
// fetch, frames on demand, the accessibility mirror hand-off and glyph
// rasterization with the browser's own fonts. The loader passes the DOM
// elements in Module.hwHost; nothing here touches the host page or globals.
mergeInto(LibraryManager.library, {
  // The loader's way in: Module.hwCall('hw_command', ['search', 'refund'])
  // passes JS strings as UTF-8 and frees them after the call.
  $HW__postset: 'Module["hwCall"] = function(name, args) { return HW.call(name, args); };',
  $HW: {
    call: function(name, args) {
      var pointers = [];
      var values = (args || []).map(function(arg) {
        if (typeof arg !== 'string') return arg;
        var length = lengthBytesUTF8(arg) + 1;
        var ptr = _malloc(length);
        stringToUTF8(arg, ptr, length);
        pointers.push(ptr);
        return ptr;
      });
      try { return Module['_' + name].apply(null, values); }
      finally { pointers.forEach(function(ptr) { _free(ptr); }); }
    },
    framePending: false,
    files: {},        // picked files by id, until their ticket is delivered
    wakeTimer: 0,

    // Picked files are also kept in IndexedDB, so a ticket queued offline
    // still has its photos after a reload.
    fileStore: function(mode, fn) {
      return new Promise(function(resolve) {
        if (typeof indexedDB === 'undefined') return resolve(null);
        var open;
        try { open = indexedDB.open('help-widget-files', 1); } catch (e) { return resolve(null); }
        open.onupgradeneeded = function() { open.result.createObjectStore('files'); };
        open.onerror = function() { resolve(null); };
        open.onsuccess = function() {
          var tx = open.result.transaction('files', mode);
          var result = fn(tx.objectStore('files'));
          tx.oncomplete = function() { resolve(result && 'result' in result ? result.result : null); open.result.close(); };
          tx.onerror = function() { resolve(null); open.result.close(); };
        };
      });
    },
    glyphCanvas: null,
    glyphContext: null,
    metricsByWeight: {},
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, ' +
      '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif',

    withString: function(text, fn) {
      var length = lengthBytesUTF8(text) + 1;
      var ptr = _malloc(length);
      stringToUTF8(text, ptr, length);
      try { return fn(ptr, length - 1); } finally { _free(ptr); }
    },

    glyphContext2d: function() {
      if (!HW.glyphContext) {
        var size = 512;
        HW.glyphCanvas = typeof OffscreenCanvas !== 'undefined'
          ? new OffscreenCanvas(size, size)
          : Object.assign(document.createElement('canvas'), { width: size, height: size });
        HW.glyphContext = HW.glyphCanvas.getContext('2d', { willReadFrequently: true });
        HW.glyphContext.textBaseline = 'alphabetic';
        HW.glyphContext.fillStyle = '#fff';
      }
      return HW.glyphContext;
    },

    setFont: function(ctx, weight, emPx) {
      ctx.font = weight + ' ' + emPx.toFixed(2) + 'px ' + HW.fontFamily;
    },

    // Glyph figures for HelpWidget.stats(): glyphs drawn into the atlas and
    // the main-thread time spent measuring and drawing them.
    fontStats: function() {
      var stats = Module['hwHost'].stats;
      if (!stats.fonts) stats.fonts = { glyphs: 0, rasterMs: 0, atlasWidth: 0, atlasHeight: 0, fontBytesShipped: 0 };
      return stats.fonts;
    },

    // CSS font size whose line (ascent + descent) is `lineHeight` pixels:
    // the size ImGui's text has for that line height (see the font loader).
    cssFontPx: function(lineHeight) {
      var m = HW.metricsByWeight[400];
      var line = m ? m[0] + m[1] : 120;
      return lineHeight * 100 / line;
    },

    // Where ImGui's caret is and what its text looks like; the hidden text
    // field sits there so IME windows open at the caret.
    caret: { active: false, x: 0, y: 0, height: 20, color: '#1f2328', background: '#fff' },
    composing: false,
    keyboardShown: false,  // the text field was focused by a tap on a text field
    refocusing: false,

    // A tap on a text field: focus the hidden field again inside the tap
    // (pointerup is a user gesture), now that it takes text, so that phones
    // open their keyboard. The blur/focus pair is not news for ImGui.
    showKeyboard: function() {
      var input = Module['hwHost'].textInput;
      input.setAttribute('inputmode', 'text');
      if (HW.keyboardShown && Module['hwHost'].canvas.getRootNode().activeElement === input) return;
      HW.refocusing = true;
      try {
        input.blur();
        input.focus({ preventScroll: true });
      } finally {
        HW.refocusing = false;
      }
      HW.keyboardShown = true;
    },

    cssColor: function(abgr) {
      abgr = abgr >>> 0;
      return 'rgba(' + (abgr & 255) + ',' + ((abgr >>> 8) & 255) + ',' + ((abgr >>> 16) & 255) + ',' +
        (((abgr >>> 24) & 255) / 255).toFixed(3) + ')';
    },

    // The text field follows the caret. While an IME composes, it is shown
    // there with the field's own font, size and colours, so the preedit
    // (pinyin, kana...) reads as part of the field; otherwise it is a
    // transparent sliver that only receives keys.
    placeInput: function() {
      var input = Module['hwHost'].textInput, caret = HW.caret, style = input.style;
      style.left = caret.x + 'px';
      style.top = caret.y + 'px';
      style.height = caret.height + 'px';
      input.classList.toggle('composing', HW.composing);
      if (!HW.composing) {
        style.width = style.fontSize = style.lineHeight = style.fontFamily = style.color = style.background = '';
        return;
      }
      var fontPx = HW.cssFontPx(caret.height);
      style.fontFamily = HW.fontFamily;
      style.fontSize = fontPx.toFixed(2) + 'px';
      style.lineHeight = caret.height + 'px';
      style.color = caret.color;
      style.background = caret.background;
      var ctx = HW.glyphContext2d();
      HW.setFont(ctx, 400, fontPx);
      var room = Module['hwHost'].canvas.clientWidth - caret.x - 2;
      style.width = Math.max(2, Math.min(Math.ceil(ctx.measureText(input.value).width) + 4, room)) + 'px';
    },

    // Keys ImGui understands, by KeyboardEvent.code.
    keyCodes: null,
  },

  hw_js_attach__deps: ['$HW'],
  hw_js_attach: function() {
    var host = Module['hwHost'];
    var canvas = host.canvas;
    var input = host.textInput;
    var activePointers = {};
    var touchDrag = null;

    function point(event) {
      var rect = canvas.getBoundingClientRect();
      return [event.clientX - rect.left, event.clientY - rect.top];
    }
    var sourceOf = function(event) { return event.pointerType === 'touch' ? 1 : event.pointerType === 'pen' ? 2 : 0; };

    canvas.addEventListener('pointerdown', function(event) {
      var p = point(event);
      var source = sourceOf(event);
      if (source === 1) touchDrag = { id: event.pointerId, y: p[1], x: p[0], moved: false };
      _hw_pointer_move(p[0], p[1], source);
      _hw_pointer_button(event.button === 2 ? 1 : 0, 1, source);
      activePointers[event.pointerId] = true;
      try { canvas.setPointerCapture(event.pointerId); } catch (e) {}
      // Keep keyboard focus in the hidden text field, where IME and keys arrive.
      input.focus({ preventScroll: true });
      // A finger: let ImGui take the press now (a touch needs two frames:
      // the position, then the press), so that when the finger lifts we know
      // whether it landed on a text field and can open the keyboard then.
      if (source === 1) for (var i = 0; i < 2; i++) _hw_frame(performance.now());
      event.preventDefault();
    });
    canvas.addEventListener('pointermove', function(event) {
      var p = point(event);
      if (touchDrag && touchDrag.id === event.pointerId) {
        var dy = p[1] - touchDrag.y;
        if (!touchDrag.moved && Math.abs(dy) < 8 && Math.abs(p[0] - touchDrag.x) < 8) return;
        // A touch that moves is a scroll, not a tap: release the press away
        // from any button, then turn the finger's travel into wheel steps
        // for the list under the finger.
        if (!touchDrag.moved) {
          touchDrag.moved = true;
          _hw_pointer_move(-1e6, -1e6, 1);
          _hw_pointer_button(0, 0, 1);
        }
        _hw_pointer_move(p[0], p[1], 1);
        _hw_wheel(0, dy / 40);
        touchDrag.y = p[1];
        return;
      }
      _hw_pointer_move(p[0], p[1], sourceOf(event));
    });
    function release(event) {
      if (!activePointers[event.pointerId]) return;
      delete activePointers[event.pointerId];
      var wasDrag = touchDrag && touchDrag.id === event.pointerId && touchDrag.moved;
      if (touchDrag && touchDrag.id === event.pointerId) touchDrag = null;
      if (wasDrag) {
        _hw_pointer_move(-1e6, -1e6, 1);  // no hover left behind by the finger
        return;
      }
      var p = point(event);
      _hw_pointer_move(p[0], p[1], sourceOf(event));
      _hw_pointer_button(event.button === 2 ? 1 : 0, 0, sourceOf(event));
      if (sourceOf(event) === 1) {
        _hw_pointer_move(-1e6, -1e6, 1);  // no hover after a tap
        if (HW.caret.active) HW.showKeyboard();
      }
    }
    canvas.addEventListener('pointerup', release);
    canvas.addEventListener('pointercancel', release);
    canvas.addEventListener('pointerleave', function(event) {
      if (event.pointerType === 'mouse' && !activePointers[event.pointerId]) _hw_pointer_move(-1e6, -1e6, 0);
    });
    canvas.addEventListener('wheel', function(event) {
      var scale = event.deltaMode === 1 ? 1 / 3 : event.deltaMode === 2 ? 3 : 1 / 100;
      _hw_wheel(-event.deltaX * scale, -event.deltaY * scale);
      event.preventDefault();
    }, { passive: false });
    canvas.addEventListener('contextmenu', function(event) { event.preventDefault(); });

    function sendKey(event, down) {
      var mods = (event.ctrlKey ? 1 : 0) | (event.shiftKey ? 2 : 0) | (event.altKey ? 4 : 0) | (event.metaKey ? 8 : 0);
      return HW.withString(event.code || '', function(ptr) { return _hw_key(ptr, down ? 1 : 0, mods); });
    }
    input.addEventListener('keydown', function(event) {
      // The IME owns this key (Escape cancels the composition, Enter commits
      // it): neither ImGui nor the panel's own Escape-to-close may see it.
      if (event.isComposing || event.keyCode === 229 || HW.composing) {
        event.stopPropagation();
        return;
      }
      var shortcut = event.ctrlKey || event.metaKey;
      // Paste arrives as a 'paste' event with the text; let the browser fire it.
      if (shortcut && (event.code === 'KeyV')) return;
      var handled = sendKey(event, true);
      if (event.key === 'Tab' || (handled && (event.key.length !== 1 || shortcut))) event.preventDefault();
    });
    input.addEventListener('keyup', function(event) { sendKey(event, false); });
    // Typed and composed text reaches ImGui from the field's value, once:
    // whichever comes first of the last 'input' and 'compositionend' (their
    // order differs between browsers) sends the value and empties it.
    function sendTyped() {
      var text = input.value;
      input.value = '';
      if (text) HW.withString(text, function(ptr) { _hw_text(ptr); });
    }
    input.addEventListener('input', function(event) {
      if (HW.composing || event.isComposing) { HW.placeInput(); return; }  // preedit: shown, not sent
      sendTyped();
    });
    input.addEventListener('compositionstart', function() {
      HW.composing = true;
      HW.placeInput();
    });
    input.addEventListener('compositionupdate', function() { HW.placeInput(); });
    input.addEventListener('compositionend', function() {
      HW.composing = false;
      sendTyped();
      HW.placeInput();
    });
    input.addEventListener('paste', function(event) {
      var text = (event.clipboardData && event.clipboardData.getData('text/plain')) || '';
      if (text) HW.withString(text.replace(/\r?\n/g, ' '), function(ptr) { _hw_text(ptr); });
      event.preventDefault();
    });
    input.addEventListener('focus', function() { if (!HW.refocusing) _hw_focus(1); });
    input.addEventListener('blur', function() {
      if (HW.refocusing) return;
      HW.keyboardShown = false;
      _hw_focus(0);
    });
  },

  hw_js_create_gl_context__deps: ['$GL'],
  hw_js_create_gl_context: function() {
    var attributes = { majorVersion: 2, minorVersion: 0, alpha: true, depth: false, stencil: false,
                       antialias: false, premultipliedAlpha: true, preserveDrawingBuffer: false,
                       powerPreference: 'low-power' };
    var handle = GL.createContext(Module['hwHost'].canvas, attributes);
    if (handle) GL.makeContextCurrent(handle);
    return handle;
  },

  hw_js_request_frame__deps: ['$HW'],
  hw_js_request_frame: function() {
    if (HW.framePending) return;
    HW.framePending = true;
    requestAnimationFrame(function(time) {
      HW.framePending = false;
      Module['hwHost'].stats.frames++;
      _hw_frame(time);
    });
  },

  hw_js_resize_canvas: function(width, height) {
    var canvas = Module['hwHost'].canvas;
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
  },

  hw_js_fetch__deps: ['$HW'],
  hw_js_fetch: function(requestId, urlPtr, withCredentials, etagPtr) {
    var url = UTF8ToString(urlPtr), etag = UTF8ToString(etagPtr);
    function done(status, bytes, error, answerEtag) {
      var length = bytes ? bytes.length : 0;
      var ptr = _malloc(length + 1);
      if (bytes) HEAPU8.set(bytes, ptr);
      HEAPU8[ptr + length] = 0;
      HW.withString(error || '', function(errorPtr) {
        HW.withString(answerEtag || '', function(etagPtr) { _hw_fetch_done(requestId, status, ptr, length, errorPtr, etagPtr); });
      });
      _free(ptr);
    }
    // The shopper's context URL is the shop's own: its cookies identify the
    // shopper. Content never needs them.
    var init = { credentials: withCredentials ? 'include' : 'same-origin', cache: 'no-cache' };
    // With the ETag of the copy the panel holds, ask for the file only if it
    // changed: a 304 (no body) reaches the panel, which keeps what it has.
    // Only on the page's own origin: on another one this header would need a
    // CORS preflight, and the browser's cache revalidates there by itself
    // ('no-cache'), the panel then seeing the same bytes again.
    var sameOrigin = false;
    try { sameOrigin = new URL(url, location.href).origin === location.origin; } catch (e) {}
    if (etag && sameOrigin) init = { credentials: init.credentials, cache: 'no-store', headers: { 'If-None-Match': etag } };
    fetch(url, init)
      .then(function(response) {
        var answerEtag = response.headers.get('ETag') || '';
        if (response.status === 304) return done(304, null, '', answerEtag || etag);
        return response.arrayBuffer().then(function(buffer) { done(response.status, new Uint8Array(buffer), '', answerEtag); });
      })
      .catch(function(error) { done(0, null, 'network error: ' + (error && error.message || error), ''); });
  },

  hw_js_now_ms: function() { return Date.now(); },

  // Minutes east of UTC, as ISO 8601 offsets count (JS counts west).
  hw_js_utc_offset_minutes: function() { return -new Date().getTimezoneOffset(); },

  hw_js_emit: function(namePtr, detailPtr) {
    var detail;
    try { detail = JSON.parse(UTF8ToString(detailPtr)); } catch (e) { detail = {}; }
    Module['hwHost'].emit(UTF8ToString(namePtr), detail);
  },

  hw_js_open_url: function(urlPtr) {
    var url = UTF8ToString(urlPtr);
    if (!/^https?:\/\//i.test(url)) return;
    window.open(url, '_blank', 'noopener,noreferrer');
  },

  hw_js_request_close: function() { Module['hwHost'].requestClose(); },

  hw_js_publish_mirror: function(jsonPtr) {
    Module['hwHost'].publishMirror(JSON.parse(UTF8ToString(jsonPtr)));
  },

  hw_js_set_cursor: function(namePtr) {
    Module['hwHost'].canvas.style.cursor = UTF8ToString(namePtr);
  },

  // Where the canvas drew the keyboard focus ring (CSS pixels in the panel),
  // for the page's tests and support: HelpWidget.stats().focusRing.
  hw_js_focus_ring: function(shown, x, y, width, height) {
    Module['hwHost'].stats.focusRing = shown ? { x: x, y: y, width: width, height: height } : null;
  },

  // ImGui's caret moved, or a text field was entered or left. Colours are
  // ImGui's packed ABGR: the field's text and background, for the preedit.
  hw_js_set_text_input__deps: ['$HW'],
  hw_js_set_text_input: function(active, x, y, height, textColor, background) {
    var caret = HW.caret;
    caret.active = !!active;
    caret.x = x;
    caret.y = y;
    caret.height = height;
    caret.color = HW.cssColor(textColor);
    caret.background = HW.cssColor(background);
    var input = Module['hwHost'].textInput;
    // Phones open their keyboard only for a field that takes text.
    input.setAttribute('inputmode', active ? 'text' : 'none');
    if (!active) HW.keyboardShown = false;
    HW.placeInput();
  },

  // Small values kept for the next visit (recent searches). Storage may be
  // unavailable (private mode, blocked cookies): then nothing is kept.
  hw_js_store: function(keyPtr, valuePtr) {
    var key = 'help-widget:' + UTF8ToString(keyPtr), value = UTF8ToString(valuePtr);
    try { if (value) localStorage.setItem(key, value); else localStorage.removeItem(key); } catch (e) {}
  },

  hw_js_random_bytes: function(out, count) {
    var bytes = new Uint8Array(count);
    crypto.getRandomValues(bytes);
    HEAPU8.set(bytes, out);
  },

  hw_js_wake_after__deps: ['$HW'],
  hw_js_wake_after: function(delayMs) {
    clearTimeout(HW.wakeTimer);
    HW.wakeTimer = setTimeout(function() { HW.call('hw_command', ['timer', '']); }, Math.min(delayMs, 2147483000));
  },

  hw_js_pick_files__deps: ['$HW'],
  hw_js_pick_files: function(requestId, acceptPtr, multiple) {
    Module['hwHost'].pickFiles(UTF8ToString(acceptPtr), !!multiple, function(files) {
      var described = files.map(function(file) {
        var id = 'f' + Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
        HW.files[id] = file;
        HW.fileStore('readwrite', function(store) { return store.put({ blob: file, name: file.name, type: file.type }, id); });
        return { id: id, name: file.name, type: file.type, size: file.size };
      });
      HW.call('hw_command', ['filesPicked', requestId + ':' + JSON.stringify(described)]);
    });
  },

  hw_js_beacon: function(urlPtr, bodyPtr) {
    try {
      return navigator.sendBeacon(UTF8ToString(urlPtr), new Blob([UTF8ToString(bodyPtr)], { type: 'text/plain' })) ? 1 : 0;
    } catch (e) {
      return 0;
    }
  },

  hw_js_keep_files: function(referencePtr, idsPtr) {
    try { localStorage.setItem('help-widget:files:' + UTF8ToString(referencePtr), UTF8ToString(idsPtr)); } catch (e) {}
  },

  // POSTs a ticket with its reference as Idempotency-Key: JSON alone, or
  // multipart with the ticket and its files. A timeout counts as a network
  // failure, so the outbox retries.
  hw_js_post_ticket__deps: ['$HW'],
  hw_js_post_ticket: function(requestId, urlPtr, ticketPtr, referencePtr) {
    var url = UTF8ToString(urlPtr), ticket = UTF8ToString(ticketPtr), reference = UTF8ToString(referencePtr);
    var filesKey = 'help-widget:files:' + reference;
    var ids = [];
    try { ids = JSON.parse(localStorage.getItem(filesKey) || '[]'); } catch (e) {}
    function done(status, text, error) {
      if (status >= 200 && status < 300) {
        try { localStorage.removeItem(filesKey); } catch (e) {}
        ids.forEach(function(id) {
          delete HW.files[id];
          HW.fileStore('readwrite', function(store) { return store.delete(id); });
        });
      }
      HW.withString(text || '', function(bodyPtr, length) {
        HW.withString(error || '', function(errorPtr) { _hw_fetch_done(requestId, status, bodyPtr, length, errorPtr, 0); });
      });
    }
    Promise.all(ids.map(function(id) {
      if (HW.files[id]) return Promise.resolve(HW.files[id]);
      return HW.fileStore('readonly', function(store) { return store.get(id); }).then(function(kept) {
        return kept ? new File([kept.blob], kept.name, { type: kept.type }) : null;
      });
    })).then(function(files) {
      var body, headers = { 'Idempotency-Key': reference };
      if (files.length) {
        body = new FormData();
        body.append('ticket', new Blob([ticket], { type: 'application/json' }), 'ticket.json');
        files.forEach(function(file) { if (file) body.append('file', file, file.name); });
      } else {
        body = ticket;
        headers['Content-Type'] = 'application/json';
      }
      var controller = typeof AbortController !== 'undefined' ? new AbortController() : null;
      var timer = setTimeout(function() { if (controller) controller.abort(); }, 20000);
      return fetch(url, { method: 'POST', body: body, headers: headers, credentials: 'omit',
                          signal: controller ? controller.signal : undefined })
        .then(function(response) {
          return response.text().then(function(text) { clearTimeout(timer); done(response.status, text, ''); });
        });
    }).catch(function(error) {
      done(0, '', 'network error: ' + (error && error.name === 'AbortError' ? 'timeout' : (error && error.message || error)));
    });
  },

  hw_js_load: function(keyPtr) {
    var value = null;
    try { value = localStorage.getItem('help-widget:' + UTF8ToString(keyPtr)); } catch (e) {}
    if (value === null) return 0;
    var length = lengthBytesUTF8(value) + 1;
    var ptr = _malloc(length);
    stringToUTF8(value, ptr, length);
    return ptr;
  },

  hw_js_clipboard_write: function(textPtr) {
    var text = UTF8ToString(textPtr);
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(function() {});
  },

  // Ascent and descent of the font stack at a 100px em, measured once per weight.
  hw_js_font_metrics__deps: ['$HW'],
  hw_js_font_metrics: function(weight, out) {
    var cached = HW.metricsByWeight[weight];
    if (!cached) {
      var ctx = HW.glyphContext2d();
      HW.setFont(ctx, weight, 100);
      var m = ctx.measureText('Hg');
      cached = [m.fontBoundingBoxAscent || 95, m.fontBoundingBoxDescent || 25];
      HW.metricsByWeight[weight] = cached;
    }
    HEAPF32[out >> 2] = cached[0];
    HEAPF32[(out >> 2) + 1] = cached[1];
  },

  // Glyph box at `emPx`: advance, left and top of the bitmap relative to the
  // pen position on the baseline, bitmap width and height (1px padding).
  hw_js_glyph_measure__deps: ['$HW'],
  hw_js_glyph_measure: function(codepoint, weight, emPx, out) {
    var started = performance.now();
    var ctx = HW.glyphContext2d();
    HW.setFont(ctx, weight, emPx);
    var text = String.fromCodePoint(codepoint);
    var m = ctx.measureText(text);
    var left = Math.ceil(m.actualBoundingBoxLeft || 0) + 1;
    var right = Math.ceil(m.actualBoundingBoxRight || 0) + 1;
    var top = Math.ceil(m.actualBoundingBoxAscent || 0) + 1;
    var bottom = Math.ceil(m.actualBoundingBoxDescent || 0) + 1;
    var visible = /\S/.test(text) && right + left > 2 && top + bottom > 2;
    var base = out >> 2;
    HEAPF32[base] = m.width;
    HEAPF32[base + 1] = left;
    HEAPF32[base + 2] = top;
    HEAPF32[base + 3] = visible ? Math.min(left + right, 512) : 0;
    HEAPF32[base + 4] = visible ? Math.min(top + bottom, 512) : 0;
    HW.fontStats().rasterMs += performance.now() - started;
  },

  hw_js_glyph_render__deps: ['$HW'],
  hw_js_glyph_render: function(codepoint, weight, emPx, width, height, left, top, dst) {
    var started = performance.now();
    var ctx = HW.glyphContext2d();
    HW.setFont(ctx, weight, emPx);
    ctx.clearRect(0, 0, width, height);
    ctx.fillText(String.fromCodePoint(codepoint), left, top);
    var pixels = ctx.getImageData(0, 0, width, height).data;
    // White text on transparent: coverage is the alpha channel.
    for (var i = 0, n = width * height; i < n; i++) HEAPU8[dst + i] = pixels[i * 4 + 3];
    var fonts = HW.fontStats();
    fonts.glyphs++;
    fonts.rasterMs += performance.now() - started;
  },

  // The atlas texture's size (it grows as glyphs arrive) and the bytes of
  // font files the atlas was given (none: the browser's fonts draw).
  hw_js_font_atlas__deps: ['$HW'],
  hw_js_font_atlas: function(width, height, fontBytes) {
    var fonts = HW.fontStats();
    fonts.atlasWidth = width;
    fonts.atlasHeight = height;
    fonts.fontBytesShipped = fontBytes;
  },

  // Apple keyboards use Cmd for shortcuts and Alt for word moves.
  hw_js_is_apple: function() {
    var platform = (navigator.userAgentData && navigator.userAgentData.platform) || navigator.platform || '';
    return /mac|iphone|ipad|ipod/i.test(platform) ? 1 : 0;
  },
});
