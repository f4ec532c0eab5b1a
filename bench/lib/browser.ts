/**
 * Measurements in headless Chromium over the Chrome DevTools Protocol: cold loads (bytes, first
 * map paint, first painted hover, total blocking time) and input-to-frame latency of hovers,
 * clicks, arrow keys and the year control. Every measured input is a trusted input dispatched
 * with CDP Input.dispatchMouseEvent / Input.dispatchKeyEvent.
 */
import { loadavg } from 'node:os';
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { findTargets, LOAD_READ, PROBE } from './inpage';
import { sleep } from './stats';

export const VIEWPORT = { width: 1280, height: 800 };

export interface Scenario {
  name: string;
  cpuRate: number;
  network: { latency: number; downloadThroughput: number; uploadThroughput: number } | null;
}

/** 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up (Lighthouse's "slow 4G" figures, applied by CDP per request). */
export const RTT150 = { latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 };
export const UNTHROTTLED: Scenario = { name: 'none', cpuRate: 1, network: null };
export const CPU4X: Scenario = { name: 'cpu4x', cpuRate: 4, network: null };
export const CPU4X_RTT: Scenario = { name: 'cpu4x+rtt150', cpuRate: 4, network: RTT150 };

export interface Point { x: number; y: number }
export interface Target extends Point { key: string; name: string; shapeId: string | null; text?: string }

export const load1 = () => Math.round(loadavg()[0] * 100) / 100;

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

async function setup(browser: Browser, scenario: Scenario): Promise<{ ctx: BrowserContext; page: Page; cdp: CDPSession }> {
  const ctx = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await ctx.addInitScript({ content: PROBE });
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

const mouseMove = (cdp: CDPSession, p: Point) => cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: p.x, y: p.y, button: 'none', pointerType: 'mouse' });

async function mouseClick(cdp: CDPSession, p: Point): Promise<void> {
  await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x: p.x, y: p.y, button: 'left', buttons: 1, clickCount: 1, pointerType: 'mouse' });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x: p.x, y: p.y, button: 'left', buttons: 0, clickCount: 1, pointerType: 'mouse' });
}

const KEYS: Record<string, number> = { ArrowLeft: 37, ArrowUp: 38, ArrowRight: 39, ArrowDown: 40 };
async function keyPress(cdp: CDPSession, key: string): Promise<void> {
  const code = KEYS[key];
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key, code: key, windowsVirtualKeyCode: code, nativeVirtualKeyCode: code });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code: key, windowsVirtualKeyCode: code, nativeVirtualKeyCode: code });
}

// ---- cold loads -------------------------------------------------------------------------------

export interface LongTask { start: number; duration: number }
export interface LoadRun {
  page: string;
  scenario: string;
  loadAvgStart: number;
  loadAvgEnd: number;
  fcp: number | null;
  pathsInDom: number | null;
  pathsNextFrame: number | null;
  /** FCP if the map's paths were already in the DOM by then, else the frame after they arrived. */
  mapPainted: number | null;
  /** The frame after the first tooltip with text appeared (time since navigation start). */
  firstHoverPainted: number | null;
  /** firstHoverPainted − mapPainted. */
  firstHoverAfterMap: number | null;
  /** The pointermove that caused the first tooltip: its timeStamp, and input → frame. */
  firstHoverInput: number | null;
  firstHoverInputToFrame: number | null;
  hoverMoves: number;
  tbt: number | null;
  tbtWindowEnd: number | null;
  /** The page's own 'hydrate' User Timing measure (src/app/bootstrap.tsx); null on the peer. */
  hydrate: number | null;
  longTasks: LongTask[];
  quiet: boolean;
  dcl: number | null;
  load: number | null;
  pathCount: number;
  requests: RequestRecord[];
  wireTotal: number;
  gzipBodyTotal: number;
  resources: { path: string; initiatorType: string; transferSize: number; encodedBodySize: number; decodedBodySize: number; responseEnd: number }[];
}

/** Lighthouse's rule: the part of each long task beyond 50 ms, counting only time after FCP, until `end`. */
export function totalBlockingTime(tasks: readonly LongTask[], fcp: number, end: number): number {
  let sum = 0;
  for (const t of tasks) {
    const start = Math.max(t.start, fcp);
    const stop = Math.min(t.start + t.duration, end);
    if (stop - start > 50) sum += stop - start - 50;
  }
  return sum;
}

/** Waits until the main thread has had no long task for 1 s (page time), at most 10 s; false if it never was. */
async function mainThreadQuiet(page: Page): Promise<boolean> {
  const start = Date.now();
  while (Date.now() - start < 10_000) {
    const q = (await page.evaluate(`(() => { const t = __b.longtasks; const last = t.length ? t[t.length - 1].start + t[t.length - 1].duration : 0; return performance.now() - last; })()`)) as number;
    if (q >= 1000) return true;
    await sleep(200);
  }
  return false;
}

/** The page's HTML without its scripts: every <script> element but inert data blocks (type="application/json"). */
function withoutScripts(html: string): string {
  return html.replace(/<script\b(?![^>]*\btype="application\/(?:ld\+)?json")[^>]*>[\s\S]*?<\/script>/gi, '');
}

export interface DocumentOnlyRun { page: string; loadAvgStart: number; loadAvgEnd: number; fcp: number | null; tbt: number | null; longTasks: LongTask[]; quiet: boolean; scriptsRemoved: number }

/**
 * A cold load of the document alone: the HTML as served with its script elements taken out
 * (withoutScripts), so that the figures are what parsing, style, layout and paint of the
 * prerendered document cost before any script of the page runs. The bench's probe still runs
 * (it is injected, not part of the page). Blocking time as in loadRun, until the last long task.
 */
export async function documentOnlyLoad(browser: Browser, label: string, url: string, scenario: Scenario): Promise<DocumentOnlyRun> {
  const loadAvgStart = load1();
  const { ctx, page } = await setup(browser, scenario);
  let scriptsRemoved = 0;
  try {
    await page.route(url, async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const body = withoutScripts(html);
      scriptsRemoved = (html.match(/<script\b/gi) ?? []).length - (body.match(/<script\b/gi) ?? []).length;
      // The body is handed over decoded: its encoding and length headers no longer hold.
      const headers = Object.fromEntries(Object.entries(response.headers()).filter(([k]) => !['content-encoding', 'content-length'].includes(k.toLowerCase())));
      await route.fulfill({ response, headers, body });
    });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const quiet = await mainThreadQuiet(page);
    const read = JSON.parse((await page.evaluate(LOAD_READ)) as string) as { bench: { fcp: number | null; longtasks: LongTask[] } | null };
    const fcp = read.bench?.fcp ?? null;
    const longTasks = read.bench?.longtasks ?? [];
    const end = longTasks.reduce((m, t) => Math.max(m, t.start + t.duration), 0);
    return { page: label, loadAvgStart, loadAvgEnd: load1(), fcp, tbt: fcp === null ? null : totalBlockingTime(longTasks, fcp, end), longTasks, quiet, scriptsRemoved };
  } finally {
    await ctx.close();
  }
}

/**
 * One cold load in a fresh context (cache disabled). From navigation start a trusted mouse move
 * over `probe` (1 px jitter, so every move is a real move) is dispatched every 16 ms (at most 3
 * in flight) until a tooltip with text has been painted. Then the bench waits for the network
 * to be idle for 400 ms and for the main thread to have had no long task for 1 s (at most 10 s
 * after the first painted hover), and reads the figures back.
 */
export async function loadRun(browser: Browser, label: string, url: string, scenario: Scenario, probe: Point): Promise<LoadRun> {
  const loadAvgStart = load1();
  const { ctx, page, cdp } = await setup(browser, scenario);
  const origin = new URL(url).origin;
  const net = trackRequests(cdp, origin);
  try {
    const started = Date.now();
    const nav = page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    nav.catch(() => undefined);
    let moves = 0;
    let inFlight = 0;
    let done = false;
    const mover = (async () => {
      let next = Date.now();
      while (!done && Date.now() - started < 30_000) {
        if (inFlight < 3) {
          inFlight += 1;
          moves += 1;
          mouseMove(cdp, { x: probe.x + (moves % 2), y: probe.y }).catch(() => undefined).finally(() => { inFlight -= 1; });
        }
        next += 16;
        await sleep(Math.max(0, next - Date.now()));
      }
    })();
    while (Date.now() - started < 30_000) {
      const f = await page.evaluate('window.__b && __b.firstTip && __b.firstTip.frame !== null').catch(() => false);
      if (f) break;
      await sleep(100);
    }
    done = true;
    await mover;
    await nav;
    await net.quiet(400, 15_000);
    const quiet = await mainThreadQuiet(page);
    const read = JSON.parse((await page.evaluate(LOAD_READ)) as string) as {
      bench: { fp: number | null; fcp: number | null; pathsAt: number | null; pathsFrameAt: number | null; firstTip: { t0: number | null; mut: number; frame: number | null } | null; longtasks: LongTask[] } | null;
      pathCount: number;
      hydrate: number | null;
      nav: { dcl: number; load: number; responseEnd: number; transferSize: number; encodedBodySize: number; decodedBodySize: number } | null;
      resources: { name: string; initiatorType: string; transferSize: number; encodedBodySize: number; decodedBodySize: number; responseEnd: number }[];
    };
    const b = read.bench;
    const fcp = b?.fcp ?? null;
    const pathsInDom = b?.pathsAt ?? null;
    const pathsNextFrame = b?.pathsFrameAt ?? null;
    const mapPainted = fcp !== null && pathsInDom !== null && pathsInDom <= fcp ? fcp : pathsNextFrame !== null && fcp !== null ? Math.max(fcp, pathsNextFrame) : null;
    const tip = b?.firstTip ?? null;
    const firstHoverPainted = tip?.frame ?? null;
    const longTasks = b?.longtasks ?? [];
    const lastTaskEnd = longTasks.reduce((m, t) => Math.max(m, t.start + t.duration), 0);
    const tbtWindowEnd = Math.max(lastTaskEnd, firstHoverPainted ?? 0, mapPainted ?? 0);
    const requests = net.records();
    const resources = [
      ...(read.nav ? [{ path: new URL(url).pathname, initiatorType: 'navigation', transferSize: read.nav.transferSize, encodedBodySize: read.nav.encodedBodySize, decodedBodySize: read.nav.decodedBodySize, responseEnd: read.nav.responseEnd }] : []),
      ...read.resources.map(({ name, ...r }) => ({ path: new URL(name).pathname, ...r })),
    ];
    return {
      page: label,
      scenario: scenario.name,
      loadAvgStart,
      loadAvgEnd: load1(),
      fcp,
      pathsInDom,
      pathsNextFrame,
      mapPainted,
      firstHoverPainted,
      firstHoverAfterMap: firstHoverPainted !== null && mapPainted !== null ? firstHoverPainted - mapPainted : null,
      firstHoverInput: tip?.t0 ?? null,
      firstHoverInputToFrame: tip?.t0 != null && tip.frame !== null ? tip.frame - tip.t0 : null,
      hoverMoves: moves,
      tbt: fcp === null ? null : totalBlockingTime(longTasks, fcp, tbtWindowEnd),
      tbtWindowEnd,
      hydrate: read.hydrate ?? null,
      longTasks,
      quiet,
      dcl: read.nav?.dcl ?? null,
      load: read.nav?.load ?? null,
      pathCount: read.pathCount,
      requests,
      wireTotal: requests.reduce((s, r) => s + (r.wire ?? 0), 0),
      gzipBodyTotal: resources.reduce((s, r) => s + (r.encodedBodySize ?? 0), 0),
      resources,
    };
  } finally {
    await ctx.close();
  }
}

// ---- interactions -----------------------------------------------------------------------------

export type InteractionKind = 'hoverSpaced' | 'hoverContinuous' | 'click' | 'key' | 'year';

export interface Sample {
  target: string;
  /** mutation − t0: the DOM change that shows the result (React has committed). */
  toDom: number;
  /** frame − t0: input timeStamp → end of the next rendering update after the DOM change (rAF + MessageChannel). */
  toFrame: number;
  /** listener − t0: input queueing before the page's first listener ran. */
  toHandler: number;
  /** Event Timing duration of the entries for this input (max over them), null when no entry ≥ 16 ms was reported. */
  eventTiming: number | null;
  eventTimingNames: string[];
}

export interface Series {
  kind: InteractionKind;
  available: boolean;
  note?: string;
  samples: Sample[];
  timeouts: number;
  wrong: number;
  /** Continuous hovers: moves sent and pointermoves the page received (Chrome coalesces). */
  sent?: number;
  received?: number;
  chunks: { loadAvgStart: number; loadAvgEnd: number; n: number }[];
}

export interface Session {
  label: string;
  url: string;
  ctx: BrowserContext;
  page: Page;
  cdp: CDPSession;
  targets: Target[];
  cursor: number;
  hasApp: boolean;
  /** Where the year series stopped, to go on from there: the slider's value (see years). */
  yearCursor?: string;
}

interface RawSample { kind: string; t0: number; handlerAt: number; mut: number; frame: number; text: string | null }
interface EventEntry { name: string; start: number; duration: number; interactionId: number }

const HOVER_EVENT_NAMES = new Set(['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'pointerout', 'pointerleave', 'mouseout', 'mouseleave', 'pointermove', 'mousemove']);
const CLICK_EVENT_NAMES = new Set(['click', 'pointerup', 'mouseup']);
const KEY_EVENT_NAMES = new Set(['keydown', 'input', 'beforeinput', 'change']);

function matchEventTiming(events: EventEntry[], t0: number, names: Set<string>): { duration: number | null; names: string[] } {
  const hits = events.filter((e) => names.has(e.name) && Math.abs(e.start - t0) < 0.6);
  if (!hits.length) return { duration: null, names: [] };
  return { duration: Math.max(...hits.map((e) => e.duration)), names: [...new Set(hits.map((e) => e.name))] };
}

const toSample = (s: RawSample, target: string, events: EventEntry[], names: Set<string>): Sample => {
  const et = matchEventTiming(events, s.t0, names);
  return { target, toDom: s.mut - s.t0, toFrame: s.frame - s.t0, toHandler: s.handlerAt - s.t0, eventTiming: et.duration, eventTimingNames: et.names };
};

const takeEvents = async (page: Page) => (await page.evaluate('__b.events.splice(0)')) as EventEntry[];
const arm = (page: Page, kind: string, cause: string, stream = false) => page.evaluate(`__b.armFor(${JSON.stringify(kind)}, ${JSON.stringify(cause)}, ${stream})`);
const waitSample = async (page: Page, ms: number) => (await page.evaluate(`__b.wait(${ms})`)) as RawSample | null;
const CORNER: Point = { x: 2, y: VIEWPORT.height - 2 };

export function emptySeries(kind: InteractionKind): Series {
  return { kind, available: true, samples: [], timeouts: 0, wrong: 0, chunks: [] };
}

/** Loads a page (unthrottled), finds hover targets and the tooltip text each one shows. */
export async function openSession(browser: Browser, label: string, url: string, mode: 'hosts' | 'ids', ids: readonly string[] = []): Promise<Session> {
  const { ctx, page, cdp } = await setup(browser, UNTHROTTLED);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForSelector('svg.map path', { timeout: 30_000 });
  const hasApp = (await page.evaluate('!!document.getElementById("app")')) as boolean;
  if (hasApp) await page.waitForSelector('#app[data-ready]', { timeout: 30_000 });
  const candidates = (await page.evaluate(findTargets(mode, ids))) as Target[];
  if (candidates.length < 2) throw new Error(`${url}: found ${candidates.length} hover targets, need at least 2`);
  // Calibrate: the tooltip text each target shows; keep targets whose text is distinct.
  const targets: Target[] = [];
  const seen = new Set<string>();
  await mouseMove(cdp, CORNER);
  await sleep(100);
  for (const c of candidates) {
    await arm(page, 'tooltip', 'pointermove');
    await mouseMove(cdp, c);
    const s = await waitSample(page, 1000);
    if (!s || !s.text) continue;
    if (seen.has(s.text)) continue;
    seen.add(s.text);
    targets.push({ ...c, text: s.text });
  }
  await page.evaluate('__b.disarm()');
  await takeEvents(page);
  if (targets.length < 2) throw new Error(`${url}: only ${targets.length} targets give a distinct tooltip`);
  return { label, url, ctx, page, cdp, targets, cursor: 0, hasApp };
}

const nextTarget = (s: Session) => {
  s.cursor = (s.cursor + 1) % s.targets.length;
  return s.targets[s.cursor];
};

/**
 * Spaced hovers: each move starts 120–136 ms after the previous one (the frame pipeline is
 * idle) and goes to another country, so the tooltip's content changes. A sample counts only if
 * the tooltip then shows the text recorded for that country.
 */
export async function hoverSpaced(s: Session, series: Series, count: number): Promise<void> {
  const loadAvgStart = load1();
  const raw: { r: RawSample; key: string }[] = [];
  let last = 0;
  for (let i = 0; i < count; i += 1) {
    const t = nextTarget(s);
    const wait = last + 120 + ((i * 7) % 17) - Date.now();
    if (wait > 0) await sleep(wait);
    await arm(s.page, 'tooltip', 'pointermove');
    last = Date.now();
    await mouseMove(s.cdp, t);
    const r = await waitSample(s.page, 2000);
    if (!r) { series.timeouts += 1; continue; }
    if (r.text !== t.text) { series.wrong += 1; continue; }
    raw.push({ r, key: t.key });
  }
  await s.page.evaluate('__b.disarm()');
  await sleep(150); // Event Timing entries arrive after presentation
  const events = await takeEvents(s.page);
  for (const { r, key } of raw) series.samples.push(toSample(r, key, events, HOVER_EVENT_NAMES));
  series.chunks.push({ loadAvgStart, loadAvgEnd: load1(), n: raw.length });
}

/**
 * Continuous hovers: the pointer jumps to the next country every 16 ms (sent without waiting
 * for the previous move to be handled). Every tooltip content change is a sample, attributed
 * to the latest pointermove the page had received when the change happened.
 */
export async function hoverContinuous(s: Session, series: Series, moves: number): Promise<void> {
  const loadAvgStart = load1();
  await mouseMove(s.cdp, nextTarget(s));
  await sleep(200);
  const before = (await s.page.evaluate('__b.inputs.pointermove.length')) as number;
  await arm(s.page, 'tooltip', 'pointermove', true);
  const start = Date.now();
  const sends: Promise<unknown>[] = [];
  for (let i = 0; i < moves; i += 1) {
    const due = start + i * 16 - Date.now();
    if (due > 0) await sleep(due);
    sends.push(mouseMove(s.cdp, nextTarget(s)).catch(() => undefined));
  }
  await Promise.all(sends);
  await sleep(300);
  const raw = (await s.page.evaluate('__b.disarm()')) as RawSample[];
  const after = (await s.page.evaluate('__b.inputs.pointermove.length')) as number;
  await sleep(100);
  const events = await takeEvents(s.page);
  for (const r of raw) series.samples.push(toSample(r, r.text?.slice(0, 24) ?? '', events, HOVER_EVENT_NAMES));
  series.sent = (series.sent ?? 0) + moves;
  series.received = (series.received ?? 0) + Math.max(0, after - before);
  series.chunks.push({ loadAvgStart, loadAvgEnd: load1(), n: raw.length });
}

/**
 * Clicks on hosts: the pointer first moves onto the host (its tooltip shows), then a trusted
 * press + release; the sample ends when the details panel heading (#panel-title) changes.
 * Consecutive clicks go to different hosts. A sample counts only if the heading then starts
 * with the host's name (the first part of its aria-label).
 */
export async function clicks(s: Session, series: Series, count: number): Promise<void> {
  const loadAvgStart = load1();
  const raw: { r: RawSample; key: string }[] = [];
  for (let i = 0; i < count; i += 1) {
    const t = nextTarget(s);
    await arm(s.page, 'tooltip', 'pointermove');
    await mouseMove(s.cdp, t);
    await waitSample(s.page, 1000);
    await sleep(120);
    await arm(s.page, 'panel', 'click');
    await mouseClick(s.cdp, t);
    const r = await waitSample(s.page, 2000);
    if (!r) { series.timeouts += 1; continue; }
    if (!r.text || !(r.text.startsWith(t.name) || t.name.startsWith(r.text))) { series.wrong += 1; continue; }
    raw.push({ r, key: t.key });
    await sleep(80);
  }
  await s.page.evaluate('__b.disarm()');
  // Close the panel and leave the map without focus or hover, as the other series expect.
  await s.page.evaluate(`(() => { const c = document.querySelector('.panel-close'); if (c) c.click(); if (document.activeElement && document.activeElement.blur) document.activeElement.blur(); })()`);
  await mouseMove(s.cdp, CORNER);
  await sleep(150);
  const events = await takeEvents(s.page);
  for (const { r, key } of raw) series.samples.push(toSample(r, key, events, CLICK_EVENT_NAMES));
  series.chunks.push({ loadAvgStart, loadAvgEnd: load1(), n: raw.length });
}

/**
 * Arrow keys on the focused map: the map's roving tab stop is focused (programmatically, the
 * setup step), then trusted ArrowRight presses move focus to the next host to the right and
 * show its tooltip; the sample ends when the tooltip's text changes. At the east edge (no
 * change within 600 ms) the direction flips to ArrowLeft and back.
 */
export async function keys(s: Session, series: Series, count: number): Promise<void> {
  const loadAvgStart = load1();
  const raw: { r: RawSample; key: string }[] = [];
  await mouseMove(s.cdp, CORNER);
  await sleep(100);
  const focused = (await s.page.evaluate(`(() => { const el = document.querySelector('svg.map [data-host][tabindex="0"]'); if (!el) return false; el.focus(); return document.activeElement === el; })()`)) as boolean;
  if (!focused) { series.available = false; series.note = 'no focusable map target (svg.map [data-host][tabindex="0"])'; return; }
  await sleep(150);
  let dir = 'ArrowRight';
  let misses = 0;
  for (let i = 0; raw.length < count && i < count * 3; i += 1) {
    await arm(s.page, 'tooltip', 'keydown');
    await keyPress(s.cdp, dir);
    const r = await waitSample(s.page, 600);
    if (!r) {
      misses += 1;
      dir = dir === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
      if (misses > 4) { series.timeouts += 1; break; }
      continue;
    }
    misses = 0;
    raw.push({ r, key: dir });
    await sleep(100);
  }
  await s.page.evaluate('__b.disarm(); if (document.activeElement && document.activeElement.blur) document.activeElement.blur();');
  await sleep(150);
  const events = await takeEvents(s.page);
  for (const { r, key } of raw) series.samples.push(toSample(r, key, events, KEY_EVENT_NAMES));
  series.chunks.push({ loadAvgStart, loadAvgEnd: load1(), n: raw.length });
}

/**
 * Year changes: if the page has an `input[type="range"]` (the year control), focus it, wait
 * 150 ms, and press ArrowLeft (ArrowRight when it is at its minimum); the sample ends when the
 * class of a `svg.map path` changes. Without such an input the series is marked unavailable ("n/a").
 */
export async function years(s: Session, series: Series, count: number): Promise<void> {
  const has = (await s.page.evaluate('!!document.querySelector(\'input[type="range"]\')')) as boolean;
  if (!has) { series.available = false; series.note = 'no input[type="range"] year control on this page'; return; }
  const loadAvgStart = load1();
  const raw: { r: RawSample; key: string }[] = [];
  await mouseMove(s.cdp, CORNER);
  // The other series compare each tooltip with the text recorded at the page's first year, so
  // every chunk of this one ends on the year it started on, and the next chunk goes on from
  // where this one stopped. Both moves are unmeasured.
  const startYear = (await s.page.evaluate(`document.querySelector('input[type="range"]').value`)) as string;
  if (s.yearCursor) await setYear(s, s.yearCursor);
  // Focused first, as the key series does: moving focus to the slider (a reader's Tab) is an
  // interaction of its own, and its style and layout are not the first year change's.
  await s.page.evaluate(`document.querySelector('input[type="range"]').focus()`);
  await sleep(150);
  for (let i = 0; i < count; i += 1) {
    const key = (await s.page.evaluate(`(() => { const r = document.querySelector('input[type="range"]'); if (document.activeElement !== r) r.focus(); return Number(r.value) > Number(r.min || 0) ? 'ArrowLeft' : 'ArrowRight'; })()`)) as string;
    await arm(s.page, 'classes', 'keydown');
    await keyPress(s.cdp, key);
    const r = await waitSample(s.page, 1500);
    if (!r) { series.timeouts += 1; continue; }
    raw.push({ r, key });
    await sleep(120);
  }
  await s.page.evaluate('__b.disarm(); if (document.activeElement && document.activeElement.blur) document.activeElement.blur();');
  await sleep(150);
  const events = await takeEvents(s.page);
  for (const { r, key } of raw) series.samples.push(toSample(r, key, events, KEY_EVENT_NAMES));
  series.chunks.push({ loadAvgStart, loadAvgEnd: load1(), n: raw.length });
  s.yearCursor = (await s.page.evaluate(`document.querySelector('input[type="range"]').value`)) as string;
  await setYear(s, startYear);
}

/** Moves the year control to `value` as an input event would, and waits until the map shows that year. Unmeasured. */
async function setYear(s: Session, value: string): Promise<void> {
  await s.page.evaluate(`(() => {
    const r = document.querySelector('input[type="range"]');
    if (r.value === ${JSON.stringify(value)}) return;
    r.value = ${JSON.stringify(value)};
    r.dispatchEvent(new Event('input', { bubbles: true }));
  })()`);
  await s.page.waitForFunction(`document.querySelector('svg.map')?.getAttribute('data-year') === ${JSON.stringify(value)}`, undefined, { timeout: 5_000 });
  await sleep(150);
}

export const setCpu = (s: Session, rate: number) => s.cdp.send('Emulation.setCPUThrottlingRate', { rate });
