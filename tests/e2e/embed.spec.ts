/**
 * Embeds and shareable links, in a real browser: the loader (public/embed.js) sizes the map's
 * iframe on a parent page of another origin, and only from the map's own messages; the embed
 * works sandboxed and without the loader; #ISO3 deep links; the "Embed" dialog.
 *
 * Origins: the parent article (tests/fixtures/parent.html) is on PARENT, the embedded map on
 * SITE_OTHER_ORIGIN; the full page and direct embed tests use SITE.
 */
import { test, expect, type Frame, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { PARENT, SITE, SITE_OTHER_ORIGIN } from '../../playwright.config';
import { readFileSync } from 'node:fs';
import { DEFAULT_FRAME_HEIGHT, PROTOCOL_VERSION, RESIZE_MESSAGE_TYPE, embedSnippet } from '../../src/embed/snippet';
import { FIXTURE_TEXT } from './fixture';
import { hostPoint } from './helpers';

const MAP_IFRAME = 'iframe[data-dprk-workers-map]';
const DEFAULT_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

/** Console errors and uncaught exceptions of the page and of every frame in it. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console (${m.location().url}): ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

async function openParent(page: Page, query = '', width = 1200) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${PARENT}parent.html${query}`);
  const iframe = page.locator(MAP_IFRAME);
  const frame = iframe.contentFrame();
  await expect(frame.locator('svg.map')).toBeVisible();
  return { iframe, frame, handle: await mapFrame(iframe) };
}

/** The Frame (to run script in it) of an iframe element. */
async function mapFrame(iframe: Locator): Promise<Frame> {
  const frame = await (await iframe.elementHandle())!.contentFrame();
  if (!frame) throw new Error('the iframe has no frame');
  return frame;
}

/** Counts the page's requests (of every frame) for embed.html: the loader's token handover must not reload the map. */
function countEmbedLoads(page: Page) {
  const count = { n: 0 };
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.endsWith('/embed.html')) count.n++;
  });
  return count;
}

/** The widths the embed must work at: a phone, an article column, a wide page. */
const WIDTHS = [360, 600, 1000] as const;

/** Pastes the embed code into #paste-here as a CMS does (a contextual fragment runs its <script>), and waits until the frame shows the map sized to its content. */
async function pasteEmbedCode(page: Page, code: string): Promise<Locator> {
  await page.evaluate((html) => {
    document.getElementById('paste-here')!.append(document.createRange().createContextualFragment(html));
  }, code);
  const iframe = page.locator(MAP_IFRAME);
  const frame = iframe.contentFrame();
  await expect(frame.locator('svg.map')).toBeVisible();
  await expectSizedToContent(iframe, frame);
  return iframe;
}

/** Clicks a host on the map inside an iframe, at its marker or its shape's projected centre. */
async function clickHostIn(iframe: Locator, id: string) {
  const frame = await mapFrame(iframe);
  const point = await hostPoint(frame, id);
  const box = (await iframe.boundingBox())!;
  await iframe.page().mouse.click(box.x + point.x, box.y + point.y);
}

/** Nothing of the embed lies below the frame: its document is no taller than the frame, and the credit line is inside it. */
async function expectNothingClipped(frame: FrameLocator, what: string) {
  const fit = await frame.locator('html').evaluate((html) => ({
    frame: window.innerHeight,
    scrollHeight: html.scrollHeight,
    credit: document.querySelector('.credit')!.getBoundingClientRect().bottom,
    legend: document.querySelector('.legend')!.getBoundingClientRect().bottom,
  }));
  expect(fit.scrollHeight, `${what}: document height`).toBeLessThanOrEqual(fit.frame);
  expect(fit.legend, `${what}: legend`).toBeLessThanOrEqual(fit.frame);
  expect(fit.credit, `${what}: credit line`).toBeLessThanOrEqual(fit.frame);
}

const outerHeight = (iframe: Locator) => iframe.evaluate((el) => el.getBoundingClientRect().height);
const innerHeight = (frame: FrameLocator) =>
  frame.locator('.embed').evaluate((el) => el.getBoundingClientRect().height);

/** Waits until the iframe is as tall as the embed's content (within 2 px); returns that height. */
async function expectSizedToContent(iframe: Locator, frame: FrameLocator): Promise<number> {
  await expect
    .poll(async () => Math.abs((await outerHeight(iframe)) - (await innerHeight(frame))), { timeout: 5_000 })
    .toBeLessThanOrEqual(2);
  // Set by the loader, not by chance: a pixel height, and no aspect-ratio left to fight it.
  const style = await iframe.evaluate((el) => ({ height: el.style.height, aspectRatio: getComputedStyle(el).aspectRatio }));
  expect(style.height).toMatch(/^\d+px$/);
  expect(style.aspectRatio).toBe('auto');
  return outerHeight(iframe);
}

/**
 * Records, in the parent, every message carrying a `probe` field together with the map
 * iframe's style.height once the loader has handled it. The loader applies a height in the
 * next animation frame; this listener is registered after the loader's, so the frame
 * callback it requests runs after the loader's for the same (or an earlier) message: no
 * waiting, no race.
 */
async function recordProbes(page: Page) {
  await page.evaluate((selector) => {
    const w = window as unknown as { probes: Array<{ probe: string; height: string }> };
    w.probes = [];
    window.addEventListener('message', (e) => {
      const probe = (e.data as { probe?: string } | null)?.probe;
      if (probe) {
        requestAnimationFrame(() => w.probes.push({ probe, height: document.querySelector<HTMLElement>(selector)!.style.height }));
      }
    });
  }, MAP_IFRAME);
  return {
    /** Waits for n probes and returns them. */
    async take(n: number) {
      await expect.poll(() => page.evaluate(() => (window as unknown as { probes: unknown[] }).probes.length)).toBe(n);
      return page.evaluate(() => (window as unknown as { probes: Array<{ probe: string; height: string }> }).probes.splice(0));
    },
  };
}

/** Posts `data` to the parent from inside a frame (or from the parent to itself). */
const postFrom = (where: Frame | Page, data: unknown) =>
  where.evaluate((d) => window.parent.postMessage(d, '*'), data as Record<string, unknown>);

const resize = (height: unknown, probe: string, extra: Record<string, unknown> = {}) => ({
  type: RESIZE_MESSAGE_TYPE,
  v: PROTOCOL_VERSION,
  height,
  probe,
  ...extra,
});

/** The token the loader gave the map's frame, read from the map's own URL fragment. */
async function tokenOf(handle: Frame): Promise<string> {
  const token = await handle.evaluate(() => /(?:^#|&)embed-token=([0-9a-f]{32})(?:&|$)/.exec(location.hash)?.[1] ?? null);
  if (!token) throw new Error(`no token in the map's URL: ${handle.url()}`);
  return token;
}

/** The style.height changes of the map iframe recorded by the fixture (parent.html?record). */
const heightWrites = (page: Page) =>
  page.evaluate(() => (window as unknown as { heightWrites: Array<{ height: string; frame: number }> }).heightWrites.slice());

test.describe('loader: iframe height on a parent page of another origin', () => {
  test('the iframe takes the height of the embed content, and follows a viewport resize from 1200 to 360 px', async ({ page }) => {
    const errors = collectErrors(page);
    const embedLoads = countEmbedLoads(page);
    const { iframe, frame } = await openParent(page, '', 1200);
    // The fixture pastes the embed code as the dialog makes it.
    expect(await iframe.getAttribute('sandbox')).toBe(DEFAULT_SANDBOX);
    expect(await iframe.getAttribute('src')).toBe(`${SITE_OTHER_ORIGIN}embed.html`);
    await expectSizedToContent(iframe, frame);
    // The loader handed the map its token (sized, so done) without reloading it or touching src.
    expect(embedLoads.n).toBe(1);
    expect(await iframe.getAttribute('src')).toBe(`${SITE_OTHER_ORIGIN}embed.html`);

    await page.setViewportSize({ width: 360, height: 800 });
    await expect.poll(() => iframe.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThan(360);
    await expectSizedToContent(iframe, frame);
    // Nothing inside the frame scrolls: the whole embed is visible.
    expect(await frame.locator('html').evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
  });

  test('messages from another window, of another type or with a bad height change nothing; valid ones are clamped to 150..5000', async ({ page }) => {
    const { iframe, frame, handle } = await openParent(page, '?decoy');
    const height = await expectSizedToContent(iframe, frame);
    const px = `${Math.ceil(height)}px`;
    const decoy = await mapFrame(page.locator('iframe.decoy'));
    await expect(page.locator('iframe.decoy').contentFrame().locator('svg.map')).toBeVisible();
    const probes = await recordProbes(page);
    // Every message below carries the map frame's real token: each is stopped by one other check.
    const token = { token: await tokenOf(handle) };

    // The right message from the wrong window: the parent itself, and an untagged iframe of
    // the same embed from the same origin as the map (only the source check stops it).
    await postFrom(page, resize(999, 'parent', token));
    await postFrom(decoy, resize(998, 'decoy', token));
    // The map's own frame, but not a valid resize message.
    await postFrom(handle, { type: 'dprk-workers-map:size', v: 1, height: 997, probe: 'wrong type', ...token });
    await postFrom(handle, { sentinel: 'amp', type: 'embed-size', height: 996, probe: 'amp form', ...token });
    await postFrom(handle, resize(995, 'wrong version', { v: 2, ...token }));
    await postFrom(handle, resize('994', 'string height', token));
    await postFrom(handle, resize(Number.NaN, 'NaN height', token));
    await postFrom(handle, resize(Number.POSITIVE_INFINITY, 'infinite height', token));
    // The map's own frame and a valid message, but without the token or with another one.
    await postFrom(handle, resize(993, 'no token'));
    await postFrom(handle, resize(992, 'wrong token', { token: token.token.replace(/^./, (c) => (c === '0' ? '1' : '0')) }));
    const ignored = await probes.take(10);
    expect(ignored).toEqual(ignored.map((p) => ({ probe: p.probe, height: px })));
    expect(await outerHeight(iframe)).toBeCloseTo(height, 0);

    // The same channel does work: valid messages from the map's frame are applied, clamped.
    await postFrom(handle, resize(612.2, 'valid', token));
    expect(await probes.take(1)).toEqual([{ probe: 'valid', height: '613px' }]);
    expect(await outerHeight(iframe)).toBeCloseTo(613, 0);
    await postFrom(handle, resize(12, 'too small', token));
    expect(await probes.take(1)).toEqual([{ probe: 'too small', height: '150px' }]);
    await postFrom(handle, resize(99_999, 'too large', token));
    expect(await probes.take(1)).toEqual([{ probe: 'too large', height: '5000px' }]);
  });

  test('origin check: a tagged iframe without sandbox is sized, but not once it has navigated to another origin', async ({ page }) => {
    const { iframe, frame, handle } = await openParent(page, '?sandbox=none');
    expect(await iframe.getAttribute('sandbox')).toBeNull();
    const height = await expectSizedToContent(iframe, frame);
    const px = `${Math.ceil(height)}px`;
    const probes = await recordProbes(page);
    const token = { token: await tokenOf(handle) };
    await postFrom(handle, resize(700, 'same origin', token));
    expect(await probes.take(1)).toEqual([{ probe: 'same origin', height: '700px' }]);
    await postFrom(handle, resize(Math.ceil(height), 'back', token));
    expect(await probes.take(1)).toEqual([{ probe: 'back', height: px }]);

    // Same window, other origin (the map on SITE instead of SITE_OTHER_ORIGIN); even with
    // the frame's token, the origin check stops it.
    await handle.evaluate((url) => { window.location.href = url; }, `${SITE}embed.html`);
    await expect.poll(() => handle.url()).toBe(`${SITE}embed.html`);
    await expect(iframe.contentFrame().locator('svg.map')).toBeVisible();
    await postFrom(handle, resize(701, 'other origin', token));
    expect(await probes.take(1)).toEqual([{ probe: 'other origin', height: px }]);

    // Same window, opaque origin ("null") although the iframe is not sandboxed.
    const script = `parent.postMessage({type:${JSON.stringify(RESIZE_MESSAGE_TYPE)},v:1,height:702,token:${JSON.stringify(token.token)},probe:'opaque'},'*')`;
    // Navigated by the parent: a data: document inherits its initiator's CSP, and the embed's forbids inline script.
    await page.evaluate(
      ([selector, url]) => { document.querySelector<HTMLIFrameElement>(selector)!.contentWindow!.location.href = url; },
      [MAP_IFRAME, `data:text/html,<script>${script}</script>`],
    );
    expect(await probes.take(1)).toEqual([{ probe: 'opaque', height: px }]);
  });

  test('token check: once the sandboxed map frame has navigated to another page, that page cannot change the height', async ({ page }) => {
    const { iframe, frame, handle } = await openParent(page, '?record');
    expect(await iframe.getAttribute('sandbox')).toBe(DEFAULT_SANDBOX);
    const height = await expectSizedToContent(iframe, frame);
    const px = `${Math.ceil(height)}px`;
    const token = await tokenOf(handle);
    const probes = await recordProbes(page);
    const writes = (await heightWrites(page)).length;

    // The map's frame navigates to another page: the same window and, sandboxed, the same
    // "null" origin as the map, so only the token tells them apart.
    await handle.evaluate((url) => { window.location.href = url; }, `${PARENT}forged.html`);
    await expect(iframe.contentFrame().getByText('Not the map')).toBeVisible();
    // forged.html posts resize messages with no, an empty, a guessed and a fragment-read
    // token, then its probe: by then the loader has handled (and ignored) them all.
    expect(await probes.take(1)).toEqual([{ probe: 'forged', height: px }]);
    expect(await outerHeight(iframe)).toBeCloseTo(height, 0);
    expect(await heightWrites(page)).toHaveLength(writes);

    // Control: the same page, handed the frame's real token, is obeyed. So the source and
    // origin checks pass for it, and the token alone stopped the forged messages.
    await handle.evaluate((url) => { window.location.href = url; }, `${PARENT}forged.html?token=${token}`);
    expect(await probes.take(1)).toEqual([{ probe: 'forged', height: '781px' }]);
    expect(await outerHeight(iframe)).toBe(781);
  });

  test('rate limit: 1,000 heights posted in a burst are applied at most once per animation frame, ending on the last', async ({ page }) => {
    const { iframe, frame, handle } = await openParent(page, '?record');
    await expectSizedToContent(iframe, frame);
    const token = await tokenOf(handle);
    const probes = await recordProbes(page);
    const before = await heightWrites(page);
    const mutationsBefore = await page.evaluate(() => (window as unknown as { styleMutations: number }).styleMutations);

    await handle.evaluate(({ type, token }) => {
      for (let i = 0; i < 1000; i++) window.parent.postMessage({ type, v: 1, height: 400 + i, token }, '*');
      window.parent.postMessage({ probe: 'burst' }, '*');
    }, { type: RESIZE_MESSAGE_TYPE, token });
    expect(await probes.take(1)).toEqual([{ probe: 'burst', height: '1399px' }]);
    expect(await outerHeight(iframe)).toBe(1399);

    const burst = (await heightWrites(page)).slice(before.length);
    expect(burst.length).toBeGreaterThanOrEqual(1);
    expect(burst.length).toBeLessThan(1000);
    // Never two height changes in one animation frame, and the last one is the last height posted.
    expect(new Set(burst.map((w) => w.frame)).size).toBe(burst.length);
    expect(burst.at(-1)!.height).toBe('1399px');
    // Each change is one of the posted heights, in the order posted.
    const posted = burst.map((w) => Number.parseInt(w.height, 10));
    expect(posted.every((h, i) => h >= 400 && h <= 1399 && (i === 0 || h > posted[i - 1]!))).toBe(true);

    // The current height again: no write to the iframe's style. (The loader skips it; note
    // that Chromium would not record a same-value write either, so this shows the outcome.)
    await postFrom(handle, resize(1399, 'same height', { token }));
    expect(await probes.take(1)).toEqual([{ probe: 'same height', height: '1399px' }]);
    const mutationsAfter = await page.evaluate(() => (window as unknown as { styleMutations: number }).styleMutations);
    expect(mutationsAfter - mutationsBefore).toBe(burst.length);
  });

  test('an iframe moved elsewhere in the page (a new browsing context) gets a new token and is sized again', async ({ page }) => {
    const { iframe, frame, handle } = await openParent(page);
    await expectSizedToContent(iframe, frame);
    const first = await tokenOf(handle);
    await page.evaluate((selector) => {
      const el = document.querySelector<HTMLIFrameElement>(selector)!;
      el.style.height = '300px';
      document.querySelector('article')!.append(el);
    }, MAP_IFRAME);
    await expect(frame.locator('svg.map')).toBeVisible();
    await expectSizedToContent(iframe, frame);
    expect(await tokenOf(await mapFrame(iframe))).not.toBe(first);
  });

  test('sandboxed without allow-same-origin: the map renders, the tooltip works, the height is applied, no errors', async ({ page }) => {
    const errors = collectErrors(page);
    const { iframe, frame } = await openParent(page, '?sandbox=strict');
    expect(await iframe.getAttribute('sandbox')).toBe('allow-scripts allow-popups');
    expect(await frame.locator('svg.map path').count()).toBeGreaterThanOrEqual(150);
    await expectSizedToContent(iframe, frame);

    // The opaque origin really is opaque, and the app script did run (it hydrated and listens).
    const origin = await (await mapFrame(iframe)).evaluate(() => window.origin);
    expect(origin).toBe('null');
    const china = frame.locator('[data-host="CHN"]');
    const label = (await china.getAttribute('aria-label'))!;
    const figure = label.replace(/^China: /, '').replace(/, (present|winding down|reported, presence unconfirmed)$/, '');
    expect(figure).toMatch(/\d/);
    await china.hover();
    const tooltip = frame.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip.locator('.tooltip-title')).toHaveText('China');
    await expect(tooltip.locator('.tooltip-figure')).toHaveText(figure);

    // Selecting in the sandbox (history may be unavailable there) still opens the panel.
    await china.click();
    await expect(frame.locator('section.panel h2')).toHaveText('China');
    await expectSizedToContent(iframe, frame);
    expect(errors).toEqual([]);
  });

  for (const width of WIDTHS) test(`without the loader the iframe keeps the embed code size (full width, 860 px) and nothing is clipped (${width} px), with or without a selection`, async ({ page }) => {
    const errors = collectErrors(page);
    // The parent page notes when the embed has posted its height: by then it has laid out; nobody acts on it.
    await page.addInitScript(() => {
      (window as unknown as { resizePosted: Promise<void> }).resizePosted = new Promise((posted) => {
        addEventListener('message', (e) => { if (e.data?.type === 'dprk-workers-map:resize') posted(); });
      });
    });
    const { iframe, frame } = await openParent(page, `?noloader&column=${width}`, width + 100);
    await expect(frame.locator('#app[data-ready]')).toBeAttached();
    await page.evaluate(() => (window as unknown as { resizePosted: Promise<void> }).resizePosted);
    const box = await iframe.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { width: r.width, height: r.height, style: el.getAttribute('style'), heightAttribute: el.getAttribute('height') };
    });
    expect(box).toEqual({ width, height: DEFAULT_FRAME_HEIGHT, style: null, heightAttribute: String(DEFAULT_FRAME_HEIGHT) });
    await expectNothingClipped(frame, `${width} px`);
    // A selection opens the details in the sheet, inside the frame: the document does not grow.
    await clickHostIn(iframe, 'CHN');
    await expect(frame.locator('.embed-sheet section.panel h2')).toHaveText('China');
    await expectNothingClipped(frame, `${width} px, China selected`);
    expect(errors).toEqual([]);
  });

  test('an iframe added after the loader ran is sized too', async ({ page }) => {
    const { iframe, frame } = await openParent(page, '?late');
    await expectSizedToContent(iframe, frame);
  });

  // Fails until src/embed/child.ts answers the loader's 'dprk-workers-map:request-height'
  // (the embed reports its height only when it changes, so a late loader never hears it).
  test('a loader that arrives after the map has loaded still sizes it', async ({ page }) => {
    const embedLoads = countEmbedLoads(page);
    const { iframe, frame } = await openParent(page, '?loader=afterload');
    await expect(page.locator('#embed-slot')).toHaveAttribute('data-loaders-run', '1');
    await expectSizedToContent(iframe, frame);
    // Handing the loaded map its token did not reload it, and took no entry in the reader's Back button.
    expect(embedLoads.n).toBe(1);
    expect(await page.evaluate(() => history.length)).toBe(await page.evaluate(() => (window as unknown as { historyLengthAtStart: number }).historyLengthAtStart));
  });

  test('the loader included twice listens once', async ({ page }) => {
    await page.addInitScript(() => {
      if (window !== window.top) return;
      const w = window as unknown as { messageListeners: number };
      w.messageListeners = 0;
      const add = window.addEventListener;
      window.addEventListener = function (this: Window, ...args: Parameters<Window['addEventListener']>) {
        if (args[0] === 'message') w.messageListeners++;
        return add.apply(this, args);
      } as Window['addEventListener'];
    });
    const { iframe, frame } = await openParent(page, '?loader=twice');
    await expect(page.locator('script[src$="/embed.js"]')).toHaveCount(2);
    await expect(page.locator('#embed-slot')).toHaveAttribute('data-loaders-run', '2');
    await expectSizedToContent(iframe, frame);
    expect(await page.evaluate(() => (window as unknown as { messageListeners: number }).messageListeners)).toBe(1);
  });
});

test.describe('in an article: a steady height, a strict CSP, below the fold, a pinned version, a theme', () => {
  // Several page loads each, on two shared cores.
  test.describe.configure({ timeout: 90_000 });
  for (const width of WIDTHS) test(`with the loader, selecting a country changes the frame height by at most 10 % (${width} px); an embed opened on Qatar starts at the normal height`, async ({ page }) => {
    const { iframe, frame } = await openParent(page, `?column=${width}`, width + 100);
    const before = await expectSizedToContent(iframe, frame);
    await clickHostIn(iframe, 'CHN');
    await expect(frame.locator('.embed-sheet section.panel h2')).toHaveText('China');
    // The content the loader sizes the frame to, with the details open, and the frame itself.
    expect(Math.abs((await innerHeight(frame)) - before), `${width} px: content`).toBeLessThanOrEqual(before * 0.1);
    const after = await expectSizedToContent(iframe, frame);
    expect(Math.abs(after - before), `${width} px: frame ${before} -> ${after}`).toBeLessThanOrEqual(before * 0.1);

    const qatar = await openParent(page, `?column=${width}&hash=QAT`, width + 100);
    await expect(qatar.frame.locator('.embed-sheet section.panel h2')).toHaveText('Qatar');
    const opened = await expectSizedToContent(qatar.iframe, qatar.frame);
    expect(Math.abs(opened - before), `${width} px: opened on Qatar ${opened}, plain ${before}`).toBeLessThanOrEqual(before * 0.1);
  });

  test('a host page whose CSP forbids inline script and style gets a full-width frame sized to the map, without a border', async ({ page }) => {
    const errors = collectErrors(page);
    await page.setViewportSize({ width: 700, height: 900 });
    await page.goto(`${PARENT}strict.html`);
    const violations = await page.evaluateHandle(() => {
      const seen: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
      return seen;
    });
    // Control: the policy is in force, an inline style attribute is dropped.
    await page.evaluate(() => {
      document.getElementById('paste-here')!.append(document.createRange().createContextualFragment('<div id="control" style="height:123px"></div>'));
    });
    expect(await page.locator('#control').evaluate((el) => el.getBoundingClientRect().height)).toBe(0);
    await expect.poll(() => violations.evaluate((v) => v.length)).toBe(1);

    // The embed code exactly as the dialog makes it, pasted like a CMS does (its <script> runs).
    const code = embedSnippet(new URL(SITE_OTHER_ORIGIN), '2.0.0');
    const iframe = await pasteEmbedCode(page, code);
    const look = await iframe.evaluate((el) => ({ width: el.getBoundingClientRect().width, column: el.parentElement!.getBoundingClientRect().width, border: getComputedStyle(el).borderTopWidth }));
    expect(look.width).toBe(look.column);
    expect(look.border).toBe('0px');
    // The code itself broke no rule of the policy: the control's is the only violation.
    expect(await violations.evaluate((v) => v)).toEqual(['style-src-attr']);
    expect(errors.filter((e) => !e.includes('Content Security Policy'))).toEqual([]);
  });

  test('an embed far below the fold is sized before it scrolls into view', async ({ page }) => {
    const { iframe, frame } = await openParent(page, '?below', 900);
    await expectSizedToContent(iframe, frame);
    const top = await iframe.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(await page.evaluate(() => window.innerHeight));
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('a pinned embed keeps its version after the live dataset and pages change', async ({ page }) => {
    const version = (JSON.parse(readFileSync('data/dataset.json', 'utf8')) as { version: string }).version;
    // The Embed dialog gives the pinned code.
    await page.goto(SITE);
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this map' });
    await dialog.getByRole('radio', { name: new RegExp(`^Pinned to dataset v${version.replace(/\./g, '\\.')}`) }).check();
    const pinnedCode = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(pinnedCode.startsWith(`<iframe src="${SITE}v/${version}/embed.html"`)).toBe(true);
    // The preview shows the embed the code points at, with the chosen theme.
    await dialog.getByRole('radio', { name: 'Dark' }).check();
    const darkCode = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(darkCode.startsWith(`<iframe src="${SITE}v/${version}/embed.html?theme=dark"`)).toBe(true);
    const preview = dialog.locator('iframe.embed-preview');
    await expect(preview).toHaveAttribute('src', `${SITE}v/${version}/embed.html?theme=dark`);
    await expect(preview.contentFrame().locator('html.theme-dark svg.map')).toBeVisible();
    await dialog.getByRole('radio', { name: 'Light' }).check();
    await dialog.getByRole('radio', { name: /^Live/ }).check();
    const liveCode = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(liveCode.startsWith(`<iframe src="${SITE}embed.html"`)).toBe(true);

    // A later release: the live embed and the live dataset now hold another version (the test fixture's).
    const later = JSON.parse(FIXTURE_TEXT) as { version: string };
    expect(later.version).not.toBe(version);
    const liveEmbed = await (await page.request.get(`${SITE}embed.html`)).text();
    const laterEmbed = liveEmbed.replace(/(<script type="application\/json" id="dataset-json">)[\s\S]*?(<\/script>)/, (_, open: string, close: string) => `${open}${JSON.stringify(later).replace(/</g, '\\u003c')}${close}`);
    expect(laterEmbed).not.toBe(liveEmbed);
    await page.route(`${SITE}embed.html*`, (route) => route.fulfill({ body: laterEmbed, contentType: 'text/html; charset=utf-8' }));
    // A document the test fulfils has no IP address, so Chromium's local network access rules stop
    // its requests to the loopback server; its assets come through the test's router too.
    await page.route(`${SITE}assets/**`, async (route) => route.fulfill({ response: await route.fetch() }));
    await page.route(`${SITE}data/dataset.json`, (route) => route.fulfill({ body: FIXTURE_TEXT, contentType: 'application/json; charset=utf-8' }));

    const credit = (code: string) => async () => {
      await page.goto(`${PARENT}blank.html`);
      await page.evaluate((html) => {
        document.getElementById('paste-here')!.append(document.createRange().createContextualFragment(html));
      }, code);
      const frame = page.locator(MAP_IFRAME).contentFrame();
      await expect(frame.locator('#app[data-ready]')).toBeAttached();
      return frame.locator('.credit').textContent();
    };
    // Control: the live code now shows the later release.
    expect(await credit(liveCode)()).toContain(`v${later.version}`);
    // The pinned code still shows its own version, and China as that version counts it.
    expect(await credit(pinnedCode)()).toContain(`v${version}`);
    const china = page.locator(MAP_IFRAME).contentFrame().locator('[data-host="CHN"]');
    const pinnedChina = await china.getAttribute('aria-label');
    await page.goto(`${SITE}v/${version}/embed.html`);
    expect(pinnedChina).toBe(await page.locator('[data-host="CHN"]').getAttribute('aria-label'));
    // The pinned full page works from its folder, on its own dataset.
    await page.goto(`${SITE}v/${version}/`);
    await expect(page.locator('#app[data-ready]')).toBeAttached();
    await expect(page.locator('.site-footer')).toContainText(`${version},`);
    // Control: the live full page shows the later release.
    await page.goto(SITE);
    await expect(page.locator('#app[data-ready]')).toBeAttached();
    await expect(page.locator('.site-footer')).toContainText(`${later.version},`);
  });

  for (const system of ['light', 'dark'] as const) {
    test(`the theme in the embed code is honoured whatever the reader's system theme (${system})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: system });
      const background = async (query: string) => {
        await page.goto(`${SITE}embed.html${query}`);
        await expect(page.locator('#app[data-ready]')).toBeAttached();
        return page.evaluate(() => ({ page: getComputedStyle(document.documentElement).backgroundColor, top: getComputedStyle(document.querySelector('.c-bin-4')!).fill }));
      };
      const LIGHT = { page: 'rgb(255, 255, 255)', top: 'rgb(199, 66, 2)' };
      const DARK = { page: 'rgb(17, 20, 24)', top: 'rgb(254, 231, 207)' };
      expect(await background('')).toEqual(LIGHT);
      expect(await background('?theme=light')).toEqual(LIGHT);
      expect(await background('?theme=dark')).toEqual(DARK);
      expect(await background('?theme=auto')).toEqual(system === 'dark' ? DARK : LIGHT);
      // In a sandboxed frame on another origin too, and a selection keeps it.
      const { iframe, frame } = await openParent(page, '?theme=dark');
      await clickHostIn(iframe, 'CHN');
      await expect(frame.locator('.embed-sheet section.panel h2')).toHaveText('China');
      expect(await frame.locator('html').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(DARK.page);
      await expect.poll(() => mapFrame(iframe).then((f) => f.url())).toContain('theme=dark');
    });
  }
});

test.describe('deep links', () => {
  test('embed.html#CHN in the iframe opens China in the sheet, inside the frame, with its own scroll', async ({ page }) => {
    const { iframe, frame } = await openParent(page, '?hash=CHN&column=360', 460);
    await expect(frame.locator('.embed-sheet section.panel h2')).toHaveText('China');
    const height = await expectSizedToContent(iframe, frame);
    // The sheet fits in the frame and scrolls on its own (China's details are long).
    const sheet = await frame.locator('.embed-sheet').evaluate((el) => ({ bottom: el.getBoundingClientRect().bottom, top: el.getBoundingClientRect().top, scroll: el.scrollHeight - el.clientHeight, overflow: getComputedStyle(el).overflowY }));
    expect(sheet.top).toBeGreaterThan(0);
    expect(sheet.bottom).toBeLessThanOrEqual(height + 1);
    expect(sheet.overflow).toBe('auto');
    expect(sheet.scroll).toBeGreaterThan(0);
    // The full-map link carries the selection.
    await expect(frame.getByRole('link', { name: /Open the full map/ })).toHaveAttribute('href', './#CHN');
  });

  test('embed.html#CHN opens China directly on the site; #XYZ is ignored without errors', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(`${SITE}embed.html#CHN`);
    await expect(page.locator('section.panel h2')).toHaveText('China');
    await page.goto(`${SITE}embed.html?country=chn`);
    await expect(page.locator('section.panel h2')).toHaveText('China');
    await page.goto(`${SITE}embed.html#XYZ`);
    await expect(page.locator('.embed')).toBeVisible();
    await page.waitForLoadState('load');
    await expect(page.locator('section.panel')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('index.html#CHN opens China; a click on Russia sets #RUS without a reload; back returns to China', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(`${SITE}index.html#CHN`);
    await expect(page.locator('section.panel h2')).toHaveText('China');
    await page.evaluate(() => { (window as unknown as { sameDocument: boolean }).sameDocument = true; });

    // Click Russia at its centre (data-c, in map units): the middle of its bounding box is in the Arctic Ocean.
    const russia = page.locator('[data-host="RUS"]');
    const position = await russia.evaluate((el) => {
      const path = el as SVGGraphicsElement;
      const [cx, cy] = path.dataset.c!.split(',').map(Number);
      const box = path.getBBox();
      const scale = path.ownerSVGElement!.getBoundingClientRect().width / path.ownerSVGElement!.viewBox.baseVal.width;
      return { x: (cx - box.x) * scale, y: (cy - box.y) * scale };
    });
    await russia.click({ position });
    await expect(page).toHaveURL(`${SITE}index.html#RUS`);
    await expect(page.locator('section.panel h2')).toHaveText('Russia');

    await page.goBack();
    await expect(page).toHaveURL(`${SITE}index.html#CHN`);
    await expect(page.locator('section.panel h2')).toHaveText('China');
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(errors).toEqual([]);
  });

  test('index.html#XYZ is ignored: no panel, no error', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(`${SITE}index.html#XYZ`);
    await page.waitForLoadState('load');
    await expect(page.locator('.panel-empty')).toBeVisible();
    await expect(page.locator('section.panel')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

test('"Open the full map" opens the full page in a new tab, out of the sandbox', async ({ page }) => {
  const { frame } = await openParent(page);
  const link = frame.getByRole('link', { name: /Open the full map/ });
  await expect(link).toHaveAttribute('target', '_blank');
  expect(await link.evaluate((a: HTMLAnchorElement) => a.href)).toBe(SITE_OTHER_ORIGIN);
  const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
  await expect(popup).toHaveURL(SITE_OTHER_ORIGIN);
  await expect(popup.locator('.page h1')).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Embed' })).toBeVisible();
  // allow-popups-to-escape-sandbox: the new tab is not sandboxed.
  expect(await popup.evaluate(() => window.origin)).toBe(SITE_OTHER_ORIGIN.replace(/\/$/, ''));
  await popup.close();
});

test.describe('the Embed dialog', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('holds the embed code with this deployment URL, copies it, and works from the keyboard', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(SITE);
    await page.waitForLoadState('load');
    const button = page.getByRole('button', { name: 'Embed', exact: true });
    await expect(button).toBeVisible();

    // Reach the button with Tab, open the dialog with Enter.
    await page.locator('body').focus();
    for (let i = 0; i < 25 && !(await button.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Embed this map' });
    await expect(dialog).toBeVisible();
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);

    const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(code.startsWith(`<iframe src="${SITE}embed.html`)).toBe(true);
    expect(code).toContain('data-dprk-workers-map');
    expect(code).toContain(`sandbox="${DEFAULT_SANDBOX}"`);
    expect(code).toContain(`<script async src="${SITE}embed.js"></script>`);
    // The loader the code points to is deployed.
    const loader = await page.request.get(`${SITE}embed.js`);
    expect(loader.status()).toBe(200);
    expect(await loader.text()).toContain(RESIZE_MESSAGE_TYPE);

    // Tab to "Copy code" and press Enter.
    const copy = dialog.getByRole('button', { name: 'Copy code' });
    for (let i = 0; i < 10 && !(await copy.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(copy).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

    // Escape closes it and gives focus back to the button.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();

    // With a country selected, the code can open on it; the mouse works too.
    await page.goto(`${SITE}#CHN`);
    await expect(page.locator('section.panel h2')).toHaveText('China');
    await button.click();
    await expect(dialog.getByRole('checkbox', { name: 'Open on China' })).toBeChecked();
    const focused = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(focused.startsWith(`<iframe src="${SITE}embed.html#CHN"`)).toBe(true);
    await dialog.getByRole('button', { name: 'Copy code' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(focused);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    expect(errors).toEqual([]);
  });

  test('the copied code works pasted into a page of another origin', async ({ page }) => {
    await page.goto(SITE);
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    const code = await page.getByRole('dialog', { name: 'Embed this map' }).getByRole('textbox', { name: 'Embed code' }).inputValue();

    const errors = collectErrors(page);
    await page.setViewportSize({ width: 900, height: 900 });
    await page.goto(`${PARENT}blank.html`);
    await pasteEmbedCode(page, code);
    expect(errors).toEqual([]);
  });
});
