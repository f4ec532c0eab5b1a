import { StrictMode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { App, type Mode } from './app/App';
import { buildViewModel } from './app/model';
import { loadDataset, textHash, type LoadResult } from './app/load';
import { readLayout } from './map/read-layout';
import { LoadStatus } from './ui/LoadStatus';
import './styles.css';

const root = document.getElementById('app');
const svg = root?.querySelector<SVGSVGElement>('svg.map');
const statusEl = document.getElementById('load-status');

if (root && svg && statusEl) {
  const mode: Mode = root.dataset.mode === 'embed' ? 'embed' : 'full';
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
        <App model={buildViewModel(result.dataset)} layout={layout} mode={mode} dataBase={dataBase} />
      </StrictMode>
    );
    // Hydrate when the data is the one the page was built from; otherwise render afresh.
    if (root.dataset.hash === textHash(result.text)) hydrateRoot(root, app);
    else createRoot(root).render(app);
  };
  void start();
}
