/**
 * The dataset's releases and what each changed per host, read from data/CHANGELOG.md
 * ("## [X.Y.Z] - YYYY-MM-DD" headings, each with a "### By host" list of "- `ID` text" lines).
 */
export interface HostChange {
  version: string;
  date: string;
  text: string;
}

export interface Release {
  version: string;
  date: string;
  /** The release's first paragraph, if any. */
  summary: string;
  /** Per host, in the order the changelog lists them. */
  hosts: Array<{ id: string; text: string }>;
}

const RELEASE = /^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})\s*$/;
const HOST_LINE = /^- `([A-Z]{2,3}(?:-[A-Z]+)?)` (.+)$/;

/** Releases newest first. Throws on a host line that names no known host, so a typo stops the build. */
export function parseChangelog(markdown: string, knownIds?: ReadonlySet<string>): Release[] {
  const releases: Release[] = [];
  let current: Release | undefined;
  let section = '';
  let summaryOpen = false;
  for (const [i, line] of markdown.split(/\r?\n/).entries()) {
    const release = RELEASE.exec(line);
    if (release) {
      current = { version: release[1], date: release[2], summary: '', hosts: [] };
      releases.push(current);
      section = '';
      summaryOpen = true;
      continue;
    }
    if (!current) continue;
    if (line.startsWith('### ')) { section = line.slice(4).trim(); summaryOpen = false; continue; }
    if (summaryOpen) {
      if (line.trim()) current.summary = `${current.summary} ${line.trim()}`.trim();
      else if (current.summary) summaryOpen = false;
      continue;
    }
    if (section !== 'By host' || !line.startsWith('- ')) continue;
    const host = HOST_LINE.exec(line);
    if (!host || (knownIds && !knownIds.has(host[1]))) {
      throw new Error(`CHANGELOG.md line ${i + 1}: "${line}" is not "- \`ID\` what changed" with a host id of dataset.json.`);
    }
    current.hosts.push({ id: host[1], text: host[2].trim() });
  }
  return releases;
}

/** Each host's changes across versions, newest first: the file the details panel fetches. */
export function changesByHost(releases: readonly Release[]): Record<string, HostChange[]> {
  const out: Record<string, HostChange[]> = {};
  for (const r of releases) for (const h of r.hosts) (out[h.id] ??= []).push({ version: r.version, date: r.date, text: h.text });
  return out;
}

/** The changes of one host from the fetched file; anything malformed is dropped (the file is data, not code). */
export function hostChangesFrom(json: unknown, id: string): HostChange[] {
  const list = json && typeof json === 'object' && Object.hasOwn(json, id) ? (json as Record<string, unknown>)[id] : undefined;
  if (!Array.isArray(list)) return [];
  return list.filter((c): c is HostChange => Boolean(c) && typeof c.version === 'string' && typeof c.date === 'string' && typeof c.text === 'string');
}
