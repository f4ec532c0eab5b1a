/** Loads the dataset: inline in the embed (no network, works in any sandbox), fetched on the full page. */
import { parseDatasetBytes, parseDataset, type ValidationError } from '../model/validate';
import type { Dataset } from '../model/types';
import type { Messages } from '../i18n/en';

export const LOAD_TIMEOUT_MS = 15000;

export type LoadResult =
  | { ok: true; dataset: Dataset; text: string }
  | { ok: false; title: string; detail: string; errors?: ValidationError[] };

export async function loadDataset(url: string, inline: HTMLElement | null, m: Messages, retry = false, fetcher: typeof fetch = fetch): Promise<LoadResult> {
  let result: ReturnType<typeof parseDataset> & { text?: string };
  if (inline) {
    const text = inline.textContent ?? '';
    result = { ...parseDataset(text), text };
  } else {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), LOAD_TIMEOUT_MS);
    try {
      // The first request can use the <link rel=preload> response; a retry must reach the server.
      const response = await fetcher(url, { signal: controller.signal, cache: retry ? 'no-cache' : 'default' });
      if (!response.ok) return { ok: false, title: m.errors.loadFailed, detail: m.errors.server(`${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, url) };
      // Bytes, not text: invalid UTF-8 and a byte-order mark are reported as the CLI reports them.
      result = parseDatasetBytes(new Uint8Array(await response.arrayBuffer()));
    } catch {
      const timedOut = controller.signal.aborted;
      // A page opened from a sandboxed frame inherits the sandbox: its origin is opaque, and
      // plain static hosts send no CORS header, so the request fails. Say so.
      const sandboxed = typeof self !== 'undefined' && self.origin === 'null';
      return { ok: false, title: m.errors.loadFailed, detail: timedOut ? m.errors.timeout(LOAD_TIMEOUT_MS / 1000, url) : sandboxed ? m.errors.sandboxed(url) : m.errors.network(url) };
    } finally {
      clearTimeout(timer);
    }
  }
  // The visitor's clock is no judge of "in the future": the build and the CLI check that (no `today` here).
  if (!result.ok) {
    const first = result.errors[0];
    const invalidJson = result.errors.length === 1 && first.message.startsWith('The file is not valid JSON');
    return { ok: false, title: invalidJson ? m.errors.invalidJson : m.errors.invalid(result.errors.length), detail: `${url}: ${first.path}: ${first.message}`, errors: result.errors };
  }
  return { ok: true, dataset: result.dataset, text: result.text ?? '' };
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
