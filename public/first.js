/*!
 * DPRK overseas workers map: the first script (MIT). It makes the prerendered map answer the
 * first hover, focus and tap while the application and its dataset are still on their way: a
 * tooltip with the country's name and what it shows, read from the accessible name the page was
 * built with, and a click that selects the country through the URL (#ID), which the application
 * reads when it starts. Once the application has started (#app[data-ready]) it steps aside.
 * A classic script of a few hundred bytes: no import, no framework. See docs/PERFORMANCE.md.
 */
(function () {
  'use strict';

  var tip = null;
  var events = ['pointermove', 'pointerleave', 'focusin', 'focusout', 'click'];

  function ready() {
    var app = document.getElementById('app');
    return !app || app.hasAttribute('data-ready');
  }

  // The element that names a host: a shape that is a target, or the marker drawn for a small host.
  function hostOf(target) {
    var el = target && target.closest ? target.closest('svg.map [data-host]') : null;
    if (!el) return null;
    if (el.hasAttribute('aria-label')) return el;
    var marker = document.querySelector('svg.map g.marker[data-host="' + el.getAttribute('data-host') + '"]');
    return marker && marker.hasAttribute('aria-label') ? marker : null;
  }

  function line(className, text) {
    var p = document.createElement('p');
    p.className = className;
    p.textContent = text;
    return p;
  }

  function show(el, x, y) {
    var label = el.getAttribute('aria-label') || '';
    var cut = label.indexOf(': ');
    if (!tip) {
      tip = document.createElement('div');
      tip.className = 'tooltip';
      tip.setAttribute('role', 'tooltip');
      document.body.appendChild(tip);
    }
    if (tip.getAttribute('data-host') !== el.getAttribute('data-host')) {
      tip.setAttribute('data-host', el.getAttribute('data-host'));
      tip.replaceChildren(line('tooltip-title', cut > 0 ? label.slice(0, cut) : label), line('tooltip-figure', cut > 0 ? label.slice(cut + 2) : ''));
    }
    // Beside the pointer, on the side with room: window sizes are read without forcing a layout.
    var left = x + 16 > window.innerWidth - 280 ? Math.max(8, x - 296) : x + 16;
    var top = y + 16 > window.innerHeight - 120 ? Math.max(8, y - 136) : y + 16;
    tip.style.transform = 'translate(' + left + 'px, ' + top + 'px)';
  }

  function hide() {
    if (tip) tip.remove();
    tip = null;
  }

  function stepAside() {
    hide();
    events.forEach(function (type) { document.removeEventListener(type, handle, true); });
  }

  function handle(e) {
    if (ready()) { stepAside(); return; }
    var el = hostOf(e.target);
    if (e.type === 'click') {
      if (!el || !history.pushState) return;
      // The embed keeps the rest of its fragment (the loader's token) and the reader's history.
      var at = location.hash.indexOf('&');
      var hash = '#' + el.getAttribute('data-host') + (at >= 0 ? location.hash.slice(at) : '');
      var app = document.getElementById('app');
      if (app && app.getAttribute('data-mode') === 'embed') history.replaceState(null, '', hash);
      else history.pushState(null, '', hash);
      hide();
    } else if (e.type === 'focusin') {
      if (!el) return hide();
      var r = el.getBoundingClientRect();
      show(el, r.right, r.top);
    } else if (e.type === 'pointermove') {
      if (e.pointerType === 'touch') return;
      if (el) show(el, e.clientX, e.clientY);
      else hide();
    } else if (e.type === 'pointerleave') {
      // Leaving the map, not one country for the next.
      if (e.target === document.querySelector('svg.map')) hide();
    } else if (!hostOf(e.relatedTarget)) {
      hide(); // focus left the hosts
    }
  }

  if (!ready()) events.forEach(function (type) { document.addEventListener(type, handle, true); });
})();
