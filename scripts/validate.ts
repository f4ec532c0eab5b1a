/** npm run validate [file]: checks a dataset against the schema and the rules a schema cannot express. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseDataset, formatErrors } from '../src/data/validate';
import { knownShapeIds } from '../src/geo/atlas';

const file = process.argv[2] ?? 'data/dataset.json';
const label = relative(process.cwd(), file) || file;
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`${label}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)}). Fix: check the path.`);
  process.exit(1);
}
const result = parseDataset(text, { knownShapes: knownShapeIds() });
if (!result.ok) {
  console.error(formatErrors(label, result.errors));
  console.error(`\n${label}: ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}.`);
  process.exit(1);
}
const d = result.dataset;
const figures = d.hosts.reduce((n, h) => n + h.estimates.length, 0);
console.log(`${label}: valid. Version ${d.version}, ${d.hosts.length} hosts, ${figures} estimates, ${d.totals.length} totals, ${Object.keys(d.sources).length} sources.`);
