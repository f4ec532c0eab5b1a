/**
 * UI state outside React's render of the map: hover and selection change on every pointer
 * move, and only the tooltip, the panel and the live region re-render when they do.
 */
export interface Hover {
  /** Host id, or "shape:<world-atlas id>" for a country without data. */
  key: string;
  /** Where to anchor the tooltip, in viewport (client) coordinates. */
  anchor: { x: number; y: number; width: number; height: number };
  via: 'pointer' | 'focus';
}

export interface UiState {
  hover: Hover | null;
  /** Selected host id or "shape:<id>"; null when nothing is pinned. */
  selected: string | null;
}

export interface Store {
  get(): UiState;
  set(patch: Partial<UiState>): void;
  subscribe(listener: () => void): () => void;
}

export function createStore(initial: UiState = { hover: null, selected: null }): Store {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch) {
      const next = { ...state, ...patch };
      if (next.hover === state.hover && next.selected === state.selected) return;
      state = next;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const shapeKey = (shapeId: string) => `shape:${shapeId}`;
export const isShapeKey = (key: string) => key.startsWith('shape:');
