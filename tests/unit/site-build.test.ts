// @vitest-environment jsdom
/**
 * The built site (dist/, from `npm run build`, which `npm test` runs first): every page has its share
 * card, the card is a 1200 × 630 PNG, the feed is Atom with the current release, each host has a page
 * in both languages that opens on it, and the licences of the shipped code are there.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { parseDataset } from '../../src/model/validate';
import type { Dataset } from '../../src/model/types';
import { NAMES_KO } from '../../src/i18n/names-ko';

const DIST = 'dist/';
if (!existsSync(`${DIST}feed.xml`)) throw new Error('dist/ has no feed.xml: run `npm run build` before these tests.');
const parsed = parseDataset(readFileSync('data/dataset.json', 'utf8'));
if (!parsed.ok) throw new Error('the shipped dataset is invalid');
const dataset: Dataset = parsed.dataset;
const config = JSON.parse(readFileSync('site.config.json', 'utf8')) as { baseUrl: string | null };

const hostPages = dataset.hosts.flatMap((h) => [
  { path: `country/${h.id}/`, host: h.id, name: h.name },
  { path: `ko/country/${h.id}/`, host: h.id, name: NAMES_KO[h.id] },
]);
const pages = [{ path: '' }, { path: 'embed.html' }, { path: 'ko/' }, { path: 'ko/embed.html' }, ...hostPages];

const fileOf = (path: string) => `${DIST}${path === '' || path.endsWith('/') ? `${path}index.html` : path}`;
/** A link on a page, as a file in dist/ (relative to the page, or under the configured base URL). */
function target(page: string, href: string): string {
  if (config.baseUrl && href.startsWith(config.baseUrl)) return `${DIST}${href.slice(config.baseUrl.length)}`;
  expect(href, `${page}: ${href} is neither relative nor under the base URL`).not.toMatch(/^[a-z]+:/);
  return posix.normalize(posix.join(DIST, posix.dirname(`${page}x`), href));
}
const head = (path: string) => new DOMParser().parseFromString(readFileSync(fileOf(path), 'utf8').split('</head>')[0], 'text/html');
const meta = (doc: Document, key: string) => doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), `${file} is not a PNG`).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('share cards', () => {
  it.each(pages.map((p) => [p.path || './', p.path]))('%s has the card tags, and its card is a 1200 × 630 PNG', (_, path) => {
    const doc = head(path);
    expect(meta(doc, 'og:title')).toBeTruthy();
    expect(meta(doc, 'og:title')).toBe(doc.title);
    expect(meta(doc, 'og:description')).toBe(meta(doc, 'description'));
    expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
    expect([meta(doc, 'og:image:width'), meta(doc, 'og:image:height')]).toEqual(['1200', '630']);
    const image = target(path, meta(doc, 'og:image')!);
    expect(existsSync(image), `${path}: ${image} is missing`).toBe(true);
    expect(pngSize(image)).toEqual({ width: 1200, height: 630 });
    const feed = doc.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href');
    expect(target(path, feed!)).toBe(`${DIST}feed.xml`);
  });

  it('a host page’s card is that host’s, not the world’s', () => {
    expect(meta(head('country/QAT/'), 'og:image')).toMatch(/cards\/QAT\.png$/);
    expect(meta(head('ko/'), 'og:image')).toMatch(/cards\/world\.png$/);
  });
});

describe('the change feed', () => {
  const doc = new DOMParser().parseFromString(readFileSync(`${DIST}feed.xml`, 'utf8'), 'application/xml');
  const ATOM = 'http://www.w3.org/2005/Atom';

  it('parses as Atom and lists the current version first, with what changed per host', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('feed');
    expect(doc.documentElement.namespaceURI).toBe(ATOM);
    const entries = [...doc.getElementsByTagNameNS(ATOM, 'entry')];
    expect(entries.length).toBeGreaterThanOrEqual(3);
    const first = entries[0];
    expect(first.getElementsByTagNameNS(ATOM, 'title')[0].textContent).toBe(`Dataset ${dataset.version}`);
    expect(first.getElementsByTagNameNS(ATOM, 'updated')[0].textContent).toBe(`${dataset.updated}T00:00:00Z`);
    const hosts = [...first.getElementsByTagName('li')].map((li) => li.textContent);
    expect(hosts.find((t) => t?.startsWith('Russia (RUS): '))).toContain('valid work permits');
    for (const entry of entries) {
      for (const tag of ['id', 'title', 'updated']) expect(entry.getElementsByTagNameNS(ATOM, tag)[0]?.textContent).toBeTruthy();
      expect(entry.getElementsByTagNameNS(ATOM, 'link')[0]?.getAttribute('href')).toBeTruthy();
    }
    const ids = entries.map((e) => e.getElementsByTagNameNS(ATOM, 'id')[0].textContent);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('a page per host', () => {
  it.each(hostPages.map((p) => [p.path, p]))('%s opens on its host, finds its assets and data, and links its twin', (_, { path, host, name }) => {
    // Without the map's 176 paths, which this test does not read: parsing 96 pages stays quick.
    const html = readFileSync(fileOf(path), 'utf8').replace(/<svg class="map"[\s\S]*?<\/svg>/, '');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const app = doc.getElementById('app')!;
    expect(app.dataset.host).toBe(host);
    expect(doc.getElementById('panel-title')?.textContent).toBe(name);
    expect(doc.title).toContain(name);
    expect(meta(doc, 'description')).toContain(name);
    expect(existsSync(target(path, app.dataset.src!))).toBe(true);
    for (const asset of doc.querySelectorAll('script[src], link[rel="stylesheet"]')) {
      const file = target(path, asset.getAttribute('src') ?? asset.getAttribute('href')!);
      expect(existsSync(file), `${path}: ${file} is missing`).toBe(true);
    }
    const twins = [...doc.querySelectorAll('link[hreflang]')].map((l) => target(path, l.getAttribute('href')!));
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    if (config.baseUrl) {
      expect(twins).toEqual([fileOf(`country/${host}/`), fileOf(`ko/country/${host}/`)].map((f) => f.replace(/index\.html$/, '')));
      expect(target(path, canonical!)).toBe(fileOf(path).replace(/index\.html$/, ''));
    } else {
      // Relative canonical and hreflang links are invalid (search engines and Lighthouse read only absolute ones).
      expect(twins).toEqual([]);
      expect(canonical).toBeUndefined();
    }
  });
});

describe('licences', () => {
  it('LICENSES.txt carries the licence text of every runtime dependency (what the bundle ships), and names the dataset’s', () => {
    const text = readFileSync(`${DIST}LICENSES.txt`, 'utf8');
    const runtime = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }).dependencies);
    expect(runtime.length).toBeGreaterThan(0);
    for (const name of runtime) {
      const dir = `node_modules/${name}/`;
      const pkg = JSON.parse(readFileSync(`${dir}package.json`, 'utf8')) as { version: string; license: string };
      expect(text).toContain(`${name} ${pkg.version} (${pkg.license})`);
      const licence = ['LICENSE', 'LICENSE.md', 'LICENSE.txt'].map((f) => `${dir}${f}`).find((f) => existsSync(f))!;
      expect(text).toContain(readFileSync(licence, 'utf8').trim());
    }
    expect(text).toContain(`${dataset.license.name}: ${dataset.license.url}`);
  });

  it.each(['', 'ko/', 'country/QAT/', 'ko/country/QAT/'])('the full page %s links to it from its footer', (path) => {
    const doc = new DOMParser().parseFromString(readFileSync(fileOf(path), 'utf8'), 'text/html');
    expect(target(path, doc.querySelector('footer a[href$="LICENSES.txt"]')!.getAttribute('href')!)).toBe(`${DIST}LICENSES.txt`);
  });
});
