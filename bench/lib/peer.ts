/**
 * Builds the comparison peer (bench/peer: Vite + React, client-side d3-geo + topojson) with
 * Vite's JS API into bench/tmp/peer-dist. The world-atlas topology goes into a generated
 * public dir under bench/tmp, so the repo does not carry a second copy of it.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';

export async function buildPeer(repoRoot: string, tmpDir: string): Promise<string> {
  const require = createRequire(resolve(repoRoot, 'package.json'));
  const publicDir = resolve(tmpDir, 'peer-public');
  const outDir = resolve(tmpDir, 'peer-dist');
  mkdirSync(publicDir, { recursive: true });
  copyFileSync(require.resolve('world-atlas/countries-110m.json'), resolve(publicDir, 'countries-110m.json'));
  await build({
    root: resolve(repoRoot, 'bench/peer'),
    base: './',
    configFile: false,
    logLevel: 'warn',
    publicDir,
    plugins: [react()],
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
