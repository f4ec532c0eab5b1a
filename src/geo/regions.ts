/**
 * Build time: the region views, as longitude/latitude boxes. The build projects each into a
 * viewBox of the world map with the world view's proportions, so switching views never
 * changes the map's height.
 */
export const REGION_BOUNDS: ReadonlyArray<{ id: string; west: number; east: number; south: number; north: number }> = [
  { id: 'europe', west: -12, east: 45, south: 34, north: 62 },
  { id: 'middle-east', west: 25, east: 63, south: 11, north: 42 },
  { id: 'east-asia', west: 88, east: 146, south: -10, north: 54 },
  { id: 'africa', west: -20, east: 55, south: -36, north: 38 },
];
