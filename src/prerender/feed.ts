/** The Atom feed of dataset releases (dist/feed.xml), one entry per release, each listing what changed per host. */
import type { Release } from '../model/changelog';
import type { Dataset } from '../model/types';
import type { SiteInfo } from '../view/site-info';

/** Markdown code spans read as plain words in a feed reader. */
const plain = (s: string) => s.replace(/`([^`]*)`/g, '$1');
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface FeedInput {
  releases: readonly Release[];
  dataset: Dataset;
  site: SiteInfo;
  title: string;
  /** The author when the site configuration names no publisher (a marked placeholder). */
  publisherUnset: string;
}

export function atomFeed({ releases, dataset, site, title, publisherUnset }: FeedInput): string {
  // Without a base URL, links stay relative to the feed (it sits at the site's root) and ids are URNs.
  const at = (path: string) => `${site.baseUrl ?? ''}${path}`;
  const id = (version?: string) => (site.baseUrl ? `${site.baseUrl}feed.xml${version ? `#v${version}` : ''}` : `urn:dprk-workers-map:dataset${version ? `:${version}` : ''}`);
  const name = (hostId: string) => dataset.hosts.find((h) => h.id === hostId)?.name ?? hostId;
  const entries = releases.map((r) => [
    '  <entry>',
    `    <title>${xml(`Dataset ${r.version}`)}</title>`,
    `    <id>${xml(id(r.version))}</id>`,
    `    <updated>${r.date}T00:00:00Z</updated>`,
    `    <link rel="alternate" type="text/markdown" href="${xml(at('data/CHANGELOG.md'))}"/>`,
    ...(r.summary ? [`    <summary>${xml(plain(r.summary))}</summary>`] : []),
    '    <content type="xhtml">',
    '      <div xmlns="http://www.w3.org/1999/xhtml">',
    ...(r.summary ? [`        <p>${xml(plain(r.summary))}</p>`] : []),
    r.hosts.length
      ? `        <ul>\n${r.hosts.map((h) => `          <li><strong>${xml(name(h.id))} (${xml(h.id)})</strong>: ${xml(h.text)}</li>`).join('\n')}\n        </ul>`
      : '        <p>No per-host changes are listed for this release.</p>',
    '      </div>',
    '    </content>',
    '  </entry>',
  ].join('\n'));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${xml(title)}</title>`,
    `  <id>${xml(id())}</id>`,
    `  <updated>${releases[0]?.date ?? dataset.updated}T00:00:00Z</updated>`,
    `  <author><name>${xml(site.publisher ?? publisherUnset)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(at('feed.xml'))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(site.baseUrl ?? './')}"/>`,
    `  <rights>${xml(`Dataset: ${site.datasetLicense.name} (${site.datasetLicense.url})`)}</rights>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
