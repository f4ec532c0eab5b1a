/**
 * After the four `vite build`s: renders each page (full map and embed, in English and Korean)
 * from its built template, and writes the dataset downloads into dist/data/.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadSiteData } from '../src/prerender/site';
import { renderPage } from '../src/prerender/page';
import { datasetToCsv } from '../src/model/csv';
import { en } from '../src/i18n/en';
import { ko } from '../src/i18n/ko';
import { NAMES_KO } from '../src/i18n/names-ko';
import { PINNED_DIR } from '../src/embed/snippet';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const site = loadSiteData(resolve(root, 'data/dataset.json'));
const locales = [
  { messages: en, names: undefined, dir: '', up: '' },
  { messages: ko, names: NAMES_KO, dir: 'ko/', up: '../' },
];
const rendered: string[] = [];
for (const { messages, names, dir, up } of locales) {
  for (const mode of ['full', 'embed'] as const) {
    // Each page has its own template from its own Vite build (the embed's bundle leaves out search, dialog and about).
    const name = mode === 'full' ? 'index.html' : 'embed.html';
    const file = resolve(dist, dir, name);
    if (!existsSync(file)) throw new Error(`${file} is missing: run the four vite builds first (npm run build).`);
    const template = readFileSync(file, 'utf8');
    if (!template.includes('<div id="app"></div>')) throw new Error(`${file} has no <div id="app"></div> to render into.`);
    // hreflang both ways: each page names itself and its counterpart, relative to itself.
    const alternates = locales.map((l) => ({ lang: l.messages.locale, href: `${up}${l.dir}${mode === 'full' ? '' : name}` || './' }));
    writeFileSync(file, renderPage({ template, mode, production: true, messages, names, dataPath: `${up}data/dataset.json`, alternates, ...site }));
    rendered.push(`${dir}${name}`);
  }
}
mkdirSync(resolve(dist, 'data'), { recursive: true });
writeFileSync(resolve(dist, 'data/dataset.json'), site.datasetText);
writeFileSync(resolve(dist, 'data/dataset.csv'), datasetToCsv(site.dataset));
copyFileSync(resolve(root, 'data/dataset.schema.json'), resolve(dist, 'data/dataset.schema.json'));
copyFileSync(resolve(root, 'data/CHANGELOG.md'), resolve(dist, 'data/CHANGELOG.md'));
// This release, for good: pinned embed codes point at v/<version>/. Every URL in the pages is
// relative, so the copy works from that folder. The build starts from an empty dist/, so a
// deployment keeps the v/ folders of earlier releases itself (docs/EMBED.md).
const pinned = resolve(dist, PINNED_DIR, site.dataset.version);
for (const entry of readdirSync(dist)) {
  if (`${entry}/` !== PINNED_DIR) cpSync(resolve(dist, entry), resolve(pinned, entry), { recursive: true });
}
console.log(`pinned a copy at dist/${PINNED_DIR}${site.dataset.version}/`);
console.log(`prerendered ${rendered.join(', ')}: ${site.layout.shapes.length} shapes, ${Object.keys(site.layout.markers).length} markers, dataset v${site.dataset.version}`);
