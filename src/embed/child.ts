/**
 * The embed's side of the height protocol: it posts its content height to the parent on
 * load, on resize and whenever its content changes height. A height is not secret, so the
 * target origin is "*"; the loader on the parent checks origin, source and token.
 *
 * The token: the loader (public/embed.js) gives each iframe a random token by navigating the
 * frame to its own URL with `embed-token=…` added to the fragment (a same-document navigation:
 * no reload). The embed reads it from its URL, keeps it in memory (the app later rewrites the
 * hash with the selection) and echoes it in every resize message. A document the frame
 * navigates to is loaded without it, so the loader ignores that document's messages.
 */
import { PROTOCOL_VERSION, REQUEST_MESSAGE_TYPE, RESIZE_MESSAGE_TYPE, TOKEN_PARAM } from './snippet';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE_TYPE;
  v: typeof PROTOCOL_VERSION;
  height: number;
  /** The loader's token for this frame; absent until the loader has given one. */
  token?: string;
}

/** The loader's token in a URL's fragment (`#CHN&embed-token=…` or `#embed-token=…`), or null. */
export function tokenFromUrl(href: string): string | null {
  const hash = href.indexOf('#');
  if (hash < 0) return null;
  for (const part of href.slice(hash + 1).split('&')) {
    const [key, value] = part.split('=', 2);
    if (key === TOKEN_PARAM && value && /^[\w-]{16,128}$/.test(value)) return value;
  }
  return null;
}

export function reportHeight(content: HTMLElement, parent: Window | null = window.parent): () => void {
  if (!parent || parent === window) return () => {};
  let last = -1;
  let timer = 0;
  let token = tokenFromUrl(window.location.href);
  const send = () => {
    timer = 0;
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: ResizeMessage = { type: RESIZE_MESSAGE_TYPE, v: PROTOCOL_VERSION, height };
    if (token) message.token = token;
    parent.postMessage(message, '*');
    // AMP's amp-iframe resizes itself from this message, with no script on the host.
    parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  };
  // A task, not an animation frame: Chromium gives a cross-origin frame that is out of view no
  // animation frames, and the map must be sized before the reader scrolls to it.
  const schedule = () => {
    if (!timer) timer = window.setTimeout(send, 0);
  };
  const onRequest = (e: MessageEvent) => {
    const data = e.data as { type?: unknown; v?: unknown } | null;
    if (e.source !== parent || data?.type !== REQUEST_MESSAGE_TYPE || data.v !== PROTOCOL_VERSION) return;
    last = -1;
    schedule();
  };
  // The loader hands over a (new) token with a fragment navigation; report again with it.
  // newURL, not location: the app may already have rewritten the hash with the selection.
  const onHashChange = (e: HashChangeEvent) => {
    const next = tokenFromUrl(e.newURL);
    if (!next || next === token) return;
    token = next;
    last = -1;
    schedule();
  };
  window.addEventListener('message', onRequest);
  window.addEventListener('hashchange', onHashChange);
  const observer = new ResizeObserver(schedule);
  observer.observe(content);
  window.addEventListener('load', schedule);
  void document.fonts?.ready.then(schedule);
  schedule();
  return () => {
    observer.disconnect();
    window.removeEventListener('load', schedule);
    window.removeEventListener('message', onRequest);
    window.removeEventListener('hashchange', onHashChange);
    clearTimeout(timer);
  };
}
