import { memo, useSyncExternalStore } from 'react';
import type { Store } from '../view/store';
import type { Messages } from '../i18n/en';

interface Props {
  store: Store;
  /** The views the map offers, the world first. */
  regions: readonly string[];
  m: Messages;
}

/** Which part of the world the map shows: a viewBox of the same map, in the URL as ?region=. */
function RegionControlView({ store, regions, m }: Props) {
  // One per page, with a fixed id (see YearControl).
  const id = 'region';
  const region = useSyncExternalStore(store.subscribe, () => store.get().region, () => store.get().region);
  return (
    <div className="region-control needs-script">
      <label htmlFor={id}>{m.mapView.regionLabel}</label>
      <select id={id} value={region} onChange={(e) => store.set({ region: e.target.value })}>
        {regions.map((r) => (
          <option key={r} value={r}>{m.mapView.regions[r] ?? r}</option>
        ))}
      </select>
    </div>
  );
}

export const RegionControl = memo(RegionControlView);
