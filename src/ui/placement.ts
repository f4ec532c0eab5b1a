/** Where a tooltip goes so that it never leaves the viewport. Pure: all in viewport px. */
export interface Rect { x: number; y: number; width: number; height: number }
export interface Size { width: number; height: number }

export const TOOLTIP_GAP = 14;
export const VIEWPORT_MARGIN = 8;

/**
 * Beside the anchor (right and below a pointer, below a focused element), flipped to the
 * other side when it would overflow, then clamped inside the viewport margins.
 */
export function placeTooltip(anchor: Rect, size: Size, viewport: Size): { left: number; top: number } {
  const maxLeft = Math.max(VIEWPORT_MARGIN, viewport.width - size.width - VIEWPORT_MARGIN);
  const maxTop = Math.max(VIEWPORT_MARGIN, viewport.height - size.height - VIEWPORT_MARGIN);
  let left = anchor.x + anchor.width + TOOLTIP_GAP;
  if (anchor.width > 0) left = anchor.x + anchor.width / 2 - size.width / 2;
  else if (left > maxLeft) left = anchor.x - TOOLTIP_GAP - size.width;
  let top = anchor.y + anchor.height + TOOLTIP_GAP;
  if (top > maxTop) top = anchor.y - TOOLTIP_GAP - size.height;
  return {
    left: Math.round(Math.min(Math.max(left, VIEWPORT_MARGIN), maxLeft)),
    top: Math.round(Math.min(Math.max(top, VIEWPORT_MARGIN), maxTop)),
  };
}
