/**
 * Renders a page at build time: the same React tree the browser hydrates, so a visitor sees
 * the map, legend, table and sources before (or without) any script.
 */
import { renderToString } from 'react-dom/server';
import { FullApp } from '../app/FullApp';
import { EmbedApp } from '../app/EmbedApp';
import type { Mode } from '../app/use-map-app';
import { createHash } from 'node:crypto';
import type { Dataset } from '../model/types';
import type { MapLayout } from '../geo/types';
import type { Messages } from '../i18n/en';
import type { NameTable } from '../view/view-model';
import type { SiteInfo } from '../view/site-info';

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
  /** The same page in every language, for hreflang: absolute URLs (search engines ignore relative ones), none without a base URL. */
  alternates?: Array<{ lang: string; href: string }>;
  /** Build output: classic deferred scripts with no crossorigin (a sandboxed embed has an opaque origin, and module scripts would need CORS). */
  production: boolean;
  /** A host page: the host it opens on. */
  initialHost?: string;
  /** From this page to its language's root ("../../" on a host page), for assets and other pages. */
  pageRoot?: string;
  site?: SiteInfo;
  meta?: PageMeta;
}

/** Title, description, canonical link, share card and feed link of one page. */
export interface PageMeta {
  title: string;
  description: string;
  canonical: string;
  feed: { href: string; title: string };
  image: { href: string; width: number; height: number; alt: string };
  /**
   * No base URL is configured: the card's URL is relative (most platforms need an absolute one),
   * and the canonical link is left out, as search engines read only absolute ones.
   */
  imageRelative: boolean;
  ogLocale: string;
  siteName: string;
}

function metaTags(meta: PageMeta): string[] {
  const og = (property: string, content: string | number) => `<meta property="${property}" content="${escapeHtml(String(content))}">`;
  return [
    ...(meta.imageRelative ? [] : [`<link rel="canonical" href="${escapeHtml(meta.canonical)}">`]),
    `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(meta.feed.title)}" href="${escapeHtml(meta.feed.href)}">`,
    og('og:type', 'website'),
    og('og:site_name', meta.siteName),
    og('og:title', meta.title),
    og('og:description', meta.description),
    og('og:locale', meta.ogLocale),
    ...(meta.imageRelative ? [] : [og('og:url', meta.canonical)]),
    ...(meta.imageRelative ? ['<!-- No canonical or hreflang links, and og:image is relative: set "baseUrl" in site.config.json for the absolute URLs they need. -->'] : []),
    og('og:image', meta.image.href),
    og('og:image:type', 'image/png'),
    og('og:image:width', meta.image.width),
    og('og:image:height', meta.image.height),
    og('og:image:alt', meta.image.alt),
    '<meta name="twitter:card" content="summary_large_image">',
  ];
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** JSON that cannot close its script element; still the same JSON. */
export const inlineJson = (text: string) => text.replace(/</g, '\\u003c');

export function renderPage({ template, mode, dataset, datasetText, layout, messages, names, production, dataPath = DATA_PATH, alternates = [], initialHost, pageRoot = '', site, meta }: PageInput): string {
  const App = mode === 'embed' ? EmbedApp : FullApp;
  const appHtml = renderToString(<App dataset={dataset} messages={messages} names={names} layout={layout} dataBase={dataPath.replace(/[^/]*$/, '')} initialHost={initialHost} pageRoot={pageRoot} site={site} />);
  // The embed carries its own minified copy; the downloadable file stays byte for byte the repository's.
  const inline = mode === 'embed' ? inlineJson(JSON.stringify(dataset)) : undefined;
  // What the page checks the data it loads against (src/app/load.ts): SHA-256 of the UTF-8 text.
  const hash = createHash('sha256').update(inline ?? datasetText, 'utf8').digest('hex');
  const title = meta?.title ?? (mode === 'embed' ? messages.embed.frameTitle(dataset.version) : messages.page.title);
  const head = [
    production ? `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">` : '',
    `<title>${escapeHtml(title)}</title>`,
    // Before the application: the prerendered map answers hover, focus and taps at once (public/first.js).
    `<script async src="${pageRoot || './'}first.js"></script>`,
    mode === 'full' ? `<link rel="preload" href="${dataPath}" as="fetch" crossorigin>` : '',
    ...alternates.map((a) => `<link rel="alternate" hreflang="${a.lang}" href="${escapeHtml(a.href)}">`),
    ...(meta ? metaTags(meta) : []),
  ].join('\n    ');
  const appAttributes = [
    `data-mode="${mode}"`, `data-src="${dataPath}"`, `data-hash="${hash}"`,
    ...(initialHost ? [`data-host="${escapeHtml(initialHost)}"`, `data-root="${escapeHtml(pageRoot)}"`] : []),
  ].join(' ');
  // The site configuration the about section shows, read back at hydration (a data block, not a script).
  const siteJson = site && mode === 'full' ? `\n    <script type="application/json" id="site-json">${inlineJson(JSON.stringify(site))}</script>` : '';
  let html = template
    .replace(/<title>[\s\S]*?<\/title>/, '')
    .replace('<meta charset="utf-8">', `<meta charset="utf-8">\n    ${head}`)
    .replace(
      '<div id="app"></div>',
      `<div id="app" ${appAttributes}>${appHtml}</div>` +
        (inline ? `\n    <script type="application/json" id="dataset-json">${inline}</script>` : '') + siteJson,
    );
  // A nested page (country/QAT/) reaches the assets of its language's root.
  if (pageRoot) html = html.replace(/(src|href)="\.\/assets\//g, `$1="${pageRoot}assets/`);
  if (production) {
    html = html
      .replace(/<script type="module" crossorigin src="([^"]+)"><\/script>/g, '<script defer src="$1"></script>')
      .replace(/<link rel="stylesheet" crossorigin href="([^"]+)">/g, '<link rel="stylesheet" href="$1">');
  }
  html = html.replace('<html lang="en">', `<html lang="${messages.locale}"${mode === 'embed' ? ' class="is-embed"' : ''}>`);
  const description = meta?.description ?? messages.page.lede;
  html = html.replace(/<meta name="description" content="[^"]*">/, `<meta name="description" content="${escapeHtml(description)}">`);
  return html;
}
