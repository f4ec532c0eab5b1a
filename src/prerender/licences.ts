/** dist/LICENSES.txt: the licence texts of every package the browser bundles (the runtime dependencies and theirs). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

interface Pkg {
  name: string;
  version: string;
  license?: string;
  dependencies?: Record<string, string>;
}

const readPkg = (dir: string) => JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8')) as Pkg;

/** The runtime dependency closure, by name: only `dependencies` reach the browser bundle (the rest is build and test). */
export function shippedPackages(root: string): Array<{ pkg: Pkg; dir: string }> {
  const seen = new Map<string, { pkg: Pkg; dir: string }>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    const dir = resolve(root, 'node_modules', name);
    if (!existsSync(resolve(dir, 'package.json'))) throw new Error(`The build stopped: ${name} is a runtime dependency but node_modules/${name} is missing. Fix: npm ci.`);
    const pkg = readPkg(dir);
    seen.set(name, { pkg, dir });
    for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep);
  };
  for (const dep of Object.keys(readPkg(root).dependencies ?? {})) visit(dep);
  return [...seen.values()].sort((a, b) => a.pkg.name.localeCompare(b.pkg.name));
}

export function licencesText(root: string, own: { name: string; licence: string; dataset: { name: string; url: string } }): string {
  const sections = shippedPackages(root).map(({ pkg, dir }) => {
    const file = readdirSync(dir).find((f) => /^licen[cs]e(\.(md|txt))?$/i.test(f));
    if (!file) throw new Error(`The build stopped: ${pkg.name} ships to readers but has no LICENSE file in ${dir}. Fix: add its licence text by hand to src/prerender/licences.ts.`);
    return `${pkg.name} ${pkg.version} (${pkg.license ?? 'see below'})\n${'-'.repeat(60)}\n${readFileSync(resolve(dir, file), 'utf8').trim()}\n`;
  });
  return [
    `${own.name}: the code of this site is under the ${own.licence} licence (package.json, "license").`,
    `The dataset (data/dataset.json, data/dataset.csv) is under ${own.dataset.name}: ${own.dataset.url}`,
    '',
    'The script this site sends to browsers bundles the following packages, under these licences:',
    '',
    ...sections,
  ].join('\n');
}
