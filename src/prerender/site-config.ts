/** Reads and checks site.config.json at build: every error names the file, the field and the fix. */
import { readFileSync } from 'node:fs';
import type { Licence, SiteInfo } from '../view/site-info';

export interface SiteConfigResult {
  site: SiteInfo;
  /** Fields left unset (null): the pages show a marked placeholder. */
  unset: string[];
}

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

function httpUrl(value: string): URL | null {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
}

export function checkSiteConfig(raw: unknown, file: string, datasetLicense: Licence): SiteConfigResult {
  const errors: string[] = [];
  const fail = (field: string, problem: string, fix: string) => errors.push(`${file}: "${field}" ${problem}. Fix: ${fix}.`);
  const config = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (config !== raw) fail('(root)', 'is not a JSON object', 'write an object with baseUrl, publisher, corrections, codeLicense, datasetLicense');
  const known = new Set(['$comment', 'baseUrl', 'publisher', 'corrections', 'codeLicense', 'datasetLicense']);
  for (const key of Object.keys(config)) if (!known.has(key)) fail(key, 'is not a known field', `remove it, or spell one of ${[...known].slice(1).join(', ')}`);
  const unset: string[] = [];
  const optionalString = (field: string): string | null => {
    const v = config[field];
    if (v === null || v === undefined) { unset.push(field); return null; }
    if (typeof v !== 'string' || !v.trim()) { fail(field, 'must be a non-empty string or null', `set it, or null to leave it unset`); return null; }
    return v.trim();
  };

  let baseUrl = optionalString('baseUrl');
  if (baseUrl !== null) {
    const u = httpUrl(baseUrl);
    if (!u || u.search || u.hash) fail('baseUrl', `is "${baseUrl}", not an absolute http(s) URL without query or fragment`, 'write the address the site is served from, e.g. "https://example.org/dprk-workers/"');
    else baseUrl = u.href.endsWith('/') ? u.href : `${u.href}/`;
  }
  const publisher = optionalString('publisher');
  const correctionsText = optionalString('corrections');
  let corrections: SiteInfo['corrections'] = null;
  if (correctionsText !== null) {
    if (EMAIL.test(correctionsText)) corrections = { email: correctionsText };
    else if (httpUrl(correctionsText)) corrections = { url: httpUrl(correctionsText)!.href };
    else fail('corrections', `is "${correctionsText}", neither an e-mail address nor an http(s) URL`, 'write e.g. "corrections@example.org" or "https://example.org/contact"');
  }
  const licence = (field: string): Licence => {
    const v = config[field] as Partial<Licence> | undefined;
    if (!v || typeof v !== 'object' || typeof v.name !== 'string' || !v.name.trim() || typeof v.url !== 'string' || !httpUrl(v.url)) {
      fail(field, 'must be { "name": "...", "url": "https://..." }', 'give the licence name and the http(s) URL of its text');
      return { name: '', url: '' };
    }
    return { name: v.name.trim(), url: v.url };
  };
  const codeLicense = licence('codeLicense');
  const dataset = licence('datasetLicense');
  if (dataset.name && (dataset.name !== datasetLicense.name || dataset.url !== datasetLicense.url)) {
    fail('datasetLicense', `says ${dataset.name} <${dataset.url}> but data/dataset.json says ${datasetLicense.name} <${datasetLicense.url}>`, 'make the two agree (the dataset file is the one readers download)');
  }
  if (errors.length) throw new Error(`The build stopped: the site configuration is invalid.\n${errors.join('\n')}`);
  return { site: { baseUrl, publisher, corrections, codeLicense, datasetLicense: dataset }, unset };
}

export function loadSiteConfig(file: string, datasetLicense: Licence): SiteConfigResult {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`The build stopped: ${file} could not be read as JSON (${(error as Error).message}). Fix: restore it from git, or see README.md "Site configuration".`);
  }
  return checkSiteConfig(raw, file, datasetLicense);
}
