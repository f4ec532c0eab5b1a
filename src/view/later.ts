/** A value that can be read and watched (the store's year, or what follows it). */
export interface Readable<T> {
  get(): T;
  subscribe(listener: () => void): () => void;
}

/** Runs `f` in a task once the next frame has been produced (its animation frame, then a task). Returns a function that cancels it. */
export function afterNextFrame(f: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    const id = setTimeout(f, 16);
    return () => clearTimeout(id);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => { timer = setTimeout(f, 0); });
  return () => { cancelAnimationFrame(frame); clearTimeout(timer); };
}

/**
 * Runs `f` once the frame after next has painted: after the frame that shows a change and the one
 * after it, so that f does not run in the tasks right after the changed frame, ahead of what waits
 * for that frame (a reader's next key, a measure of the frame). Returns a function that cancels it.
 */
export function afterNextFrames(f: () => void): () => void {
  let cancel = afterNextFrame(() => { cancel = afterNextFrame(f); });
  return () => cancel();
}

/**
 * `source`, followed late: its value changes once the frames after the source's change have
 * painted (`wait`), and a series of changes meanwhile makes one change. It follows only while
 * something listens; unwatched, it reads the source.
 */
export function followLater<T>(source: Readable<T>, wait: (f: () => void) => () => void = afterNextFrames): Readable<T> {
  let value = source.get();
  const listeners = new Set<() => void>();
  let unfollow: (() => void) | undefined;
  let cancel: (() => void) | undefined;
  const settle = () => {
    cancel = undefined;
    const next = source.get();
    if (Object.is(next, value)) return;
    value = next;
    for (const listener of [...listeners]) listener();
  };
  const onSource = () => {
    if (!cancel && !Object.is(source.get(), value)) cancel = wait(settle);
  };
  return {
    get: () => (unfollow ? value : source.get()),
    subscribe(listener) {
      if (!unfollow) {
        value = source.get();
        unfollow = source.subscribe(onSource);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        unfollow?.();
        unfollow = undefined;
        cancel?.();
        cancel = undefined;
      };
    },
  };
}
