/**
 * After `vite build`: renders dist/index.html (full map) and dist/embed.html (embed) from the
 * built template, and writes the dataset downloads into dist/data/.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadSiteData } from '../src/prerender/site';
import { renderPage } from '../src/prerender/page';
import { datasetToCsv } from '../src/model/csv';
import { en } from '../src/i18n/en';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const site = loadSiteData(resolve(root, 'data/dataset.json'));
for (const mode of ['full', 'embed'] as const) {
  // Each page has its own template from its own Vite build (the embed's bundle leaves out search, dialog and about).
  const file = resolve(dist, mode === 'full' ? 'index.html' : 'embed.html');
  const template = readFileSync(file, 'utf8');
  if (!template.includes('<div id="app"></div>')) throw new Error(`${file} has no <div id="app"></div> to render into.`);
  writeFileSync(file, renderPage({ template, mode, production: true, messages: en, ...site }));
}
mkdirSync(resolve(dist, 'data'), { recursive: true });
writeFileSync(resolve(dist, 'data/dataset.json'), site.datasetText);
writeFileSync(resolve(dist, 'data/dataset.csv'), datasetToCsv(site.dataset));
copyFileSync(resolve(root, 'data/dataset.schema.json'), resolve(dist, 'data/dataset.schema.json'));
copyFileSync(resolve(root, 'data/CHANGELOG.md'), resolve(dist, 'data/CHANGELOG.md'));
console.log(`prerendered index.html and embed.html: ${site.layout.shapes.length} shapes, ${Object.keys(site.layout.markers).length} markers, dataset v${site.dataset.version}`);
