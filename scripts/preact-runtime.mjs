/**
 * `tsx --import ./scripts/preact-runtime.mjs …`: build scripts (prerender, dev) render the pages
 * with the runtime the browser hydrates them with: the code imports React's API, and these
 * imports resolve to preact/compat, as vite.config.ts aliases them for the bundles.
 */
import { register } from 'node:module';

register('./preact-resolve.mjs', import.meta.url);
