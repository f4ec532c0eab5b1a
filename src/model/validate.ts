/**
 * Validates an untrusted dataset: the JSON Schema's rules plus what a schema cannot say.
 * One module for the CLI, the build, the tests and the app. It never throws and reports every
 * error at once, each with its JSON path and how to fix it; follow-on errors are folded.
 */
import {
  BASES, INDUSTRIES, MAP_MEASURES, MEASURES, SCOPES, SOURCE_KINDS, STATUSES,
  DATASET_KEYS, DISPUTE_KEYS, EVENT_KEYS, FIGURE_KEYS, HOST_KEYS, LICENSE_KEYS, SOURCE_KEYS, STATUS_ENTRY_KEYS, TERRITORY_KEYS,
  type Dataset, type Measure,
} from './types';
import { Collector, type ValidationError } from './errors';
import { earliest, isDateParts, latest, parseDate } from './dates';
import { decodeUtf8, parseJson } from './parse';
import { textProblem } from './text';

export { formatErrors, type ValidationError } from './errors';

export type ValidationResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; errors: ValidationError[] };

export interface ValidateOptions {
  /** Today as YYYY-MM-DD: dates after it are "in the future". Omit to skip those checks (the app: a visitor's clock is no judge). */
  today?: string;
  /** world-atlas shape ids a host may join to; when given, unknown ids are errors. */
  knownShapes?: ReadonlySet<string>;
}

const LIMITS = { shortText: 300, longText: 3000, url: 2000, hosts: 400, figures: 200, sources: 3000, events: 100, statuses: 50, sourceList: 50, industries: 20, count: 10_000_000 };
const SEMVER = /^(0|[1-9][0-9]{0,3})\.(0|[1-9][0-9]{0,3})\.(0|[1-9][0-9]{0,3})$/;
const SOURCE_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const HOST_ID = /^([A-Z]{3}|[A-Z]{2}-[A-Z0-9]{1,8})$/;
const ISO3 = /^[A-Z]{3}$/;
const ISO_NUMERIC = /^[0-9]{3}$/;
const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

type Json = unknown;
type Obj = Record<string, Json>;

export function describe(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string': return value.length > 40 || textProblem(value) ? `a ${value.length}-character string` : `"${value}"`;
    case 'number': return Number.isFinite(value) ? String(value) : 'a non-finite number';
    case 'boolean': return String(value);
    case 'object': return 'an object';
    default: return typeof value;
  }
}

const isObject = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
/** A key as it may be shown: shortened, and described rather than echoed when it holds invisible or direction characters. */
const shortKey = (k: string) => (textProblem(k) ? `<a ${k.length}-character key with invisible or control characters>` : k.length > 40 ? `${k.slice(0, 40)}…` : k);

interface Context {
  c: Collector;
  sources: Map<string, { published?: string }>;
  cited: Set<string>;
  today?: string;
}

function checkKeys(c: Collector, o: Obj, path: string, allowed: object, required: readonly string[]) {
  for (const key of required) {
    if (!has(o, key)) c.add(path, `Missing required field "${key}".`, `Add "${key}" to ${path}.`);
  }
  for (const key of Object.keys(o)) {
    if (!has(allowed, key)) c.add(`${path}.${shortKey(key)}`, `Unknown field "${shortKey(key)}".`, 'Remove it, or check its spelling against data/dataset.schema.json.');
  }
}

function checkText(c: Collector, v: Json, path: string, max: number, long = false): v is string {
  if (typeof v !== 'string') { c.add(path, `Expected text, found ${describe(v)}.`, 'Write it as a JSON string.'); return false; }
  // Far over the limit (UTF-16 length is at most twice the code points): too long, whatever it holds, and not scanned.
  if (v.length > 8 * max) { c.add(path, `Text is at least ${Math.ceil(v.length / 2)} characters long; the limit is ${max}.`, 'Shorten it.'); return false; }
  const problem = textProblem(v, long);
  if (problem) {
    switch (problem.kind) {
      case 'empty': c.add(path, 'Text is empty.', 'Write the text, or remove the field if it is optional.'); break;
      case 'invisible-only': c.add(path, 'Text has only invisible characters.', 'Write visible text.'); break;
      case 'surrogate': c.add(path, `Text holds a broken character (a lone UTF-16 surrogate) at position ${problem.at}.`, 'Retype the character, or remove the \\uD8xx escape that has no partner.'); break;
      case 'char': c.add(path, `Text holds ${problem.what} at position ${problem.at}.`, 'Remove it: invisible and direction characters can hide or reorder what readers see.'); break;
    }
    return false;
  }
  if (v.length > max) {
    const length = [...v].length;
    if (length > max) { c.add(path, `Text is ${length} characters long; the limit is ${max}.`, 'Shorten it.'); return false; }
  }
  return true;
}

function checkPattern(c: Collector, v: Json, path: string, re: RegExp, max: number, what: string, fix: string): v is string {
  if (typeof v !== 'string') { c.add(path, `Expected ${what}, found ${describe(v)}.`, fix); return false; }
  if (v.length > max || !re.test(v)) { c.add(path, `${describe(v)} is not ${what}.`, fix); return false; }
  return true;
}

/** A date as the sources give it, checked against the real calendar and, when known, today. */
function checkDate(ctx: Context, v: Json, path: string): v is string {
  const { c } = ctx;
  const fix = 'Write YYYY, YYYY-MM or YYYY-MM-DD, a date that exists.';
  if (typeof v !== 'string') { c.add(path, `Expected a date, found ${describe(v)}.`, fix); return false; }
  const p = parseDate(v);
  if (!isDateParts(p)) {
    const why = { shape: 'is not a date', year: 'has a year outside 1945–2100', month: 'has no such month', day: 'has no such day' }[p.problem];
    c.add(path, `${describe(v)} ${why}.`, fix);
    return false;
  }
  if (ctx.today && earliest(v) > ctx.today) { c.add(path, `The date ${v} is in the future (today is ${ctx.today}).`, 'Use the date the source gives; a projection is a "planned" figure dated when it was announced.'); return false; }
  return true;
}

const URL_FIX = 'Write the full address as the browser shows it, starting with https:// (or http://).';
function checkUrl(c: Collector, v: Json, path: string): boolean {
  if (typeof v !== 'string') { c.add(path, `Expected a URL, found ${describe(v)}.`, URL_FIX); return false; }
  if (v.length > LIMITS.url) { c.add(path, `The URL is ${v.length} characters long; the limit is ${LIMITS.url}.`, 'Link the page without tracking parameters.'); return false; }
  const problem = textProblem(v);
  if (problem && problem.kind === 'char') { c.add(path, `The URL holds ${problem.what}.`, URL_FIX); return false; }
  if (/\s/.test(v)) { c.add(path, 'The URL contains a space or line break.', 'Remove it, or write it as %20.'); return false; }
  if (v.startsWith('//')) { c.add(path, 'The URL has no scheme (it starts with //).', `Add https: in front. ${URL_FIX}`); return false; }
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(v)?.[1]?.toLowerCase();
  if (!scheme) {
    const why = /^[a-zA-Z]+\uff1a/.test(v) ? 'its colon is a full-width "：" (U+FF1A)' : 'it has no scheme such as https://';
    c.add(path, `${describe(v)} is not an absolute URL: ${why}.`, URL_FIX);
    return false;
  }
  if (scheme !== 'http' && scheme !== 'https') { c.add(path, `Only http and https links are allowed; found a "${scheme}:" URL.`, URL_FIX); return false; }
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    c.add(path, `${describe(v)} cannot be read as a URL by a browser.`, URL_FIX);
    return false;
  }
  if (!url.hostname || url.username || url.password) { c.add(path, `${describe(v)} has no host name, or carries a user name or password.`, URL_FIX); return false; }
  return true;
}

function checkEnum(c: Collector, v: Json, path: string, allowed: readonly string[], what: string): boolean {
  if (typeof v === 'string' && allowed.includes(v)) return true;
  c.add(path, `${describe(v)} is not a known ${what}.`, `Use one of: ${allowed.join(', ')} (defined in data/README.md).`);
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
  if (!Array.isArray(v)) { c.add(path, `Expected a list of ${what}, found ${describe(v)}.`, 'Write it as a JSON array: [ ... ].'); return false; }
  if (v.length > max) { c.add(path, `The list has ${v.length} items; the limit is ${max}.`, 'Split or shorten the list.'); return false; }
  return true;
}

/** Checks a list of cited ids; returns the valid ids cited. */
function checkSourceList(ctx: Context, v: Json, path: string): string[] {
  const { c } = ctx;
  if (!checkArray(c, v, path, LIMITS.sourceList, 'source ids')) return [];
  if (v.length === 0) c.add(path, 'No source is cited.', 'Cite at least one source id from "sources"; nothing without a source belongs in the dataset.');
  const seen = new Set<string>();
  const ids: string[] = [];
  v.forEach((id, i) => {
    const p = `${path}[${i}]`;
    if (!checkPattern(c, id, p, SOURCE_ID, 80, 'a source id', 'Use the id of an entry in "sources" (lower-case letters, digits and dashes).')) return;
    if (seen.has(id)) c.add(p, `Source "${id}" is cited twice.`, 'Remove the duplicate.');
    seen.add(id);
    ctx.cited.add(id);
    if (!ctx.sources.has(id)) c.add(p, `Unknown source id "${id}".`, `Add "${id}" to "sources", or correct the id to one that exists.`);
    else ids.push(id);
  });
  return ids;
}

/** A counted date may not lie after the publication of any source it cites. */
function checkCountedBeforePublished(ctx: Context, date: string, ids: readonly string[], path: string, what: string) {
  for (const id of ids) {
    const published = ctx.sources.get(id)?.published;
    if (published && earliest(date) > latest(published)) {
      ctx.c.add(path, `${what} ${date} is after the publication of source "${id}" (${published}).`, 'A source cannot count what had not happened when it was published: correct the date, or cite the source that reports it.');
    }
  }
}

function checkFigure(ctx: Context, o: Json, path: string, inHost: boolean) {
  const { c } = ctx;
  if (!isObject(o)) { c.add(path, `Expected a figure object, found ${describe(o)}.`, 'Give asOf, measure, basis, a number and sources (see data/README.md).'); return; }
  checkKeys(c, o, path, FIGURE_KEYS, ['asOf', 'measure', 'basis', 'sources']);
  const n: Record<'value' | 'low' | 'high', number | undefined> = { value: undefined, low: undefined, high: undefined };
  for (const k of ['value', 'low', 'high'] as const) {
    if (has(o, k) && checkInteger(c, o[k], `${path}.${k}`, 0, LIMITS.count, 'a count of people')) n[k] = o[k] as number;
  }
  if (!has(o, 'value') && !has(o, 'low') && !has(o, 'high')) {
    c.add(path, 'The figure has no number.', 'Give "value" (about N), "low" and "high" (N to M), "low" alone (at least N) or "high" alone (up to N). A host with no number has no figure: its statuses say what is known.');
  }
  if (n.low !== undefined && n.high !== undefined && n.low > n.high) c.add(`${path}.low`, `low (${n.low}) is greater than high (${n.high}).`, 'Swap low and high, or correct the one that is wrong.');
  if (n.value !== undefined && ((n.low !== undefined && n.value < n.low) || (n.high !== undefined && n.value > n.high))) {
    c.add(`${path}.value`, `value (${n.value}) lies outside the range ${n.low ?? '…'} to ${n.high ?? '…'}.`, 'Correct the value or the range so that low <= value <= high.');
  }
  if (has(o, 'measure')) checkEnum(c, o.measure, `${path}.measure`, MEASURES, 'measure');
  if (has(o, 'basis')) checkEnum(c, o.basis, `${path}.basis`, BASES, 'basis');
  if (has(o, 'scope')) {
    if (!inHost) c.add(`${path}.scope`, 'A global total has no scope.', 'Remove "scope".');
    else checkEnum(c, o.scope, `${path}.scope`, SCOPES, 'scope');
  }
  const ids = has(o, 'sources') ? checkSourceList(ctx, o.sources, `${path}.sources`) : [];
  const asOfOk = has(o, 'asOf') && checkDate(ctx, o.asOf, `${path}.asOf`);
  if (asOfOk) checkCountedBeforePublished(ctx, o.asOf as string, ids, `${path}.asOf`, 'The counted date');
  if (has(o, 'since') && checkDate(ctx, o.since, `${path}.since`)) {
    if (asOfOk && earliest(o.since as string) > latest(o.asOf as string)) c.add(`${path}.since`, `The period starts (${o.since as string}) after it ends (asOf ${o.asOf as string}).`, 'Swap since and asOf, or correct one.');
    if (o.measure !== 'sent' && o.measure !== 'departed') c.add(`${path}.since`, `"since" is for counts over a period (sent, departed), not "${String(o.measure)}".`, 'Remove "since", or correct the measure.');
  }
  if (has(o, 'note')) checkText(c, o.note, `${path}.note`, LIMITS.longText, true);
  if (has(o, 'dispute')) {
    const d = o.dispute;
    const dp = `${path}.dispute`;
    if (!isObject(d)) c.add(dp, `Expected an object, found ${describe(d)}.`, 'Write { "note": …, "sources": [ … ] }.');
    else {
      checkKeys(c, d, dp, DISPUTE_KEYS, ['note', 'sources']);
      if (has(d, 'note')) checkText(c, d.note, `${dp}.note`, LIMITS.longText, true);
      if (has(d, 'sources')) checkSourceList(ctx, d.sources, `${dp}.sources`);
    }
  }
}

function checkSources(ctx: Context, v: Json) {
  const { c } = ctx;
  if (!isObject(v)) { c.add('$.sources', `Expected an object of sources keyed by id, found ${describe(v)}.`, 'Write "sources": { "some-id": { "publisher": …, "title": …, "published": …, "url": …, "primary": …, "kind": … } }.'); return; }
  const ids = Object.keys(v);
  if (ids.length > LIMITS.sources) { c.add('$.sources', `There are ${ids.length} sources; the limit is ${LIMITS.sources}.`, 'Remove unused sources.'); return; }
  for (const id of ids) {
    const path = `$.sources["${shortKey(id)}"]`;
    if (!SOURCE_ID.test(id)) { c.add(path, `"${shortKey(id)}" is not a valid source id.`, 'Use lower-case letters, digits and dashes, starting with a letter or digit (at most 80).'); continue; }
    const s = v[id];
    if (!isObject(s)) { ctx.sources.set(id, {}); c.add(path, `Expected a source object, found ${describe(s)}.`, 'Give publisher, title, published, url, primary and kind.'); continue; }
    checkKeys(c, s, path, SOURCE_KEYS, ['publisher', 'title', 'published', 'url', 'primary', 'kind']);
    if (has(s, 'publisher')) checkText(c, s.publisher, `${path}.publisher`, LIMITS.shortText);
    if (has(s, 'title')) checkText(c, s.title, `${path}.title`, LIMITS.shortText);
    const publishedOk = has(s, 'published') && checkDate(ctx, s.published, `${path}.published`);
    ctx.sources.set(id, { published: publishedOk ? (s.published as string) : undefined });
    if (has(s, 'url')) checkUrl(c, s.url, `${path}.url`);
    if (has(s, 'copyUrl')) checkUrl(c, s.copyUrl, `${path}.copyUrl`);
    if (has(s, 'copyPublisher')) checkText(c, s.copyPublisher, `${path}.copyPublisher`, LIMITS.shortText);
    if (has(s, 'copyUrl') !== has(s, 'copyPublisher')) c.add(path, 'copyUrl and copyPublisher go together.', 'Name who hosts the copy in copyPublisher, or remove both.');
    if (has(s, 'primary') && typeof s.primary !== 'boolean') c.add(`${path}.primary`, `Expected true or false, found ${describe(s.primary)}.`, 'Write true for a primary document (a government report, a UN document), otherwise false.');
    if (has(s, 'kind')) checkEnum(c, s.kind, `${path}.kind`, SOURCE_KINDS, 'source kind');
    if (has(s, 'lang')) checkPattern(c, s.lang, `${path}.lang`, LANG, 35, 'a language tag', 'Write a BCP 47 tag such as "en", "ko" or "ru".');
  }
}

function checkStatuses(ctx: Context, v: Json, path: string): Array<{ from: string; status: string }> {
  const { c } = ctx;
  const out: Array<{ from: string; status: string }> = [];
  if (!checkArray(c, v, path, LIMITS.statuses, 'status entries')) return out;
  if (v.length === 0) c.add(path, 'The host has no status.', 'Add at least one { "from": …, "status": …, "sources": […] }.');
  let previous: string | undefined;
  v.forEach((e, i) => {
    const p = `${path}[${i}]`;
    if (!isObject(e)) { c.add(p, `Expected a status entry, found ${describe(e)}.`, 'Write { "from": …, "status": …, "sources": […] }.'); return; }
    checkKeys(c, e, p, STATUS_ENTRY_KEYS, ['from', 'status', 'sources']);
    const statusOk = has(e, 'status') && checkEnum(c, e.status, `${p}.status`, STATUSES, 'status');
    const ids = has(e, 'sources') ? checkSourceList(ctx, e.sources, `${p}.sources`) : [];
    if (has(e, 'note')) checkText(c, e.note, `${p}.note`, LIMITS.longText, true);
    if (has(e, 'from') && checkDate(ctx, e.from, `${p}.from`)) {
      const from = e.from as string;
      checkCountedBeforePublished(ctx, from, ids, `${p}.from`, 'The status date');
      if (previous !== undefined && earliest(from) <= earliest(previous)) {
        c.add(`${p}.from`, `Status entries are out of date order: ${from} does not come after ${previous}.`, 'List statuses oldest first, each starting after the one before.');
      }
      previous = from;
      if (statusOk) out.push({ from, status: e.status as string });
    }
  });
  return out;
}

function checkHost(ctx: Context, h: Json, path: string, knownShapes: ReadonlySet<string> | undefined) {
  const { c } = ctx;
  if (!isObject(h)) { c.add(path, `Expected a host object, found ${describe(h)}.`, 'See data/README.md for the fields of a host.'); return; }
  checkKeys(c, h, path, HOST_KEYS, ['id', 'name', 'iso3', 'isoNumeric', 'statuses', 'industries', 'restaurants', 'figures']);
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
      const m = t.marker;
      if (has(t, 'marker') && (!Array.isArray(m) || m.length !== 2 || typeof m[0] !== 'number' || typeof m[1] !== 'number' || !(Math.abs(m[0]) <= 180) || !(Math.abs(m[1]) <= 90))) {
        c.add(`${tp}.marker`, `Expected [longitude, latitude], found ${describe(m)}.`, 'Write two numbers: longitude from -180 to 180, then latitude from -90 to 90.');
      }
    }
  }
  const statuses = has(h, 'statuses') ? checkStatuses(ctx, h.statuses, `${path}.statuses`) : [];
  if (has(h, 'industries') && checkArray(c, h.industries, `${path}.industries`, LIMITS.industries, 'industries')) {
    const seen = new Set<Json>();
    h.industries.forEach((ind, i) => {
      if (checkEnum(c, ind, `${path}.industries[${i}]`, INDUSTRIES, 'industry') && seen.has(ind)) c.add(`${path}.industries[${i}]`, `Industry "${ind as string}" is listed twice.`, 'Remove the duplicate.');
      seen.add(ind);
    });
  }
  if (has(h, 'restaurants') && typeof h.restaurants !== 'boolean') c.add(`${path}.restaurants`, `Expected true or false, found ${describe(h.restaurants)}.`, 'Write true or false without quotes.');
  if (statuses.some((s) => s.status === 'restaurants-only') && h.restaurants === false) {
    c.add(`${path}.restaurants`, 'A status is "restaurants-only" but restaurants is false.', 'Set restaurants to true, or choose another status.');
  }
  if (has(h, 'note')) checkText(c, h.note, `${path}.note`, LIMITS.longText, true);
  if (has(h, 'figures') && checkArray(c, h.figures, `${path}.figures`, LIMITS.figures, 'figures')) {
    h.figures.forEach((f, i) => {
      const fp = `${path}.figures[${i}]`;
      checkFigure(ctx, f, fp, true);
      if (!isObject(f) || typeof f.asOf !== 'string' || !isDateParts(parseDate(f.asOf)) || !MAP_MEASURES.includes(f.measure as Measure)) return;
      // A headcount after a withdrawal needs the evidence of a return: a later status entry.
      const at = earliest(f.asOf);
      const current = statuses.filter((s) => earliest(s.from) <= at).pop();
      // A count of zero confirms a withdrawal; any other headcount contradicts it.
      if (current?.status === 'withdrawn' && (f.value ?? f.high ?? f.low) !== 0) {
        c.add(`${fp}.asOf`, `A "${f.measure as string}" figure dated ${f.asOf} comes after the status "withdrawn" from ${current.from}.`, 'Add a status entry (with its source) for the workers\' return before this date, or correct the date or the measure.');
      }
    });
  }
}

function checkEvents(ctx: Context, v: Json) {
  const { c } = ctx;
  if (!checkArray(c, v, '$.events', LIMITS.events, 'events')) return;
  const ids = new Map<string, number>();
  v.forEach((e, i) => {
    const p = `$.events[${i}]`;
    if (!isObject(e)) { c.add(p, `Expected an event object, found ${describe(e)}.`, 'Write { "id": …, "date": …, "label": …, "sources": […] }.'); return; }
    checkKeys(c, e, p, EVENT_KEYS, ['id', 'date', 'label', 'sources']);
    if (has(e, 'id') && checkPattern(c, e.id, `${p}.id`, SOURCE_ID, 80, 'an event id', 'Use lower-case letters, digits and dashes.')) {
      const first = ids.get(e.id);
      if (first !== undefined) c.add(`${p}.id`, `Event "${e.id}" appears twice (first at $.events[${first}]).`, 'Give each event its own id.');
      else ids.set(e.id, i);
    }
    const sourceIds = has(e, 'sources') ? checkSourceList(ctx, e.sources, `${p}.sources`) : [];
    if (has(e, 'date') && checkDate(ctx, e.date, `${p}.date`)) checkCountedBeforePublished(ctx, e.date as string, sourceIds, `${p}.date`, 'The event date');
    if (has(e, 'label')) checkText(c, e.label, `${p}.label`, LIMITS.shortText);
  });
}

export function validateDataset(input: Json, options: ValidateOptions = {}): ValidationResult {
  const c = new Collector();
  const ctx: Context = { c, sources: new Map(), cited: new Set(), today: options.today };
  try {
    if (!isObject(input)) {
      c.add('$', `Expected a JSON object, found ${describe(input)}.`, 'The dataset is one object with title, version, updated, license, events, sources, hosts and totals.');
      return { ok: false, errors: c.finish() };
    }
    checkKeys(c, input, '$', DATASET_KEYS, ['title', 'version', 'updated', 'license', 'events', 'sources', 'hosts', 'totals']);
    if (has(input, '$schema') && (typeof input.$schema !== 'string' || input.$schema.length > 200)) {
      c.add('$.$schema', `Expected a short text, found ${describe(input.$schema)}.`, 'Write "./dataset.schema.json" or remove it.');
    }
    if (has(input, 'title')) checkText(c, input.title, '$.title', LIMITS.shortText);
    if (has(input, 'version')) checkPattern(c, input.version, '$.version', SEMVER, 20, 'a semantic version', 'Write MAJOR.MINOR.PATCH, e.g. "2.1.0", and record the change in data/CHANGELOG.md.');
    if (has(input, 'updated') && checkDate(ctx, input.updated, '$.updated') && (input.updated as string).length !== 10) {
      c.add('$.updated', `${describe(input.updated)} is not a full date.`, 'Write the release date as YYYY-MM-DD.');
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
    if (has(input, 'events')) checkEvents(ctx, input.events);
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
    if (has(input, 'totals') && checkArray(c, input.totals, '$.totals', LIMITS.figures, 'totals')) {
      input.totals.forEach((t, i) => checkFigure(ctx, t, `$.totals[${i}]`, false));
    }
    for (const id of ctx.sources.keys()) {
      if (!ctx.cited.has(id)) c.add(`$.sources["${id}"]`, `Source "${id}" is never cited.`, 'Cite it from a figure, a status or an event, or remove it.');
    }
  } catch (error) {
    c.add('$', `The validator failed: ${error instanceof Error ? error.message : String(error)}.`, 'Report this as a bug, with the file.');
  }
  const errors = c.finish();
  return errors.length === 0 ? { ok: true, dataset: input as unknown as Dataset } : { ok: false, errors };
}

/** Parses JSON text strictly (BOM, duplicate keys) and validates it; a parse error is reported like any other. */
export function parseDataset(text: string, options: ValidateOptions = {}): ValidationResult {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  return validateDataset(parsed.value, options);
}

/** From bytes: strict UTF-8 first. The CLI, the build and the app all come through here. */
export function parseDatasetBytes(bytes: Uint8Array, options: ValidateOptions = {}): ValidationResult & { text?: string } {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  return { ...parseDataset(decoded.text, options), text: decoded.text };
}
