/**
 * `npm run bench`: builds the site, serves dist/ on 127.0.0.1 and measures it, and a naive
 * Vite + React peer (bench/peer), in headless Chromium via the Chrome DevTools Protocol.
 * Prints a table against the performance budgets and writes bench/results.json.
 * A benchmark, not a test: it is not part of `npm test`. See docs/PERFORMANCE.md.
 *
 * Options: --runs N (cold loads per scenario, default 5), --hovers N (default 100),
 *          --skip-build (reuse dist/ as it is), --wait-quiet (first wait, up to 15 min, until
 *          the 1-minute load average is below the CPU count: this machine is shared).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type Browser } from '@playwright/test';
import { CPU4X, CPU4X_SLOW4G, hoverRun, loadRun, openForHover, RHYTHMS, SLOW_4G, UNTHROTTLED, VIEWPORT, type HoverRun, type LoadRun, type Point, type Scenario, type Target } from './lib/browser';
import { buildPeer } from './lib/peer';
import { BUDGETS, kb, mark, ms, passes, ratio, table, type Row } from './lib/report';
import { distFiles, htmlParts, jsBreakdown } from './lib/sizes';
import { median, percentile, round } from './lib/stats';

const ROOT = resolve(import.meta.dirname, '..');
const TMP = resolve(ROOT, 'bench/tmp');
const SITE = resolve(TMP, 'site');
const RESULTS = resolve(ROOT, 'bench/results.json');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = opt('runs', 5);
const HOVERS = opt('hovers', 100);
const SKIP_BUILD = args.includes('--skip-build');
const WAIT_QUIET = args.includes('--wait-quiet');

const t0 = Date.now();
const log = (msg: string) => console.error(`[bench ${((Date.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${msg}`);

function runBuild(): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (out += d));
    child.on('close', (code) => {
      if (code === 0) ok();
      else {
        console.error(out);
        fail(new Error(`npm run build exited with ${code}`));
      }
    });
  });
}

/** Copy dist/ aside so that another build in the same checkout cannot change it mid-run. */
function snapshotDist(): void {
  rmSync(SITE, { recursive: true, force: true });
  cpSync(resolve(ROOT, 'dist'), SITE, { recursive: true });
  for (const page of ['index.html', 'embed.html']) {
    const html = readFileSync(resolve(SITE, page), 'utf8');
    for (const m of html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)) {
      if (!existsSync(resolve(SITE, m[1]))) throw new Error(`dist/${page} refers to ${m[1]}, which is missing: was dist/ rebuilt during the copy? Run again.`);
    }
  }
}

type StartServer = (root: string, port: number, host?: string) => Promise<Server>;

async function serve(root: string): Promise<{ server: Server; url: string }> {
  const mod = (await import(pathToFileURL(resolve(ROOT, 'scripts/serve.mjs')).href)) as { startServer: StartServer };
  const server = await mod.startServer(root, 0, '127.0.0.1');
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

const git = (...a: string[]) => spawnSync('git', a, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';

interface PageSpec { id: 'ours' | 'embed' | 'peer'; label: string; url: string; mode: 'hosts' | 'ids' }
interface PageResult {
  label: string;
  url: string;
  targets: Target[];
  probe: Target;
  hover: Record<string, HoverRun>;
  loads: Record<string, LoadRun[]>;
}

function hoverStats(run: HoverRun) {
  const pick = (k: 'toDom' | 'toFrame' | 'afterFrame' | 'handlerDelay' | 'handlerToDom') => {
    const v = run.samples.map((s) => s[k]);
    return { median: round(median(v), 2), p95: round(percentile(v, 95), 2), max: round(v.length ? Math.max(...v) : null, 2) };
  };
  return {
    rhythm: run.rhythm,
    samples: run.samples.length,
    targets: run.targets.length,
    timeouts: run.timeouts,
    wrongText: run.wrongText,
    pointermoves: run.pointermoves,
    eventToTooltipDom: pick('toDom'),
    eventToNextAnimationFrame: pick('toFrame'),
    eventToAfterNextFrame: pick('afterFrame'),
    eventToHandler: pick('handlerDelay'),
    handlerToTooltipDom: pick('handlerToDom'),
  };
}

function loadStats(runs: LoadRun[]) {
  const m = (f: (r: LoadRun) => number | null | undefined) => round(median(runs.map(f).filter((x): x is number => typeof x === 'number')), 0);
  return {
    runs: runs.length,
    fcp: m((r) => r.fcp),
    mapPathsInDom: m((r) => r.pathsInDom),
    mapPainted: m((r) => r.mapPainted),
    interactive: m((r) => r.interactive),
    domContentLoaded: m((r) => r.dcl),
    loadEvent: m((r) => r.load),
    bytesTransferred: m((r) => r.wireTotal),
    jsHeapUsedAfterGc: m((r) => r.heap?.jsHeapUsed),
    domNodes: m((r) => r.heap?.nodes),
    all: {
      fcp: runs.map((r) => round(r.fcp, 0)),
      mapPainted: runs.map((r) => round(r.mapPainted, 0)),
      interactive: runs.map((r) => round(r.interactive, 0)),
      hoverAttempts: runs.map((r) => r.hoverAttempts),
    },
  };
}

function bytesOf(runs: LoadRun[]) {
  const r = runs[0];
  const rt = new Map(r.resources.map((x) => [x.path, x]));
  return {
    total: r.wireTotal,
    totals: runs.map((x) => x.wireTotal),
    requests: r.requests.map((q) => ({
      path: q.path,
      type: q.type,
      status: q.status,
      contentEncoding: q.encoding,
      transferred: q.wire,
      encodedBody: rt.get(q.path)?.encodedBodySize ?? null,
      decodedBody: rt.get(q.path)?.decodedBodySize ?? null,
      ...(q.failed ? { failed: q.failed } : {}),
    })),
  };
}

async function measurePage(browser: Browser, spec: PageSpec, peerIds: readonly string[]): Promise<PageResult> {
  log(`${spec.label}: hover targets and hover latency`);
  const session = await openForHover(browser, spec.url, spec.mode, peerIds);
  const hover: Record<string, HoverRun> = {};
  try {
    for (const sc of [UNTHROTTLED, CPU4X]) {
      for (const rhythm of ['isolated', 'continuous'] as const) {
        const key = `${rhythm}:${sc.name}`;
        hover[key] = await hoverRun(session, sc, rhythm === 'isolated' ? HOVERS : Math.ceil(HOVERS / 2), RHYTHMS[rhythm]);
        const s = hoverStats(hover[key]);
        log(`  hover ${key}: n=${s.samples} over ${s.targets} countries, event→tooltip median ${s.eventToTooltipDom.median} ms, p95 ${s.eventToTooltipDom.p95} ms`);
      }
    }
  } finally {
    await session.ctx.close();
  }
  const targets = session.targets;
  const probe = targets.find((t) => t.key === 'CHN' || t.shapeId === '156') ?? targets[0];
  const loads: Record<string, LoadRun[]> = { [UNTHROTTLED.name]: [], [CPU4X_SLOW4G.name]: [] };
  for (let i = 0; i < RUNS; i += 1) {
    for (const sc of [UNTHROTTLED, CPU4X_SLOW4G] as Scenario[]) {
      const r = await loadRun(browser, spec.url, sc, probe as Point);
      loads[sc.name].push(r);
      log(`  load ${i + 1}/${RUNS} ${sc.name}: ${r.wireTotal} B, FCP ${round(r.fcp, 0)} ms, map painted ${round(r.mapPainted, 0)} ms, interactive ${round(r.interactive, 0)} ms`);
    }
  }
  return { label: spec.label, url: spec.url, targets, probe, hover, loads };
}

async function main() {
  mkdirSync(TMP, { recursive: true });
  if (WAIT_QUIET) {
    const until = Date.now() + 15 * 60_000;
    while (loadavg()[0] >= cpus().length && Date.now() < until) {
      log(`waiting for a quieter machine: load average ${loadavg()[0].toFixed(2)} on ${cpus().length} CPUs`);
      await new Promise((ok) => setTimeout(ok, 15_000));
    }
  }
  const loadBefore = loadavg().map((x) => round(x, 2));
  if (loadBefore[0]! > cpus().length) log(`warning: load average ${loadBefore[0]} on ${cpus().length} CPUs: other work is running, timings will be noisy`);
  if (SKIP_BUILD) log('skipping npm run build (--skip-build)');
  else {
    log('npm run build');
    await runBuild();
  }
  snapshotDist();
  log('building the peer (bench/peer) with Vite');
  const peerDist = await buildPeer(ROOT, TMP);

  log('sizing dist files and the JS bundle');
  const files = distFiles(SITE);
  const peerFiles = distFiles(peerDist);
  const html = { full: htmlParts(readFileSync(resolve(SITE, 'index.html'), 'utf8')), embed: htmlParts(readFileSync(resolve(SITE, 'embed.html'), 'utf8')) };
  const js = await jsBreakdown(ROOT, TMP).catch((e: unknown) => ({ error: String(e) }));

  const site = await serve(SITE);
  const peer = await serve(peerDist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const chromiumVersion = browser.version();
  const results: Record<string, PageResult> = {};
  try {
    results.ours = await measurePage(browser, { id: 'ours', label: 'ours: full page (index.html)', url: site.url, mode: 'hosts' }, []);
    results.embed = await measurePage(browser, { id: 'embed', label: 'ours: embed (embed.html)', url: `${site.url}embed.html`, mode: 'hosts' }, []);
    const ids = results.ours.targets.map((t) => t.shapeId).filter((x): x is string => !!x);
    results.peer = await measurePage(browser, { id: 'peer', label: 'peer: naive Vite + React map', url: peer.url, mode: 'ids' }, ids);
  } finally {
    await browser.close();
    for (const s of [site.server, peer.server]) {
      s.closeAllConnections();
      s.close();
    }
  }

  // ---- figures ---------------------------------------------------------------------------
  const summarize = (r: PageResult) => ({
    label: r.label,
    hoverTargets: r.targets.map((t) => ({ key: t.key, name: t.name, x: t.x, y: t.y })),
    interactiveProbe: { key: r.probe.key, name: r.probe.name, x: r.probe.x, y: r.probe.y },
    bytes: bytesOf(r.loads[UNTHROTTLED.name]),
    load: Object.fromEntries(Object.entries(r.loads).map(([sc, runs]) => [sc, loadStats(runs)])),
    hover: Object.fromEntries(Object.entries(r.hover).map(([sc, run]) => [sc, hoverStats(run)])),
  });
  const summary = { ours: summarize(results.ours), embed: summarize(results.embed), peer: summarize(results.peer) };
  for (const f of files) {
    const by = (['ours', 'embed'] as const).filter((id) => summary[id].bytes.requests.some((q) => q.path === `/${f.file}` || (f.file === 'index.html' && q.path === '/')));
    f.loadedBy = by.length ? by.map((id) => (id === 'ours' ? 'full page' : 'embed')).join(' + ') : 'not loaded (download / embed script)';
  }
  for (const f of peerFiles) f.loadedBy = summary.peer.bytes.requests.some((q) => q.path === `/${f.file}` || (f.file === 'index.html' && q.path === '/')) ? 'peer' : 'not loaded';

  const htmlGzip = (file: string, list = files) => {
    const f = list.find((x) => x.file === file);
    return f ? f.gzip : null;
  };
  const value: Record<string, { ours: number | null; peer: number | null }> = {
    'html-gzip': { ours: htmlGzip('index.html'), peer: htmlGzip('index.html', peerFiles) },
    'full-page-bytes': { ours: summary.ours.bytes.total, peer: summary.peer.bytes.total },
    'embed-bytes': { ours: summary.embed.bytes.total, peer: summary.peer.bytes.total },
    'map-painted-throttled': { ours: summary.ours.load[CPU4X_SLOW4G.name].mapPainted, peer: summary.peer.load[CPU4X_SLOW4G.name].mapPainted },
    'interactive-throttled': { ours: summary.ours.load[CPU4X_SLOW4G.name].interactive, peer: summary.peer.load[CPU4X_SLOW4G.name].interactive },
    'hover-p95-cpu4x': { ours: summary.ours.hover[`isolated:${CPU4X.name}`].eventToTooltipDom.p95, peer: summary.peer.hover[`isolated:${CPU4X.name}`].eventToTooltipDom.p95 },
  };
  const budgets = BUDGETS.map((b) => ({
    ...b,
    ours: value[b.id].ours,
    oursPass: passes(b, value[b.id].ours),
    oursMargin: value[b.id].ours === null ? null : round(b.limit - (value[b.id].ours as number), 2),
    peer: value[b.id].peer,
    peerPass: passes(b, value[b.id].peer),
  }));
  const budgetText = (id: string) => {
    const b = BUDGETS.find((x) => x.id === id)!;
    return `${b.strict ? '<' : '≤'} ${b.unit === 'B' ? kb(b.limit) : ms(b.limit)}`;
  };
  const budgetRow = (metric: string, id: string, fmt: (n: number | null) => string): Row => {
    const b = budgets.find((x) => x.id === id)!;
    return { metric, ours: fmt(b.ours), peer: fmt(b.peer), ratio: ratio(b.ours, b.peer), budget: budgetText(id), oursPass: mark(b.oursPass), peerPass: mark(b.peerPass) };
  };
  const row = (metric: string, ours: number | null, peerV: number | null, fmt: (n: number | null) => string): Row => ({
    metric, ours: fmt(ours), peer: fmt(peerV), ratio: ratio(ours, peerV), budget: '', oursPass: '', peerPass: '',
  });
  const L = (id: 'ours' | 'embed' | 'peer', sc: string) => summary[id].load[sc];
  const H = (id: 'ours' | 'embed' | 'peer', key: string) => summary[id].hover[key.replace(/^I:/, 'isolated:').replace(/^C:/, 'continuous:')];
  const ms1 = (n: number | null) => ms(n, 1);
  const N = UNTHROTTLED.name;
  const T = CPU4X_SLOW4G.name;
  const C = CPU4X.name;
  const rows: Row[] = [
    budgetRow('HTML (index.html), gzip', 'html-gzip', kb),
    budgetRow('Full page: all bytes transferred', 'full-page-bytes', kb),
    budgetRow('Embed: all bytes transferred (peer: its only page)', 'embed-bytes', kb),
    row('Requests, full page', summary.ours.bytes.requests.length, summary.peer.bytes.requests.length, (n) => (n === null ? '—' : String(n))),
    row('FCP, no throttling', L('ours', N).fcp, L('peer', N).fcp, ms),
    row('Map painted, no throttling', L('ours', N).mapPainted, L('peer', N).mapPainted, ms),
    row('Interactive, no throttling', L('ours', N).interactive, L('peer', N).interactive, ms),
    row('FCP, CPU 4x + slow 4G', L('ours', T).fcp, L('peer', T).fcp, ms),
    budgetRow('Map painted, CPU 4x + slow 4G', 'map-painted-throttled', ms),
    budgetRow('Interactive, CPU 4x + slow 4G', 'interactive-throttled', ms),
    row('Embed: map painted, CPU 4x + slow 4G', L('embed', T).mapPainted, L('peer', T).mapPainted, ms),
    row('Embed: interactive, CPU 4x + slow 4G', L('embed', T).interactive, L('peer', T).interactive, ms),
    row('Hover → tooltip DOM, median, no throttling', H('ours', `I:${N}`).eventToTooltipDom.median, H('peer', `I:${N}`).eventToTooltipDom.median, ms1),
    row('Hover → tooltip DOM, p95, no throttling', H('ours', `I:${N}`).eventToTooltipDom.p95, H('peer', `I:${N}`).eventToTooltipDom.p95, ms1),
    row('Hover → next frame, median, no throttling', H('ours', `I:${N}`).eventToNextAnimationFrame.median, H('peer', `I:${N}`).eventToNextAnimationFrame.median, ms1),
    row('Hover → tooltip DOM, median, CPU 4x', H('ours', `I:${C}`).eventToTooltipDom.median, H('peer', `I:${C}`).eventToTooltipDom.median, ms1),
    budgetRow('Hover → tooltip DOM, p95, CPU 4x', 'hover-p95-cpu4x', ms1),
    row('  handler → tooltip DOM, p95, CPU 4x', H('ours', `I:${C}`).handlerToTooltipDom.p95, H('peer', `I:${C}`).handlerToTooltipDom.p95, ms1),
    row('Hover → next frame, median, CPU 4x', H('ours', `I:${C}`).eventToNextAnimationFrame.median, H('peer', `I:${C}`).eventToNextAnimationFrame.median, ms1),
    row('Hover → next frame, p95, CPU 4x', H('ours', `I:${C}`).eventToNextAnimationFrame.p95, H('peer', `I:${C}`).eventToNextAnimationFrame.p95, ms1),
    row('Continuous motion: hover → tooltip DOM, median, CPU 4x', H('ours', `C:${C}`).eventToTooltipDom.median, H('peer', `C:${C}`).eventToTooltipDom.median, ms1),
    row('Continuous motion: hover → tooltip DOM, p95, CPU 4x', H('ours', `C:${C}`).eventToTooltipDom.p95, H('peer', `C:${C}`).eventToTooltipDom.p95, ms1),
    row('Continuous motion: hover → next frame, p95, CPU 4x', H('ours', `C:${C}`).eventToNextAnimationFrame.p95, H('peer', `C:${C}`).eventToNextAnimationFrame.p95, ms1),
    row('JS heap used after GC (after load)', L('ours', N).jsHeapUsedAfterGc, L('peer', N).jsHeapUsedAfterGc, (n) => (n === null ? '—' : `${(n / 1e6).toFixed(2)} MB`)),
    row('DOM nodes after load', L('ours', N).domNodes, L('peer', N).domNodes, (n) => (n === null ? '—' : String(n))),
  ];

  const definitions = {
    units: '1 KB = 1,000 bytes. Times are ms since navigation start (performance.timeOrigin) unless stated.',
    bytesTransferred: 'Sum of Network.loadingFinished encodedDataLength over every request to the local server during a cold load (cache disabled): gzip bodies plus HTTP response headers, until the network has been idle for 400 ms after the load event.',
    htmlGzip: 'index.html gzipped at level 9, exactly as scripts/serve.mjs sends it (body only, no headers).',
    fcp: 'first-contentful-paint from a PerformanceObserver (paint entries).',
    mapPathsInDom: 'performance.now() when a MutationObserver (init script) first sees >= 150 `svg.map path` elements.',
    mapPainted: 'FCP if the map paths were already in the DOM at FCP; otherwise the later of FCP and the end of the first animation frame after they were added (rAF, then setTimeout 0).',
    interactive: 'From navigation start the mouse is moved (Playwright page.mouse.move, 1 px jitter) over China\'s centre every ~50 ms; time when a [role=tooltip] element first exists (MutationObserver).',
    hover: `Hovers alternate between the hover targets (every host country of the site; for the peer the same countries where the 110m atlas has them), each one changing the tooltip. Per hover, in the page: t0 = the pointermove event's timeStamp (capture listener on document). "tooltip DOM" = first mutation (childList/characterData) inside [role=tooltip] after it; "next frame" = the requestAnimationFrame callback after that mutation; "after frame" = a setTimeout posted from that callback. "event → handler" = performance.now() in that capture listener minus t0 (input queueing: Chrome aligns pointermove to frames); "handler → tooltip DOM" = the rest. Only hovers whose tooltip shows the expected country count. Rhythm "isolated" (${HOVERS} hovers, the budgeted figure): each move starts 120–136 ms after the previous one, when the frame pipeline is idle, so the figure is the page's own work plus dispatch. Rhythm "continuous" (${Math.ceil(HOVERS / 2)} hovers): moves 40–56 ms apart, as in continuous pointer motion; Chrome then aligns pointermove to the next frame, which adds 0–16.7 ms of queueing on any page. 10 warm-up hovers before each series.`,
    heap: 'CDP HeapProfiler.collectGarbage, then Performance.getMetrics JSHeapUsedSize, once the load has settled (median of the unthrottled cold loads).',
    scenarios: {
      none: 'no throttling',
      cpu4x: 'Emulation.setCPUThrottlingRate 4',
      'cpu4x+slow4g': `CPU 4x plus Network.emulateNetworkConditions latency ${SLOW_4G.latency} ms, download ${SLOW_4G.downloadThroughput} B/s (1.6 Mbit/s), upload ${SLOW_4G.uploadThroughput} B/s (750 kbit/s)`,
    },
    runs: `${RUNS} cold loads per scenario (fresh browser context each, cache disabled), medians reported; viewport ${VIEWPORT.width}×${VIEWPORT.height}, deviceScaleFactor 1.`,
  };

  const require = createRequire(import.meta.url);
  const version = (pkg: string) => (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
  const machine = {
    date: new Date().toISOString(),
    os: `${osType()} ${release()}`,
    cpuCount: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGB: round(totalmem() / 1e9, 1),
    node: process.version,
    chromium: chromiumVersion,
    playwright: version('@playwright/test'),
    vite: version('vite'),
    react: version('react'),
    gitCommit: git('rev-parse', 'HEAD'),
    gitDirty: git('status', '--porcelain').length > 0,
    loadAverage1mBefore: loadBefore[0],
    loadAverage1mAfter: round(loadavg()[0], 2),
    durationSeconds: round((Date.now() - t0) / 1000, 0),
  };

  const output = {
    machine,
    definitions,
    budgets,
    summary,
    table: rows,
    dist: { files, html, js },
    peerDist: { files: peerFiles },
    raw: Object.fromEntries(Object.entries(results).map(([id, r]) => [id, {
      loads: Object.fromEntries(Object.entries(r.loads).map(([sc, runs]) => [sc, runs.map(({ requests: _r, resources: _s, ...rest }) => rest)])),
      hover: Object.fromEntries(Object.entries(r.hover).map(([sc, run]) => [sc, run.samples.map((s) => ({ target: s.target, toDom: round(s.toDom, 2), toFrame: round(s.toFrame, 2), afterFrame: round(s.afterFrame, 2) }))])),
    }])),
  };
  writeFileSync(RESULTS, `${JSON.stringify(output, null, 2)}\n`);

  // ---- print ------------------------------------------------------------------------------
  const out: string[] = [];
  out.push('', `Performance benchmark: ${machine.date}, ${machine.cpuCount} CPUs (${machine.cpuModel}), Node ${machine.node}, ${machine.chromium}`, '');
  out.push(table(rows), '');
  out.push('Definitions:');
  for (const [k, v] of Object.entries(definitions)) if (typeof v === 'string') out.push(`  ${k}: ${v}`);
  out.push('', 'Bytes by resource (cold load, transferred incl. headers / gzip body / decoded):');
  for (const id of ['ours', 'embed', 'peer'] as const) {
    out.push(`  ${summary[id].label}: ${kb(summary[id].bytes.total)}`);
    for (const q of summary[id].bytes.requests) out.push(`    ${q.path.padEnd(34)} ${String(q.type).padEnd(10)} ${String(q.transferred).padStart(8)} B  ${String(q.encodedBody ?? '—').padStart(8)} B  ${String(q.decodedBody ?? '—').padStart(8)} B  ${q.contentEncoding ?? 'identity'}`);
  }
  out.push('', 'dist/ files (raw / gzip -9 / brotli q11):');
  for (const f of files) out.push(`  ${f.file.padEnd(34)} ${String(f.raw).padStart(8)} ${String(f.gzip).padStart(8)} ${String(f.brotli).padStart(8)}  ${f.loadedBy}`);
  if (Array.isArray(js)) {
    for (const c of js) {
      out.push('', `JS chunk ${c.chunk} by package (analysis build; ${kb(c.minified)} minified, ${kb(c.minifiedGzip)} gzip; shares of pre-minification code):`);
      for (const g of c.groups.slice(0, 8)) out.push(`  ${g.group.padEnd(24)} ${(g.share * 100).toFixed(1).padStart(5)} %  ≈ ${kb(g.estimatedGzipInBundle)} gzip`);
    }
  }
  out.push('', 'Budgets:');
  for (const b of budgets) {
    const fmt = (n: number | null) => (b.unit === 'B' ? kb(n) : ms(n, 1));
    out.push(`  ${mark(b.oursPass).padEnd(4)} ${b.label}: ${fmt(b.ours)} (limit ${budgetText(b.id)}, margin ${fmt(b.oursMargin)})`);
  }
  out.push('', `Wrote ${RESULTS} in ${((Date.now() - t0) / 1000).toFixed(0)} s.`);
  console.log(out.join('\n'));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
