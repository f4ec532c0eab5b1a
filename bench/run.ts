/**
 * `npm run bench`: builds the site, serves dist/ on 127.0.0.1 and measures it, and a naive
 * Vite + React peer (bench/peer), in headless Chromium via the Chrome DevTools Protocol.
 * Every interaction figure runs from the trusted input's event.timeStamp to the frame that
 * shows the result (and is cross-checked with Event Timing). Project and peer alternate, load
 * by load and chunk by chunk. Prints a table against the budgets; writes bench/results.json.
 * A benchmark, not a test: it is not part of `npm test`. See docs/PERFORMANCE.md.
 *
 * Options: --runs N      cold loads per page and scenario (default 5; --quick: 2)
 *          --rounds N    interaction rounds, project and peer alternating (default 4; --quick: 2)
 *          --hovers N    spaced hovers per page in all (default 100; --quick: 20); continuous
 *                        moves are 2×, clicks, keys and year changes N/3 each
 *          --quick       a short run (the defaults above marked --quick)
 *          --skip-build  reuse dist/ as it is
 *          --wait-quiet  first wait (up to 15 min) until the 1-minute load average < CPU count
 *          --lighthouse / --no-lighthouse  Lighthouse 12 (mobile) on the project pages, if installed
 *                        under bench/tmp/lighthouse (default: on for full runs, off for --quick)
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium } from '@playwright/test';
import {
  clicks, CPU4X, CPU4X_RTT, documentOnlyLoad, emptySeries, hoverContinuous, hoverSpaced, keys, load1, loadRun, openSession, RTT150, setCpu, VIEWPORT, years,
  type DocumentOnlyRun, type InteractionKind, type LoadRun, type Scenario, type Series, type Session, type Target,
} from './lib/browser';
import { findLighthouse, runLighthouse, type LighthouseResult } from './lib/lighthouse';
import { buildPeer } from './lib/peer';
import { writeFloor } from './lib/floor';
import { budget, BUDGETS, kb, mark, ms, passes, simpleTable, table, type Row } from './lib/report';
import { distFiles, htmlParts, jsBreakdown } from './lib/sizes';
import { round, summarize, summarizeEventTiming, type Summary } from './lib/stats';

const ROOT = resolve(import.meta.dirname, '..');
const TMP = resolve(ROOT, 'bench/tmp');
const SITE = resolve(TMP, 'site');
const RESULTS = resolve(ROOT, 'bench/results.json');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = opt('runs', QUICK ? 2 : 5);
const ROUNDS = Math.max(1, opt('rounds', QUICK ? 2 : 4));
const HOVERS = opt('hovers', QUICK ? 20 : 100);
const SKIP_BUILD = args.includes('--skip-build');
const WAIT_QUIET = args.includes('--wait-quiet');
const per = (total: number) => Math.max(1, Math.ceil(total / ROUNDS));
const COUNTS = { hoverSpaced: per(HOVERS), hoverContinuous: per(HOVERS * 2), click: per(HOVERS / 3), key: per(HOVERS / 3), year: per(HOVERS / 3) };

const t0 = Date.now();
const log = (msg: string) => console.error(`[bench ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s, load ${load1().toFixed(2)}] ${msg}`);

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

type PageId = 'full' | 'embed' | 'ko' | 'peer';
const PAGE_FILES: Record<Exclude<PageId, 'peer'>, string> = { full: 'index.html', embed: 'embed.html', ko: 'ko/index.html' };
const PAGE_LABELS: Record<PageId, string> = { full: 'full page (index.html)', embed: 'embed (embed.html)', ko: 'Korean page (ko/index.html)', peer: 'peer (naive Vite + React map)' };
const SHORT: Record<PageId, string> = { full: 'full', embed: 'embed', ko: 'ko', peer: 'peer' };

/** Copy dist/ aside so that another build in the same checkout cannot change it mid-run. */
function snapshotDist(): void {
  rmSync(SITE, { recursive: true, force: true });
  cpSync(resolve(ROOT, 'dist'), SITE, { recursive: true });
  for (const page of Object.values(PAGE_FILES)) {
    const file = resolve(SITE, page);
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/(?:src|href)="((?:\.\.?\/)+assets\/[^"]+)"/g)) {
      if (!existsSync(resolve(file, '..', m[1]))) throw new Error(`dist/${page} refers to ${m[1]}, which is missing: was dist/ rebuilt during the copy? Run again.`);
    }
  }
}

type StartServer = (root: string, port: number, host?: string) => Promise<Server>;
async function serve(root: string): Promise<{ server: Server; url: string }> {
  const mod = (await import(pathToFileURL(resolve(ROOT, 'scripts/serve.mjs')).href)) as { startServer: StartServer };
  const server = await mod.startServer(root, 0, '127.0.0.1');
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

/** How many fonts fontconfig lists, in all and for Korean (null where fc-list is missing). */
function fontsOfMachine(): { all: number | null; korean: number | null } {
  const count = (...a: string[]) => {
    const r = spawnSync('fc-list', a, { encoding: 'utf8' });
    return r.status === 0 ? r.stdout.split('\n').filter(Boolean).length : null;
  };
  return { all: count(), korean: count(':lang=ko') };
}

const git = (...a: string[]) => spawnSync('git', a, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';

const KINDS: InteractionKind[] = ['hoverSpaced', 'hoverContinuous', 'click', 'key', 'year'];
const PEER_NA: Partial<Record<InteractionKind, string>> = {
  click: 'the peer has no details panel',
  key: 'the peer has no keyboard navigation',
  year: 'the peer has no year control',
};

function interactionStats(s: Series) {
  return {
    available: s.available,
    ...(s.note ? { note: s.note } : {}),
    samples: s.samples.length,
    timeouts: s.timeouts,
    wrongResult: s.wrong,
    ...(s.sent !== undefined ? { movesSent: s.sent, pointermovesReceived: s.received } : {}),
    inputToFrame: summarize(s.samples.map((x) => x.toFrame)),
    eventTimingDuration: summarizeEventTiming(s.samples.map((x) => x.eventTiming)),
    inputToDom: summarize(s.samples.map((x) => x.toDom)),
    inputToListener: summarize(s.samples.map((x) => x.toHandler)),
    loadAverage: s.chunks,
  };
}

function loadStats(runs: LoadRun[]) {
  return {
    runs: runs.length,
    loadAverage: runs.map((r) => [r.loadAvgStart, r.loadAvgEnd]),
    fcp: summarize(runs.map((r) => r.fcp), 0),
    mapPainted: summarize(runs.map((r) => r.mapPainted), 0),
    firstHoverPainted: summarize(runs.map((r) => r.firstHoverPainted), 0),
    firstHoverAfterMap: summarize(runs.map((r) => r.firstHoverAfterMap), 0),
    firstHoverInputToFrame: summarize(runs.map((r) => r.firstHoverInputToFrame), 0),
    tbt: summarize(runs.map((r) => r.tbt), 0),
    longTasks: summarize(runs.map((r) => r.longTasks.length), 0),
    hydrate: summarize(runs.map((r) => r.hydrate), 0),
    longestTask: summarize(runs.map((r) => (r.longTasks.length ? Math.max(...r.longTasks.map((t) => t.duration)) : 0)), 0),
    mainThreadQuiet: runs.map((r) => r.quiet),
    domContentLoaded: summarize(runs.map((r) => r.dcl), 0),
    loadEvent: summarize(runs.map((r) => r.load), 0),
    bytesTransferred: summarize(runs.map((r) => r.wireTotal), 0),
    gzipBodies: summarize(runs.map((r) => r.gzipBodyTotal), 0),
    all: runs.map((r) => ({
      fcp: round(r.fcp, 0), mapPainted: round(r.mapPainted, 0), firstHoverPainted: round(r.firstHoverPainted, 0), firstHoverAfterMap: round(r.firstHoverAfterMap, 0),
      tbt: round(r.tbt, 0), longTasks: r.longTasks.map((t) => [round(t.start, 0), round(t.duration, 0)]), hoverMoves: r.hoverMoves, bytes: r.wireTotal, loadAvg: [r.loadAvgStart, r.loadAvgEnd],
    })),
  };
}

function documentOnlyStats(runs: DocumentOnlyRun[]) {
  return {
    runs: runs.length,
    scriptsRemoved: runs.map((r) => r.scriptsRemoved),
    loadAverage: runs.map((r) => [r.loadAvgStart, r.loadAvgEnd]),
    fcp: summarize(runs.map((r) => r.fcp), 0),
    tbt: summarize(runs.map((r) => r.tbt), 0),
    longestTask: summarize(runs.map((r) => (r.longTasks.length ? Math.max(...r.longTasks.map((t) => t.duration)) : 0)), 0),
    mainThreadQuiet: runs.map((r) => r.quiet),
    all: runs.map((r) => ({ fcp: round(r.fcp, 0), tbt: round(r.tbt, 0), longTasks: r.longTasks.map((t) => [round(t.start, 0), round(t.duration, 0)]) })),
  };
}

function bytesOf(r: LoadRun) {
  const rt = new Map(r.resources.map((x) => [x.path, x]));
  return {
    total: r.wireTotal,
    gzipBodies: r.gzipBodyTotal,
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

const probeOf = (targets: Target[]) => targets.find((t) => t.key === 'CHN' || t.shapeId === '156') ?? targets[0];

async function main() {
  mkdirSync(TMP, { recursive: true });
  if (WAIT_QUIET) {
    const until = Date.now() + 15 * 60_000;
    while (loadavg()[0] >= cpus().length && Date.now() < until) {
      log(`waiting for a quieter machine: load average ${loadavg()[0].toFixed(2)} on ${cpus().length} CPUs`);
      await new Promise((ok) => setTimeout(ok, 15_000));
    }
  }
  const loadStart = loadavg().map((x) => round(x, 2));
  log(`start: load average ${loadStart.join(' / ')} (1 / 5 / 15 min) on ${cpus().length} CPUs${QUICK ? ' (--quick)' : ''}`);
  if (SKIP_BUILD) log('skipping npm run build (--skip-build)');
  else {
    log('npm run build');
    await runBuild();
  }
  snapshotDist();
  log('building the peer (bench/peer) with Vite');
  const peerDist = await buildPeer(ROOT, TMP);

  log('sizing dist files');
  const files = distFiles(SITE);
  const peerFiles = distFiles(peerDist);
  const html = Object.fromEntries(Object.entries(PAGE_FILES).filter(([, f]) => existsSync(resolve(SITE, f))).map(([id, f]) => [id, htmlParts(readFileSync(resolve(SITE, f), 'utf8'))]));
  const js = QUICK ? { skipped: '--quick' } : await jsBreakdown(ROOT, TMP).catch((e: unknown) => ({ error: String(e) }));

  const site = await serve(SITE);
  const peer = await serve(peerDist);
  const floorDir = resolve(TMP, 'floor');
  mkdirSync(floorDir, { recursive: true });
  const floor = await serve(floorDir);
  const projectPages = (['full', 'embed', 'ko'] as const).filter((id) => existsSync(resolve(SITE, PAGE_FILES[id])));
  const missing = (['full', 'embed', 'ko'] as const).filter((id) => !projectPages.includes(id as never));
  const urlOf = (id: PageId) => (id === 'peer' ? peer.url : id === 'full' ? site.url : id === 'ko' ? `${site.url}ko/` : `${site.url}${PAGE_FILES[id]}`);
  for (const id of missing) log(`${PAGE_LABELS[id]}: dist/${PAGE_FILES[id]} does not exist: n/a`);

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const chromiumVersion = browser.version();
  const pages: PageId[] = [...projectPages, 'peer'];
  const interactions = Object.fromEntries(pages.map((id) => [id, Object.fromEntries(KINDS.map((k) => [k, emptySeries(k)]))])) as Record<PageId, Record<InteractionKind, Series>>;
  const loads = Object.fromEntries(pages.map((id) => [id, { [CPU4X.name]: [] as LoadRun[], [CPU4X_RTT.name]: [] as LoadRun[] }])) as Record<PageId, Record<string, LoadRun[]>>;
  const targets = {} as Record<PageId, Target[]>;
  const floorSeries = { hoverSpaced: emptySeries('hoverSpaced'), hoverContinuous: emptySeries('hoverContinuous') };
  const documentOnly = Object.fromEntries(projectPages.map((id) => [id, [] as DocumentOnlyRun[]])) as Record<PageId, DocumentOnlyRun[]>;
  try {
    // ---- interactions: all pages open, the measured one at CPU 4x, project and peer alternating chunk by chunk ----
    log('opening the pages for the interaction series (unthrottled load, then CPU 4x)');
    const sessions = {} as Record<PageId, Session>;
    for (const id of projectPages) sessions[id] = await openSession(browser, id, urlOf(id), 'hosts');
    const ids = sessions[projectPages[0]].targets.map((t) => t.shapeId).filter((x): x is string => !!x);
    sessions.peer = await openSession(browser, 'peer', peer.url, 'ids', ids);
    writeFloor(floorDir, ids.slice(0, 8));
    const floorSession = await openSession(browser, 'floor', floor.url, 'ids', ids.slice(0, 8));
    for (const id of pages) targets[id] = sessions[id].targets;
    // Only the page being measured is throttled. Chromium's CPU throttling keeps a renderer busy
    // even when its page is idle (about 87% of a core here): four throttled pages left open took
    // both cores, and every figure measured the other pages' throttling as much as the page.
    const at4x = async (session: Session, work: () => Promise<void>) => {
      await setCpu(session, 4);
      try {
        await work();
      } finally {
        await setCpu(session, 1);
      }
    };
    const chunk = (id: PageId) => at4x(sessions[id], () => chunkAt4x(id));
    const chunkAt4x = async (id: PageId) => {
      const s = sessions[id];
      const ser = interactions[id];
      await hoverSpaced(s, ser.hoverSpaced, COUNTS.hoverSpaced);
      await hoverContinuous(s, ser.hoverContinuous, COUNTS.hoverContinuous);
      if (id === 'peer') {
        for (const [k, note] of Object.entries(PEER_NA)) { ser[k as InteractionKind].available = false; ser[k as InteractionKind].note = note; }
        return;
      }
      await clicks(s, ser.click, COUNTS.click);
      await keys(s, ser.key, COUNTS.key);
      await years(s, ser.year, COUNTS.year);
      const f = (k: InteractionKind) => {
        const st = summarize(ser[k].samples.map((x) => x.toFrame));
        return ser[k].available ? `${k} p95 ${st.p95}` : `${k} n/a`;
      };
      log(`  ${SHORT[id]}: ${KINDS.map(f).join(', ')} (so far)`);
    };
    // The floor's hovers, after each peer chunk: the same series on the least a page can do.
    const floorChunk = () => at4x(floorSession, async () => {
      await hoverSpaced(floorSession, floorSeries.hoverSpaced, COUNTS.hoverSpaced);
      await hoverContinuous(floorSession, floorSeries.hoverContinuous, COUNTS.hoverContinuous);
    });
    for (let r = 0; r < ROUNDS; r += 1) {
      log(`interaction round ${r + 1}/${ROUNDS}`);
      for (const id of projectPages) {
        await chunk(id);
        await chunk('peer');
        await floorChunk();
      }
    }
    for (const id of pages) await sessions[id].ctx.close();
    await floorSession.ctx.close();

    // ---- cold loads: project and peer alternating, load by load -------------------------------
    for (let i = 0; i < RUNS; i += 1) {
      for (const sc of [CPU4X, CPU4X_RTT] as Scenario[]) {
        for (const id of projectPages) {
          for (const pid of [id, 'peer'] as PageId[]) {
            const r = await loadRun(browser, pid, urlOf(pid), sc, probeOf(targets[pid]));
            loads[pid][sc.name].push(r);
            log(`  load ${i + 1}/${RUNS} ${sc.name} ${SHORT[pid].padEnd(5)}: ${r.wireTotal} B, map painted ${round(r.mapPainted, 0)} ms, first hover painted ${round(r.firstHoverPainted, 0)} ms (+${round(r.firstHoverAfterMap, 0)}), TBT ${round(r.tbt, 0)} ms`);
          }
          if (sc === CPU4X) {
            const d = await documentOnlyLoad(browser, id, urlOf(id), sc);
            documentOnly[id].push(d);
            log(`  load ${i + 1}/${RUNS} ${sc.name} ${SHORT[id].padEnd(5)} document alone (${d.scriptsRemoved} scripts removed): TBT ${round(d.tbt, 0)} ms`);
          }
        }
      }
    }
  } finally {
    await browser.close();
  }
  // ---- optional Lighthouse (mobile defaults) on the project pages ------------------------------
  let lighthouse: { ran: boolean; version?: string; skipped?: string; results: LighthouseResult[]; loadAverage?: number[] } = { ran: false, results: [] };
  if (args.includes('--no-lighthouse') || (QUICK && !args.includes('--lighthouse'))) lighthouse.skipped = args.includes('--no-lighthouse') ? '--no-lighthouse' : '--quick (add --lighthouse to run it)';
  else {
    const lh = findLighthouse(ROOT);
    if ('skip' in lh) lighthouse.skipped = lh.skip;
    else {
      lighthouse = { ran: true, version: lh.version, results: [], loadAverage: [load1()] };
      for (const id of projectPages) {
        log(`lighthouse ${lh.version} (mobile): ${PAGE_LABELS[id]}`);
        lighthouse.results.push(await runLighthouse(lh.cli, id, urlOf(id), CHROMIUM));
      }
      lighthouse.loadAverage!.push(load1());
    }
    if (lighthouse.skipped) log(`lighthouse skipped: ${lighthouse.skipped}`);
  }
  for (const s of [site.server, peer.server, floor.server]) {
    s.closeAllConnections();
    s.close();
  }
  const loadEnd = loadavg().map((x) => round(x, 2));

  // ---- figures --------------------------------------------------------------------------------
  const summary = Object.fromEntries(pages.map((id) => [id, {
    label: PAGE_LABELS[id],
    url: urlOf(id).replace(/^http:\/\/127\.0\.0\.1:\d+/, ''),
    hoverTargets: targets[id].map((t) => ({ key: t.key, name: t.name, x: t.x, y: t.y })),
    loadProbe: (({ key, name, x, y }) => ({ key, name, x, y }))(probeOf(targets[id])),
    bytes: bytesOf(loads[id][CPU4X.name][0]),
    load: Object.fromEntries(Object.entries(loads[id]).map(([sc, runs]) => [sc, loadStats(runs)])),
    interactions: Object.fromEntries(KINDS.map((k) => [k, interactionStats(interactions[id][k])])),
    ...(documentOnly[id] ? { documentOnly: documentOnlyStats(documentOnly[id]) } : {}),
  }])) as unknown as Record<PageId, { label: string; bytes: ReturnType<typeof bytesOf>; load: Record<string, ReturnType<typeof loadStats>>; interactions: Record<InteractionKind, ReturnType<typeof interactionStats>>; documentOnly?: ReturnType<typeof documentOnlyStats> }>;

  const floorStats = { hoverSpaced: interactionStats(floorSeries.hoverSpaced), hoverContinuous: interactionStats(floorSeries.hoverContinuous) };
  const rows: Row[] = [];
  const verdicts: { budget: string; label: string; page: string; stat: string; value: number | 'below16' | null; limit: number; result: string; figure: string }[] = [];
  const allPages: PageId[] = ['full', 'embed', 'ko', 'peer'];
  const naRow = (figure: string, id: PageId, why: string, bid: string | null): Row => {
    if (bid && id !== 'peer') verdicts.push({ budget: bid, label: budget(bid).label, page: SHORT[id], stat: budget(bid).stat, value: null, limit: budget(bid).limit, result: 'n/a', figure });
    return { figure, page: SHORT[id], n: '0', median: 'n/a', p95: 'n/a', spread: '', budget: id === 'peer' ? '' : budgetText(bid), result: why };
  };
  const budgetText = (id: string | null) => {
    if (!id) return '';
    const b = budget(id);
    return `${b.stat === 'value' ? '' : `${b.stat} `}≤ ${b.unit === 'B' ? kb(b.limit) : ms(b.limit)}`;
  };
  const judge = (bid: string | null, id: PageId, figure: string, value: number | 'below16' | null): string => {
    if (!bid || id === 'peer') return bid ? '(ref.)' : '';
    const b = budget(bid);
    const p = passes(b, value);
    verdicts.push({ budget: bid, label: b.label, page: SHORT[id], stat: b.stat, value, limit: b.limit, result: mark(p) || 'n/a', figure });
    return mark(p) || 'n/a';
  };
  const timeRow = (figure: string, id: PageId, st: Summary, bid: string | null, digits = 0): Row => {
    const b = bid ? budget(bid) : null;
    const v = b ? (b.stat === 'p95' ? st.p95 : st.median) : null;
    return {
      figure, page: SHORT[id], n: String(st.n), median: ms(st.median, digits), p95: ms(st.p95, digits),
      spread: st.min === null ? '' : `${st.min.toFixed(digits)}–${st.max!.toFixed(digits)}`, budget: budgetText(bid), result: bid ? judge(bid, id, figure, v) : '',
    };
  };
  const etRow = (figure: string, id: PageId, et: ReturnType<typeof summarizeEventTiming>, bid: string | null): Row => ({
    figure, page: SHORT[id], n: `${et.reported}/${et.n}`, median: ms(et.median), p95: ms(et.p95),
    spread: et.min === null ? '' : `${et.min === 'below16' ? '<16' : et.min}–${et.max === 'below16' ? '<16' : et.max}`, budget: budgetText(bid), result: bid ? judge(bid, id, figure, et.p95) : '',
  });

  // Load figures.
  for (const sc of [CPU4X, CPU4X_RTT]) {
    const tag = sc === CPU4X ? 'CPU 4x' : 'CPU 4x + RTT 150 ms + 1.6 Mbit/s';
    for (const [figure, key, bidFor] of [
      [`Map first paint, ${tag}`, 'mapPainted', null],
      [`First hover painted, ${tag}`, 'firstHoverPainted', sc === CPU4X_RTT ? 'first-hover-rtt' : null],
      [`First hover painted − map paint, ${tag}`, 'firstHoverAfterMap', sc === CPU4X ? 'first-hover-after-map' : null],
      [`Total blocking time, ${tag}`, 'tbt', 'tbt'],
      [`Longest task during load, ${tag}`, 'longestTask', null],
      [`Hydration task (the page's 'hydrate' measure), ${tag}`, 'hydrate', null],
    ] as const) {
      for (const id of allPages) {
        if (!pages.includes(id)) { rows.push(naRow(figure, id, `n/a: no dist/${PAGE_FILES[id as 'ko']}`, bidFor)); continue; }
        rows.push(timeRow(figure, id, summary[id].load[sc.name][key], bidFor));
      }
    }
  }
  // The document alone: what the page's own scripts cannot take away (no budget).
  for (const [figure, key] of [
    ['Total blocking time of the document alone (its scripts removed), CPU 4x', 'tbt'],
    ['Longest task during load of the document alone, CPU 4x', 'longestTask'],
  ] as const) {
    for (const id of allPages) {
      const d = summary[id]?.documentOnly;
      if (!d) { rows.push(naRow(figure, id, id === 'peer' ? 'n/a: the peer draws nothing without its script' : `n/a: no dist/${PAGE_FILES[id as 'ko']}`, null)); continue; }
      rows.push(timeRow(figure, id, d[key], null));
    }
  }
  // Bytes.
  const bytesBudget: Record<PageId, string | null> = { full: 'bytes-full', embed: 'bytes-embed', ko: 'bytes-ko', peer: null };
  for (const id of allPages) {
    const bid = bytesBudget[id];
    const figure = 'All bytes transferred (gzip + headers), cold load';
    if (!pages.includes(id)) { rows.push(naRow(figure, id, `n/a: no dist/${PAGE_FILES[id as 'ko']}`, bid)); continue; }
    const st = summary[id].load[CPU4X.name].bytesTransferred;
    const all = [...loads[id][CPU4X.name], ...loads[id][CPU4X_RTT.name]].map((r) => r.wireTotal);
    const v = st.median;
    rows.push({ figure, page: SHORT[id], n: String(all.length), median: kb(v), p95: '', spread: `${kb(Math.min(...all))}–${kb(Math.max(...all))}`, budget: budgetText(bid), result: bid ? judge(bid, id, figure, Math.max(...all)) : '' });
  }
  // Interactions.
  const IX: [InteractionKind, string, string][] = [
    ['hoverSpaced', 'Hover (spaced)', 'hover'],
    ['hoverContinuous', 'Hover (continuous, 16 ms moves)', 'hover'],
    ['click', 'Click → details panel', 'click'],
    ['key', 'ArrowRight → next host tooltip', 'key'],
    ['year', 'Year change (range input) → map of that year', 'year'],
  ];
  for (const [k, name, bid] of IX) {
    for (const [suffix, which] of [['input → frame (rAF+MessageChannel)', 'frame'], ['Event Timing duration', 'et']] as const) {
      const figure = `${name}: ${suffix}, CPU 4x`;
      for (const id of allPages) {
        if (!pages.includes(id)) { rows.push(naRow(figure, id, `n/a: no dist/${PAGE_FILES[id as 'ko']}`, bid)); continue; }
        const st = summary[id].interactions[k];
        if (!st.available) { rows.push(naRow(figure, id, `n/a: ${st.note}`, bid)); continue; }
        rows.push(which === 'frame' ? timeRow(figure, id, st.inputToFrame, bid, 1) : etRow(figure, id, st.eventTimingDuration, bid));
      }
      if (k === 'hoverSpaced' || k === 'hoverContinuous') {
        // The floor has no budget: it is the machine's, not a page's.
        const st = floorStats[k];
        const row = which === 'frame' ? timeRow(figure, 'peer', st.inputToFrame, null, 1) : etRow(figure, 'peer', st.eventTimingDuration, null);
        rows.push({ ...row, page: 'floor' });
      }
    }
    if (k === 'hoverSpaced') {
      for (const id of pages) rows.push(timeRow('Hover (spaced): input → tooltip DOM changed (old figure, not a paint)', id, summary[id].interactions.hoverSpaced.inputToDom, null, 1));
    }
  }

  const loadsAll = [...pages.flatMap((id) => Object.values(loads[id]).flat()), ...Object.values(documentOnly).flat()];
  const chunkLoads = [
    ...pages.flatMap((id) => KINDS.flatMap((k) => interactions[id][k].chunks.flatMap((c) => [c.loadAvgStart, c.loadAvgEnd]))),
    ...Object.values(floorSeries).flatMap((x) => x.chunks.flatMap((c) => [c.loadAvgStart, c.loadAvgEnd])),
  ];
  const loadSeen = [...loadsAll.flatMap((r) => [r.loadAvgStart, r.loadAvgEnd]), ...chunkLoads];
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
    // The fonts decide much of a cold layout's cost (each new family, size and fallback is a lookup).
    fonts: fontsOfMachine(),
    gitCommit: git('rev-parse', 'HEAD'),
    gitDirty: git('status', '--porcelain', '--', ':!bench/results.json').length > 0,
    quick: QUICK,
    options: { runs: RUNS, rounds: ROUNDS, hovers: HOVERS, perRoundCounts: COUNTS },
    loadAverageStart: { '1m': loadStart[0], '5m': loadStart[1], '15m': loadStart[2] },
    loadAverageEnd: { '1m': loadEnd[0], '5m': loadEnd[1], '15m': loadEnd[2] },
    loadAverage1mDuringRun: { min: Math.min(...loadSeen), max: Math.max(...loadSeen) },
    durationSeconds: round((Date.now() - t0) / 1000, 0),
  };

  const definitions = {
    units: '1 KB = 1,000 bytes. Load times are ms since navigation start (performance.timeOrigin). Interaction times are ms from the input event\'s timeStamp.',
    order: `Interactions: all pages open at once (one browser context each; only the page being measured at CPU 4x, the others unthrottled and idle); ${ROUNDS} rounds, each round running every series on a project page and then on the peer, for each project page in turn (full, peer, embed, peer, …). Cold loads: ${RUNS} runs; in each run, for each scenario, a load of a project page and then one of the peer, for each project page in turn.`,
    inputToFrame: 'event.timeStamp of the trusted input (CDP Input.dispatchMouseEvent / dispatchKeyEvent) → a requestAnimationFrame callback scheduled after the DOM mutation that shows the result, then a MessageChannel message posted from it: the end of the main-thread rendering update (style, layout, paint recording) of the frame that shows the change. Compositor raster and display are not included.',
    eventTiming: 'PerformanceObserver type "event", durationThreshold 16: the largest duration among the entries whose startTime equals the input\'s timeStamp (hover: pointerover/pointerenter/mouseover/…; click: pointerup/mouseup/click; key: keydown). Duration runs to the next presented frame after the handlers (includes raster and presentation) and is rounded to 8 ms. No entry means < 16 ms; "reported/n" counts entries found.',
    hoverSpaced: 'The pointer jumps to another host country 120–136 ms after the previous move (or as soon as the previous sample\'s frame was stamped, if later); a sample counts if the tooltip then shows that country\'s text (recorded first).',
    hoverContinuous: 'The pointer jumps to the next host country every 16 ms without waiting; every change of the tooltip\'s text is a sample, timed from the latest pointermove the page had received. Chrome coalesces moves while frames are busy (movesSent vs pointermovesReceived).',
    click: 'The pointer moves onto a host, then a trusted press + release; ends when the details panel heading (#panel-title, the host\'s name) changes. Consecutive clicks go to different hosts.',
    key: 'The map\'s roving tab stop (svg.map [data-host][tabindex="0"]) is focused; trusted ArrowRight presses (ArrowLeft after the east edge) move focus to the next host; ends when the tooltip\'s text changes.',
    year: 'If an input[type="range"] exists: it is focused and a trusted ArrowLeft (ArrowRight at its minimum) is pressed; ends when the map shows the new year (a class in svg.map or its data-year changes). Each chunk ends on the year it started on and the next goes on from where it stopped (unmeasured moves). n/a when the page has no such input.',
    mapPainted: 'FCP if >= 150 svg.map path were in the DOM at FCP; otherwise the frame (rAF + MessageChannel) after they were added.',
    firstHoverPainted: 'From navigation start a trusted mouse move over the page\'s China label point (1 px jitter) every 16 ms, at most 3 in flight; the frame (rAF + MessageChannel) after the first tooltip with text. Resolution: the 16 ms move interval.',
    tbt: 'Long tasks (PerformanceObserver "longtask", from an init script): the sum of each task\'s time beyond 50 ms, counting only time after FCP, until the end of the last long task before the main thread had 1 s without one (at most 10 s after the first painted hover). The pointer keeps moving until the first tooltip is painted, so hover work during load counts.',
    longestTask: 'The longest of those long tasks, from navigation start on (before FCP too): how long an input arriving during the load can wait at most.',
    floor: 'Hover rows only: a static page (bench/lib/floor.ts) with eight rectangles in an svg.map and one pointermove listener that sets a tooltip\'s text and position; no framework. Measured with the same series, after each peer chunk, at CPU 4x. What this machine, this browser and the bench\'s own stamps cost for the least a page can do: no page can hover faster than the floor here. No budget.',
    documentOnly: 'Once per run at CPU 4x, after each project page\'s pair of loads: a cold load of that page with every <script> element but JSON data blocks taken out of its HTML (Playwright route; the bench\'s probe is injected and still runs). Blocking time counted as for the page (after FCP, until the last long task). What parsing, style, layout and paint of the prerendered document cost before any script of the page runs: the page\'s scripts cannot bring its blocking time below this. n/a on the peer, whose HTML has no map.',
    hydrate: 'The page\'s own User Timing measure "hydrate" (src/app/bootstrap.tsx): the synchronous hydration call, one task; n/a on the peer.',
    bytes: 'Sum of CDP Network.loadingFinished encodedDataLength over every request of a cold load (cache disabled), until the network was idle 400 ms after load: gzip -9 bodies (scripts/serve.mjs) plus HTTP headers. The budget is held against the largest of all loads.',
    scenarios: {
      [CPU4X.name]: 'Emulation.setCPUThrottlingRate 4, no network throttling (localhost)',
      [CPU4X_RTT.name]: `CPU 4x + Network.emulateNetworkConditions latency ${RTT150.latency} ms, ${RTT150.downloadThroughput * 8 / 1e6} Mbit/s down, ${RTT150.uploadThroughput * 8 / 1e3} kbit/s up`,
    },
    viewport: `${VIEWPORT.width}×${VIEWPORT.height}, deviceScaleFactor 1, headless Chromium with --disable-gpu (software raster).`,
    lighthouse: 'Optional: Lighthouse 12 CLI, default mobile config (simulated throttling: 150 ms RTT, 1.6 Mbit/s, CPU 4x; Moto G Power screen), all four categories (performance, accessibility, best practices, SEO), one run per project page against the local server, after the bench\'s own measurements. Used only if installed under bench/tmp/lighthouse with no install scripts (see docs/PERFORMANCE.md).',
  };

  const output = {
    machine,
    definitions,
    budgets: BUDGETS,
    verdicts,
    table: rows,
    summary,
    floor: { label: 'floor (bench/lib/floor.ts: the least a page can do for a hover)', interactions: floorStats },
    lighthouse,
    missingPages: missing.map((id) => ({ page: id, file: `dist/${PAGE_FILES[id]}` })),
    dist: { files, html, js },
    peerDist: { files: peerFiles },
    raw: Object.fromEntries(pages.map((id) => [id, Object.fromEntries(KINDS.map((k) => [k, interactions[id][k].samples.map((s) => [round(s.toFrame, 1), s.eventTiming, round(s.toDom, 1), round(s.toHandler, 1)])]))])),
    rawFloor: Object.fromEntries((['hoverSpaced', 'hoverContinuous'] as const).map((k) => [k, floorSeries[k].samples.map((s) => [round(s.toFrame, 1), s.eventTiming, round(s.toDom, 1), round(s.toHandler, 1)])])),
    rawColumns: ['inputToFrame', 'eventTiming (null: < 16 ms)', 'inputToDom', 'inputToListener'],
  };
  writeFileSync(RESULTS, `${JSON.stringify(output, null, 2)}\n`);

  // ---- print ----------------------------------------------------------------------------------
  const out: string[] = [];
  out.push('', `Performance benchmark${QUICK ? ' (--quick)' : ''}: ${machine.date}, ${machine.cpuCount} CPUs (${machine.cpuModel}), Node ${machine.node}, Chromium ${machine.chromium}`);
  out.push(`Load average (1 min): ${loadStart[0]} at start, ${loadEnd[0]} at end, ${machine.loadAverage1mDuringRun.min}–${machine.loadAverage1mDuringRun.max} during the run, on ${machine.cpuCount} CPUs. Duration ${machine.durationSeconds} s.`);
  if (missing.length) out.push(`Not measured (file absent): ${missing.map((id) => `dist/${PAGE_FILES[id]}`).join(', ')}.`);
  const fmtV = (bid: string, v: number | 'below16' | null) => (v === null ? 'n/a' : budget(bid).unit === 'B' ? kb(v as number) : ms(v, v === 'below16' ? 0 : 1));
  out.push('', 'Budgets (interactions at CPU 4x; "frame" = input timeStamp → rAF + MessageChannel after the DOM change, "ET" = Event Timing duration):', '');
  out.push(simpleTable(['Budget', 'Page', 'Measured', 'Limit', 'Result'], verdicts.map((v) => [
    v.figure.replace(/: input → frame \(rAF\+MessageChannel\), CPU 4x$/, ' [frame]').replace(/: Event Timing duration, CPU 4x$/, ' [ET]'),
    v.page, `${v.stat} ${fmtV(v.budget, v.value)}`, `≤ ${budget(v.budget).unit === 'B' ? kb(v.limit) : ms(v.limit)}`, v.result,
  ]), [0, 1, 4]));
  out.push('', `Budgets: ${verdicts.filter((v) => v.result === 'PASS').length} pass, ${verdicts.filter((v) => v.result === 'FAIL').length} fail, ${verdicts.filter((v) => v.result === 'n/a').length} n/a.`);
  out.push('', 'All figures (median, p95 and min–max over the samples; loads: medians of cold loads):', '');
  out.push(table(rows), '');
  out.push('', lighthouse.ran ? `Lighthouse ${lighthouse.version} (mobile, simulated throttling; one run per page, load average ${lighthouse.loadAverage?.join(' → ')}):` : `Lighthouse: skipped (${lighthouse.skipped}).`);
  if (lighthouse.ran) {
    const n = (v: number | null) => (v === null ? '—' : String(v));
    out.push(simpleTable(['Page', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'Speed Index', 'TTI', 'CLS', 'bytes'], lighthouse.results.map((x) => [
      SHORT[x.page as PageId], n(x.categories.performance), n(x.categories.accessibility), n(x.categories['best-practices']), n(x.categories.seo),
      ms(x.fcp), ms(x.lcp), ms(x.tbt), ms(x.speedIndex), ms(x.tti), x.cls === null ? '—' : x.cls.toFixed(3), kb(x.totalByteWeight),
    ]), [0]));
    for (const x of lighthouse.results) if (x.failing.length) out.push(`  ${SHORT[x.page as PageId]} below 100 because of: ${x.failing.join('; ')}`);
    for (const x of lighthouse.results) if (x.runtimeError) out.push(`  ${x.page}: ${x.runtimeError}`);
  }
  out.push('', 'Bytes by resource (cold load, transferred incl. headers / gzip body / decoded):');
  for (const id of pages) {
    out.push(`  ${summary[id].label}: ${kb(summary[id].bytes.total)}`);
    for (const q of summary[id].bytes.requests) out.push(`    ${q.path.padEnd(34)} ${String(q.type).padEnd(10)} ${String(q.transferred).padStart(8)} B  ${String(q.encodedBody ?? '—').padStart(8)} B  ${String(q.decodedBody ?? '—').padStart(8)} B  ${q.contentEncoding ?? 'identity'}`);
  }
  out.push('', `Definitions: see docs/PERFORMANCE.md and "definitions" in bench/results.json. Wrote ${RESULTS} in ${((Date.now() - t0) / 1000).toFixed(0)} s.`);
  console.log(out.join('\n'));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
