import { Suspense, useLayoutEffect, useState, type ReactNode } from 'react';
import { whenIdle } from '../view/idle';

/**
 * Parts of the page hydrate after the rest, each in an idle period of its own: during hydration
 * they suspend, and Preact keeps their prerendered markup on screen until they resume. The
 * hydration task is that much shorter, and so is the wait of an input that arrives meanwhile.
 * A press or focus inside such a part before then hydrates it at once: it resumes in a microtask,
 * before the click or key that follows.
 * It lives in the map layer, the lowest that renders: the map defers its own layers, and ui and app
 * import it from here.
 */
let hydrating = false;
export function setHydrating(on: boolean): void {
  hydrating = on;
}

interface Gate { open: boolean; promise: Promise<void>; go: () => void; built?: ReactNode }
const gates = new Map<string, Gate>();

const EARLY_EVENTS = ['pointerdown', 'focusin', 'keydown'] as const;

function gateFor(name: string, within: string | undefined): Gate | undefined {
  let gate = gates.get(name);
  if (!gate && hydrating) {
    let resolve = () => {};
    const promise = new Promise<void>((r) => { resolve = r; });
    const early = (e: Event) => { if (within && (e.target as Element | null)?.closest?.(within)) g.go(); };
    const g: Gate = {
      open: false,
      promise,
      go: () => {
        if (g.open) return;
        g.open = true;
        if (within) for (const type of EARLY_EVENTS) document.removeEventListener(type, early, true);
        resolve();
      },
    };
    if (within) for (const type of EARLY_EVENTS) document.addEventListener(type, early, true);
    whenIdle(g.go, 2000);
    gates.set(name, (gate = g));
  }
  return gate;
}

/**
 * `name`: one gate per part of the page (a part rendered twice shares it); `within`: a selector for
 * the part's prerendered element, where a press or focus hydrates it at once (none: only the idle
 * period does). `resume`: a render after hydration (new props: another year, another selection)
 * hydrates it in that render, so that it never shows an outdated state; without it, the part keeps
 * its markup until it resumes (the table, whose own render follows the year later anyway). Needs a
 * Suspense boundary above, and children that render one element (Preact resumes from one node).
 */
export function HydrateLater({ name, within, resume = false, children }: { name: string; within?: string; resume?: boolean; children: ReactNode }) {
  const gate = gateFor(name, within);
  if (gate && !gate.open) {
    gate.built ??= children;
    if (resume && !hydrating) gate.go();
    else throw gate.promise;
  }
  // Hydration writes no attribute, so a part resumes on what it was built with, which its markup
  // shows, and then renders what it is given now (another year, view or selection) as any update,
  // before the frame is painted.
  // A part with nothing built to meet (rendered afresh, or hydrated with the page) renders once.
  const [resumed, setResumed] = useState(() => !gate?.built);
  // The second render is the point: the first meets the markup, the second brings it up to date.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useLayoutEffect(() => { if (!resumed) setResumed(true); }, [resumed]);
  return <>{resumed ? children : gate?.built}</>;
}

/** HydrateLater with the Suspense boundary it needs. */
export function LaterPart(props: { name: string; within?: string; resume?: boolean; children: ReactNode }) {
  return (
    <Suspense fallback={null}>
      <HydrateLater {...props} />
    </Suspense>
  );
}
