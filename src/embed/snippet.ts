/** The embed code an article pastes: an iframe that looks right alone, plus the height loader. */
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

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedSnippet(pageUrl: string, version: string, hostId?: string, options: { year?: number; title?: string; region?: string } = {}): string {
  const base = new URL('./', pageUrl);
  const src = new URL('embed.html', base);
  if (options.year !== undefined) src.searchParams.set('year', String(options.year));
  if (options.region) src.searchParams.set('region', options.region);
  if (hostId) src.hash = hostId;
  const loader = new URL('embed.js', base);
  const title = options.title ?? `Map: North Korean overseas workers by host country (dataset v${version})`;
  return [
    `<iframe src="${escapeAttr(src.href)}" title="${escapeAttr(title)}" ${EMBED_ATTRIBUTE}`,
    `  style="width:100%;max-width:100%;aspect-ratio:3/2;min-height:420px;border:0" loading="lazy"`,
    `  sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>`,
    `<script async src="${escapeAttr(loader.href)}"></script>`,
  ].join('\n');
}
