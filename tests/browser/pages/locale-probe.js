// Embeds the loader the way the address asks: ?locale=X gives data-locale,
// ?lang=Y gives <html lang>; with neither the browser's languages decide.
(function () {
  var params = new URLSearchParams(location.search);
  if (params.has('lang')) document.documentElement.lang = params.get('lang');
  var script = document.createElement('script');
  script.src = '/dist/help-widget.js';
  script.dataset.kb = '/dist/content/kb.en.json';
  if (params.has('locale')) script.dataset.locale = params.get('locale');
  document.body.appendChild(script);
})();
