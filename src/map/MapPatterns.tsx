/** Pattern fills for the classes that are not a number, so they differ without colour. */
export function MapPatterns() {
  return (
    <defs>
      <pattern id="pat-unknown" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
        <rect className="pat-unknown-bg" width="5" height="5" />
        <rect className="pat-unknown-fg" width="2" height="5" />
      </pattern>
      <pattern id="pat-restaurants" patternUnits="userSpaceOnUse" width="5" height="5">
        <rect className="pat-restaurants-bg" width="5" height="5" />
        <circle className="pat-restaurants-fg" cx="2.5" cy="2.5" r="1.3" />
      </pattern>
      <pattern id="pat-withdrawn" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(-45)">
        <rect className="pat-withdrawn-bg" width="6" height="6" />
        <rect className="pat-withdrawn-fg" width="1.2" height="6" />
      </pattern>
    </defs>
  );
}
