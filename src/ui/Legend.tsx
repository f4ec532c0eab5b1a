import { memo } from 'react';
import type { ViewModel } from '../view/view-model';
import type { MapClass } from '../model/scale';
import { binLabel } from '../i18n/format';

/** Every map class with its swatch and how many hosts fall in it, as of the chosen year; read from the one class scale. */
function LegendView({ model }: { model: ViewModel }) {
  const m = model.messages;
  const words: Record<Exclude<MapClass, `bin-${number}`>, string> = {
    unknown: m.legend.unknown, restaurants: m.legend.restaurants, withdrawn: m.legend.withdrawn, none: m.legend.none,
  };
  const bins = new Map(model.scale.bins.map((b) => [b.cls as MapClass, binLabel(m, b)]));
  return (
    <figure className="legend" aria-labelledby="legend-title">
      <figcaption id="legend-title">{m.legend.title(model.year)}</figcaption>
      <ul>
        {model.scale.classes.map((cls) => (
          <li key={cls} data-class={cls}>
            <svg className="swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <rect className={`c-${cls}`} x="0.5" y="0.5" width="15" height="15" />
            </svg>
            <span>{bins.get(cls) ?? words[cls as keyof typeof words]}</span>
            {cls !== 'none' && <span className="legend-count"> {m.legend.count(model.classCounts[cls])}</span>}
          </li>
        ))}
        <li data-class="stale">
          <svg className="swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <rect className="c-bin-2 stale-swatch" x="0.5" y="0.5" width="15" height="15" />
          </svg>
          <span>{m.legend.stale}</span>
          <span className="legend-count"> {m.legend.count(model.staleCount)}</span>
        </li>
        <li data-class="marker">
          <svg className="swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <circle className="c-unknown legend-marker" cx="8" cy="8" r="6.5" />
          </svg>
          <span>{m.legend.marker}</span>
        </li>
      </ul>
    </figure>
  );
}

export const Legend = memo(LegendView);
