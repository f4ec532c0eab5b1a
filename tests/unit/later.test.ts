import { describe, expect, it, vi } from 'vitest';
import { afterNextFrames, followLater, type Readable } from '../../src/view/later';

function source(initial: number): Readable<number> & { set(v: number): void; listeners: number } {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(v) { value = v; for (const l of [...listeners]) l(); },
    subscribe(l) { listeners.add(l); return () => listeners.delete(l); },
    get listeners() { return listeners.size; },
  };
}

/** A `wait` the test runs by hand: `flush()` runs what waits. */
function manualWait() {
  let pending: (() => void)[] = [];
  const wait = vi.fn((f: () => void) => {
    pending.push(f);
    return () => { pending = pending.filter((p) => p !== f); };
  });
  return { wait, flush: () => { const run = pending; pending = []; run.forEach((f) => f()); }, pending: () => pending.length };
}

describe('followLater', () => {
  /** A source at 2025, followed with a wait run by hand, and what its one listener saw. */
  function watched() {
    const s = source(2025);
    const { wait, flush } = manualWait();
    const later = followLater(s, wait);
    const seen: number[] = [];
    later.subscribe(() => seen.push(later.get()));
    return { s, wait, flush, later, seen };
  }

  it('changes only once the wait is over, and tells its listeners then', () => {
    const { s, flush, later, seen } = watched();
    s.set(2024);
    expect(later.get()).toBe(2025);
    expect(seen).toEqual([]);
    flush();
    expect(later.get()).toBe(2024);
    expect(seen).toEqual([2024]);
  });

  it('makes one change of a series of changes during the wait, to the last value', () => {
    const { s, wait, flush, seen } = watched();
    s.set(2024);
    s.set(2023);
    s.set(2022);
    expect(wait).toHaveBeenCalledTimes(1);
    flush();
    expect(seen).toEqual([2022]);
  });

  it('does not change when the source comes back to its value before the wait is over', () => {
    const { s, flush, later, seen } = watched();
    s.set(2024);
    s.set(2025);
    flush();
    expect(seen).toEqual([]);
    expect(later.get()).toBe(2025);
  });

  it('unwatched, reads the source; it stops following, and cancels a wait, when its last listener leaves', () => {
    const s = source(2025);
    const { wait, pending } = manualWait();
    const later = followLater(s, wait);
    expect(s.listeners).toBe(0);
    s.set(2020);
    expect(later.get()).toBe(2020);
    const a = later.subscribe(() => {});
    const b = later.subscribe(() => {});
    expect(s.listeners).toBe(1);
    s.set(2019);
    expect(pending()).toBe(1);
    a();
    expect(s.listeners).toBe(1);
    b();
    expect(s.listeners).toBe(0);
    expect(pending()).toBe(0);
    expect(later.get()).toBe(2019);
  });
});

describe('afterNextFrames', () => {
  it('runs after two animation frames and a task, unless cancelled', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    try {
      const f = vi.fn();
      afterNextFrames(f);
      frames.shift()!(0);
      vi.runAllTimers();
      expect(f).not.toHaveBeenCalled();
      frames.shift()!(16);
      expect(f).not.toHaveBeenCalled();
      vi.runAllTimers();
      expect(f).toHaveBeenCalledTimes(1);

      const g = vi.fn();
      const cancel = afterNextFrames(g);
      frames.shift()!(32);
      vi.runAllTimers();
      frames.shift()!(48);
      cancel();
      vi.runAllTimers();
      expect(g).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
      vi.useRealTimers();
    }
  });
});
