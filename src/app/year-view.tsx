/**
 * What depends on the year subscribes to it here, so that the page around it (header, toolbar,
 * layout, table section, footer) does not render again when the year moves: a year change
 * renders the map, its labels and the year control, and once the map has painted (followLater)
 * the legend, details, summary, totals chart, dialogs and links.
 */
import { useSyncExternalStore, type ReactNode } from 'react';
import type { Store } from '../view/store';
import type { Readable } from '../view/later';
import type { HostView, ViewModel } from '../view/view-model';

export interface YearSource {
  store: Store;
  /** The year the slower parts show: the store's, once the map has painted it (followLater). */
  later: Readable<number>;
  /** The selection as the links and dialogs show it: the store's, once the map and the details have painted it. */
  laterSelected: Readable<string | null>;
  /** The view model of a year (one object per year: buildViewModel keeps them). */
  modelFor(year: number): ViewModel;
}

const yearOnMap = (store: Store) => store.get().year;

/** Renders `children` with the model of the year on the map, in the render that changes the map. */
export function NowModel({ source, children }: { source: YearSource; children: (model: ViewModel) => ReactNode }) {
  const { store } = source;
  const year = useSyncExternalStore(store.subscribe, () => yearOnMap(store), () => yearOnMap(store));
  return <>{children(source.modelFor(year))}</>;
}

/** Renders `children` with the model of the year, once the map has painted it (followLater). */
export function LaterModel({ source, children }: { source: YearSource; children: (model: ViewModel) => ReactNode }) {
  const year = useSyncExternalStore(source.later.subscribe, source.later.get, source.later.get);
  return <>{children(source.modelFor(year))}</>;
}

/**
 * The same with the selected host's view in that model (undefined for none, or a country without
 * data), also once the map has painted it, and the map's region: for links and dialogs.
 */
export function LaterState({ source, children }: { source: YearSource; children: (model: ViewModel, selected: HostView | undefined, region: string) => ReactNode }) {
  const { store, laterSelected } = source;
  const year = useSyncExternalStore(source.later.subscribe, source.later.get, source.later.get);
  const selected = useSyncExternalStore(laterSelected.subscribe, laterSelected.get, laterSelected.get);
  const region = useSyncExternalStore(store.subscribe, () => store.get().region, () => store.get().region);
  const model = source.modelFor(year);
  return <>{children(model, selected ? model.byId.get(selected) : undefined, region)}</>;
}
