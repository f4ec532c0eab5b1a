import type { ReactNode } from 'react';
import { whenIdle } from '../view/idle';

/**
 * Parts of the page below the map hydrate after it, in an idle period of their own: during
 * hydration they suspend, and Preact keeps their prerendered markup on screen until they resume.
 * The hydration task is that much shorter, so the first input after the map paints waits less.
 * A press or focus inside such a part before then hydrates it at once: it resumes in a microtask,
 * before the click or key that follows.
 */
let hydrating = false;
export function setHydrating(on: boolean): void {
  hydrating = on;
}

interface Gate { open: boolean; promise: Promise<void> }
const gates = new Map<string, Gate>();

const EARLY_EVENTS = ['pointerdown', 'focusin', 'keydown'] as const;

function gateFor(name: string, within: string): Gate | undefined {
  let gate = gates.get(name);
  if (!gate && hydrating) {
    let resolve = () => {};
    gate = { open: false, promise: new Promise<void>((r) => { resolve = r; }) };
    const g = gate;
    const early = (e: Event) => { if ((e.target as Element | null)?.closest?.(within)) go(); };
    const go = () => {
      if (g.open) return;
      g.open = true;
      for (const type of EARLY_EVENTS) document.removeEventListener(type, early, true);
      resolve();
    };
    for (const type of EARLY_EVENTS) document.addEventListener(type, early, true);
    whenIdle(go, 2000);
    gates.set(name, gate);
  }
  return gate;
}

/**
 * `name`: one gate per part of the page (a part rendered twice shares it); `within`: a selector for
 * the part's prerendered element. Needs a Suspense boundary above.
 */
export function HydrateLater({ name, within, children }: { name: string; within: string; children: ReactNode }) {
  const gate = gateFor(name, within);
  if (gate && !gate.open) throw gate.promise;
  return <>{children}</>;
}
