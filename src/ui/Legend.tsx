import type { ViewModel } from '../app/model';
import { LEGEND } from '../data/scale';

/** Every map class with its swatch and how many hosts fall in it. */
export function Legend({ model }: { model: ViewModel }) {
  return (
    <figure className="legend" aria-labelledby="legend-title">
      <figcaption id="legend-title">DPRK workers, latest estimate</figcaption>
      <ul>
        {LEGEND.map((entry) => (
          <li key={entry.cls}>
            <svg className="swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <rect className={`c-${entry.cls}`} x="0.5" y="0.5" width="15" height="15" />
            </svg>
            <span>{entry.label}</span>
            {entry.cls !== 'none' && <span className="legend-count"> ({model.classCounts[entry.cls]})</span>}
          </li>
        ))}
      </ul>
    </figure>
  );
}
