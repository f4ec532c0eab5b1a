import { FALLBACK_PATTERN } from './palette';

/** Pattern fills for the classes that are not a number, so they differ without colour; and the hatch that marks an old figure. */
export function MapPatterns({ width, height }: { width: number; height: number }) {
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
      {/* An old figure keeps its class colour in stripes of full and faded strength: hatched in its own colour. */}
      <pattern id="pat-stale" patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
        <rect width="4" height="4" fill="#fff" fillOpacity="0.45" />
        <rect width="2.2" height="4" fill="#fff" />
      </pattern>
      <mask id="mask-stale" maskUnits="userSpaceOnUse" x="0" y="0" width={width} height={height}>
        <rect width={width} height={height} fill="url(#pat-stale)" />
      </mask>
    </defs>
  );
}
