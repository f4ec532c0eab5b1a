/** The view model: dataset -> what each component shows. Components never read raw JSON. */
import type { Dataset, Estimate, Host, Source } from '../data/types';
import { estimatesNewestFirst, hostSourceIds, latestEstimate, sourcesOf } from '../data/derive';
import { accessibleLabel, headline } from '../data/format';
import { classOf, type MapClass } from '../data/scale';

export interface HostView {
  host: Host;
  cls: MapClass;
  label: string;
  headline: string;
  latest?: Estimate;
  history: Estimate[];
  sources: Array<Source & { id: string }>;
}

export interface ViewModel {
  dataset: Dataset;
  hosts: HostView[];
  byId: ReadonlyMap<string, HostView>;
  /** Hosts drawn as their own country shape (not territories), by world-atlas id. */
  byShape: ReadonlyMap<string, HostView>;
  classCounts: Readonly<Record<MapClass, number>>;
}

export function buildViewModel(dataset: Dataset): ViewModel {
  const hosts = [...dataset.hosts]
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .map((host): HostView => ({
      host,
      cls: classOf(host),
      label: accessibleLabel(host),
      headline: headline(host),
      latest: latestEstimate(host),
      history: estimatesNewestFirst(host),
      sources: sourcesOf(dataset, hostSourceIds(host)),
    }));
  const classCounts = { 'bin-0': 0, 'bin-1': 0, 'bin-2': 0, 'bin-3': 0, 'bin-4': 0, unknown: 0, restaurants: 0, withdrawn: 0, none: 0 };
  for (const h of hosts) classCounts[h.cls]++;
  return {
    dataset,
    hosts,
    byId: new Map(hosts.map((h) => [h.host.id, h])),
    byShape: new Map(hosts.filter((h) => !h.host.territory).map((h) => [h.host.isoNumeric, h])),
    classCounts,
  };
}

