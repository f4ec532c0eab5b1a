/** Build-time inputs of every page: the validated dataset and the projected map. */
import { readFileSync } from 'node:fs';
import { parseDatasetBytes, formatErrors } from '../model/validate';
import type { Dataset } from '../model/types';
import { knownShapeIds } from '../geo/atlas';
import { buildLayout } from '../geo/layout';
import type { MapLayout } from '../geo/types';

export interface SiteData {
  dataset: Dataset;
  /** The dataset as served: minified (the same data as data/dataset.json), the file the app loads and offers for download. */
  datasetText: string;
  layout: MapLayout;
}

export function loadSiteData(datasetFile: string): SiteData {
  const result = parseDatasetBytes(readFileSync(datasetFile), { knownShapes: knownShapeIds(), today: new Date().toISOString().slice(0, 10) });
  if (!result.ok) throw new Error(`The build stopped: the dataset is invalid.\n${formatErrors(datasetFile, result.errors)}`);
  // Geometry knows nothing of workers: it gets plain marker requests.
  const requests = result.dataset.hosts.map((h) => ({ id: h.id, shape: h.isoNumeric, point: h.territory?.marker }));
  return { dataset: result.dataset, datasetText: `${JSON.stringify(result.dataset)}\n`, layout: buildLayout(requests) };
}
