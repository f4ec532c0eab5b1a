import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  // Relative URLs: dist/ works from any sub-path of any static host.
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    modulePreload: false,
    cssCodeSplit: false,
    rollupOptions: {
      // One classic script: module scripts need CORS, which a sandboxed (opaque-origin) embed on a plain host does not get.
      output: { format: 'iife' },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
