/**
 * The embed's colour theme, chosen by the publisher in the embed code (`embed.html?theme=dark`):
 * light (the default, what the prerendered page paints first), dark, or auto (the reader's
 * system setting). The embed's CSP forbids inline script and the prerender cannot know the URL,
 * so the bundle sets a class on <html> as it starts; styles.css does the rest.
 */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_PARAM = 'theme';
export const DEFAULT_THEME: Theme = 'light';

export function themeFromSearch(search: string): Theme {
  const value = new URLSearchParams(search).get(THEME_PARAM)?.toLowerCase();
  return (THEMES as readonly string[]).includes(value ?? '') ? (value as Theme) : DEFAULT_THEME;
}

/** Sets `theme-dark` or `theme-auto` on the root element (light needs no class). */
export function applyTheme(root: HTMLElement, theme: Theme) {
  for (const t of THEMES) root.classList.toggle(`theme-${t}`, t === theme && t !== DEFAULT_THEME);
}
