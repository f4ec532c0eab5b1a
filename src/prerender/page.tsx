/**
 * Renders a page at build time: the same React tree the browser hydrates, so a visitor sees
 * the map, legend, table and sources before (or without) any script.
 */
import { renderToString } from 'react-dom/server';
import { FullApp } from '../app/FullApp';
import { EmbedApp } from '../app/EmbedApp';
import type { Mode } from '../app/use-map-app';
import { textHash } from '../app/load';
import type { Dataset } from '../model/types';
import type { MapLayout } from '../geo/types';
import type { Messages } from '../i18n/en';
import type { NameTable } from '../view/view-model';

export const DATA_PATH = 'data/dataset.json';

/** No inline script, no third-party origin. frame-ancestors cannot be set in a meta tag, so any page may embed us. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export interface PageInput {
  template: string;
  mode: Mode;
  dataset: Dataset;
  datasetText: string;
  layout: MapLayout;
  messages: Messages;
  names?: NameTable;
  /** Where this page finds the dataset, relative to itself. */
  dataPath?: string;
  /** The same page in every language, for hreflang: absolute-path-free relative URLs. */
  alternates?: Array<{ lang: string; href: string }>;
  /** Build output: classic deferred scripts with no crossorigin (a sandboxed embed has an opaque origin, and module scripts would need CORS). */
  production: boolean;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** JSON that cannot close its script element; still the same JSON. */
export const inlineJson = (text: string) => text.replace(/</g, '\\u003c');

export function renderPage({ template, mode, dataset, datasetText, layout, messages, names, production, dataPath = DATA_PATH, alternates = [] }: PageInput): string {
  const App = mode === 'embed' ? EmbedApp : FullApp;
  const appHtml = renderToString(<App dataset={dataset} messages={messages} names={names} layout={layout} dataBase={dataPath.replace(/[^/]*$/, '')} />);
  // The embed carries its own minified copy; the downloadable file stays byte for byte the repository's.
  const inline = mode === 'embed' ? inlineJson(JSON.stringify(dataset)) : undefined;
  const hash = textHash(inline ?? datasetText);
  const title = mode === 'embed' ? messages.embed.frameTitle(dataset.version) : messages.page.title;
  const head = [
    production ? `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">` : '',
    `<title>${escapeHtml(title)}</title>`,
    // Before the application: the prerendered map answers hover, focus and taps at once (public/first.js).
    '<script async src="./first.js"></script>',
    mode === 'full' ? `<link rel="preload" href="${dataPath}" as="fetch" crossorigin>` : '',
    ...alternates.map((a) => `<link rel="alternate" hreflang="${a.lang}" href="${escapeHtml(a.href)}">`),
  ].join('\n    ');
  let html = template
    .replace(/<title>[\s\S]*?<\/title>/, '')
    .replace('<meta charset="utf-8">', `<meta charset="utf-8">\n    ${head}`)
    .replace(
      '<div id="app"></div>',
      `<div id="app" data-mode="${mode}" data-src="${dataPath}" data-hash="${hash}">${appHtml}</div>` +
        (inline ? `\n    <script type="application/json" id="dataset-json">${inline}</script>` : ''),
    );
  if (production) {
    html = html
      .replace(/<script type="module" crossorigin src="([^"]+)"><\/script>/g, '<script defer src="$1"></script>')
      .replace(/<link rel="stylesheet" crossorigin href="([^"]+)">/g, '<link rel="stylesheet" href="$1">');
  }
  html = html.replace('<html lang="en">', `<html lang="${messages.locale}"${mode === 'embed' ? ' class="is-embed"' : ''}>`);
  const description = messages.page.lede;
  html = html.replace(/<meta name="description" content="[^"]*">/, `<meta name="description" content="${escapeHtml(description)}">`);
  return html;
}
