/** The embed code an article pastes: an iframe that looks right alone, plus the height loader. */
import { DEFAULT_THEME, THEME_PARAM, type Theme } from './theme';

export const EMBED_ATTRIBUTE = 'data-dprk-workers-map';
export const RESIZE_MESSAGE_TYPE = 'dprk-workers-map:resize';
/** The loader's question, "post your height again": an async loader can start after the first report. */
export const REQUEST_MESSAGE_TYPE = 'dprk-workers-map:request-height';
export const PROTOCOL_VERSION = 1;
/**
 * The fragment parameter that carries the loader's per-frame token into the embed
 * (`embed.html#CHN&embed-token=…`). The embed echoes the token in every resize message; the
 * loader accepts only messages that carry the token it gave that iframe (docs/EMBED.md).
 */
export const TOKEN_PARAM = 'embed-token';
/**
 * The frame's height without the loader, as a plain `height` attribute (a strict CSP drops a
 * style attribute, never this). The embed is tallest at about 700 px in a 360 px column (the
 * legend wraps) and at 1000 px and wider (the map stops growing there); its details open in a
 * sheet inside the frame, so this holds whatever the reader selects (tests/e2e/embed.spec.ts).
 */
export const DEFAULT_FRAME_HEIGHT = 860;
/** Where each language's pages are, relative to the site's root (scripts/prerender.ts writes them there). */
export const LANGUAGE_DIRS: Readonly<Record<string, string>> = { en: '', ko: 'ko/' };
/** Where every release keeps its pages and dataset, for good: `v/<dataset version>/`. */
export const PINNED_DIR = 'v/';

export interface EmbedOptions {
  /** The host the embed opens on (its id: ISO3 or the dataset's own). */
  host?: string;
  year?: number;
  /** A region view (`europe`...), when not the whole world. */
  region?: string;
  theme?: Theme;
  /** Pinned to this dataset version (`v/<version>/embed.html`) rather than the live one. */
  pinned?: boolean;
  title?: string;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The folder of the chosen pages, live or pinned. `pagesBase` is the folder of the pages in the
 * chosen language (`…/` or `…/ko/`, live or already pinned); `languageDir` is '' or 'ko/'.
 */
export function pagesFolder(pagesBase: string, languageDir: string, version: string, pinned: boolean): URL {
  let root = new URL(languageDir ? '../' : './', pagesBase);
  // From a pinned page, the live pages are two folders up.
  if (/\/v\/[^/]+\/$/.test(root.pathname)) root = new URL('../../', root);
  return new URL(`${pinned ? `${PINNED_DIR}${encodeURIComponent(version)}/` : ''}${languageDir}`, root);
}

/** The embed's URL for the options: ?year=&theme= (defaults left out) and #HOST. */
export function embedUrl(folder: URL, options: EmbedOptions = {}): URL {
  const src = new URL('embed.html', folder);
  if (options.year !== undefined) src.searchParams.set('year', String(options.year));
  if (options.region) src.searchParams.set('region', options.region);
  if (options.theme && options.theme !== DEFAULT_THEME) src.searchParams.set(THEME_PARAM, options.theme);
  if (options.host) src.hash = options.host;
  return src;
}

export function embedSnippet(folder: URL, version: string, options: EmbedOptions = {}): string {
  const src = embedUrl(folder, options);
  // The loader speaks the same protocol in every release: the live one serves pinned embeds too.
  const loader = new URL('embed.js', pagesFolder(folder.href, /\/ko\/$/.test(folder.pathname) ? 'ko/' : '', version, false));
  const title = options.title ?? `Map: North Korean overseas workers by host country (dataset v${version})`;
  // No style attribute (a strict CSP drops it), no loading="lazy" (a lazy frame is sized only
  // once it nears the viewport, then jumps): docs/EMBED.md.
  return [
    `<iframe src="${escapeAttr(src.href)}" title="${escapeAttr(title)}" ${EMBED_ATTRIBUTE}`,
    `  width="100%" height="${DEFAULT_FRAME_HEIGHT}" frameborder="0"`,
    `  sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>`,
    `<script async src="${escapeAttr(loader.href)}"></script>`,
  ].join('\n');
}
