/**
 * Share cards: 1200 × 630 SVG made from the same map the page shows (the WorldMap component with
 * its light-palette presentation attributes), with a title, the "as of" year and a credit line.
 * scripts/prerender.ts rasterises them to PNG at build time; nothing here ships to readers.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { WorldMap } from '../map/WorldMap';
import { FALLBACK_BORDER } from '../map/palette';
import { createStore } from '../view/store';
import type { ViewModel } from '../view/view-model';
import type { MapLayout } from '../geo/types';
import { MARKER_RADIUS } from '../geo/types';
import { SITE_CONFIG_FILE, type SiteInfo } from '../view/site-info';

/** The cards are English (see scripts/prerender.ts): the deployer's placeholder is too. */
export const PUBLISHER_PLACEHOLDER = `PUBLISHER NAME — set "publisher" in ${SITE_CONFIG_FILE}`;

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const MAP_TOP = 128;
const MAP_BOTTOM = CARD_HEIGHT - 52;
const FONT = "font-family=\"'DejaVu Sans', 'Liberation Sans', Arial, sans-serif\"";

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The map as the page draws it, placed in the card's map area, with the chosen host ringed. */
function mapSvg(layout: MapLayout, model: ViewModel, hostId: string | undefined): { svg: string; box: { x: number; y: number; scale: number } } {
  const store = createStore({ hover: null, selected: hostId ?? null, year: model.year });
  const markup = renderToStaticMarkup(<WorldMap layout={layout} model={model} store={store} labelId="t" descriptionId="d" labels={false} overlay={false} />);
  const scale = Math.min(CARD_WIDTH / layout.width, (MAP_BOTTOM - MAP_TOP) / layout.height);
  const width = layout.width * scale;
  const height = layout.height * scale;
  const x = (CARD_WIDTH - width) / 2;
  let highlight = '';
  const view = hostId ? model.byId.get(hostId) : undefined;
  if (view) {
    const marker = layout.markers[view.host.id];
    const shape = layout.shapes.find((s) => s.id === view.host.isoNumeric);
    highlight = marker
      ? `<circle cx="${marker.at[0]}" cy="${marker.at[1]}" r="${MARKER_RADIUS + 6}" fill="none" stroke="${FALLBACK_BORDER}" stroke-width="4"/>`
      : shape
        ? `<path d="${shape.d}" fill="none" stroke="${FALLBACK_BORDER}" stroke-width="3" stroke-linejoin="round"/>`
        : '';
  }
  // HTML serialisers may write a boolean attribute bare (`hidden`); the card is XML.
  const svg = markup
    .replace(/ hidden(?=[ >])/g, ' hidden=""')
    .replace(/^<svg /, `<svg x="${x.toFixed(1)}" y="${MAP_TOP}" width="${width.toFixed(1)}" height="${height.toFixed(1)}" `)
    .replace(/<\/svg>$/, `${highlight}</svg>`);
  return { svg, box: { x, y: MAP_TOP, scale } };
}

export interface CardInput {
  layout: MapLayout;
  model: ViewModel;
  site: SiteInfo;
  /** The host the card is about; none for the world card. */
  hostId?: string;
}

/** The card as an SVG document, in the model's language (its messages). */
export function cardSvg({ layout, model, site, hostId }: CardInput): string {
  const m = model.messages;
  const d = model.dataset;
  const view = hostId ? model.byId.get(hostId) : undefined;
  const title = view ? view.name : m.page.title;
  const subtitle = view ? `${m.legend.title(model.year)}: ${view.headline}` : `${m.legend.title(model.year)} · ${m.share.cardHosts(model.hosts.length)}`;
  const credit = m.share.cardCredit(d.version, d.updated, site.datasetLicense.name, site.publisher ?? PUBLISHER_PLACEHOLDER);
  const { svg } = mapSvg(layout, model, hostId);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>`,
    `<text x="48" y="66" ${FONT} font-size="44" font-weight="bold" fill="#1a1a1a">${escapeXml(title)}</text>`,
    `<text x="48" y="108" ${FONT} font-size="26" fill="#333333">${escapeXml(subtitle)}</text>`,
    view ? `<text x="${CARD_WIDTH - 48}" y="66" ${FONT} font-size="22" text-anchor="end" fill="#555555">${escapeXml(m.page.title)}</text>` : '',
    svg,
    `<text x="48" y="${CARD_HEIGHT - 20}" ${FONT} font-size="17" fill="#444444">${escapeXml(credit)}</text>`,
    '</svg>',
  ].join('\n');
}
