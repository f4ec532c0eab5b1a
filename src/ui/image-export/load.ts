/**
 * Loads the image export on demand. The page is one classic script (IIFE: no code splitting), so
 * the export is a second classic script, built on its own (vite --mode image-export) and added to
 * the page on first use; it sits beside the page's own script.
 */
import { IMAGE_EXPORT_GLOBAL, type ImageExportApi } from './types';

/** The export script's path relative to the page's script, set by vite.config.ts. */
declare const __IMAGE_EXPORT_FILE__: string;

// Read while the page's script runs: afterwards document.currentScript is null.
const pageScript = typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : undefined;
const DEV_ENTRY = '/src/ui/image-export/entry.ts';
let loading: Promise<ImageExportApi> | undefined;

const loaded = () => (window as unknown as Record<string, ImageExportApi | undefined>)[IMAGE_EXPORT_GLOBAL];

export function loadImageExport(): Promise<ImageExportApi> {
  loading ??= new Promise<ImageExportApi>((resolve, reject) => {
    const done = () => {
      const api = loaded();
      if (api) resolve(api);
      else reject(new Error('the image export did not load'));
    };
    // The dev server serves modules, not the built script.
    if (import.meta.env.DEV) {
      import(/* @vite-ignore */ DEV_ENTRY).then(done, reject);
      return;
    }
    const script = document.createElement('script');
    script.src = new URL(__IMAGE_EXPORT_FILE__, pageScript ?? document.baseURI).href;
    script.onload = done;
    script.onerror = () => reject(new Error(`could not load ${script.src}`));
    document.head.append(script);
  }).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
