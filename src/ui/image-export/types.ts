/** What the page hands the image export (a separate script loaded on demand), and what it gives back. */
export interface ImageRequest {
  format: 'png' | 'svg';
  fileName: string;
  /** The page's language, for the text in the image. */
  lang: string;
  title: string;
  /** The "as of" line. */
  asOf: string;
  /** The selected host and its figure, when one is selected. */
  selected?: string;
  credit: string;
  /** The page's map and legend, read as they are drawn now. */
  map: SVGSVGElement;
  legend: Element | null;
}

export interface ImageFile {
  blob: Blob;
  width: number;
  height: number;
}

export interface ImageExportApi {
  /** Makes the image and starts its download. */
  downloadImage(request: ImageRequest): Promise<ImageFile>;
}

/** The global the export script sets when it has loaded. */
export const IMAGE_EXPORT_GLOBAL = 'dprkMapImageExport';
