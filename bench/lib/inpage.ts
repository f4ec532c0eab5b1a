/**
 * Code that runs inside the page. Kept as plain JavaScript strings: functions compiled by tsx
 * can carry helper calls (e.g. __name) that do not exist in the page.
 */

/** Init script for load runs: FCP, when the map's paths are in the DOM, when a tooltip first exists. */
export const LOAD_INIT = `(() => {
  if (window.__bench) return;
  const b = window.__bench = { fp: null, fcp: null, pathsAt: null, pathsFrameAt: null, pathCount: 0, tooltipAt: null };
  const check = () => {
    if (b.pathsAt === null) {
      const n = document.querySelectorAll('svg.map path').length;
      if (n >= 150) {
        b.pathsAt = performance.now();
        b.pathCount = n;
        requestAnimationFrame(() => setTimeout(() => { b.pathsFrameAt = performance.now(); }, 0));
      }
    }
    if (b.tooltipAt === null && document.querySelector('[role="tooltip"]')) b.tooltipAt = performance.now();
    if (b.pathsAt !== null && b.tooltipAt !== null) mo.disconnect();
  };
  const mo = new MutationObserver(check);
  mo.observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name === 'first-paint') b.fp = e.startTime;
        if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
      }
    }).observe({ type: 'paint', buffered: true });
  } catch (e) {}
})();`;

/** Everything the load run reads back once the page has settled. */
export const LOAD_READ = `JSON.stringify({
  bench: window.__bench || null,
  pathCount: document.querySelectorAll('svg.map path').length,
  nav: (() => { const n = performance.getEntriesByType('navigation')[0]; return n ? { dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd, responseEnd: n.responseEnd, transferSize: n.transferSize, encodedBodySize: n.encodedBodySize, decodedBodySize: n.decodedBodySize } : null; })(),
  resources: performance.getEntriesByType('resource').map((e) => ({ name: e.name, initiatorType: e.initiatorType, transferSize: e.transferSize, encodedBodySize: e.encodedBodySize, decodedBodySize: e.decodedBodySize, startTime: e.startTime, responseEnd: e.responseEnd })),
})`;

/**
 * Hover probe. A capture pointermove listener on document stores the event's timeStamp; a
 * MutationObserver on document.body (childList, characterData, subtree) notes the first
 * mutation inside [role=tooltip] after that event (content change, not position), then the
 * next requestAnimationFrame callback, then a setTimeout posted from it (≈ after that frame).
 */
export const HOVER_INSTALL = `(() => {
  if (window.__hov) return true;
  const st = { events: 0, cur: null, samples: [], waiters: [] };
  document.addEventListener('pointermove', (e) => {
    st.events += 1;
    st.cur = { seq: st.events, t0: e.timeStamp, handler: performance.now(), mut: null, raf: null, after: null, text: null };
  }, { capture: true });
  const mo = new MutationObserver((records) => {
    const c = st.cur;
    if (!c || c.mut !== null) return;
    const t = document.querySelector('[role="tooltip"]');
    if (!t) return;
    const hit = records.some((r) => t.contains(r.target) || Array.from(r.addedNodes).some((n) => n === t || (n.contains && n.contains(t))));
    if (!hit) return;
    c.mut = performance.now();
    c.text = (t.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 80);
    requestAnimationFrame(() => {
      c.raf = performance.now();
      setTimeout(() => {
        c.after = performance.now();
        st.samples.push(c);
        const ws = st.waiters; st.waiters = [];
        for (const w of ws) w();
      }, 0);
    });
  });
  mo.observe(document.body, { childList: true, subtree: true, characterData: true });
  st.next = (afterSeq, ms) => new Promise((resolve) => {
    const find = () => st.samples.find((s) => s.seq > afterSeq) || null;
    const tryNow = () => { const s = find(); if (s) { resolve(s); return true; } return false; };
    if (tryNow()) return;
    const timer = setTimeout(() => resolve(null), ms);
    const w = () => { if (tryNow()) clearTimeout(timer); else st.waiters.push(w); };
    st.waiters.push(w);
  });
  window.__hov = st;
  return true;
})()`;

/** Wait for the first tooltip sample after the given pointermove sequence number. */
export const hoverNext = (afterSeq: number, ms: number) => `window.__hov.next(${afterSeq}, ${ms})`;
export const HOVER_EVENTS = `window.__hov.events`;

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
