/** Loads the dataset: inline in the embed (no network, works in any sandbox), fetched on the full page. */
import { parseDatasetBytes, parseDataset, type ValidationError } from '../model/validate';
import type { Dataset } from '../model/types';
import type { Messages } from '../i18n/en';

export const LOAD_TIMEOUT_MS = 15000;

export type LoadResult =
  /** `asBuilt`: the bytes are the ones the page was built and validated from (the page can hydrate). */
  | { ok: true; dataset: Dataset; text: string; asBuilt: boolean }
  | { ok: false; title: string; detail: string; errors?: ValidationError[] };

/**
 * `builtDigest`: the SHA-256 (hex) of the dataset the page was built from. The build validated
 * those bytes, so bytes with that digest are parsed with JSON.parse and not validated again (the
 * strict parser and the validator cost about 150 ms of main thread at CPU 4x); any other bytes,
 * or a browser without WebCrypto (a page served over plain http), go through both.
 */
export async function loadDataset(url: string, inline: HTMLElement | null, m: Messages, retry = false, fetcher: typeof fetch = fetch, builtDigest?: string): Promise<LoadResult> {
  let result: ReturnType<typeof parseDataset> & { text?: string };
  if (inline) {
    const text = inline.textContent ?? '';
    if (builtDigest && (await sha256Hex(new TextEncoder().encode(text))) === builtDigest) return asBuilt(text);
    result = { ...parseDataset(text), text };
  } else {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), LOAD_TIMEOUT_MS);
    try {
      // The first request can use the <link rel=preload> response; a retry must reach the server.
      const response = await fetcher(url, { signal: controller.signal, cache: retry ? 'no-cache' : 'default' });
      if (!response.ok) return { ok: false, title: m.errors.loadFailed, detail: m.errors.server(`${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, url) };
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (builtDigest && (await sha256Hex(bytes)) === builtDigest) return asBuilt(new TextDecoder().decode(bytes));
      // Bytes, not text: invalid UTF-8 and a byte-order mark are reported as the CLI reports them.
      result = parseDatasetBytes(bytes);
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
  return { ok: true, dataset: result.dataset, text: result.text ?? '', asBuilt: false };
}

function asBuilt(text: string): LoadResult {
  return { ok: true, dataset: JSON.parse(text) as Dataset, text, asBuilt: true };
}

/** Hex SHA-256 by WebCrypto; undefined where it is missing (insecure contexts) or fails. */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string | undefined> {
  const subtle = typeof crypto !== 'undefined' ? crypto.subtle : undefined;
  if (!subtle) return undefined;
  try {
    const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
    return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  } catch {
    return undefined;
  }
}
