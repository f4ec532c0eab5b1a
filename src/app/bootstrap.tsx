/** Starts a page: reads the prerendered map, loads and validates the dataset, then hydrates (or shows what failed). */
import './preact-options';
import { StrictMode, type ComponentType } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { loadDataset, type LoadResult } from './load';
import type { AppProps } from './use-map-app';
import type { Messages } from '../i18n/en';
import type { NameTable } from '../view/view-model';
import { readLayout } from '../map/read-layout';
import { registerPrerenderedLabels } from '../map/prerendered-labels';
import { siteInfoFromJson } from '../view/site-info';
import { LoadStatus } from '../ui/LoadStatus';
import { setHydrating } from '../map/HydrateLater';


export function bootstrap(App: ComponentType<AppProps>, messages: Messages, names?: NameTable) {
  const root = document.getElementById('app');
  const svg = root?.querySelector<SVGSVGElement>('svg.map');
  const statusEl = document.getElementById('load-status');
  if (!root || !svg || !statusEl) return;
  document.documentElement.classList.add('has-script');
  const dataUrl = root.dataset.src ?? 'data/dataset.json';
  const dataBase = dataUrl.replace(/[^/]*$/, '');
  const layout = readLayout(svg);
  const initialHost = root.dataset.host;
  const pageRoot = root.dataset.root ?? '';
  const siteEl = document.getElementById('site-json');
  const site = siteEl ? siteInfoFromJson(siteEl.textContent) : undefined;
  let statusRoot: Root | null = null;

  const showStatus = (failure: Extract<LoadResult, { ok: false }> | null, retrying = false) => {
    if (!failure) { statusRoot?.render(null); return; }
    statusRoot ??= createRoot(statusEl);
    statusRoot.render(<LoadStatus {...failure} m={messages} retrying={retrying} onRetry={() => { showStatus(failure, true); void start(true); }} />);
  };

  const start = async (retry = false) => {
    try {
      const result = await loadDataset(dataUrl, document.getElementById('dataset-json'), messages, retry, fetch, root.dataset.hash);
      if (!result.ok) { showStatus(result); return; }
      showStatus(null);
      const app = (
        <StrictMode>
          <App dataset={result.dataset} messages={messages} names={names} layout={layout} dataBase={dataBase} initialHost={initialHost} pageRoot={pageRoot} site={site} />
        </StrictMode>
      );
      // Hydrate when the data is the one the page was built from; otherwise render afresh.
      if (result.asBuilt) {
        registerPrerenderedLabels(layout, svg);
        setHydrating(true);
        const start = performance.now();
        try {
          hydrateRoot(root, app);
        } finally {
          setHydrating(false);
          // The bench reports it (docs/PERFORMANCE.md, "Hydration task"): the part of the start that holds the main thread in one piece.
          performance.measure?.('hydrate', { start });
        }
      }
      else createRoot(root).render(app);
    } catch (error) {
      console.error('The page could not start:', error);
      showStatus({ ok: false, title: messages.errors.loadFailed, detail: '' });
    }
  };
  void start();
}
