/**
 * After the four `vite build`s: renders each page (full map and embed, in English and Korean, and
 * a full page per host under country/<ID>/) from its built template, with its share card, and
 * writes the dataset downloads (dist/data/), the change feed (feed.xml) and the licences (LICENSES.txt).
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Resvg } from '@resvg/resvg-js';
import { loadSiteData } from '../src/prerender/site';
import { loadSiteConfig } from '../src/prerender/site-config';
import { renderPage, type PageMeta } from '../src/prerender/page';
import { CARD_HEIGHT, CARD_WIDTH, PUBLISHER_PLACEHOLDER, cardSvg } from '../src/prerender/card';
import { atomFeed } from '../src/prerender/feed';
import { licencesText } from '../src/prerender/licences';
import { changesByHost, parseChangelog } from '../src/model/changelog';
import { datasetToCsv } from '../src/model/csv';
import { yearSpan } from '../src/model/as-of';
import { buildViewModel } from '../src/view/view-model';
import { en } from '../src/i18n/en';
import { ko } from '../src/i18n/ko';
import { NAMES_KO } from '../src/i18n/names-ko';
import { PINNED_DIR } from '../src/embed/snippet';

const started = performance.now();
const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const site = loadSiteData(resolve(root, 'data/dataset.json'));
const { dataset, layout } = site;
const config = loadSiteConfig(resolve(root, 'site.config.json'), dataset.license);
for (const field of config.unset) console.warn(`site.config.json: "${field}" is not set; the pages show a marked placeholder (README.md, "Site configuration").`);
const info = config.site;
const year = yearSpan(dataset).last;
const releases = parseChangelog(readFileSync(resolve(root, 'data/CHANGELOG.md'), 'utf8'), new Set(dataset.hosts.map((h) => h.id)));
if (releases[0]?.version !== dataset.version) throw new Error(`The build stopped: data/CHANGELOG.md's newest release is ${releases[0]?.version ?? 'missing'}, but data/dataset.json is ${dataset.version}. Fix: add a "## [${dataset.version}] - ${dataset.updated}" section.`);

const locales = [
  { messages: en, names: undefined, dir: '', ogLocale: 'en_GB' },
  { messages: ko, names: NAMES_KO, dir: 'ko/', ogLocale: 'ko_KR' },
];

/** A link from one page to another, both given from the site's root ("ko/country/QAT/"): absolute with a base URL, else relative. */
const depth = (path: string) => path.split('/').length - 1;
const relative = (from: string, to: string) => `${'../'.repeat(depth(from))}${to}` || './';
const link = (from: string, to: string) => (info.baseUrl ? `${info.baseUrl}${to}` : relative(from, to));

// Cards: the world and one per host. Their words are English on both languages' pages: no Hangul font is
// assumed on the build machine (a card rendered without one would show empty boxes).
const cardsStarted = performance.now();
const cardsCpu = process.cpuUsage();
mkdirSync(resolve(dist, 'cards'), { recursive: true });
const cardModel = buildViewModel(dataset, en, year);
const cardSizes: number[] = [];
for (const hostId of [undefined, ...dataset.hosts.map((h) => h.id)]) {
  const png = new Resvg(cardSvg({ layout, model: cardModel, site: info, hostId }), { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: true } }).render().asPng();
  writeFileSync(resolve(dist, 'cards', `${hostId ?? 'world'}.png`), png);
  cardSizes.push(png.length);
}
const cardsTime = performance.now() - cardsStarted;
const cardsCpuTime = process.cpuUsage(cardsCpu);

// Templates first: the pages are written over the files Vite built.
const templates = new Map<string, string>();
for (const { dir } of locales) {
  for (const name of ['index.html', 'embed.html']) {
    const file = resolve(dist, dir, name);
    if (!existsSync(file)) throw new Error(`${file} is missing: run the four vite builds first (npm run build).`);
    const template = readFileSync(file, 'utf8');
    if (!template.includes('<div id="app"></div>')) throw new Error(`${file} has no <div id="app"></div> to render into.`);
    templates.set(`${dir}${name}`, template);
  }
}

const rendered: string[] = [];
for (const { messages: m, names, dir, ogLocale } of locales) {
  const model = buildViewModel(dataset, m, year, names);
  const pages = [
    { mode: 'full' as const, path: dir, host: undefined },
    { mode: 'embed' as const, path: `${dir}embed.html`, host: undefined },
    ...dataset.hosts.map((h) => ({ mode: 'full' as const, path: `${dir}country/${h.id}/`, host: model.byId.get(h.id) })),
  ];
  for (const { mode, path, host } of pages) {
    const template = templates.get(`${dir}${mode === 'full' ? 'index.html' : 'embed.html'}`)!;
    // The same page in the other language, for hreflang: only with absolute URLs, which it requires.
    const twin = (other: string) => `${other}${path.slice(dir.length)}`;
    const alternates = info.baseUrl ? locales.map((l) => ({ lang: l.messages.locale, href: link(path, twin(l.dir)) })) : [];
    const meta: PageMeta = {
      title: host ? m.share.hostTitle(host.name) : mode === 'embed' ? m.embed.frameTitle(dataset.version) : m.page.title,
      description: host ? m.share.hostDescription(host.name, host.headline, year) : m.page.lede,
      canonical: link(path, path),
      feed: { href: link(path, 'feed.xml'), title: m.share.feed },
      image: {
        href: link(path, `cards/${host?.host.id ?? 'world'}.png`), width: CARD_WIDTH, height: CARD_HEIGHT,
        alt: host ? m.share.hostImageAlt(host.name, year) : m.share.imageAlt(year),
      },
      imageRelative: !info.baseUrl,
      ogLocale,
      siteName: m.page.title,
    };
    const html = renderPage({
      template, mode, production: true, messages: m, names, ...site, alternates, meta, site: info,
      dataPath: relative(path, 'data/dataset.json'),
      initialHost: host?.host.id,
      pageRoot: host ? '../../' : '',
    });
    const file = resolve(dist, path.endsWith('/') || path === '' ? `${path}index.html` : path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
    rendered.push(path || './');
  }
}

mkdirSync(resolve(dist, 'data'), { recursive: true });
writeFileSync(resolve(dist, 'data/dataset.json'), site.datasetText);
writeFileSync(resolve(dist, 'data/dataset.csv'), datasetToCsv(dataset));
// Each host's lines of the changelog, fetched by the details panel only when a reader opens "changes".
writeFileSync(resolve(dist, 'data/changes.json'), `${JSON.stringify(changesByHost(releases))}\n`);
copyFileSync(resolve(root, 'data/dataset.schema.json'), resolve(dist, 'data/dataset.schema.json'));
copyFileSync(resolve(root, 'data/CHANGELOG.md'), resolve(dist, 'data/CHANGELOG.md'));
writeFileSync(resolve(dist, 'feed.xml'), atomFeed({ releases, dataset, site: info, title: en.share.feedTitle, publisherUnset: PUBLISHER_PLACEHOLDER }));
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { name: string; license: string };
writeFileSync(resolve(dist, 'LICENSES.txt'), licencesText(root, { name: pkg.name, licence: pkg.license, dataset: info.datasetLicense }));

// This release, for good: pinned embed codes point at v/<version>/. Every URL in the pages is
// relative, so the copy works from that folder. The build starts from an empty dist/, so a
// deployment keeps the v/ folders of earlier releases itself (docs/EMBED.md).
const pinned = resolve(dist, PINNED_DIR, dataset.version);
// The pages an embed code opens, their assets and data; not the host pages and cards, which no embed code names.
const notPinned = new Set([PINNED_DIR.slice(0, -1), 'country', 'cards']);
for (const entry of readdirSync(dist)) {
  if (!notPinned.has(entry)) cpSync(resolve(dist, entry), resolve(pinned, entry), { recursive: true, filter: (from) => !/[\\/]country$/.test(from) });
}
console.log(`pinned a copy at dist/${PINNED_DIR}${dataset.version}/`);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`prerendered ${rendered.length} pages (${rendered.filter((p) => !p.includes('country/')).join(', ')} and ${dataset.hosts.length} hosts × ${locales.length} languages): ${layout.shapes.length} shapes, ${Object.keys(layout.markers).length} markers, dataset v${dataset.version}`);
console.log(`share cards: ${cardSizes.length} PNG ${CARD_WIDTH}×${CARD_HEIGHT}, ${kb(Math.min(...cardSizes))}–${kb(Math.max(...cardSizes))} each, ${kb(cardSizes.reduce((a, b) => a + b, 0))} in all, in ${(cardsTime / 1000).toFixed(1)} s (CPU ${((cardsCpuTime.user + cardsCpuTime.system) / 1e6).toFixed(1)} s); prerender ${((performance.now() - started) / 1000).toFixed(1)} s (CPU ${((process.cpuUsage().user + process.cpuUsage().system) / 1e6).toFixed(1)} s)`);
