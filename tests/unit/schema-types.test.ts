import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import {
  BASES, INDUSTRIES, MAP_MEASURES, MEASURES, SCOPES, SOURCE_KINDS, STATUSES,
  DATASET_KEYS, DISPUTE_KEYS, EVENT_KEYS, FIGURE_KEYS, HOST_KEYS, LICENSE_KEYS, SOURCE_KEYS, STATUS_ENTRY_KEYS, TERRITORY_KEYS,
} from '../../src/model/types';
import { validateDataset } from '../../src/model/validate';
import { timelineDataset, validDataset } from '../fixtures/datasets';

const schema = JSON.parse(readFileSync('data/dataset.schema.json', 'utf8'));
const defs = schema.$defs;
const keys = (o: object) => Object.keys(o).sort();
const compile = () => new Ajv2020({ allErrors: true, strictTypes: true, strictTuples: true }).compile(schema);

/** A fixture in which every object carries every field it may have, so each field's removal can be tried. */
function fullDataset(): any {
  const d: any = validDataset();
  Object.assign(d.hosts[3].figures[0], { since: '2018', low: 30, high: 40, scope: 'national', note: 'A note.', dispute: { note: 'Denied.', sources: ['un-panel-2019'] } });
  d.hosts[0].statuses[0].note = 'A note.';
  d.hosts[1].note = 'A note.';
  d.sources['wapo-2019'].lang = 'en';
  return d;
}

/** What the hand-written validator requires of an object: the fields whose removal it reports as missing. */
function requiredByValidator(at: (d: any) => any, allowed: object): string[] {
  return Object.keys(allowed).filter((key) => {
    const d = fullDataset();
    const o = at(d);
    if (!(key in o)) return false;
    delete o[key];
    const r = validateDataset(d);
    return !r.ok && r.errors.some((e) => e.message === `Missing required field "${key}".`);
  }).sort();
}

// Each object of the schema, where it sits in the fixture, and its *_KEYS constant in types.ts.
const OBJECTS: Array<[string, any, (d: any) => any, object]> = [
  ['dataset', schema, (d) => d, DATASET_KEYS],
  ['license', schema.properties.license, (d) => d.license, LICENSE_KEYS],
  ['event', defs.event, (d) => d.events[0], EVENT_KEYS],
  ['source', defs.source, (d) => d.sources['wapo-2019'], SOURCE_KEYS],
  ['host', defs.host, (d) => d.hosts[1], HOST_KEYS],
  ['territory', defs.territory, (d) => d.hosts[1].territory, TERRITORY_KEYS],
  ['status entry', defs.statusEntry, (d) => d.hosts[0].statuses[0], STATUS_ENTRY_KEYS],
  ['figure', defs.figure, (d) => d.hosts[3].figures[0], FIGURE_KEYS],
  ['dispute', defs.dispute, (d) => d.hosts[3].figures[0].dispute, DISPUTE_KEYS],
];

describe('data/dataset.schema.json and src/model/types.ts', () => {
  it.each(OBJECTS)('%s: the same fields, closed to others', (_name, def, _at, allowed) => {
    expect(keys(def.properties)).toEqual(keys(allowed));
    expect(def.additionalProperties).toBe(false);
  });

  it.each(OBJECTS)('%s: the same required fields as the validator', (_name, def, at, allowed) => {
    expect([...def.required].sort()).toEqual(requiredByValidator(at, allowed));
  });

  it('the fixture used for the required fields carries every field', () => {
    const d = fullDataset();
    for (const [name, , at, allowed] of OBJECTS) expect(keys(at(d)), name).toEqual(keys(allowed));
    expect(validateDataset(d)).toMatchObject({ ok: true });
  });

  it('share the closed lists, in the same order', () => {
    expect(defs.figure.properties.measure.enum).toEqual([...MEASURES]);
    expect(defs.figure.properties.basis.enum).toEqual([...BASES]);
    expect(defs.figure.properties.scope.enum).toEqual([...SCOPES]);
    expect(defs.statusEntry.properties.status.enum).toEqual([...STATUSES]);
    expect(defs.source.properties.kind.enum).toEqual([...SOURCE_KINDS]);
    expect(defs.host.properties.industries.items.enum).toEqual([...INDUSTRIES]);
    // "since" is allowed only for the measures that count over a period.
    expect(defs.figure.then.properties.measure.enum).toEqual(MEASURES.filter((m) => m === 'sent' || m === 'departed'));
    for (const m of MAP_MEASURES) expect(MEASURES).toContain(m);
  });

  it('writes every date as YYYY, YYYY-MM or YYYY-MM-DD', () => {
    const date = new RegExp(defs.date.pattern, 'u');
    for (const ok of ['2019', '2019-03', '2019-03-31']) expect(date.test(ok), ok).toBe(true);
    for (const bad of ['19', '2019-3', '2019-13', '2019-03-32', '2019/03', '2019-03-01T00:00']) expect(date.test(bad), bad).toBe(false);
    for (const ref of [defs.figure.properties.asOf, defs.figure.properties.since, defs.statusEntry.properties.from, defs.event.properties.date, defs.source.properties.published]) {
      expect(ref.$ref).toBe('#/$defs/date');
    }
    expect(schema.properties.updated.$ref).toBe('#/$defs/day');
  });

  it('compiles in strict mode as draft 2020-12', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(() => compile()).not.toThrow();
  });

  it('accepts every dataset the validator accepts: the fixtures, with each optional field present or absent, and the shipped file', () => {
    const validate = compile();
    const candidates: unknown[] = [validDataset(), timelineDataset(), fullDataset(), JSON.parse(readFileSync('data/dataset.json', 'utf8'))];
    for (const [, , at, allowed] of OBJECTS) {
      for (const key of Object.keys(allowed)) {
        const d = fullDataset();
        if (at(d) && key in at(d)) { delete at(d)[key]; candidates.push(d); }
      }
    }
    let accepted = 0;
    for (const d of candidates) {
      if (!validateDataset(d).ok) continue;
      accepted++;
      expect(validate(d), JSON.stringify(validate.errors)).toBe(true);
    }
    expect(accepted).toBeGreaterThanOrEqual(12);
  });

  it('rejects what the closed lists and the shape rules reject', () => {
    const validate = compile();
    const broken: Array<(d: any) => void> = [
      (d) => { d.hosts[0].figures[0].measure = 'estimate'; },
      (d) => { d.hosts[0].figures[0].basis = 'blog'; },
      (d) => { d.hosts[0].statuses[0].status = 'gone'; },
      (d) => { d.sources['ncnk-2019'].kind = 'blog'; },
      (d) => { d.hosts[0].industries = ['banking']; },
      (d) => { d.hosts[0].figures[0].sources = []; },
      (d) => { d.hosts[0].statuses = []; },
      (d) => { d.hosts[0].figures[0].since = '2018'; },
      (d) => { delete d.sources['wapo-2019'].copyPublisher; },
      (d) => { d.totals[0].scope = 'national'; },
      (d) => { d.hosts[0].figures[0].asOf = '2019-13'; },
      (d) => { d.hosts[0].name = 'Chi\u200Bna'; },
      (d) => { d.sources['ncnk-2019'].url = 'javascript:alert(1)'; },
      (d) => { d.hosts[0].colour = 'red'; },
    ];
    broken.forEach((mutate, i) => {
      const d: any = validDataset();
      mutate(d);
      expect(validateDataset(d).ok, `validator, case ${i}`).toBe(false);
      expect(validate(d), `schema, case ${i}`).toBe(false);
    });
  });
});
