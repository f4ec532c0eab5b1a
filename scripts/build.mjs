#!/usr/bin/env node
/**
 * `npm run build`: the type check (tsc, which emits nothing) runs beside the bundling, on the other
 * core; the five Vite builds run one after the other in this process (one Vite start-up instead
 * of five), then the prerender. The output is the same as running them one by one:
 *   tsc -p . && vite build --mode image-export && vite build && vite build --mode embed
 *   && vite build --mode ko && vite build --mode embed-ko
 *   && tsx --import ./scripts/preact-runtime.mjs scripts/prerender.ts
 * The image export goes first: it empties dist/, and the pages name its file.
 */
import { run } from './run.mjs';
import { build } from 'vite';

const MODES = ['image-export', 'production', 'embed', 'ko', 'embed-ko'];

const typeCheck = run('npx', ['tsc', '-p', '.'], { quiet: true });

let failed = false;
try {
  for (const mode of MODES) await build({ mode });
} catch {
  failed = true; // Vite has printed the error.
}
if (!failed) failed = (await run('npx', ['tsx', '--import', './scripts/preact-runtime.mjs', 'scripts/prerender.ts'])) !== 0;
const tscCode = await typeCheck;
if (tscCode !== 0) console.error(`\nThe type check failed (tsc -p . exited with ${tscCode}).`);
process.exit(failed || tscCode !== 0 ? 1 : 0);
