/** Region views: a viewBox of the same map (the build projects them: src/geo/regions.ts). */
import type { MapLayout } from '../geo/types';

export const WORLD = 'world';

/** The viewBox [x, y, width, height] of a region; the whole world for "world" or an unknown id. */
export function viewBoxOf(layout: Pick<MapLayout, 'width' | 'height' | 'regions'>, region: string): [number, number, number, number] {
  return layout.regions.find((r) => r.id === region)?.box ?? [0, 0, layout.width, layout.height];
}

/** Every view the map offers, the world first. */
export const regionIds = (layout: Pick<MapLayout, 'regions'>): string[] => [WORLD, ...layout.regions.map((r) => r.id)];
