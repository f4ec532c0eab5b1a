/** The view model: (dataset, year, locale) -> what each component shows. Components never read raw JSON. */
import type { Dataset, Figure, Host } from '../model/types';
import { hostAsOf, totalsAsOf, yearSpan, type HostAsOf } from '../model/as-of';
import { hostSourceIds, representative, sourcesOf, type SourceRef } from '../model/figures';
import { classScale, type ClassScale, type MapClass } from '../model/scale';
import { collatorFor, headline, mapValue } from '../i18n/format';
import type { Messages } from '../i18n/en';
import type { NameTable } from '../i18n/names';

export interface HostView {
  host: Host;
  /** The host's name in the page's language. */
  name: string;
  /** For a territory: the state it lies in, in the page's language. */
  stateName?: string;
  shown: HostAsOf;
  cls: MapClass;
  /** The figure on the map was counted before the chosen year. */
  stale: boolean;
  headline: string;
  /** The accessible name on the map. */
  label: string;
  /** The figure drawn inside the host's shape where it fits, when a figure colours it: lines of text, one line first, then narrower forms. */
  mapValue?: string[][];
  sources: SourceRef[];
}

export interface ViewModel {
  dataset: Dataset;
  messages: Messages;
  /** The page's names of countries and territories (empty: the dataset's English names). */
  names: NameTable;
  scale: ClassScale;
  year: number;
  span: { first: number; last: number };
  hosts: HostView[];
  byId: ReadonlyMap<string, HostView>;
  /** Hosts drawn as their own country shape (not territories), by world-atlas id. */
  byShape: ReadonlyMap<string, HostView>;
  classCounts: Readonly<Record<MapClass, number>>;
  staleCount: number;
  totals: Figure[];
}

export type { NameTable } from '../i18n/names';

/** Every source a host cites, per dataset: the same for every year, so a year change does not recompute them. */
const sourcesByHost = new WeakMap<Dataset, Map<string, SourceRef[]>>();
function hostSources(dataset: Dataset, host: Host): SourceRef[] {
  let table = sourcesByHost.get(dataset);
  if (!table) sourcesByHost.set(dataset, (table = new Map()));
  let sources = table.get(host.id);
  if (!sources) table.set(host.id, (sources = sourcesOf(dataset, hostSourceIds(host))));
  return sources;
}

/**
 * A host's headline and accessible name, kept per language: they change only when its figure or
 * status does, so a year change formats again only the hosts whose words change.
 */
const wordsCache = new WeakMap<Messages, WeakMap<Host, Map<string, { headline: string; label: string }>>>();
function hostWords(m: Messages, host: Host, shown: HostAsOf, name: string): { headline: string; label: string } {
  let hosts = wordsCache.get(m);
  if (!hosts) wordsCache.set(m, (hosts = new WeakMap()));
  let table = hosts.get(host);
  if (!table) hosts.set(host, (table = new Map()));
  // Without a status the words name the year ("no report of DPRK workers by 2012").
  const key = `${name}|${shown.figure ? host.figures.indexOf(shown.figure) : -1}|${shown.status ? host.statuses.indexOf(shown.status) : `by ${shown.year}`}`;
  let words = table.get(key);
  if (!words) {
    const line = headline(m, shown);
    const status = shown.status && shown.figure ? m.status[shown.status.status].toLocaleLowerCase(m.locale) : '';
    table.set(key, (words = { headline: line, label: m.hostLabel(name, line, status) }));
  }
  return words;
}

const NO_NAMES: NameTable = {};
const models = new WeakMap<Dataset, WeakMap<Messages, WeakMap<NameTable, Map<number, ViewModel>>>>();

/**
 * One model per dataset, language, names and year: a year visited again, or prepared while the
 * page is idle, costs nothing, and what is memoised on the model sees the same object.
 */
export function buildViewModel(dataset: Dataset, m: Messages, year?: number, names: NameTable = NO_NAMES): ViewModel {
  const y = year ?? yearSpan(dataset).last;
  let byMessages = models.get(dataset);
  if (!byMessages) models.set(dataset, (byMessages = new WeakMap()));
  let byNames = byMessages.get(m);
  if (!byNames) byMessages.set(m, (byNames = new WeakMap()));
  let byYear = byNames.get(names);
  if (!byYear) byNames.set(names, (byYear = new Map()));
  let model = byYear.get(y);
  if (!model) byYear.set(y, (model = makeViewModel(dataset, m, y, names)));
  return model;
}

function makeViewModel(dataset: Dataset, m: Messages, y: number, names: NameTable): ViewModel {
  const span = yearSpan(dataset);
  const collator = collatorFor(m.collator);
  const hosts = dataset.hosts
    .map((host): HostView => {
      const shown = hostAsOf(host, y);
      const name = names[host.id] ?? host.name;
      const { headline: line, label } = hostWords(m, host, shown, name);
      return {
        host, name, stateName: host.territory && (names[host.isoNumeric] ?? host.territory.of), shown, cls: classScale.classOf(shown), stale: Boolean(shown.figure) && shown.age > 0, headline: line,
        label,
        mapValue: mapValue(m, shown),
        sources: hostSources(dataset, host),
      };
    })
    .sort((a, b) => collator.compare(a.name, b.name));
  return {
    dataset, messages: m, names, scale: classScale, year: y, span, hosts,
    byId: new Map(hosts.map((h) => [h.host.id, h])),
    byShape: new Map(hosts.filter((h) => !h.host.territory).map((h) => [h.host.isoNumeric, h])),
    classCounts: classScale.count(hosts.map((h) => h.shown)),
    staleCount: hosts.filter((h) => h.stale && h.cls.startsWith('bin-')).length,
    totals: totalsAsOf(dataset, y),
  };
}

/** Hosts on the map as of the year, largest figure first. */
export function largestHosts(model: ViewModel, n: number): HostView[] {
  return model.hosts
    .filter((h) => h.cls.startsWith('bin-'))
    .sort((a, b) => (representative(b.shown.figure!) ?? 0) - (representative(a.shown.figure!) ?? 0))
    .slice(0, n);
}
