/** Starts a page: reads the prerendered map, loads and validates the dataset, then hydrates (or shows what failed). */
import { StrictMode, type ComponentType } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { buildViewModel } from './model';
import { loadDataset, textHash, type LoadResult } from './load';
import type { AppProps } from './use-map-app';
import { readLayout } from '../map/read-layout';
import { LoadStatus } from '../ui/LoadStatus';

export function bootstrap(App: ComponentType<AppProps>) {
  const root = document.getElementById('app');
  const svg = root?.querySelector<SVGSVGElement>('svg.map');
  const statusEl = document.getElementById('load-status');
  if (!root || !svg || !statusEl) return;
  const dataUrl = root.dataset.src ?? 'data/dataset.json';
  const dataBase = dataUrl.replace(/[^/]*$/, '');
  const layout = readLayout(svg);
  let statusRoot: Root | null = null;

  const showStatus = (failure: Extract<LoadResult, { ok: false }> | null, retrying = false) => {
    if (!failure) { statusRoot?.render(null); return; }
    statusRoot ??= createRoot(statusEl);
    statusRoot.render(<LoadStatus {...failure} retrying={retrying} onRetry={() => { showStatus(failure, true); void start(true); }} />);
  };

  const start = async (retry = false) => {
    const result = await loadDataset(dataUrl, document.getElementById('dataset-json'), retry);
    if (!result.ok) { showStatus(result); return; }
    showStatus(null);
    const app = (
      <StrictMode>
        <App model={buildViewModel(result.dataset)} layout={layout} dataBase={dataBase} />
      </StrictMode>
    );
    // Hydrate when the data is the one the page was built from; otherwise render afresh.
    if (root.dataset.hash === textHash(result.text)) hydrateRoot(root, app);
    else createRoot(root).render(app);
  };
  void start();
}
