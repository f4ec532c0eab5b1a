/**
 * Validates an untrusted dataset: the JSON Schema's rules plus what a schema cannot say.
 * One module for the CLI, the tests and the app. It never throws and reports every error
 * at once, each with its JSON path and how to fix it.
 */
import {
  INDUSTRIES, SCOPES, SOURCE_KINDS, STATUSES,
  type Dataset, DATASET_KEYS, ESTIMATE_KEYS, HOST_KEYS, LICENSE_KEYS, SOURCE_KEYS, TERRITORY_KEYS, TOTAL_KEYS,
} from './types';

export interface ValidationError {
  /** JSONPath-style location, e.g. $.hosts[3].estimates[0].low */
  path: string;
  message: string;
  fix: string;
}

export type ValidationResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; errors: ValidationError[] };

export interface ValidateOptions {
  /** Years after this one are rejected as "in the future". Defaults to the current year. */
  currentYear?: number;
  /** Today as YYYY-MM-DD for the `updated` check. Defaults to today (UTC). */
  today?: string;
  /** world-atlas shape ids a host may join to; when given, unknown ids are errors. */
  knownShapes?: ReadonlySet<string>;
}

export const MAX_ERRORS = 200;

const LIMITS = { shortText: 300, longText: 3000, url: 2000, hosts: 400, totals: 200, sources: 2000, estimates: 100, sourceList: 50, industries: 20, count: 10_000_000 };
const SEMVER = /^(0|[1-9][0-9]{0,3})\.(0|[1-9][0-9]{0,3})\.(0|[1-9][0-9]{0,3})$/;
const DAY = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;
const DATE = /^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$/;
const HTTP_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/;
const SOURCE_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const HOST_ID = /^([A-Z]{3}|[A-Z]{2}-[A-Z0-9]{1,8})$/;
const ISO3 = /^[A-Z]{3}$/;
const ISO_NUMERIC = /^[0-9]{3}$/;

type Json = unknown;
type Obj = Record<string, Json>;

export function describe(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string': return value.length > 40 ? `a ${value.length}-character string` : `"${value}"`;
    case 'number': return Number.isFinite(value) ? String(value) : 'a non-finite number';
    case 'boolean': return String(value);
    case 'object': return 'an object';
    default: return typeof value;
  }
}

const isObject = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

class Collector {
  readonly errors: ValidationError[] = [];
  private dropped = 0;
  add(path: string, message: string, fix: string) {
    if (this.errors.length < MAX_ERRORS) this.errors.push({ path, message, fix });
    else this.dropped++;
  }
  finish(): ValidationError[] {
    if (this.dropped > 0) {
      return [...this.errors, { path: '$', message: `${this.dropped} more errors were not listed.`, fix: 'Fix the errors above and validate again.' }];
    }
    return this.errors;
  }
}

function checkKeys(c: Collector, o: Obj, path: string, allowed: object, required: readonly string[]) {
  for (const key of required) {
    if (!has(o, key)) c.add(path, `Missing required field "${key}".`, `Add "${key}" to ${path}.`);
  }
  for (const key of Object.keys(o)) {
    if (!has(allowed, key)) {
      const shown = key.length > 40 ? `${key.slice(0, 40)}…` : key;
      c.add(`${path}.${shown}`, `Unknown field "${shown}".`, `Remove it, or check its spelling against data/dataset.schema.json.`);
    }
  }
}

function checkText(c: Collector, v: Json, path: string, max: number): v is string {
  if (typeof v !== 'string') {
    c.add(path, `Expected text, found ${describe(v)}.`, 'Write it as a JSON string.');
    return false;
  }
  if (v.trim().length === 0) { c.add(path, 'Text is empty.', 'Write the text, or remove the field if it is optional.'); return false; }
  // Counted in code points, as JSON Schema counts; UTF-16 length is an upper bound, so most text skips the count.
  if (v.length > max) {
    const length = codePointLength(v);
    if (length > max) { c.add(path, `Text is ${length} characters long; the limit is ${max}.`, 'Shorten it.'); return false; }
  }
  return true;
}

function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

function checkPattern(c: Collector, v: Json, path: string, re: RegExp, max: number, what: string, fix: string): v is string {
  if (typeof v !== 'string') { c.add(path, `Expected ${what}, found ${describe(v)}.`, fix); return false; }
  if (v.length > max || !re.test(v)) { c.add(path, `${describe(v)} is not ${what}.`, fix); return false; }
  return true;
}

function checkUrl(c: Collector, v: Json, path: string): boolean {
  if (typeof v === 'string' && v.length <= LIMITS.url && !HTTP_URL.test(v)) {
    const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(v)?.[1]?.toLowerCase();
    const found = scheme && scheme !== 'http' && scheme !== 'https' ? `a "${scheme}:" URL` : 'a relative or malformed URL (spaces are not allowed)';
    c.add(path, `Only http and https links are allowed; found ${found}.`, 'Use the full http(s):// address of the page.');
    return false;
  }
  return checkPattern(c, v, path, HTTP_URL, LIMITS.url, 'an http(s) URL', 'Use the full http(s):// address of the page.');
}

function checkEnum(c: Collector, v: Json, path: string, allowed: readonly string[], what: string): boolean {
  if (typeof v === 'string' && allowed.includes(v)) return true;
  c.add(path, `${describe(v)} is not a known ${what}.`, `Use one of: ${allowed.join(', ')}.`);
  return false;
}

function checkInteger(c: Collector, v: Json, path: string, min: number, max: number, what: string): v is number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    c.add(path, `Expected ${what} (a whole number from ${min} to ${max}), found ${describe(v)}.`, `Write a whole number from ${min} to ${max}, without quotes or separators.`);
    return false;
  }
  return true;
}

function checkArray(c: Collector, v: Json, path: string, max: number, what: string): v is Json[] {
  if (!Array.isArray(v)) { c.add(path, `Expected a list of ${what}, found ${describe(v)}.`, `Write it as a JSON array: [ ... ].`); return false; }
  if (v.length > max) { c.add(path, `The list has ${v.length} items; the limit is ${max}.`, 'Split or shorten the list.'); return false; }
  return true;
}

interface Context {
  c: Collector;
  sourceIds: Set<string>;
  cited: Set<string>;
  currentYear: number;
}

function checkSourceList(ctx: Context, v: Json, path: string) {
  const { c } = ctx;
  if (!checkArray(c, v, path, LIMITS.sourceList, 'source ids')) return;
  if (v.length === 0) c.add(path, 'No source is cited.', 'Cite at least one source id from "sources"; a figure without a source does not belong in the dataset.');
  const seen = new Set<string>();
  v.forEach((id, i) => {
    const p = `${path}[${i}]`;
    if (!checkPattern(c, id, p, SOURCE_ID, 80, 'a source id', 'Use the id of an entry in "sources" (lower-case letters, digits and dashes).')) return;
    if (seen.has(id)) c.add(p, `Source "${id}" is cited twice.`, 'Remove the duplicate.');
    seen.add(id);
    ctx.cited.add(id);
    if (!ctx.sourceIds.has(id)) c.add(p, `Unknown source id "${id}".`, `Add "${id}" to "sources", or correct the id to one that exists.`);
  });
}

/** Checks value / low / high of an estimate or total. */
function checkFigure(ctx: Context, o: Obj, path: string) {
  const { c } = ctx;
  const n: Record<'value' | 'low' | 'high', number | undefined> = { value: undefined, low: undefined, high: undefined };
  for (const k of ['value', 'low', 'high'] as const) {
    if (has(o, k) && checkInteger(c, o[k], `${path}.${k}`, 0, LIMITS.count, 'a count of people')) n[k] = o[k] as number;
  }
  if (!has(o, 'value') && !has(o, 'low') && !has(o, 'high')) {
    c.add(path, 'The figure has no number.', 'Give "value" (about N), "low" and "high" (N to M), "low" alone (at least N) or "high" alone (up to N). For a host with no number, leave "estimates" empty and say so in "note".');
  }
  if (n.low !== undefined && n.high !== undefined && n.low > n.high) {
    c.add(`${path}.low`, `low (${n.low}) is greater than high (${n.high}).`, 'Swap low and high, or correct the one that is wrong.');
  }
  if (n.value !== undefined && ((n.low !== undefined && n.value < n.low) || (n.high !== undefined && n.value > n.high))) {
    c.add(`${path}.value`, `value (${n.value}) lies outside the range ${n.low ?? '…'} to ${n.high ?? '…'}.`, 'Correct the value or the range so that low <= value <= high.');
  }
  if (has(o, 'year') && checkInteger(c, o.year, `${path}.year`, 1950, 2100, 'a year') && (o.year as number) > ctx.currentYear) {
    c.add(`${path}.year`, `The year ${o.year as number} is in the future (it is now ${ctx.currentYear}).`, 'Use the year the figure describes, not a projection.');
  }
  if (has(o, 'sources')) checkSourceList(ctx, o.sources, `${path}.sources`);
  if (has(o, 'note')) checkText(c, o.note, `${path}.note`, LIMITS.longText);
}

function checkSources(ctx: Context, v: Json) {
  const { c } = ctx;
  if (!isObject(v)) { c.add('$.sources', `Expected an object of sources keyed by id, found ${describe(v)}.`, 'Write "sources": { "some-id": { "publisher": …, "title": …, "date": …, "url": …, "kind": … } }.'); return; }
  const ids = Object.keys(v);
  if (ids.length > LIMITS.sources) { c.add('$.sources', `There are ${ids.length} sources; the limit is ${LIMITS.sources}.`, 'Remove unused sources.'); return; }
  for (const id of ids) {
    const shown = id.length > 40 ? `${id.slice(0, 40)}…` : id;
    const path = `$.sources["${shown}"]`;
    if (!SOURCE_ID.test(id)) { c.add(path, `"${shown}" is not a valid source id.`, 'Use lower-case letters, digits and dashes, starting with a letter or digit (at most 80).'); continue; }
    ctx.sourceIds.add(id);
    const s = v[id];
    if (!isObject(s)) { c.add(path, `Expected a source object, found ${describe(s)}.`, 'Give publisher, title, date, url and kind.'); continue; }
    checkKeys(c, s, path, SOURCE_KEYS, ['publisher', 'title', 'date', 'url', 'kind']);
    if (has(s, 'publisher')) checkText(c, s.publisher, `${path}.publisher`, LIMITS.shortText);
    if (has(s, 'title')) checkText(c, s.title, `${path}.title`, LIMITS.shortText);
    if (has(s, 'date')) checkPattern(c, s.date, `${path}.date`, DATE, 10, 'a date', 'Write YYYY, YYYY-MM or YYYY-MM-DD.');
    if (has(s, 'url')) checkUrl(c, s.url, `${path}.url`);
    if (has(s, 'via')) checkUrl(c, s.via, `${path}.via`);
    if (has(s, 'kind')) checkEnum(c, s.kind, `${path}.kind`, SOURCE_KINDS, 'source kind');
  }
}

function checkHost(ctx: Context, h: Json, path: string, knownShapes: ReadonlySet<string> | undefined) {
  const { c } = ctx;
  if (!isObject(h)) { c.add(path, `Expected a host object, found ${describe(h)}.`, 'See data/README.md for the fields of a host.'); return; }
  checkKeys(c, h, path, HOST_KEYS, ['id', 'name', 'iso3', 'isoNumeric', 'status', 'industries', 'restaurants', 'estimates', 'sources']);
  if (has(h, 'sources')) checkSourceList(ctx, h.sources, `${path}.sources`);
  const idOk = has(h, 'id') && checkPattern(c, h.id, `${path}.id`, HOST_ID, 11, 'a host id', 'Use the ISO 3166-1 alpha-3 code (CHN), or an ISO 3166-2 style code (GE-AB) for a territory.');
  if (has(h, 'name')) checkText(c, h.name, `${path}.name`, LIMITS.shortText);
  const iso3Ok = has(h, 'iso3') && checkPattern(c, h.iso3, `${path}.iso3`, ISO3, 3, 'an ISO 3166-1 alpha-3 code', 'Use three capital letters, e.g. CHN.');
  const isTerritory = has(h, 'territory');
  if (idOk && iso3Ok && !isTerritory && h.id !== h.iso3) {
    c.add(`${path}.id`, `id "${h.id as string}" differs from iso3 "${h.iso3 as string}".`, 'For a country, id and iso3 are the same code; a territory needs a "territory" object.');
  }
  if (has(h, 'isoNumeric') && checkPattern(c, h.isoNumeric, `${path}.isoNumeric`, ISO_NUMERIC, 3, 'an ISO 3166-1 numeric code', 'Use three digits, zero-padded, e.g. "048" for Bahrain.')) {
    if (knownShapes && !knownShapes.has(h.isoNumeric)) {
      c.add(`${path}.isoNumeric`, `world-atlas has no shape with id "${h.isoNumeric}".`, 'Use the ISO numeric code of the country; for a place world-atlas does not draw (a territory), use the code of the country it lies in and add a "territory" with a marker.');
    }
  }
  if (isTerritory) {
    const t = h.territory;
    const tp = `${path}.territory`;
    if (!isObject(t)) c.add(tp, `Expected an object, found ${describe(t)}.`, 'Write { "of": "Georgia", "marker": [longitude, latitude] }.');
    else {
      checkKeys(c, t, tp, TERRITORY_KEYS, ['of', 'marker']);
      if (has(t, 'of')) checkText(c, t.of, `${tp}.of`, LIMITS.shortText);
      if (has(t, 'marker')) {
        const m = t.marker;
        if (!Array.isArray(m) || m.length !== 2 || typeof m[0] !== 'number' || typeof m[1] !== 'number'
          || !(Math.abs(m[0]) <= 180) || !(Math.abs(m[1]) <= 90)) {
          c.add(`${tp}.marker`, `Expected [longitude, latitude], found ${describe(m)}.`, 'Write two numbers: longitude from -180 to 180, then latitude from -90 to 90.');
        }
      }
    }
  }
  if (has(h, 'status')) checkEnum(c, h.status, `${path}.status`, STATUSES, 'status');
  if (has(h, 'industries') && checkArray(c, h.industries, `${path}.industries`, LIMITS.industries, 'industries')) {
    const seen = new Set<Json>();
    h.industries.forEach((ind, i) => {
      if (checkEnum(c, ind, `${path}.industries[${i}]`, INDUSTRIES, 'industry') && seen.has(ind)) {
        c.add(`${path}.industries[${i}]`, `Industry "${ind as string}" is listed twice.`, 'Remove the duplicate.');
      }
      seen.add(ind);
    });
  }
  if (has(h, 'restaurants') && typeof h.restaurants !== 'boolean') {
    c.add(`${path}.restaurants`, `Expected true or false, found ${describe(h.restaurants)}.`, 'Write true or false without quotes.');
  }
  if (h.status === 'restaurants-only' && h.restaurants === false) {
    c.add(`${path}.restaurants`, 'The status is "restaurants-only" but restaurants is false.', 'Set restaurants to true, or choose another status.');
  }
  if (has(h, 'note')) checkText(c, h.note, `${path}.note`, LIMITS.longText);
  if (has(h, 'estimates') && checkArray(c, h.estimates, `${path}.estimates`, LIMITS.estimates, 'estimates')) {
    const years = new Map<string, number>();
    h.estimates.forEach((e, i) => {
      const ep = `${path}.estimates[${i}]`;
      if (!isObject(e)) { c.add(ep, `Expected an estimate object, found ${describe(e)}.`, 'Give year, a figure and sources.'); return; }
      checkKeys(c, e, ep, ESTIMATE_KEYS, ['year', 'sources']);
      checkFigure(ctx, e, ep);
      if (has(e, 'scope')) checkEnum(c, e.scope, `${ep}.scope`, SCOPES, 'scope');
      const key = `${String(e.year)}/${e.scope === 'partial' ? 'partial' : 'national'}`;
      const first = years.get(key);
      if (first !== undefined) {
        c.add(`${ep}.year`, `A second ${e.scope === 'partial' ? 'partial' : 'national'} estimate for ${String(e.year)} (the first is estimates[${first}]).`, 'Merge them into one estimate: where sources disagree, give low and high and cite both.');
      } else years.set(key, i);
    });
  }
}

export function validateDataset(input: Json, options: ValidateOptions = {}): ValidationResult {
  const c = new Collector();
  const now = new Date();
  const ctx: Context = { c, sourceIds: new Set(), cited: new Set(), currentYear: options.currentYear ?? now.getUTCFullYear() };
  const today = options.today ?? now.toISOString().slice(0, 10);
  try {
    if (!isObject(input)) {
      c.add('$', `Expected a JSON object, found ${describe(input)}.`, 'The dataset is one object with title, version, updated, license, sources, hosts and totals.');
      return { ok: false, errors: c.finish() };
    }
    checkKeys(c, input, '$', DATASET_KEYS, ['title', 'version', 'updated', 'license', 'sources', 'hosts', 'totals']);
    if (has(input, '$schema') && (typeof input.$schema !== 'string' || input.$schema.length > 200)) {
      c.add('$.$schema', `Expected a short text, found ${describe(input.$schema)}.`, 'Write "./dataset.schema.json" or remove it.');
    }
    if (has(input, 'title')) checkText(c, input.title, '$.title', LIMITS.shortText);
    if (has(input, 'version')) checkPattern(c, input.version, '$.version', SEMVER, 20, 'a semantic version', 'Write MAJOR.MINOR.PATCH, e.g. "1.2.0", and record the change in data/CHANGELOG.md.');
    if (has(input, 'updated') && checkPattern(c, input.updated, '$.updated', DAY, 10, 'a date', 'Write YYYY-MM-DD.') && input.updated > today) {
      c.add('$.updated', `The date ${input.updated} is in the future.`, 'Use the date of this release.');
    }
    if (has(input, 'license')) {
      const l = input.license;
      if (!isObject(l)) c.add('$.license', `Expected an object, found ${describe(l)}.`, 'Write { "name": …, "url": … }.');
      else {
        checkKeys(c, l, '$.license', LICENSE_KEYS, ['name', 'url']);
        if (has(l, 'name')) checkText(c, l.name, '$.license.name', LIMITS.shortText);
        if (has(l, 'url')) checkUrl(c, l.url, '$.license.url');
      }
    }
    if (has(input, 'sources')) checkSources(ctx, input.sources);
    if (has(input, 'hosts') && checkArray(c, input.hosts, '$.hosts', LIMITS.hosts, 'hosts')) {
      const ids = new Map<string, number>();
      const shapes = new Map<string, number>();
      input.hosts.forEach((h, i) => {
        const path = `$.hosts[${i}]`;
        checkHost(ctx, h, path, options.knownShapes);
        if (!isObject(h)) return;
        if (typeof h.id === 'string') {
          const first = ids.get(h.id);
          if (first !== undefined) c.add(`${path}.id`, `Host "${h.id}" appears twice (first at $.hosts[${first}]).`, 'Merge the two entries into one.');
          else ids.set(h.id, i);
        }
        if (typeof h.isoNumeric === 'string' && !has(h, 'territory')) {
          const first = shapes.get(h.isoNumeric);
          if (first !== undefined) c.add(`${path}.isoNumeric`, `Two countries join to shape "${h.isoNumeric}" (the other is $.hosts[${first}]).`, 'Each country joins to its own shape; a place inside another country needs a "territory".');
          else shapes.set(h.isoNumeric, i);
        }
      });
    }
    if (has(input, 'totals') && checkArray(c, input.totals, '$.totals', LIMITS.totals, 'totals')) {
      const years = new Map<unknown, number>();
      input.totals.forEach((t, i) => {
        const path = `$.totals[${i}]`;
        if (!isObject(t)) { c.add(path, `Expected a total object, found ${describe(t)}.`, 'Give year, a figure and sources.'); return; }
        checkKeys(c, t, path, TOTAL_KEYS, ['year', 'sources']);
        checkFigure(ctx, t, path);
        const first = years.get(t.year);
        if (first !== undefined) c.add(`${path}.year`, `A second total for ${String(t.year)} (the first is $.totals[${first}]).`, 'Merge them into one total: where sources disagree, give low and high and cite both.');
        else if (typeof t.year === 'number') years.set(t.year, i);
      });
    }
    for (const id of ctx.sourceIds) {
      if (!ctx.cited.has(id)) c.add(`$.sources["${id}"]`, `Source "${id}" is never cited.`, 'Cite it from an estimate or a total, or remove it.');
    }
  } catch (error) {
    c.add('$', `The validator failed: ${error instanceof Error ? error.message : String(error)}.`, 'Report this as a bug, with the file.');
  }
  const errors = c.finish();
  return errors.length === 0 ? { ok: true, dataset: input as unknown as Dataset } : { ok: false, errors };
}

/** Parses JSON text and validates it; a parse error is reported like any other error. */
export function parseDataset(text: string, options: ValidateOptions = {}): ValidationResult {
  let json: Json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: '$', message: `The file is not valid JSON: ${detail.slice(0, 200)}`, fix: 'Check for a missing comma, quote or bracket near the position given.' }] };
  }
  return validateDataset(json, options);
}

export function formatErrors(file: string, errors: readonly ValidationError[]): string {
  return errors.map((e) => `${file}: ${e.path}: ${e.message} Fix: ${e.fix}`).join('\n');
}
