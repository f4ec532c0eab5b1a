import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkSiteConfig } from '../../src/prerender/site-config';
import { changesByHost, hostChangesFrom, parseChangelog } from '../../src/model/changelog';

const CC = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };
const MIT = { name: 'MIT', url: 'https://opensource.org/license/mit' };
const base = { baseUrl: null, publisher: null, corrections: null, codeLicense: MIT, datasetLicense: CC };
const check = (over: Record<string, unknown>) => checkSiteConfig({ ...base, ...over }, 'site.config.json', CC);

describe('site.config.json', () => {
  it('the shipped file is valid; what it leaves unset is listed, to be shown as marked placeholders', () => {
    const { site, unset } = checkSiteConfig(JSON.parse(readFileSync('site.config.json', 'utf8')), 'site.config.json', CC);
    expect(site.codeLicense.name).toBe(JSON.parse(readFileSync('package.json', 'utf8')).license);
    expect(unset).toEqual(['baseUrl', 'publisher', 'corrections'].filter((f) => site[f as 'baseUrl'] === null));
  });

  it('reads an e-mail or an http(s) URL for corrections, and gives the base URL its trailing slash', () => {
    expect(check({ corrections: 'fix@example.org' }).site.corrections).toEqual({ email: 'fix@example.org' });
    expect(check({ corrections: 'https://example.org/contact' }).site.corrections).toEqual({ url: 'https://example.org/contact' });
    expect(check({ baseUrl: 'https://example.org/map' }).site.baseUrl).toBe('https://example.org/map/');
  });

  it.each([
    [{ baseUrl: 'example.org/map' }, /"baseUrl" is "example.org\/map", not an absolute http\(s\) URL.*Fix: /],
    [{ corrections: 'javascript:alert(1)' }, /"corrections" is .* neither an e-mail address nor an http\(s\) URL/],
    [{ publisher: '' }, /"publisher" must be a non-empty string or null/],
    [{ datasetLicense: MIT }, /"datasetLicense" says MIT .* but data\/dataset.json says CC BY 4.0/],
    [{ codeLicense: { name: 'MIT' } }, /"codeLicense" must be \{ "name": "...", "url": "https:\/\/..." \}/],
    [{ publsher: 'x' }, /"publsher" is not a known field/],
  ])('stops the build naming the file, the field and the fix: %j', (over, message) => {
    expect(() => check(over)).toThrow(message);
    expect(() => check(over)).toThrow(/^The build stopped: the site configuration is invalid\.\nsite\.config\.json: /);
  });
});

describe('the data changelog', () => {
  const md = ['# Changelog', '', '## [2.0.0] - 2026-02-01', 'Big release.', '', '### Changed', '- general words', '', '### By host', '- `RUS` Permits now.', '- `GE-AB` Split.', '', '## [1.0.0] - 2026-01-01', '', '### By host', '- `RUS` Added.', ''].join('\n');

  it('reads each release with its per-host lines, newest first', () => {
    const releases = parseChangelog(md, new Set(['RUS', 'GE-AB']));
    expect(releases.map((r) => [r.version, r.date, r.summary, r.hosts.length])).toEqual([['2.0.0', '2026-02-01', 'Big release.', 2], ['1.0.0', '2026-01-01', '', 1]]);
    const byHost = changesByHost(releases);
    expect(byHost.RUS).toEqual([{ version: '2.0.0', date: '2026-02-01', text: 'Permits now.' }, { version: '1.0.0', date: '2026-01-01', text: 'Added.' }]);
    expect(hostChangesFrom(byHost, 'GE-AB')).toEqual([{ version: '2.0.0', date: '2026-02-01', text: 'Split.' }]);
  });

  it('stops on a host line naming no known host, with its line number', () => {
    expect(() => parseChangelog(md, new Set(['RUS']))).toThrow(/CHANGELOG.md line 11: "- `GE-AB` Split."/);
  });

  it('drops malformed entries of the served file rather than showing them', () => {
    expect(hostChangesFrom({ RUS: [{ version: '1', date: 'd', text: 't' }, { version: 1 }, null] }, 'RUS')).toHaveLength(1);
    expect(hostChangesFrom({ RUS: 'x' }, 'RUS')).toEqual([]);
    expect(hostChangesFrom(JSON.parse('{"__proto__": []}'), 'toString')).toEqual([]);
  });

  it('the shipped changelog names only hosts of the dataset, and its newest release is the dataset’s version', () => {
    const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as { version: string; hosts: Array<{ id: string }> };
    const releases = parseChangelog(readFileSync('data/CHANGELOG.md', 'utf8'), new Set(dataset.hosts.map((h) => h.id)));
    expect(releases[0].version).toBe(dataset.version);
    expect(releases[0].hosts.length).toBeGreaterThan(0);
  });
});
