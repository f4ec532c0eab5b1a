/**
 * npm run dev: Vite's dev server with hot reload, and each page prerendered on the fly with the
 * same function the build uses (the browser then hydrates it, as in production).
 */
import { createServer, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadSiteData } from '../src/prerender/site';
import { en } from '../src/i18n/en';
import { renderPage } from '../src/prerender/page';

const root = resolve(import.meta.dirname, '..');

function prerenderInDev(): Plugin {
  return {
    name: 'prerender-in-dev',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        // Read on every request, so a dataset edit shows on reload (an invalid one stops with its errors).
        const site = loadSiteData(resolve(root, 'data/dataset.json'));
        // The dev server serves data/dataset.json as it is (not minified): hash that text, so the page hydrates.
        site.datasetText = readFileSync(resolve(root, 'data/dataset.json'), 'utf8');
        return renderPage({ template: html, mode: ctx.path.startsWith('/embed') ? 'embed' : 'full', production: false, messages: en, ...site });
      },
    },
  };
}

const server = await createServer({ root, configFile: resolve(root, 'vite.config.ts'), plugins: [prerenderInDev()], server: { host: '127.0.0.1', port: 5173 } });
await server.listen();
server.printUrls();
