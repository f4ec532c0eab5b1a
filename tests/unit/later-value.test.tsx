// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render } from '@testing-library/react';
import { SETTLE_MS, useLaterValue } from '../../src/ui/use-later-value';
import { buildViewModel } from '../../src/view/view-model';
import { en } from '../../src/i18n/en';
import { timelineDataset } from '../fixtures/datasets';

/** An IntersectionObserver the test moves the element in and out of view with. */
class FakeObserver {
  static current: FakeObserver | undefined;
  constructor(private readonly callback: (entries: Array<{ isIntersecting: boolean }>) => void) { FakeObserver.current = this; }
  observe() { this.callback([{ isIntersecting: false }]); }
  disconnect() {}
  show(visible: boolean) { this.callback([{ isIntersecting: visible }]); }
}

function Shown({ year }: { year: number }) {
  return <p id="table">{useLaterValue(year, 'table')}</p>;
}

describe('the table waits for the year', () => {
  afterEach(() => { vi.useRealTimers(); vi.unstubAllGlobals(); });

  it('out of view, renders a year once it has held, or when it comes into view; never every year passed', () => {
    vi.useFakeTimers();
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const { container, rerender } = render(<Shown year={2026} />);
    const text = () => container.querySelector('#table')!.textContent;
    for (const year of [2025, 2024, 2023]) {
      rerender(<Shown year={year} />);
      act(() => { vi.advanceTimersByTime(SETTLE_MS / 2); });
      expect(text()).toBe('2026');
    }
    act(() => { vi.advanceTimersByTime(SETTLE_MS); });
    expect(text()).toBe('2023');
    rerender(<Shown year={2022} />);
    act(() => { FakeObserver.current!.show(true); });
    act(() => { vi.advanceTimersByTime(50); });
    expect(text()).toBe('2022');
  });
});

describe('view models', () => {
  it('are one object per dataset, language, names and year', () => {
    const data = timelineDataset();
    const a = buildViewModel(data, en, 2019);
    expect(buildViewModel(data, en, 2019)).toBe(a);
    expect(buildViewModel(data, en, 2020)).not.toBe(a);
    expect(buildViewModel(data, en, 2019, { [data.hosts[0].id]: 'Other name' })).not.toBe(a);
    expect(buildViewModel(timelineDataset(), en, 2019)).not.toBe(a);
  });
});
