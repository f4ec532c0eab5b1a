/**
 * The pages run React's API on preact/compat (see vite.config.ts). One difference matters here:
 * Preact writes an SVG element's attributes under the prop's own name, and SVG attribute names
 * keep their case, so `tabIndex` would make a `tabIndex` attribute that no browser reads as
 * `tabindex`, and a map rendered afresh would have no tab stop. Props are renamed before render.
 */
import { options } from 'preact';

const previous = options.vnode;
options.vnode = (vnode) => {
  const props = vnode.props as Record<string, unknown> | null;
  if (typeof vnode.type === 'string' && props && 'tabIndex' in props) {
    props.tabindex = props.tabIndex;
    delete props.tabIndex;
  }
  previous?.(vnode);
};
