/** npm run validate [file]: checks a dataset against the schema and the rules a schema cannot express. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseDatasetBytes, formatErrors } from '../src/model/validate';
import { MEASURES } from '../src/model/types';
import { knownShapeIds } from '../src/geo/atlas';

const file = process.argv[2] ?? 'data/dataset.json';
const label = relative(process.cwd(), file) || file;
let bytes: Buffer;
try {
  bytes = readFileSync(file);
} catch (error) {
  console.error(`${label}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)}). Fix: check the path.`);
  process.exit(1);
}
const result = parseDatasetBytes(bytes, { knownShapes: knownShapeIds(), today: new Date().toISOString().slice(0, 10) });
if (!result.ok) {
  console.error(formatErrors(label, result.errors));
  console.error(`\n${label}: ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}.`);
  process.exit(1);
}
const d = result.dataset;
const figures = d.hosts.flatMap((h) => h.figures);
const byMeasure = MEASURES.map((m) => `${m} ${figures.filter((f) => f.measure === m).length}`).join(', ');
console.log(`${label}: valid. Version ${d.version}, ${d.hosts.length} hosts, ${figures.length} figures (${byMeasure}), ${d.totals.length} totals, ${d.events.length} events, ${Object.keys(d.sources).length} sources.`);
