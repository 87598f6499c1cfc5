// The real widget, re-embedded with the editor's content: the same loader
// and panel a shop gets (/dist/help-widget.js), given blob: URLs for the
// knowledge base and the rules. Restarting is what a shop does on a new
// page load: destroy the old instance, add the script tag again.
const LOADER_URL = '/dist/help-widget.js';

let script = null;     // the current <script> tag
let urls = [];         // its blob: URLs, revoked when it is replaced
let context = null;    // the sample shopper, given to every new instance
let listeners = {};    // event name -> fn, attached to every new instance

// Frees the old panel's WebGL context now rather than whenever the garbage
// collector gets to it: a browser keeps only a few contexts alive.
function releaseCanvas() {
  const host = document.querySelector('help-widget-root');
  const canvas = host && host.shadowRoot && host.shadowRoot.querySelector('canvas');
  const gl = canvas && canvas.getContext('webgl2');
  const lose = gl && gl.getExtension('WEBGL_lose_context');
  if (lose) lose.loseContext();
}

// Whether the current panel is open (the shadow root is open by design).
export function isWidgetOpen() {
  const host = document.querySelector('help-widget-root');
  return !!(host && host.shadowRoot && host.shadowRoot.querySelector('.panel.open'));
}

function stop() {
  if (window.HelpWidget && typeof window.HelpWidget.destroy === 'function') {
    releaseCanvas();
    window.HelpWidget.destroy();
  }
  if (script) script.remove();
  script = null;
  urls.forEach((url) => URL.revokeObjectURL(url));
  urls = [];
}

// Starts a new widget on `kb` and `rules` (Blobs; rules may be null) and
// opens it if `open`, keeping the editor's focus where it was. Resolves
// with the blob: URLs once the loader has run.
export function startWidget({ kb, rules, locale, open }) {
  stop();
  const kbUrl = URL.createObjectURL(kb);
  const rulesUrl = rules ? URL.createObjectURL(rules) : '';
  urls = [kbUrl, rulesUrl].filter(Boolean);
  script = document.createElement('script');
  script.src = LOADER_URL;
  script.dataset.kb = kbUrl;
  if (rulesUrl) script.dataset.rules = rulesUrl;
  script.dataset.locale = locale;
  return new Promise((resolve, reject) => {
    script.addEventListener('load', () => {
      const widget = window.HelpWidget;
      Object.entries(listeners).forEach(([name, fn]) => widget.on(name, fn));
      widget.setContext(context);
      if (open) {
        const focused = document.activeElement;
        widget.open();
        // open() focuses the panel's text field; the editor was elsewhere.
        if (focused && focused !== document.body) focused.focus({ preventScroll: true });
      }
      resolve({ kbUrl, rulesUrl });
    });
    script.addEventListener('error', () => reject(new Error('the widget loader could not be loaded from ' + LOADER_URL)));
    document.body.appendChild(script);
  });
}

// The sample shopper for this and every later instance (null: a guest).
export function setShopperContext(value) {
  context = value;
  if (window.HelpWidget && typeof window.HelpWidget.setContext === 'function') window.HelpWidget.setContext(value);
}

// Listens to an event of every instance, this one and later ones.
export function onWidget(name, fn) {
  listeners[name] = fn;
  if (window.HelpWidget && typeof window.HelpWidget.on === 'function') window.HelpWidget.on(name, fn);
}
