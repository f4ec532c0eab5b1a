// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { renderToString } from 'react-dom/server';
import { FullApp } from '../../src/app/FullApp';
import { EmbedApp } from '../../src/app/EmbedApp';
import { parseDataset } from '../../src/model/validate';
import { buildLayout } from '../../src/geo/layout';
import { ko } from '../../src/i18n/ko';
import { en } from '../../src/i18n/en';
import { NAMES_KO } from '../../src/i18n/names-ko';
import type { Dataset } from '../../src/model/types';

// The Korean pages as the build renders them (shipped data), with the dataset's own text (marked lang="en") left out.
const result = parseDataset(readFileSync('data/dataset.json', 'utf8'));
if (!result.ok) throw new Error('the shipped dataset is invalid');
const dataset: Dataset = result.dataset;
const layout = buildLayout(dataset.hosts.map((h) => ({ id: h.id, shape: h.isoNumeric, point: h.territory?.marker })));

function interfaceText(html: string): string {
  const root = document.createElement('div');
  root.append(new DOMParser().parseFromString(html, 'text/html').body);
  for (const el of root.querySelectorAll('[lang]:not([lang="ko"]), style, script, svg title')) el.remove();
  return root.textContent ?? '';
}

/** Every English sentence or phrase of the catalogue (string leaves of two words or more). */
function englishPhrases(o: unknown, out: string[] = []): string[] {
  if (typeof o === 'string') { if (/[A-Za-z]+ [A-Za-z]+/.test(o)) out.push(o); }
  else if (o && typeof o === 'object') for (const v of Object.values(o)) englishPhrases(v, out);
  return out;
}

// Latin words a Korean page may show: file formats, the other language's name, map credits.
const ALLOWED = new Set(['Enter', 'Esc', 'CSV', 'JSON', 'PNG', 'SVG', 'Schema', 'English', 'Natural', 'Earth', 'world', 'atlas', 'IT', 'CC', 'BY', 'v']);

describe.each([['the full page', FullApp], ['the embed', EmbedApp]])('%s in Korean', (_, App) => {
  const text = interfaceText(renderToString(<App dataset={dataset} messages={ko} names={NAMES_KO} layout={layout} dataBase="../data/" />));

  it('shows no English interface string', () => {
    expect(text.length).toBeGreaterThan(500);
    expect(englishPhrases(en).filter((p) => text.includes(p))).toEqual([]);
  });

  it('shows no Latin word outside the dataset’s own text but the allowed few', () => {
    const words = [...new Set(text.match(/[A-Za-z]+/g) ?? [])].filter((w) => !ALLOWED.has(w));
    expect(words).toEqual([]);
  });
});
