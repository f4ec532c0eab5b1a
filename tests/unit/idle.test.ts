import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../src/view/idle';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('whenIdle', () => {
  it('asks the browser for an idle period with the timeout given, and cancels it', () => {
    const calls: Array<[IdleRequestCallback, IdleRequestOptions | undefined]> = [];
    const cancelled: number[] = [];
    vi.stubGlobal('requestIdleCallback', (f: IdleRequestCallback, o?: IdleRequestOptions) => calls.push([f, o]));
    vi.stubGlobal('cancelIdleCallback', (id: number) => cancelled.push(id));
    const f = vi.fn();
    const cancel = whenIdle(f, 500);
    whenIdle(f);
    expect(calls.map(([, o]) => o)).toEqual([{ timeout: 500 }, undefined]);
    calls[1][0]({ timeRemaining: () => 12, didTimeout: false });
    expect(f).toHaveBeenCalledTimes(1);
    cancel();
    expect(cancelled).toEqual([1]);
  });

  it('without requestIdleCallback, runs 100 ms later with a 50 ms period of its own, unless cancelled', () => {
    // Only the timers and the clock: fake timers would otherwise bring a requestIdleCallback of their own.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    vi.stubGlobal('requestIdleCallback', undefined);
    const remaining: number[] = [];
    whenIdle((t) => remaining.push(t.timeRemaining()));
    const cancelled = vi.fn();
    whenIdle(cancelled)();
    vi.advanceTimersByTime(99);
    expect(remaining).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(remaining).toEqual([50]);
    vi.advanceTimersByTime(1000);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
