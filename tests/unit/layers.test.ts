import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';

const require = createRequire(import.meta.url);
const config = require('../../.dependency-cruiser.cjs');

async function violations(baseDir: string): Promise<string[]> {
  const { output } = await cruise(['src'], { baseDir: resolve(baseDir), ruleSet: { forbidden: config.forbidden }, validate: true, tsPreCompilationDeps: true }, { extensions: ['.ts', '.tsx'] });
  return (output as ICruiseResult).summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
}

describe('layer rules (.dependency-cruiser.cjs)', () => {
  it('reject a model module that imports the view', async () => {
    expect(await violations('tests/fixtures/layers')).toEqual(['model-imports-only-itself: src/model/bad.ts -> src/view/store.ts']);
  });

  it('hold for the app', async () => {
    expect(await violations('.')).toEqual([]);
  });
});
