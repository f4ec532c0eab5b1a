/*!
 * DPRK overseas workers map: embed loader (MIT). Include it once, anywhere on the page.
 *
 * It resizes every <iframe data-dprk-workers-map> to the height of the map inside it, from
 * the embed's message { type: 'dprk-workers-map:resize', v: 1, height }. A message counts
 * only when it comes from one of those iframes' own window, from the origin of the iframe's
 * src (or from an opaque origin, "null", when the iframe is sandboxed without
 * allow-same-origin). Anything else is ignored, silently. As it may arrive after the map
 * has reported its height, it asks each map for it with { type: 'dprk-workers-map:request-height',
 * v: 1 }. See docs/EMBED.md.
 */
(function () {
  'use strict';

  var FLAG = '__dprkWorkersMapEmbedLoader';
  if (window[FLAG]) return; // included twice: the first copy does the work
  window[FLAG] = true;

  var SELECTOR = 'iframe[data-dprk-workers-map]';
  var TYPE = 'dprk-workers-map:resize';
  var REQUEST = 'dprk-workers-map:request-height';
  var VERSION = 1;
  var MIN_HEIGHT = 150;
  var MAX_HEIGHT = 5000;

  // The iframe whose window sent the message. Searched on every message, so iframes added
  // after this script ran are found too. Never matched by id or src: only by window.
  function frameOf(source) {
    if (!source) return null;
    var frames = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, location.href).origin;
    } catch (e) {
      return null;
    }
  }

  // Sandboxed without allow-same-origin: the frame has an opaque origin and its messages
  // arrive with origin "null". (Sandbox tokens are ASCII case-insensitive.)
  function isOpaque(frame) {
    var sandbox = frame.getAttribute('sandbox');
    return sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/i.test(sandbox);
  }

  function trusted(frame, origin) {
    if (origin === 'null') return isOpaque(frame);
    var expected = originOf(frame);
    return expected !== null && expected !== 'null' && origin === expected;
  }

  function heightOf(data) {
    if (!data || typeof data !== 'object') return null;
    if (data.type !== TYPE || data.v !== VERSION) return null;
    var h = data.height;
    if (typeof h !== 'number' || !isFinite(h)) return null;
    return Math.ceil(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, h)));
  }

  function onMessage(event) {
    var height = heightOf(event.data);
    if (height === null) return;
    var frame = frameOf(event.source);
    if (!frame || !trusted(frame, event.origin)) return;
    var style = frame.style;
    // The embed code's aspect-ratio and min-height are the no-script fallback; the measured
    // height replaces them.
    style.aspectRatio = 'auto';
    style.minHeight = '0';
    style.height = height + 'px';
  }

  // Asks a map for its height again: it reports on load, which can come before this
  // (async) script. The question carries nothing secret, so it goes to any origin ("*"; a
  // frame still on its initial about:blank document would make a named origin log an error).
  function ask(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: REQUEST, v: VERSION }, '*');
  }

  window.addEventListener('message', onMessage);
  // Load events do not bubble, but a capturing listener sees every iframe's, including
  // iframes added later and iframes that navigate.
  document.addEventListener('load', function (event) {
    var el = event.target;
    if (el && el.matches && el.matches(SELECTOR)) ask(el);
  }, true);
  var frames = document.querySelectorAll(SELECTOR);
  for (var i = 0; i < frames.length; i++) ask(frames[i]);
})();
