/*!
 * DPRK overseas workers map: embed loader (MIT). Include it once, anywhere on the page.
 *
 * It resizes every <iframe data-dprk-workers-map> to the height of the map inside it, from
 * the embed's message { type: 'dprk-workers-map:resize', v: 1, height, token }. A message
 * counts only when it comes from one of those iframes' own window, from the origin of the
 * iframe's src (or from an opaque origin, "null", when the iframe is sandboxed without
 * allow-same-origin), and carries the random token this script gave that iframe. The token
 * goes into the frame's URL fragment (#…&embed-token=…) by a same-document navigation, so
 * only the document loaded from that URL knows it; a page the frame navigates to does not.
 * Heights are applied at most once per animation frame per iframe (the latest wins).
 * Anything else is ignored, silently. See docs/EMBED.md.
 */
(function () {
  'use strict';

  var FLAG = '__dprkWorkersMapEmbedLoader';
  if (window[FLAG]) return; // included twice: the first copy does the work
  window[FLAG] = true;

  var SELECTOR = 'iframe[data-dprk-workers-map]';
  var TYPE = 'dprk-workers-map:resize';
  var REQUEST = 'dprk-workers-map:request-height';
  var TOKEN_PARAM = 'embed-token';
  var VERSION = 1;
  var MIN_HEIGHT = 150;
  var MAX_HEIGHT = 5000;

  // Per iframe: the window and src it was given its token for, the token, and the height
  // waiting for the next animation frame.
  var states = new WeakMap();

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

  // 128 random bits, as 32 hex digits.
  function newToken() {
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    var hex = '';
    for (var i = 0; i < bytes.length; i++) hex += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
    return hex;
  }

  // The iframe's src with the token in its fragment, after what is there (#CHN stays #CHN).
  function withToken(src, token) {
    var url = new URL(src, location.href);
    var parts = url.hash.slice(1).split('&').filter(function (part) {
      return part !== '' && part.split('=')[0] !== TOKEN_PARAM;
    });
    parts.push(TOKEN_PARAM + '=' + token);
    url.hash = parts.join('&');
    return url.href;
  }

  // Gives the frame a new token: navigates it to its own src with the token in the fragment.
  // For the map already at that URL this is a same-document navigation (no reload, a
  // hashchange event); replace() adds no entry to the reader's Back button. A document at
  // any other URL is replaced by a fresh load of src, which alone receives the token.
  function arm(frame) {
    var state = { win: frame.contentWindow, src: frame.getAttribute('src'), token: newToken(), height: 0, raf: 0 };
    states.set(frame, state);
    try {
      frame.contentWindow.location.replace(withToken(frame.src, state.token));
    } catch (e) {
      /* an unusable src: the frame gets no token, and is not resized */
    }
  }

  function apply(frame, state) {
    state.raf = 0;
    var style = frame.style;
    if (style.height === state.height + 'px') return;
    // The embed code's aspect-ratio and min-height are the no-script fallback; the measured
    // height replaces them (set once: each write to the style attribute costs the page).
    if (style.aspectRatio !== 'auto') style.aspectRatio = 'auto';
    if (style.minHeight !== '0px') style.minHeight = '0';
    style.height = state.height + 'px';
  }

  function onMessage(event) {
    var height = heightOf(event.data);
    if (height === null) return;
    var frame = frameOf(event.source);
    if (!frame || !trusted(frame, event.origin)) return;
    var state = states.get(frame);
    // No token yet for this iframe, or a new browsing context (the iframe was moved in the
    // DOM), or the page changed its src: only the host page can cause these, never the
    // framed document, so the frame gets a (new) token. This message itself does not count.
    if (!state || state.win !== event.source || state.src !== frame.getAttribute('src')) {
      arm(frame);
      return;
    }
    if (event.data.token !== state.token) return;
    state.height = height;
    // At most one change per animation frame: the latest height wins.
    if (!state.raf && frame.style.height !== height + 'px') {
      state.raf = requestAnimationFrame(function () { apply(frame, state); });
    }
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
