/**
 * The image of the current view, made from the map the page draws: a copy of its SVG with every
 * colour written out (the file has no stylesheet), without what only the page needs (focus,
 * roles, ARIA, data attributes, the hover outline; the map's labels stay, with their font and halo), with the title, the "as of" line, the legend
 * and a credit line around it. PNG: that SVG drawn on a canvas at twice its size.
 *
 * Loaded on demand as its own script (see load.ts): none of it is in the page's bundle.
 */
import type { ImageExportApi, ImageFile, ImageRequest } from './types';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
/** Inherited paint properties: written where they differ from the parent's. */
const INHERITED = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-linejoin', 'paint-order', 'font-family', 'font-size', 'font-weight'] as const;
/** Not inherited: written where they differ from their initial value. */
const OWN: Record<string, string> = { opacity: '1', 'vector-effect': 'none', 'mask-image': 'none' };
const PAGE_ONLY = /^(tabindex|role|focusable|hidden|aria-.+|data-.+)$/;
const PAD = 16;

/** url("https://host/page#pat-unknown") → url(#pat-unknown): references stay inside the file. */
const localUrls = (value: string) => value.replace(/url\(\s*(['"]?)[^)'"#]*(#[^)'"]+)\1\s*\)/g, 'url($2)');

const drawn = (el: Element) =>
  !el.hasAttribute('hidden') && getComputedStyle(el).display !== 'none' && !el.classList.contains('outline-hover') && !(el.classList.contains('outline') && !el.getAttribute('d'));

/** Writes the computed paint of `source` and its descendants onto `copy`, a deep clone of it. */
function writeStyles(source: Element, copy: Element, parent?: Map<string, string>) {
  const style = getComputedStyle(source);
  const own = new Map<string, string>();
  for (const p of [...INHERITED, 'mask']) copy.removeAttribute(p);
  for (const p of INHERITED) {
    const value = localUrls(style.getPropertyValue(p));
    own.set(p, value);
    if (value && parent?.get(p) !== value) copy.setAttribute(p, value);
  }
  for (const [p, initial] of Object.entries(OWN)) {
    const value = style.getPropertyValue(p);
    if (value && value !== initial) copy.setAttribute(p === 'mask-image' ? 'mask' : p, localUrls(value));
  }
  for (const name of copy.getAttributeNames()) if (PAGE_ONLY.test(name)) copy.removeAttribute(name);
  const children = [...source.children];
  const copies = [...copy.children];
  children.forEach((child, i) => {
    if (drawn(child)) writeStyles(child, copies[i], own);
    else copies[i].remove();
  });
}

function svgElement<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Greedy line breaking at spaces, measured in the font the image uses. */
function wrap(text: string, font: string, width: number): string[] {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return [text];
  ctx.font = font;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function textWidth(text: string, font: string): number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return text.length * 8;
  ctx.font = font;
  return ctx.measureText(text).width;
}

/** The legend's entries as the page shows them: each swatch (with its colours) and its words. */
function legendItems(legend: Element | null): Array<{ swatch: Element; text: string }> {
  if (!legend) return [];
  return [...legend.querySelectorAll('li')].flatMap((li) => {
    const swatch = li.querySelector('svg.swatch');
    if (!swatch) return [];
    const copy = swatch.cloneNode(true) as Element;
    writeStyles(swatch, copy);
    copy.removeAttribute('class');
    return [{ swatch: copy, text: (li.textContent ?? '').replace(/\s+/g, ' ').trim() }];
  });
}

/** The standalone SVG document of the view, and its size in CSS pixels. */
export function composeSvg(request: ImageRequest): { svg: SVGSVGElement; width: number; height: number } {
  const { map, legend } = request;
  const box = map.viewBox.baseVal;
  const width = box.width;
  const page = getComputedStyle(document.body);
  // The page's background is set on the root element (styles.css :root); the body is transparent.
  const background = [document.body, document.documentElement].map((el) => getComputedStyle(el).backgroundColor).find((c) => !/^(transparent|rgba\(.*,\s*0\))$/.test(c)) ?? '#fff';
  const frame = map.parentElement ? getComputedStyle(map.parentElement) : page;
  const family = page.fontFamily || 'sans-serif';
  const ink = page.color || '#000';
  const muted = legend?.querySelector('.legend-count') ? getComputedStyle(legend.querySelector('.legend-count')!).color : ink;
  const text = (x: number, y: number, size: number, content: string, extra: Record<string, string | number> = {}) =>
    svgElement('text', { x, y, 'font-size': size, 'font-family': family, fill: ink, ...extra }, content);

  const root = svgElement('svg', {});
  root.setAttributeNS(XML_NS, 'xml:lang', request.lang);
  const parts: SVGElement[] = [];
  let y = PAD + 22;
  parts.push(text(PAD, y, 22, request.title, { 'font-weight': 700 }));
  y += 24;
  parts.push(text(PAD, y, 15, request.asOf));
  if (request.selected) {
    for (const line of wrap(request.selected, `14px ${family}`, width - 2 * PAD)) {
      y += 20;
      parts.push(text(PAD, y, 14, line));
    }
  }
  y += 12;

  const copy = map.cloneNode(true) as SVGSVGElement;
  writeStyles(map, copy);
  const mapHeight = box.height;
  for (const [k, v] of Object.entries({ x: 0, y, width, height: mapHeight })) copy.setAttribute(k, String(v));
  parts.push(svgElement('rect', { x: 0, y, width, height: mapHeight, fill: frame.backgroundColor || 'none' }), copy);
  y += mapHeight + 10;

  const legendFont = `13px ${family}`;
  let x = PAD;
  y += 4;
  for (const item of legendItems(legend)) {
    const itemWidth = 22 + textWidth(item.text, legendFont) + 18;
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      y += 22;
    }
    const swatch = svgElement('svg', { x, y, width: 16, height: 16, viewBox: '0 0 16 16' });
    swatch.append(...item.swatch.childNodes);
    parts.push(swatch, text(x + 22, y + 12.5, 13, item.text));
    x += itemWidth;
  }
  y += 22 + 12;
  for (const line of wrap(request.credit, `11px ${family}`, width - 2 * PAD)) {
    y += 15;
    parts.push(text(PAD, y, 11, line, { fill: muted }));
  }
  const height = Math.ceil(y + PAD);
  for (const [k, v] of Object.entries({ width, height, viewBox: `0 0 ${width} ${height}` })) root.setAttribute(k, String(v));
  root.append(svgElement('title', {}, `${request.title}, ${request.asOf}`), svgElement('desc', {}, request.credit));
  root.append(svgElement('rect', { width, height, fill: background }), ...parts);
  return { svg: root, width, height };
}

const serialize = (svg: SVGSVGElement) => `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;

async function rasterize(svgText: string, width: number, height: number, scale: number): Promise<Blob> {
  // A data: URL, which the page's Content-Security-Policy (img-src 'self' data:) allows; a blob: URL would need a new exception.
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(scale, scale);
  ctx.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))), 'image/png'));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Uint8Array) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** A PNG iTXt chunk (UTF-8 text, uncompressed, no language tag): the credit travels inside the file too. */
function textChunk(keyword: string, text: string): Uint8Array<ArrayBuffer> {
  const utf8 = new TextEncoder();
  const body = new Uint8Array([...utf8.encode(`iTXt${keyword}`), 0, 0, 0, 0, 0, ...utf8.encode(text)]);
  const chunk = new Uint8Array(body.length + 8);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, body.length - 4);
  chunk.set(body, 4);
  view.setUint32(body.length + 4, crc32(body));
  return chunk;
}

/** The PNG with text chunks after its header (8 bytes of signature, 25 of IHDR). */
const withText = (png: Blob, entries: Array<[string, string]>): Blob =>
  new Blob([png.slice(0, 33), ...entries.map(([k, v]) => textChunk(k, v)), png.slice(33)], { type: 'image/png' });

function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the URL; give the browser time to read it before it goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function makeImage(request: ImageRequest): Promise<ImageFile> {
  const { svg, width, height } = composeSvg(request);
  const svgText = serialize(svg);
  if (request.format === 'svg') return { blob: new Blob([svgText], { type: 'image/svg+xml' }), width, height };
  const scale = 2;
  const png = await rasterize(svgText, width, height, scale);
  const description = [request.title, request.asOf, request.selected].filter(Boolean).join('. ');
  return { blob: withText(png, [['Title', request.title], ['Description', description], ['Copyright', request.credit]]), width: width * scale, height: Math.round(height * scale) };
}

export const imageExport: ImageExportApi = {
  async downloadImage(request) {
    const file = await makeImage(request);
    save(file.blob, request.fileName);
    return file;
  },
};
