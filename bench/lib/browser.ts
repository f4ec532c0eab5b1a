/**
 * Measurements in headless Chromium over the Chrome DevTools Protocol: cold loads (bytes,
 * first map paint, first working hover) and hover-to-tooltip latency.
 */
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { findTargets, HOVER_EVENTS, HOVER_INSTALL, hoverNext, LOAD_INIT, LOAD_READ } from './inpage';
import { sleep } from './stats';

export const VIEWPORT = { width: 1280, height: 800 };

export interface Scenario {
  name: string;
  cpuRate: number;
  network: { latency: number; downloadThroughput: number; uploadThroughput: number } | null;
}

export const SLOW_4G = { latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 };
export const UNTHROTTLED: Scenario = { name: 'none', cpuRate: 1, network: null };
export const CPU4X: Scenario = { name: 'cpu4x', cpuRate: 4, network: null };
export const CPU4X_SLOW4G: Scenario = { name: 'cpu4x+slow4g', cpuRate: 4, network: SLOW_4G };

export interface Point { x: number; y: number }
export interface Target extends Point { key: string; name: string; shapeId: string | null; text?: string }

export interface RequestRecord {
  url: string;
  path: string;
  type: string;
  status: number | null;
  encoding: string | null;
  /** Network.loadingFinished encodedDataLength: bytes on the wire, headers included. */
  wire: number | null;
  failed?: string;
}

export interface LoadRun {
  fcp: number | null;
  fp: number | null;
  pathsInDom: number | null;
  pathsNextFrame: number | null;
  /** FCP if the map's paths were already in the DOM by then, else the frame after they arrived. */
  mapPainted: number | null;
  interactive: number | null;
  hoverAttempts: number;
  dcl: number | null;
  load: number | null;
  pathCount: number;
  requests: RequestRecord[];
  wireTotal: number;
  resources: { path: string; initiatorType: string; transferSize: number; encodedBodySize: number; decodedBodySize: number; responseEnd: number }[];
  heap: { jsHeapUsed: number; jsHeapTotal: number; nodes: number; listeners: number } | null;
}

async function setup(browser: Browser, scenario: Scenario, init: string | null): Promise<{ ctx: BrowserContext; page: Page; cdp: CDPSession }> {
  const ctx = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  if (init) await ctx.addInitScript({ content: init });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: scenario.cpuRate });
  if (scenario.network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...scenario.network });
  return { ctx, page, cdp };
}

function trackRequests(cdp: CDPSession, origin: string) {
  const byId = new Map<string, RequestRecord>();
  const pending = new Set<string>();
  let lastChange = Date.now();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!e.request.url.startsWith(origin)) return;
    const u = new URL(e.request.url);
    byId.set(e.requestId, { url: e.request.url, path: u.pathname, type: e.type ?? 'Other', status: null, encoding: null, wire: null });
    pending.add(e.requestId);
    lastChange = Date.now();
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = byId.get(e.requestId);
    if (!r) return;
    r.status = e.response.status;
    const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    r.encoding = h['content-encoding'] ?? null;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = byId.get(e.requestId);
    if (!r) return;
    r.wire = e.encodedDataLength;
    pending.delete(e.requestId);
    lastChange = Date.now();
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = byId.get(e.requestId);
    if (!r) return;
    r.failed = e.errorText;
    pending.delete(e.requestId);
    lastChange = Date.now();
  });
  return {
    records: () => [...byId.values()],
    /** Resolves once no request has been in flight for quietMs (or after maxMs). */
    quiet: async (quietMs: number, maxMs: number) => {
      const start = Date.now();
      while (Date.now() - start < maxMs) {
        if (pending.size === 0 && Date.now() - lastChange >= quietMs) return true;
        await sleep(25);
      }
      return false;
    },
  };
}

async function heapAfterGc(cdp: CDPSession): Promise<LoadRun['heap']> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  return { jsHeapUsed: m.JSHeapUsedSize, jsHeapTotal: m.JSHeapTotalSize, nodes: m.Nodes, listeners: m.JSEventListeners };
}

/**
 * One cold load in a fresh context. From navigation start the mouse moves over `probe` (1 px
 * jitter so every move is a real move) every ~50 ms until a [role=tooltip] exists.
 */
export async function loadRun(browser: Browser, url: string, scenario: Scenario, probe: Point): Promise<LoadRun> {
  const { ctx, page, cdp } = await setup(browser, scenario, LOAD_INIT);
  const origin = new URL(url).origin;
  const net = trackRequests(cdp, origin);
  try {
    const started = Date.now();
    const nav = page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    nav.catch(() => undefined);
    let attempts = 0;
    let interactive: number | null = null;
    while (Date.now() - started < 30_000) {
      await page.mouse.move(probe.x + (attempts % 2), probe.y).catch(() => undefined);
      attempts += 1;
      const t = await page.evaluate('window.__bench ? window.__bench.tooltipAt : null').catch(() => null);
      if (typeof t === 'number') { interactive = t; break; }
      await sleep(50);
    }
    await nav;
    await net.quiet(400, 15_000);
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))');
    const read = JSON.parse((await page.evaluate(LOAD_READ)) as string) as {
      bench: { fp: number | null; fcp: number | null; pathsAt: number | null; pathsFrameAt: number | null; tooltipAt: number | null } | null;
      pathCount: number;
      nav: { dcl: number; load: number; responseEnd: number; transferSize: number; encodedBodySize: number; decodedBodySize: number } | null;
      resources: { name: string; initiatorType: string; transferSize: number; encodedBodySize: number; decodedBodySize: number; responseEnd: number }[];
    };
    const heap = await heapAfterGc(cdp);
    const b = read.bench;
    const fcp = b?.fcp ?? null;
    const pathsInDom = b?.pathsAt ?? null;
    const pathsNextFrame = b?.pathsFrameAt ?? null;
    const mapPainted = fcp !== null && pathsInDom !== null && pathsInDom <= fcp ? fcp : pathsNextFrame !== null && fcp !== null ? Math.max(fcp, pathsNextFrame) : null;
    const requests = net.records();
    return {
      fcp,
      fp: b?.fp ?? null,
      pathsInDom,
      pathsNextFrame,
      mapPainted,
      interactive: interactive ?? b?.tooltipAt ?? null,
      hoverAttempts: attempts,
      dcl: read.nav?.dcl ?? null,
      load: read.nav?.load ?? null,
      pathCount: read.pathCount,
      requests,
      wireTotal: requests.reduce((s, r) => s + (r.wire ?? 0), 0),
      resources: [
        ...(read.nav ? [{ path: new URL(url).pathname, initiatorType: 'navigation', transferSize: read.nav.transferSize, encodedBodySize: read.nav.encodedBodySize, decodedBodySize: read.nav.decodedBodySize, responseEnd: read.nav.responseEnd }] : []),
        ...read.resources.map(({ name, ...r }) => ({ path: new URL(name).pathname, ...r })),
      ],
      heap,
    };
  } finally {
    await ctx.close();
  }
}

export interface HoverSample { target: string; t0: number; toDom: number; toFrame: number; afterFrame: number; handlerDelay: number; handlerToDom: number }
export interface HoverRun {
  scenario: string;
  rhythm: string;
  targets: Target[];
  samples: HoverSample[];
  wrongText: number;
  timeouts: number;
  pointermoves: number;
}

/** Loads a page (unthrottled), finds hover targets and the tooltip text each one shows. */
export async function openForHover(browser: Browser, url: string, mode: 'hosts' | 'ids', ids: readonly string[] = []) {
  const { ctx, page, cdp } = await setup(browser, UNTHROTTLED, null);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForSelector('svg.map path', { timeout: 30_000 });
  await page.evaluate(HOVER_INSTALL);
  const candidates = (await page.evaluate(findTargets(mode, ids))) as Target[];
  if (candidates.length < 2) throw new Error(`${url}: found ${candidates.length} hover targets, need at least 2`);
  // Wait for hydration: hover the first two candidates in turn until a tooltip sample arrives.
  let seq = 0;
  const deadline = Date.now() + 20_000;
  for (let i = 0; ; i += 1) {
    if (Date.now() > deadline) throw new Error(`${url}: no tooltip after 20 s of hovering`);
    const c = candidates[i % 2];
    await page.mouse.move(c.x, c.y);
    const s = (await page.evaluate(hoverNext(seq, 250))) as { seq: number } | null;
    if (s) { seq = s.seq; break; }
  }
  // Calibrate: the tooltip text each target shows; keep targets whose text is distinct.
  const targets: Target[] = [];
  const seen = new Set<string>();
  let shown = '';
  await page.mouse.move(2, VIEWPORT.height - 2);
  for (const c of candidates) {
    await page.mouse.move(c.x, c.y);
    const s = (await page.evaluate(hoverNext(seq, 500))) as { seq: number; text: string } | null;
    if (!s) continue;
    seq = s.seq;
    shown = s.text;
    if (seen.has(s.text)) continue;
    seen.add(s.text);
    targets.push({ ...c, text: s.text });
  }
  if (targets.length < 2) throw new Error(`${url}: only ${targets.length} targets give a distinct tooltip`);
  // cursor: index of the target whose tooltip is showing; hovers continue from the next one.
  return { ctx, page, cdp, targets, seq, cursor: Math.max(0, targets.findIndex((t) => t.text === shown)) };
}

/** `count` hovers cycling through the targets, each one changing the tooltip. */
/**
 * Rhythm of the hovers: the next move starts `interval(i)` ms after the previous move (or as
 * soon as the previous hover's measurement completed, if that is later).
 * - isolated: 120–136 ms apart. The frame pipeline has gone idle, so Chrome dispatches the
 *   pointermove almost at once: this measures the page's own work.
 * - continuous: 40–56 ms apart, as when the pointer keeps moving. Frames are still being
 *   produced, and Chrome aligns pointermove with the next frame (0–16.7 ms of queueing).
 * The 0–16 ms spread (step 7 mod 17) varies the phase against the 60 Hz frame clock.
 */
export const RHYTHMS = {
  isolated: (i: number) => 120 + ((i * 7) % 17),
  continuous: (i: number) => 40 + ((i * 7) % 17),
};

export async function hoverRun(
  session: Awaited<ReturnType<typeof openForHover>>,
  scenario: Scenario,
  count: number,
  interval: (i: number) => number,
): Promise<HoverRun> {
  const { page, cdp, targets } = session;
  let seq = session.seq;
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: scenario.cpuRate });
  let lastMove = 0;
  const run = async (n: number, record: boolean) => {
    const samples: HoverSample[] = [];
    let wrongText = 0;
    let timeouts = 0;
    for (let i = 0; (record ? samples.length : i) < n && i < n * 1.5; i += 1) {
      session.cursor = (session.cursor + 1) % targets.length;
      const t = targets[session.cursor];
      const wait = lastMove + interval(i) - Date.now();
      if (wait > 0) await sleep(wait);
      lastMove = Date.now();
      await page.mouse.move(t.x, t.y);
      const s = (await page.evaluate(hoverNext(seq, 2000))) as { seq: number; t0: number; handler: number; mut: number; raf: number; after: number; text: string } | null;
      if (!s) { timeouts += 1; continue; }
      seq = s.seq;
      if (s.text !== t.text) { wrongText += 1; continue; }
      if (record) samples.push({ target: t.key, t0: s.t0, toDom: s.mut - s.t0, toFrame: s.raf - s.t0, afterFrame: s.after - s.t0, handlerDelay: s.handler - s.t0, handlerToDom: s.mut - s.handler });
    }
    return { samples, wrongText, timeouts };
  };
  await run(Math.min(targets.length, 10), false); // warm-up at this CPU rate and rhythm
  const eventsBefore = (await page.evaluate(HOVER_EVENTS)) as number;
  const result = await run(count, true);
  const eventsAfter = (await page.evaluate(HOVER_EVENTS)) as number;
  session.seq = seq;
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const rhythm = Object.entries(RHYTHMS).find(([, f]) => f === interval)?.[0] ?? 'custom';
  return { scenario: scenario.name, rhythm, targets, ...result, pointermoves: eventsAfter - eventsBefore };
}
