/** Names for what a reader takes away: the file of an image of the map says which view it shows. */

/** Lower-case ASCII words joined by hyphens: "Côte d’Ivoire" → "cote-d-ivoire"; "" when nothing is left. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface ImageView {
  year: number;
  /** The selected host: its English name (the slug), and its id when the name leaves no ASCII. */
  host?: { id: string; name: string };
  /** A region of the world the view is zoomed to, when the page has one. */
  region?: string;
}

/** "dprk-workers-map-2019.png", "dprk-workers-map-2019-gulf-qatar.svg". */
export function imageFileName(view: ImageView, extension: 'png' | 'svg'): string {
  const parts = ['dprk-workers-map', String(view.year)];
  if (view.region) parts.push(asciiSlug(view.region));
  if (view.host) parts.push(asciiSlug(view.host.name) || asciiSlug(view.host.id));
  return `${parts.filter(Boolean).join('-')}.${extension}`;
}
