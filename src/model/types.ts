/**
 * The one place that defines the dataset's shape (version 2). data/dataset.schema.json mirrors it;
 * tests/unit/schema-types.test.ts fails when the two drift apart.
 */

export const INDUSTRIES = [
  'construction',
  'logging',
  'textiles',
  'seafood-processing',
  'fishing',
  'mining',
  'agriculture',
  'restaurants',
  'medical',
  'it',
  'art-and-monuments',
  'shipbuilding',
  'manufacturing',
  'hospitality',
  'military-training',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

/**
 * present: workers reported present at that date.
 * declining: present but being sent home or phased out.
 * withdrawn: reported sent home or expelled; none known to remain.
 * restaurants-only: DPRK-run restaurants, no other DPRK labour known.
 * reported: named by a list or report; presence at that date unconfirmed.
 */
export const STATUSES = ['present', 'declining', 'withdrawn', 'restaurants-only', 'reported'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * What a figure counts. Only MAP_MEASURES colour the map; the others are context.
 * present: people present at a date. permits: valid work permits or registrations at a date.
 * sent: arrivals or people sent during a period. departed: departures or people sent home.
 * planned: announced or planned dispatches. peak: a past maximum quoted later.
 * upper-bound: a ceiling ("as many as"), not an estimate of the number present.
 */
export const MEASURES = ['present', 'permits', 'sent', 'departed', 'planned', 'peak', 'upper-bound'] as const;
export type Measure = (typeof MEASURES)[number];
/** Headcounts of people present colour the map; valid permits too, labelled as permits. */
export const MAP_MEASURES: readonly Measure[] = ['present', 'permits'];

/** On whose word a figure rests. */
export const BASES = ['government-report', 'official-statement', 'un', 'intelligence', 'research', 'media', 'anonymous'] as const;
export type Basis = (typeof BASES)[number];

export const SOURCE_KINDS = ['government', 'un', 'ngo', 'research', 'media', 'reference'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SCOPES = ['national', 'partial'] as const;
/** national: the whole host; partial: one city, region or group only. */
export type Scope = (typeof SCOPES)[number];

/** YYYY, YYYY-MM or YYYY-MM-DD: a real calendar date at the precision the source gives. */
export type PartialDate = string;

export interface Source {
  /** The original publisher (not a mirror or aggregator). */
  publisher: string;
  title: string;
  published: PartialDate;
  /** The original publisher's page, or the primary document itself. */
  url: string;
  /** Where the text was read when the original could not be: a copy, named to readers. */
  copyUrl?: string;
  copyPublisher?: string;
  /** A primary document: a government's own report, a UN document, official statistics. */
  primary: boolean;
  kind: SourceKind;
  /** BCP 47 language of the title; English when absent. */
  lang?: string;
}

/** A conflict, denial or retraction about a figure, kept visible to readers. */
export interface Dispute {
  note: string;
  sources: string[];
}

/** One observation: a number (or range) of people, what it counts, when, and on whose word. */
export interface Figure {
  /** The date the count refers to (for a period: its end), not the publication date. */
  asOf: PartialDate;
  /** Start of the period, for counts over a period (sent, departed). */
  since?: PartialDate;
  measure: Measure;
  basis: Basis;
  value?: number;
  low?: number;
  high?: number;
  scope?: Scope;
  sources: string[];
  note?: string;
  dispute?: Dispute;
}

/** The number part of a figure. */
export type Amount = Pick<Figure, 'value' | 'low' | 'high'>;

export interface StatusEntry {
  /** The date from which the status holds. */
  from: PartialDate;
  status: Status;
  sources: string[];
  note?: string;
}

/** A place that world-atlas has no shape for, drawn as a marker inside the shape of its state. */
export interface Territory {
  of: string;
  /** [longitude, latitude] of the marker. */
  marker: [number, number];
}

export interface Host {
  /** ISO 3166-1 alpha-3 for a country; ISO 3166-2 style (GE-AB) for a territory. */
  id: string;
  name: string;
  iso3: string;
  /** ISO 3166-1 numeric, three digits: the world-atlas shape this host joins to. */
  isoNumeric: string;
  territory?: Territory;
  /** Oldest first; the current status is the last entry. */
  statuses: StatusEntry[];
  industries: Industry[];
  restaurants: boolean;
  figures: Figure[];
  note?: string;
}

/** A key date for the year control, e.g. a UN Security Council resolution. */
export interface DatasetEvent {
  id: string;
  date: PartialDate;
  label: string;
  sources: string[];
}

export interface License {
  name: string;
  url: string;
}

export interface Dataset {
  $schema?: string;
  title: string;
  version: string;
  updated: string;
  license: License;
  events: DatasetEvent[];
  sources: Record<string, Source>;
  hosts: Host[];
  totals: Figure[];
}

/** Keys per object, checked against the interfaces at compile time and against the schema in tests. */
type KeysOf<T> = { [K in keyof Required<T>]: true };
export const DATASET_KEYS: KeysOf<Dataset> = {
  $schema: true, title: true, version: true, updated: true, license: true, events: true, sources: true, hosts: true, totals: true,
};
export const SOURCE_KEYS: KeysOf<Source> = {
  publisher: true, title: true, published: true, url: true, copyUrl: true, copyPublisher: true, primary: true, kind: true, lang: true,
};
export const FIGURE_KEYS: KeysOf<Figure> = {
  asOf: true, since: true, measure: true, basis: true, value: true, low: true, high: true, scope: true, sources: true, note: true, dispute: true,
};
export const DISPUTE_KEYS: KeysOf<Dispute> = { note: true, sources: true };
export const STATUS_ENTRY_KEYS: KeysOf<StatusEntry> = { from: true, status: true, sources: true, note: true };
export const TERRITORY_KEYS: KeysOf<Territory> = { of: true, marker: true };
export const HOST_KEYS: KeysOf<Host> = {
  id: true, name: true, iso3: true, isoNumeric: true, territory: true, statuses: true,
  industries: true, restaurants: true, figures: true, note: true,
};
export const EVENT_KEYS: KeysOf<DatasetEvent> = { id: true, date: true, label: true, sources: true };
export const LICENSE_KEYS: KeysOf<License> = { name: true, url: true };
