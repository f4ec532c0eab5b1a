/**
 * Copies text: the Clipboard API where the page may use it; otherwise the old selection copy, from
 * the given text field or from a hidden one made for the moment (an insecure origin, a sandboxed
 * frame or a denied permission has no writable clipboard).
 */
export async function copyText(text: string, fallback?: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = fallback ?? document.createElement('textarea');
    const made = !fallback;
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (made) {
      area.value = text;
      area.readOnly = true;
      area.className = 'visually-hidden';
      document.body.append(area);
    }
    try {
      area.focus({ preventScroll: true });
      area.select();
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      if (made) {
        area.remove();
        focused?.focus({ preventScroll: true });
      }
    }
  }
}
