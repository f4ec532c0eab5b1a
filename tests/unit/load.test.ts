import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { loadDataset } from '../../src/app/load';
import { en } from '../../src/i18n/en';
import { validDataset } from '../fixtures/datasets';

const bytesOf = (text: string) => new TextEncoder().encode(text);
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const serving = (text: string) => (async () => new Response(bytesOf(text), { status: 200 })) as typeof fetch;

describe('loading the dataset the page was built from', () => {
  const built = JSON.stringify(validDataset(), null, 2);

  it('takes the bytes the build validated as they are, and lets the page hydrate', async () => {
    const result = await loadDataset('data/dataset.json', null, en, false, serving(built), sha256(built));
    expect(result).toMatchObject({ ok: true, asBuilt: true });
    if (result.ok) expect(result.dataset).toEqual(validDataset());
  });

  it('validates any other bytes, and names the field that is wrong', async () => {
    const changed = validDataset();
    (changed.hosts[0] as { id: string }).id = '';
    const result = await loadDataset('data/dataset.json', null, en, false, serving(JSON.stringify(changed)), sha256(built));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.detail).toMatch(/^data\/dataset\.json: \$\.hosts\[0\]\.id: /);
  });

  it('validates a valid dataset that is not the built one, and renders it afresh', async () => {
    const other = JSON.stringify(validDataset());
    const result = await loadDataset('data/dataset.json', null, en, false, serving(other), sha256(built));
    expect(result).toMatchObject({ ok: true, asBuilt: false });
  });

  it('checks inline data (the embed) the same way', async () => {
    const element = { textContent: built } as HTMLElement;
    expect(await loadDataset('x', element, en, false, serving(''), sha256(built))).toMatchObject({ ok: true, asBuilt: true });
    const tampered = { textContent: built.replace('"hosts"', '"hosts" ') } as HTMLElement;
    expect(await loadDataset('x', tampered, en, false, serving(''), sha256(built))).toMatchObject({ ok: true, asBuilt: false });
  });
});
