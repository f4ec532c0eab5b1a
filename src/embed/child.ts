/**
 * The embed's side of the height protocol: it posts its content height to the parent on
 * load, on resize and whenever its content changes height. A height is not secret, so the
 * target origin is "*"; the loader on the parent checks origin and source.
 */
import { PROTOCOL_VERSION, REQUEST_MESSAGE_TYPE, RESIZE_MESSAGE_TYPE } from './snippet';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE_TYPE;
  v: typeof PROTOCOL_VERSION;
  height: number;
}

export function reportHeight(content: HTMLElement, parent: Window | null = window.parent): () => void {
  if (!parent || parent === window) return () => {};
  let last = -1;
  let frame = 0;
  const send = () => {
    frame = 0;
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: ResizeMessage = { type: RESIZE_MESSAGE_TYPE, v: PROTOCOL_VERSION, height };
    parent.postMessage(message, '*');
    // AMP's amp-iframe resizes itself from this message, with no script on the host.
    parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(send);
  };
  const onRequest = (e: MessageEvent) => {
    const data = e.data as { type?: unknown; v?: unknown } | null;
    if (e.source !== parent || data?.type !== REQUEST_MESSAGE_TYPE || data.v !== PROTOCOL_VERSION) return;
    last = -1;
    schedule();
  };
  window.addEventListener('message', onRequest);
  const observer = new ResizeObserver(schedule);
  observer.observe(content);
  window.addEventListener('load', schedule);
  void document.fonts?.ready.then(schedule);
  schedule();
  return () => {
    observer.disconnect();
    window.removeEventListener('load', schedule);
    window.removeEventListener('message', onRequest);
    cancelAnimationFrame(frame);
  };
}
