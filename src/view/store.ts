/**
 * UI state outside React's render of the map: hover and selection change on every pointer
 * move, and only the tooltip, the panel and the live region re-render when they do.
 */

/** A host's id ("CHN"), or a country without data keyed by its shape ("shape:076"). */
export type ShapeKey = `shape:${string}`;
export type MapKey = string;

export const shapeKey = (shapeId: string): ShapeKey => `shape:${shapeId}`;
export const isShapeKey = (key: string): key is ShapeKey => key.startsWith('shape:');

export interface Hover {
  key: MapKey;
  /** Where to anchor the tooltip, in viewport (client) coordinates. */
  anchor: { x: number; y: number; width: number; height: number };
  via: 'pointer' | 'focus';
}

export interface UiState {
  hover: Hover | null;
  /** Selected key; null when nothing is pinned. */
  selected: MapKey | null;
  /** The "as of" year the map shows. */
  year: number;
  /** The map's view: "world" or a region id (the layout's regions). */
  region: string;
}

const KEYS: ReadonlySet<string> = new Set<keyof UiState>(['hover', 'selected', 'year', 'region']);

export interface Store {
  get(): UiState;
  set(patch: Partial<UiState>): void;
  subscribe(listener: () => void): () => void;
}

/** A store; the map shows the whole world unless `initial` names a region. */
export function createStore(initial: Omit<UiState, 'region'> & { region?: string }): Store {
  let state: UiState = { region: 'world', ...initial };
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch) {
      for (const key of Object.keys(patch)) {
        if (!KEYS.has(key)) throw new Error(`The UI store has no key "${key}".`);
      }
      const next = { ...state, ...patch };
      if (next.hover === state.hover && next.selected === state.selected && next.year === state.year && next.region === state.region) return;
      state = next;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
