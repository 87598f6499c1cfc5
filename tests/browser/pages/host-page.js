// The host page's own behaviour, checked after the widget fails.
(function () {
  var count = 0;
  document.getElementById('host-button').addEventListener('click', function () {
    count += 1;
    document.getElementById('host-count').textContent = String(count);
  });
})();
