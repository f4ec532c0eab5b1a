import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two builds into one dist/: the full page (default) and, with --mode embed, the embed page
// with its own smaller bundle. Each is one classic script: module scripts need CORS, which a
// sandboxed (opaque-origin) embed on a plain static host does not get.
export default defineConfig(({ mode }) => ({
  // Relative URLs: dist/ works from any sub-path of any static host.
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    modulePreload: false,
    cssCodeSplit: false,
    emptyOutDir: mode !== 'embed',
    rollupOptions: {
      input: mode === 'embed' ? 'embed.html' : 'index.html',
      output: {
        format: 'iife',
        entryFileNames: mode === 'embed' ? 'assets/embed-[hash].js' : 'assets/index-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
}));
