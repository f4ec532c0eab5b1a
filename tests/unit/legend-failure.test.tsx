// @vitest-environment jsdom
/** A part that fails to render takes only itself down: the map and everything else stay. */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { FullApp } from '../../src/app/FullApp';
import { EmbedApp } from '../../src/app/EmbedApp';
import { createStore } from '../../src/view/store';
import { en } from '../../src/i18n/en';
import { validDataset } from '../fixtures/datasets';
import { tinyLayout } from '../fixtures/layout';

vi.mock('../../src/ui/Legend', () => ({
  Legend: () => {
    throw new Error('The legend broke.');
  },
}));

beforeAll(() => {
  globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
});
afterEach(cleanup);

describe.each([['full page', FullApp], ['embed', EmbedApp]] as const)('%s with a legend that throws', (_name, App) => {
  it('still renders every map path and marker, and says the legend could not be shown', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const layout = tinyLayout();
    // The URL decides the year and the selection when the app starts.
    window.history.replaceState(null, '', '/?year=2019#CHN');
    const store = createStore({ hover: null, selected: null, year: 2024 });
    const { container } = render(<App dataset={validDataset()} messages={en} layout={layout} dataBase="data/" store={store} />);
    const paths = [...container.querySelectorAll('svg.map path[data-shape]')].map((p) => p.getAttribute('data-shape'));
    expect(paths).toEqual(layout.shapes.map((s) => s.id));
    expect([...container.querySelectorAll('svg.map g.marker')].map((g) => g.getAttribute('data-host'))).toEqual(['GE-AB', 'KWT']);
    expect(container.querySelector('path[data-shape="156"]')!.getAttribute('aria-label')).toBe('China: 80,000 workers in 2019, present');
    expect(screen.getByRole('alert').textContent).toBe('The legend could not be shown.Try again');
    expect(container.querySelector('.legend')).toBeNull();
    expect(store.get()).toMatchObject({ year: 2019, selected: 'CHN' });
    expect(container.querySelector('#details h2')!.textContent).toBe('China');
  });
});
