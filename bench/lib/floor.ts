/**
 * The floor: the least a page can do for a hover, measured the way the pages are. A static page
 * with a grid of rectangles in an svg.map, and a tooltip whose text and position one listener
 * sets on pointermove. No framework, no layout to speak of. What it shows is what this machine,
 * this browser and the bench's own stamps cost: no map can hover faster than the floor here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const COLUMNS = 4;
const CELL = { width: 200, height: 150, gap: 20 };

/** The page, with one rectangle per id (data-id, as the peer's paths): the bench finds them in "ids" mode. */
export function floorHtml(ids: readonly string[]): string {
  const rows = Math.ceil(ids.length / COLUMNS);
  const width = COLUMNS * (CELL.width + CELL.gap);
  const height = rows * (CELL.height + CELL.gap);
  const paths = ids.map((id, i) => {
    const x = (i % COLUMNS) * (CELL.width + CELL.gap);
    const y = Math.floor(i / COLUMNS) * (CELL.height + CELL.gap);
    return `<path data-id="${id}" data-name="Place ${i + 1}" d="M${x} ${y}h${CELL.width}v${CELL.height}h-${CELL.width}z"/>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Floor: the least a page can do for a hover</title>
<style>
body { margin: 0; font: 16px/1.4 system-ui, sans-serif; }
.map { display: block; width: ${width}px; height: ${height}px; margin: 1rem; }
.map path { fill: #cfcfcf; }
.tip { position: fixed; left: 0; top: 0; pointer-events: none; background: #fff; border: 1px solid #999; padding: 4px 8px; }
</style>
</head>
<body>
<svg class="map" viewBox="0 0 ${width} ${height}">${paths.join('')}</svg>
<div class="tip" role="tooltip"></div>
<script>
const tip = document.querySelector('.tip');
document.querySelector('svg.map').addEventListener('pointermove', (e) => {
  const name = e.target.getAttribute('data-name');
  if (!name) return;
  if (tip.textContent !== name) tip.textContent = name;
  tip.style.transform = 'translate(' + (e.clientX + 12) + 'px,' + (e.clientY + 12) + 'px)';
});
</script>
</body>
</html>
`;
}

/** Writes the page into `dir`, which the bench serves. */
export function writeFloor(dir: string, ids: readonly string[]): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, 'index.html'), floorHtml(ids));
}
