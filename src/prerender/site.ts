/** Build-time inputs of every page: the validated dataset and the projected map. */
import { readFileSync } from 'node:fs';
import { parseDataset, formatErrors } from '../data/validate';
import type { Dataset } from '../data/types';
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
  const result = parseDataset(readFileSync(datasetFile, 'utf8'), { knownShapes: knownShapeIds() });
  if (!result.ok) throw new Error(`The build stopped: the dataset is invalid.\n${formatErrors(datasetFile, result.errors)}`);
  return { dataset: result.dataset, datasetText: `${JSON.stringify(result.dataset)}\n`, layout: buildLayout(result.dataset.hosts) };
}
