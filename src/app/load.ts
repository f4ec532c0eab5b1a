/** Loads the dataset text: inline in the embed (no network, works in any sandbox), fetched on the full page. */
import { parseDataset, type ValidationError } from '../data/validate';
import type { Dataset } from '../data/types';

export const LOAD_TIMEOUT_MS = 15000;

export type LoadResult =
  | { ok: true; dataset: Dataset; text: string }
  | { ok: false; title: string; detail: string; errors?: ValidationError[] };

export async function loadDataset(url: string, inline: HTMLElement | null, retry = false, fetcher: typeof fetch = fetch): Promise<LoadResult> {
  let text: string;
  if (inline) {
    text = inline.textContent ?? '';
  } else {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), LOAD_TIMEOUT_MS);
    try {
      // The first request can use the <link rel=preload> response; a retry must reach the server.
      const response = await fetcher(url, { signal: controller.signal, cache: retry ? 'no-cache' : 'default' });
      if (!response.ok) {
        return { ok: false, title: 'The dataset could not be loaded.', detail: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url}.` };
      }
      text = await response.text();
    } catch (error) {
      const timedOut = controller.signal.aborted;
      // A page opened from a sandboxed frame inherits the sandbox: its origin is opaque, and
      // plain static hosts send no CORS header, so the request fails. Say so.
      const sandboxed = typeof self !== 'undefined' && self.origin === 'null';
      return {
        ok: false,
        title: 'The dataset could not be loaded.',
        detail: timedOut
          ? `No answer for ${url} within ${LOAD_TIMEOUT_MS / 1000} seconds.`
          : sandboxed
            ? `This page runs in a sandbox (it was probably opened from a sandboxed embed), which blocks loading ${url}. Copy the address into a new window.`
            : `The network request for ${url} failed (${error instanceof Error ? error.message : String(error)}).`,
      };
    } finally {
      clearTimeout(timer);
    }
  }
  // The visitor's clock is no judge of "in the future": the build and the CLI check that.
  const result = parseDataset(text, { currentYear: 9999, today: '9999-12-31' });
  if (!result.ok) {
    const first = result.errors[0];
    const invalidJson = result.errors.length === 1 && first.message.startsWith('The file is not valid JSON');
    return {
      ok: false,
      title: invalidJson ? 'The dataset is not valid JSON.' : `The dataset failed validation (${result.errors.length} error${result.errors.length === 1 ? '' : 's'}).`,
      detail: `${url}: ${first.path}: ${first.message}`,
      errors: result.errors,
    };
  }
  return { ok: true, dataset: result.dataset, text };
}

/** FNV-1a: tells whether the fetched dataset is the one the page was prerendered from. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
