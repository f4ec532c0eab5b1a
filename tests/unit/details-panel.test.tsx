// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render } from '@testing-library/react';
import { DetailsPanel } from '../../src/ui/DetailsPanel';
import { createStore } from '../../src/view/store';
import { buildViewModel } from '../../src/view/view-model';
import { en } from '../../src/i18n/en';
import { timelineDataset } from '../fixtures/datasets';

describe('the details panel on a new selection', () => {
  afterEach(() => { vi.useRealTimers(); });

  it("shows the new host's name and figure at once, its history and sources once that frame has painted, never the last host's", () => {
    vi.useFakeTimers();
    const model = buildViewModel(timelineDataset(), en, 2024);
    const store = createStore({ hover: null, selected: 'RUS', year: 2024 });
    const { container } = render(<DetailsPanel store={store} model={model} shapeNames={new Map()} onClose={() => {}} />);
    const title = () => container.querySelector('#panel-title')!.textContent;
    const historyRows = () => container.querySelectorAll('table.history tbody tr').length;
    const sources = () => container.querySelectorAll('ol.sources li').length;
    // A page opened on a host has everything from the start.
    expect(title()).toBe('Russia');
    expect(historyRows()).toBe(model.byId.get('RUS')!.shown.known.length);
    expect(sources()).toBeGreaterThan(0);

    act(() => store.set({ selected: 'MNG' }));
    expect(title()).toBe('Mongolia');
    expect(container.querySelector('.panel-headline')!.textContent).toBe(model.byId.get('MNG')!.headline);
    expect(historyRows()).toBe(0);
    expect(sources()).toBe(0);

    act(() => { vi.advanceTimersByTime(100); });
    expect(title()).toBe('Mongolia');
    expect(historyRows()).toBe(model.byId.get('MNG')!.shown.known.length);
    expect(historyRows()).toBeGreaterThan(0);
    expect(sources()).toBeGreaterThan(0);
  });
});
