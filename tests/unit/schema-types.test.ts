import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { DATASET_KEYS, ESTIMATE_KEYS, HOST_KEYS, INDUSTRIES, LICENSE_KEYS, SOURCE_KEYS, SOURCE_KINDS, STATUSES, TERRITORY_KEYS, TOTAL_KEYS, SCOPES } from '../../src/data/types';
import { validDataset } from '../fixtures/datasets';

const schema = JSON.parse(readFileSync('data/dataset.schema.json', 'utf8'));
const defs = schema.$defs;
const keys = (o: object) => Object.keys(o).sort();

describe('JSON Schema and TypeScript types', () => {
  it('list the same fields for every object', () => {
    expect(keys(schema.properties)).toEqual(keys(DATASET_KEYS));
    expect(keys(defs.source.properties)).toEqual(keys(SOURCE_KEYS));
    expect(keys(defs.estimate.properties)).toEqual(keys(ESTIMATE_KEYS));
    expect(keys(defs.total.properties)).toEqual(keys(TOTAL_KEYS));
    expect(keys(defs.host.properties)).toEqual(keys(HOST_KEYS));
    expect(keys(defs.host.properties.territory.properties)).toEqual(keys(TERRITORY_KEYS));
    expect(keys(schema.properties.license.properties)).toEqual(keys(LICENSE_KEYS));
  });

  it('share the vocabularies', () => {
    expect(defs.host.properties.industries.items.enum).toEqual([...INDUSTRIES]);
    expect(defs.host.properties.status.enum).toEqual([...STATUSES]);
    expect(defs.source.properties.kind.enum).toEqual([...SOURCE_KINDS]);
    expect(defs.estimate.properties.scope.enum).toEqual([...SCOPES]);
  });

  it('compiles as draft 2020-12 and accepts the shipped dataset and the fixture', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    expect(validate(JSON.parse(readFileSync('data/dataset.json', 'utf8'))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(validDataset())).toBe(true);
    const broken: any = validDataset();
    broken.hosts[0].estimates[0].sources = [];
    expect(validate(broken)).toBe(false);
  });
});
