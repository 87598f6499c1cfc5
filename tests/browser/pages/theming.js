// Embeds the widget with the theme attributes named in the query string:
// ?theme=dark&brand=%230a7d4f&side=left&radius=4&textSize=1.5
(function () {
  var query = new URLSearchParams(location.search);
  var script = document.createElement('script');
  script.src = '/dist/help-widget.js';
  script.async = true;
  script.dataset.kb = '/dist/content/kb.en.json';
  script.dataset.forms = '/dist/content/forms.en.json';
  script.dataset.locale = 'en';
  var names = { theme: 'theme', brand: 'brandColor', side: 'side', radius: 'radius', textSize: 'textSize' };
  Object.keys(names).forEach(function (name) {
    if (query.has(name)) script.dataset[names[name]] = query.get(name);
  });
  document.body.appendChild(script);
})();
