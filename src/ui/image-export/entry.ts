/** The image export's own script: loaded on the first click of "Download PNG/SVG", it hands its functions to the page. */
import { imageExport } from './render';
import { IMAGE_EXPORT_GLOBAL } from './types';

(window as unknown as Record<string, unknown>)[IMAGE_EXPORT_GLOBAL] = imageExport;
