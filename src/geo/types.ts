export type Point = [number, number];

/** Markers are 24 CSS px across: radius 12, in map units at the 960 px reference width and in CSS px on screen. */
export const MARKER_RADIUS = 12;

/** One country outline, projected and serialised for the page. */
export interface Shape {
  /** world-atlas id (ISO 3166-1 numeric), or x<index> for the few shapes without one. */
  id: string;
  name: string;
  d: string;
  /** Projected centre; carried to the page only for shapes that join to a host (nearest-hover). */
  centroid?: Point;
}

/** Everything the page needs to draw the map; produced at build time, read back from the DOM. */
export interface MapLayout {
  width: number;
  height: number;
  shapes: Shape[];
  /** Marker positions by host id: territories, hosts too small to hover, hosts world-atlas 110m lacks. */
  markers: Record<string, Marker>;
  /** Countries too small for the 110m shapes (Bahrain, Malta...): named for search, not drawn. */
  places: Array<{ id: string; name: string }>;
}

export interface Marker {
  /** Where the host really is. */
  anchor: Point;
  /** Where the marker is drawn, moved off its neighbours; a leader line joins the two. */
  at: Point;
}
