import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';

const IMAGE_EXPORT_DIR = 'dist/assets';

/**
 * The image export's script (built first, by --mode image-export), as a path from the page's own
 * script: the export is one language-neutral file that every page loads from dist/assets on demand.
 */
function imageExportFile(command: string, korean: boolean): string {
  if (command !== 'build') return 'image-export.js';
  let file: string | undefined;
  try {
    file = readdirSync(IMAGE_EXPORT_DIR).find((f) => /^image-export-[\w-]+\.js$/.test(f));
  } catch {
    /* no dist yet */
  }
  if (!file) throw new Error(`no image-export-*.js in ${IMAGE_EXPORT_DIR}: run "vite build --mode image-export" first (npm run build does)`);
  return korean ? `../../assets/${file}` : file;
}

/**
 * The code is written against React's API; the pages run it on preact/compat (about 11 KB gzip
 * instead of react-dom's 60), prerendered with preact-render-to-string so that hydration meets
 * the markup it expects. See docs/PERFORMANCE.md ("Why Preact").
 */
export const PREACT_ALIASES = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react-dom\/server$/, replacement: 'preact/compat/server' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react$/, replacement: 'preact/compat' },
];

/**
 * Four builds into one dist/: the full page (default) and the embed (--mode embed), in English,
 * and both again in Korean (--mode ko, --mode embed-ko) under dist/ko/. Each is one classic
 * script: module scripts need CORS, which a sandboxed (opaque-origin) embed on a plain static
 * host does not get. The Korean builds alias the page's messages, so each reader downloads only
 * their own language. Before them, --mode image-export builds the image export (its own script,
 * loaded on demand) and empties dist/.
 */
export default defineConfig(({ mode, command }) => {
  if (mode === 'image-export') {
    // A second classic script with no React and no words, loaded on the first image download.
    return {
      base: './',
      build: {
        target: 'es2022',
        modulePreload: false,
        copyPublicDir: false,
        outDir: 'dist',
        emptyOutDir: true,
        rollupOptions: {
          input: 'src/ui/image-export/entry.ts',
          output: { format: 'iife', entryFileNames: 'assets/image-export-[hash].js' },
        },
      },
    };
  }
  const embed = mode === 'embed' || mode === 'embed-ko';
  const korean = mode === 'ko' || mode === 'embed-ko';
  return {
    // Relative URLs: dist/ works from any sub-path of any static host.
    base: './',
    plugins: [react()],
    define: { __IMAGE_EXPORT_FILE__: JSON.stringify(imageExportFile(command, korean && command === 'build')) },
    resolve: {
      alias: [
        ...(korean ? [{ find: /^\.\/i18n\/page-locale$/, replacement: fileURLToPath(new URL('./src/i18n/page-locale-ko.ts', import.meta.url)) }] : []),
        ...PREACT_ALIASES,
      ],
    },
    build: {
      target: 'es2022',
      modulePreload: false,
      cssCodeSplit: false,
      outDir: korean ? 'dist/ko' : 'dist',
      // The image export build runs first and empties dist/.
      emptyOutDir: false,
      rollupOptions: {
        input: embed ? 'embed.html' : 'index.html',
        output: {
          format: 'iife',
          entryFileNames: embed ? 'assets/embed-[hash].js' : 'assets/index-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
    test: {
      include: ['tests/unit/**/*.test.{ts,tsx}'],
      environment: 'node',
      // A worker per core: Vitest's default for `vitest run` is one fewer, which on CI's 2 cores ran every file in turn.
      maxWorkers: availableParallelism(),
      // CI has 2 cores and runs files in parallel: a slow start (ESLint's plugins, jsdom) is not a failure.
      testTimeout: 30_000,
      // Testing Library's ES module, bundled through Vite, so that the aliases above give it the pages' runtime.
      alias: [{ find: /^@testing-library\/react$/, replacement: fileURLToPath(new URL('./node_modules/@testing-library/react/dist/@testing-library/react.esm.js', import.meta.url)) }],
      server: { deps: { inline: [/@testing-library\/react/] } },
    },
  };
});
