import { defineConfig } from 'vite';

// The node's web dashboard: built into dashboard/dist, which `triviumd start` serves (core/dashboard/server.ts).
// Preact's automatic JSX runtime; no dev-server proxy is needed for the build the node serves.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: false, reportCompressedSize: false },
});
