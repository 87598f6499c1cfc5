/* Northwind demo — sample shoppers.
 *
 * A real shop knows who is signed in; this demo lets a visitor pick one of
 * the sample shoppers in shoppers.json, draws their orders in the "recent
 * orders" table and hands them to the help widget with
 * HelpWidget.setContext(), which updates an open panel at once.
 *
 * The sample times are written relative to a reference day; they are moved
 * forward by whole days so that "shipped 8 days ago" stays true today.
 * The choice is kept in the address (?shopper=late) so a reload keeps it.
 */
(function () {
  'use strict';

  var DEFAULT_SHOPPER = 'late';
  var pageLang = document.documentElement.getAttribute('lang') || '';
  var lang = /^zh/i.test(pageLang) ? 'zh-CN' : /^es/i.test(pageLang) ? 'es' : 'en';
  var WORDS = {
    en: {
      sub: 'Signed in as {name} · Orders from the last 90 days',
      guest: 'Not signed in',
      none: 'No orders yet.',
      status: { pending: 'Pending', processing: 'Processing', shipped: 'Shipped', delivered: 'Delivered',
        cancelled: 'Cancelled', returned: 'Returned' }
    },
    es: {
      sub: 'Sesión iniciada como {name} · Pedidos de los últimos 90 días',
      guest: 'Sin iniciar sesión',
      none: 'Todavía no hay pedidos.',
      status: { pending: 'Pendiente', processing: 'En preparación', shipped: 'Enviado', delivered: 'Entregado',
        cancelled: 'Cancelado', returned: 'Devuelto' }
    },
    'zh-CN': {
      sub: '当前登录：{name} · 近 90 天内的订单',
      guest: '未登录',
      none: '暂无订单。',
      status: { pending: '待处理', processing: '处理中', shipped: '已发货', delivered: '已送达',
        cancelled: '已取消', returned: '已退货' }
    }
  };
  var words = WORDS[lang];

  // The widget's loader may not have run yet: queue calls the documented way.
  function widget() {
    window.HelpWidget = window.HelpWidget || { q: [] };
    return window.HelpWidget;
  }

  function setWidgetContext(context) {
    var hw = widget();
    if (typeof hw.setContext === 'function') hw.setContext(context);
    else hw.q.push(['setContext', context]);
  }

  function money(total) {
    if (!total) return '';
    try {
      return new Intl.NumberFormat(lang, { style: 'currency', currency: total.currency }).format(total.amount);
    } catch (error) {
      return total.amount + ' ' + total.currency;
    }
  }

  function cell(tag, text, label) {
    var el = document.createElement(tag);
    if (text != null) el.textContent = text;
    if (label) el.setAttribute('data-label', label);
    return el;
  }

  function renderOrders(shopper, context) {
    var body = document.querySelector('[data-orders-body]');
    var sub = document.querySelector('[data-orders-sub]');
    if (!body) return;
    var name = context && context.customer ? context.customer.name : '';
    if (sub) sub.textContent = name ? words.sub.replace('{name}', name) : words.guest;
    body.textContent = '';
    var orders = (context && context.orders) || [];
    if (!orders.length) {
      var empty = document.createElement('tr');
      empty.className = 'orders-empty';
      var td = cell('td', words.none);
      td.colSpan = 6;
      empty.appendChild(td);
      body.appendChild(empty);
    }
    var dateFormat = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', day: 'numeric' });
    orders.forEach(function (order) {
      var row = document.createElement('tr');
      row.setAttribute('data-order-id', order.id);
      var id = cell('th', order.id);
      id.scope = 'row';
      id.className = 'order-id';
      row.appendChild(id);
      var placed = order.placed_at ? new Date(order.placed_at) : null;
      row.appendChild(cell('td', placed ? dateFormat.format(placed) : ''));
      var items = cell('td');
      var list = document.createElement('ul');
      list.className = 'order-items';
      (order.items || []).forEach(function (item) {
        list.appendChild(cell('li', item.name + ' × ' + (item.quantity || 1)));
      });
      items.appendChild(list);
      row.appendChild(items);
      var status = cell('td');
      var badge = cell('span', words.status[order.status] || order.status);
      badge.className = 'status status-' + order.status;
      status.appendChild(badge);
      row.appendChild(status);
      var total = cell('td', money(order.total));
      total.className = 'num';
      row.appendChild(total);
      body.appendChild(row);
    });
    document.dispatchEvent(new CustomEvent('demo-orders-changed'));
  }

  function start(data, times) {
    var select = document.querySelector('[data-shopper-select]');
    var shoppers = data.shoppers || [];
    var params = new URLSearchParams(location.search);
    var chosen = params.get('shopper') || DEFAULT_SHOPPER;

    function use(id) {
      var shopper = shoppers.filter(function (s) { return s.id === id; })[0] || shoppers[0];
      var context = times.shopperContextToday(shopper, data.reference_now);
      renderOrders(shopper, context);
      setWidgetContext(context);
      params.set('shopper', shopper.id);
      history.replaceState(null, '', '?' + params.toString() + location.hash);
    }

    if (select) {
      shoppers.forEach(function (shopper) {
        var option = document.createElement('option');
        option.value = shopper.id;
        option.textContent = shopper.label[lang] || shopper.label.en;
        select.appendChild(option);
      });
      select.value = chosen;
      select.addEventListener('change', function () { use(select.value); });
    }
    use(chosen);
  }

  // The time shift is shared with the content preview (an ES module).
  Promise.all([fetch('/shoppers.json').then(function (response) { return response.json(); }),
    import('/shift-times.mjs')])
    .then(function (loaded) { start(loaded[0], loaded[1]); })
    .catch(function (error) { console.warn('demo shoppers could not be loaded:', error); });
})();
