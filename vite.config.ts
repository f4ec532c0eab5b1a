import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';

/**
 * Four builds into one dist/: the full page (default) and the embed (--mode embed), in English,
 * and both again in Korean (--mode ko, --mode embed-ko) under dist/ko/. Each is one classic
 * script: module scripts need CORS, which a sandboxed (opaque-origin) embed on a plain static
 * host does not get. The Korean builds alias the page's messages, so each reader downloads only
 * their own language.
 */
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

export default defineConfig(({ mode }) => {
  const embed = mode === 'embed' || mode === 'embed-ko';
  const korean = mode === 'ko' || mode === 'embed-ko';
  return {
    // Relative URLs: dist/ works from any sub-path of any static host.
    base: './',
    plugins: [react()],
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
      emptyOutDir: mode === 'production',
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
      // CI has 2 cores and runs files in parallel: a slow start (ESLint's plugins, jsdom) is not a failure.
      testTimeout: 30_000,
      // Testing Library's ES module, bundled through Vite, so that the aliases above give it the pages' runtime.
      alias: [{ find: /^@testing-library\/react$/, replacement: fileURLToPath(new URL('./node_modules/@testing-library/react/dist/@testing-library/react.esm.js', import.meta.url)) }],
      server: { deps: { inline: [/@testing-library\/react/] } },
    },
  };
});
