/**
 * Code that runs inside the page. Kept as plain JavaScript strings: functions compiled by tsx
 * can carry helper calls (e.g. __name) that do not exist in the page.
 */

/**
 * The probe, installed as an init script in every context (before any page script runs).
 *
 * Inputs: capture listeners on window note every trusted pointermove / click / keydown with
 * its event.timeStamp (t0: when the browser created the input event) and when the page's
 * first listener saw it.
 *
 * "Frame after": requestAnimationFrame, then a MessageChannel message posted from that
 * callback. The rAF callback runs at the start of the next rendering update (before style,
 * layout, paint); the message task runs after that rendering update has finished on the main
 * thread, i.e. once the frame that contains the DOM change has been committed to the
 * compositor. Raster and display on the compositor/GPU side are not included (see Event
 * Timing for a figure that is).
 *
 * Event Timing: a PerformanceObserver of type "event" with durationThreshold 16 (the minimum
 * the API allows) keeps every entry; the bench matches them to inputs by startTime, which is
 * the input event's timeStamp.
 *
 * Load figures: FCP (paint entries), when >= 150 `svg.map path` are in the DOM and the frame
 * after that, the first tooltip with text (and the frame after it, and the input that caused
 * it), and every long task.
 *
 * Armed waits (__b.arm): the bench arms one condition, dispatches a trusted input over CDP,
 * then waits (__b.wait) for the sample: the first DOM mutation after the input that meets the
 * condition, attributed to the last input of the armed type, then the frame after it.
 * Conditions: "tooltip" = the text of [role=tooltip] differs from what it was when armed;
 * "panel" = the details panel heading (#panel-title) differs from what it was when armed;
 * "classes" = a class attribute in `svg.map` or its data-year changed. In "stream" mode every tooltip
 * text change makes a sample (continuous hovering), attributed to the latest pointermove.
 */
export const PROBE = `(() => {
  if (window.__b) return;
  const now = () => performance.now();
  const b = window.__b = {
    fp: null, fcp: null, pathsAt: null, pathsFrameAt: null, pathCount: 0,
    firstTip: null, longtasks: [], events: [], inputs: { pointermove: [], click: [], keydown: [] },
    arm: null, samples: [], waiters: [],
  };
  const frameAfter = (cb) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { ch.port1.close(); cb(now()); };
    ch.port2.postMessage(0);
  });
  b.frameAfter = frameAfter;
  for (const type of ['pointermove', 'click', 'keydown']) {
    addEventListener(type, (e) => {
      if (!e.isTrusted) return;
      const list = b.inputs[type];
      list.push({ t0: e.timeStamp, at: now(), key: e.key || null });
      if (list.length > 4000) list.splice(0, 2000);
    }, { capture: true, passive: true });
  }
  const tipText = () => {
    const t = document.querySelector('[role="tooltip"]');
    return t ? (t.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 120) : '';
  };
  const panelText = () => {
    const h = document.getElementById('panel-title');
    return h ? (h.textContent || '').replace(/\\s+/g, ' ').trim() : '';
  };
  b.tipText = tipText;
  b.panelText = panelText;
  const lastInput = (type, after) => {
    const list = b.inputs[type];
    const x = list[list.length - 1];
    return x && x.at >= after ? x : null;
  };
  const deliver = () => { const ws = b.waiters; b.waiters = []; for (const w of ws) w(); };
  const record = (a, text) => {
    const cause = lastInput(a.cause, a.at);
    if (!cause) return false;
    if (a.stream && cause === a.lastCause) return false;
    a.lastCause = cause;
    const s = { kind: a.kind, t0: cause.t0, handlerAt: cause.at, mut: now(), frame: null, text };
    frameAfter((t) => { s.frame = t; b.samples.push(s); deliver(); });
    return true;
  };
  const onMutations = (records) => {
    // Load: the map's paths, then the first tooltip with text.
    if (b.pathsAt === null) {
      const n = document.querySelectorAll('svg.map path').length;
      if (n >= 150) {
        b.pathsAt = now();
        b.pathCount = n;
        frameAfter((t) => { b.pathsFrameAt = t; });
      }
    }
    if (b.firstTip === null) {
      const text = tipText();
      if (text) {
        const cause = lastInput('pointermove', 0);
        const s = b.firstTip = { t0: cause ? cause.t0 : null, mut: now(), frame: null, text };
        frameAfter((t) => { s.frame = t; });
      }
    }
    const a = b.arm;
    if (!a || a.done) return;
    if (a.kind === 'tooltip') {
      const text = tipText();
      if (text && text !== a.from) {
        if (record(a, text)) { a.from = text; if (!a.stream) a.done = true; }
      }
    } else if (a.kind === 'panel') {
      const text = panelText();
      if (text && text !== a.from) { if (record(a, text)) a.done = true; }
    } else if (a.kind === 'classes') {
      // The map says which year it shows (data-year); a year that changes no host's class still repaints the map's names and patterns.
      const hit = records.some((r) => r.type === 'attributes' && r.target.closest && r.target.closest('svg.map') && (r.attributeName === 'class' || r.attributeName === 'data-year'));
      if (hit) { if (record(a, null)) a.done = true; }
    }
  };
  const mo = new MutationObserver(onMutations);
  mo.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class', 'data-year'] });
  b.armFor = (kind, cause, stream) => {
    b.arm = { kind, cause, stream: !!stream, at: now(), done: false, lastCause: null,
      from: kind === 'tooltip' ? tipText() : kind === 'panel' ? panelText() : null };
    b.samples = [];
    return true;
  };
  b.disarm = () => { b.arm = null; const s = b.samples; b.samples = []; return s; };
  /** Resolves with the first sample of the armed wait, or null after ms. */
  b.wait = (ms) => new Promise((resolve) => {
    if (b.samples.length) { resolve(b.samples[0]); return; }
    const timer = setTimeout(() => resolve(null), ms);
    const w = () => { if (b.samples.length) { clearTimeout(timer); resolve(b.samples[0]); } else b.waiters.push(w); };
    b.waiters.push(w);
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name === 'first-paint') b.fp = e.startTime;
        if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
      }
    }).observe({ type: 'paint', buffered: true });
  } catch (e) {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        b.events.push({ name: e.name, start: e.startTime, duration: e.duration, processingStart: e.processingStart, processingEnd: e.processingEnd, interactionId: e.interactionId || 0 });
      }
      if (b.events.length > 6000) b.events.splice(0, 3000);
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch (e) {}
})();`;

/** Everything the load run reads back once the page has settled. */
export const LOAD_READ = `JSON.stringify({
  bench: window.__b ? { fp: __b.fp, fcp: __b.fcp, pathsAt: __b.pathsAt, pathsFrameAt: __b.pathsFrameAt, firstTip: __b.firstTip, longtasks: __b.longtasks } : null,
  pathCount: document.querySelectorAll('svg.map path').length,
  hydrate: (performance.getEntriesByName('hydrate', 'measure')[0] || {}).duration ?? null,
  nav: (() => { const n = performance.getEntriesByType('navigation')[0]; return n ? { dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd, responseEnd: n.responseEnd, transferSize: n.transferSize, encodedBodySize: n.encodedBodySize, decodedBodySize: n.decodedBodySize } : null; })(),
  resources: performance.getEntriesByType('resource').map((e) => ({ name: e.name, initiatorType: e.initiatorType, transferSize: e.transferSize, encodedBodySize: e.encodedBodySize, decodedBodySize: e.decodedBodySize, startTime: e.startTime, responseEnd: e.responseEnd })),
})`;

/**
 * Hover targets with a point each. mode "hosts": one element per distinct data-host (the real
 * site); mode "ids": the paths with the given data-id values (the peer). The point is the
 * element's own centre (data-c / data-anchor in viewBox units when present, else the bounding
 * box centre), moved to the nearest grid point where hit testing lands on the element.
 */
export const findTargets = (mode: 'hosts' | 'ids', ids: readonly string[] = []) => `(() => {
  const svg = document.querySelector('svg.map');
  if (!svg) return [];
  const ctm = svg.getScreenCTM();
  const mode = ${JSON.stringify(mode)};
  const ids = ${JSON.stringify(ids)};
  const out = [];
  const items = [];
  if (mode === 'hosts') {
    const seen = new Set();
    for (const el of svg.querySelectorAll('[data-host][role="button"]')) {
      const key = el.getAttribute('data-host');
      if (seen.has(key)) continue;
      seen.add(key);
      const shape = svg.querySelector('[data-host="' + key + '"][data-shape]');
      items.push({ el, key, name: (el.getAttribute('aria-label') || key).split(':')[0], shapeId: shape ? shape.getAttribute('data-shape') : null,
        c: el.getAttribute('data-c') || el.getAttribute('data-anchor') });
    }
  } else {
    for (const id of ids) {
      const el = svg.querySelector('path[data-id="' + id + '"]');
      if (el) items.push({ el, key: id, name: el.getAttribute('data-name'), shapeId: id, c: null });
    }
  }
  const hits = (el, key, x, y) => {
    if (x < 1 || y < 1 || x > innerWidth - 2 || y > innerHeight - 2) return false;
    const h = document.elementFromPoint(x, y);
    if (!h) return false;
    if (mode === 'hosts') { const host = h.closest('[data-host]'); return !!host && host.getAttribute('data-host') === key; }
    return h === el;
  };
  for (const it of items) {
    const r = it.el.getBoundingClientRect();
    let cx = r.left + r.width / 2, cy = r.top + r.height / 2;
    if (it.c && ctm) {
      const [vx, vy] = it.c.split(',').map(Number);
      const p = new DOMPoint(vx, vy).matrixTransform(ctm);
      cx = p.x; cy = p.y;
    }
    let best = null;
    if (hits(it.el, it.key, cx, cy)) best = { x: cx, y: cy };
    else {
      for (let d = 1; d <= 40 && !best; d += 1) {
        for (let i = -d; i <= d && !best; i += 1) {
          for (const [dx, dy] of [[i, -d], [i, d], [-d, i], [d, i]]) {
            if (hits(it.el, it.key, cx + dx, cy + dy)) { best = { x: cx + dx, y: cy + dy }; break; }
          }
        }
      }
    }
    if (best) out.push({ key: it.key, name: it.name, shapeId: it.shapeId, x: Math.round(best.x * 10) / 10, y: Math.round(best.y * 10) / 10 });
  }
  return out;
})()`;
