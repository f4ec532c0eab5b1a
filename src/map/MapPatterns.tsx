import { memo } from 'react';
import { FALLBACK_PATTERN } from './palette';

/** Pattern fills for the classes that are not a number, so they differ without colour; and the hatch that marks an old figure. */
/** Classes that a figure colours, and so can be old. */
const STALE_CLASSES = ['bin-0', 'bin-1', 'bin-2', 'bin-3', 'bin-4'] as const;

/** The same on every render: a year change does not diff it. */
export const MapPatterns = memo(function MapPatterns() {
  return (
    <defs>
      <pattern id="pat-unknown" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
        <rect className="pat-unknown-bg" fill={FALLBACK_PATTERN['pat-unknown-bg']} width="5" height="5" />
        <rect className="pat-unknown-fg" fill={FALLBACK_PATTERN['pat-unknown-fg']} width="2" height="5" />
      </pattern>
      <pattern id="pat-restaurants" patternUnits="userSpaceOnUse" width="5" height="5">
        <rect className="pat-restaurants-bg" fill={FALLBACK_PATTERN['pat-restaurants-bg']} width="5" height="5" />
        <circle className="pat-restaurants-fg" fill={FALLBACK_PATTERN['pat-restaurants-fg']} cx="2.5" cy="2.5" r="1.3" />
      </pattern>
      <pattern id="pat-withdrawn" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(-45)">
        <rect className="pat-withdrawn-bg" fill={FALLBACK_PATTERN['pat-withdrawn-bg']} width="6" height="6" />
        <rect className="pat-withdrawn-fg" fill={FALLBACK_PATTERN['pat-withdrawn-fg']} width="1.2" height="6" />
      </pattern>
      {/* An old figure keeps its class colour in stripes of full and faded strength: hatched in its own colour.
          A pattern per class, not a mask: a mask over the map cost ten times the raster work on every repaint. */}
      {STALE_CLASSES.map((cls) => (
        <pattern key={cls} id={`stale-${cls}`} patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
          <rect className={`c-${cls}`} width="4" height="4" fillOpacity="0.45" />
          <rect className={`c-${cls}`} width="2.2" height="4" />
        </pattern>
      ))}
    </defs>
  );
});
