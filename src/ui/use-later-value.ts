import { useEffect, useState } from 'react';

/**
 * The value, one painted frame later: what depends on it (the long table) renders after the
 * frame that shows the change (the map). React's useDeferredValue would do this in React;
 * preact/compat's returns the value at once, so the pages wait for the frame themselves.
 */
export function useLaterValue<T>(value: T): T {
  const [later, setLater] = useState(value);
  useEffect(() => {
    if (Object.is(later, value)) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the next frame is produced: rAF runs before it, the timeout after it.
    const frame = requestAnimationFrame(() => { timer = setTimeout(() => setLater(() => value), 0); });
    return () => { cancelAnimationFrame(frame); clearTimeout(timer); };
  }, [value, later]);
  return later;
}
