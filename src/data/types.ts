/**
 * The one place that defines the dataset's shape. data/dataset.schema.json mirrors it;
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

export const STATUSES = [
  'present',
  'declining',
  'withdrawn',
  'restaurants-only',
  'reported',
] as const;
/**
 * present: workers reported present in the latest sources.
 * declining: reported present but being sent home or phased out.
 * withdrawn: reported sent home or expelled; none known to remain.
 * restaurants-only: DPRK-run restaurants, no other DPRK labour known.
 * reported: named by an official list or report, current presence unconfirmed.
 */
export type Status = (typeof STATUSES)[number];

export const SOURCE_KINDS = ['government', 'un', 'ngo', 'research', 'media', 'reference'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SCOPES = ['national', 'partial'] as const;
/** national: a headcount for the whole host; partial: one city, region or group only. */
export type Scope = (typeof SCOPES)[number];

export interface Source {
  publisher: string;
  title: string;
  /** ISO date, YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  url: string;
  kind: SourceKind;
  /** Where we read it when the publisher's page was not reachable (an archive or syndication). */
  via?: string;
}

/** A figure for one year. At least one of value, low, high. */
export interface Estimate {
  year: number;
  value?: number;
  low?: number;
  high?: number;
  scope?: Scope;
  sources: string[];
  note?: string;
}

/** The number part of an estimate or a total. */
export type Figure = Pick<Estimate, 'value' | 'low' | 'high'>;

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
  status: Status;
  industries: Industry[];
  restaurants: boolean;
  estimates: Estimate[];
  /** Who says the host has or had DPRK workers: backs status, industries and note. */
  sources: string[];
  note?: string;
}

export interface Total {
  year: number;
  value?: number;
  low?: number;
  high?: number;
  sources: string[];
  note?: string;
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
  sources: Record<string, Source>;
  hosts: Host[];
  totals: Total[];
}

/** Keys per object, checked against the interfaces at compile time and against the schema in tests. */
type KeysOf<T> = { [K in keyof Required<T>]: true };
export const DATASET_KEYS: KeysOf<Dataset> = {
  $schema: true, title: true, version: true, updated: true, license: true, sources: true, hosts: true, totals: true,
};
export const SOURCE_KEYS: KeysOf<Source> = {
  publisher: true, title: true, date: true, url: true, kind: true, via: true,
};
export const ESTIMATE_KEYS: KeysOf<Estimate> = {
  year: true, value: true, low: true, high: true, scope: true, sources: true, note: true,
};
export const TERRITORY_KEYS: KeysOf<Territory> = { of: true, marker: true };
export const HOST_KEYS: KeysOf<Host> = {
  id: true, name: true, iso3: true, isoNumeric: true, territory: true, status: true,
  industries: true, restaurants: true, estimates: true, sources: true, note: true,
};
export const TOTAL_KEYS: KeysOf<Total> = {
  year: true, value: true, low: true, high: true, sources: true, note: true,
};
export const LICENSE_KEYS: KeysOf<License> = { name: true, url: true };
