/** What an idle callback is told: how long the idle period has left, and whether its timeout ran out. */
export type IdleTime = Pick<IdleDeadline, 'timeRemaining' | 'didTimeout'>;

/** Without requestIdleCallback (Safari): the callback runs this long after, with a period this long. */
const FALLBACK_DELAY_MS = 100;
const FALLBACK_PERIOD_MS = 50;

/**
 * Runs `f` in the browser's next idle period (at the latest `timeoutMs` later, if given), or
 * FALLBACK_DELAY_MS later where there is no requestIdleCallback, with a period of its own as long
 * as an idle one. Returns a function that cancels it.
 */
export function whenIdle(f: (time: IdleTime) => void, timeoutMs?: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(f, timeoutMs === undefined ? undefined : { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(() => {
    const end = performance.now() + FALLBACK_PERIOD_MS;
    f({ timeRemaining: () => Math.max(0, end - performance.now()), didTimeout: false });
  }, FALLBACK_DELAY_MS);
  return () => clearTimeout(id);
}
