import { useEffect, useState } from 'react';
import { afterNextFrame } from '../view/later';

/** How long a value must hold before what depends on it renders while that is out of view. */
export const SETTLE_MS = 600;

/**
 * The value, for what depends on it that is long to render (the table of every host): one painted
 * frame later while `elementId` is in or near the view, so the frame that shows the change (the
 * map) comes first; out of view, once the value has held for SETTLE_MS or the element comes into
 * view, so that stepping through the years does not render the table for every year it passes.
 * React's useDeferredValue would do the first part in React; preact/compat's returns the value at once.
 */
export function useLaterValue<T>(value: T, elementId?: string): T {
  const [later, setLater] = useState(value);
  const inView = useInView(elementId);
  useEffect(() => {
    if (Object.is(later, value)) return undefined;
    const update = () => setLater(() => value);
    if (!inView) {
      const timer = setTimeout(update, SETTLE_MS);
      return () => clearTimeout(timer);
    }
    return afterNextFrame(update);
  }, [value, later, inView]);
  return later;
}

/** Whether the element is in the view or within a tenth of its height (always, without IntersectionObserver). */
function useInView(elementId: string | undefined): boolean {
  const [inView, setInView] = useState(true);
  useEffect(() => {
    const el = elementId ? document.getElementById(elementId) : null;
    if (!el || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver((entries) => setInView(entries.some((e) => e.isIntersecting)), { rootMargin: '10% 0px' });
    observer.observe(el);
    return () => observer.disconnect();
  }, [elementId]);
  return inView;
}
