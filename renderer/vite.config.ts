import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Run from the package root: `vite build --config renderer/vite.config.ts`. `root` is resolved
// against the working directory (node:path is off limits in renderer/, by the lint rule).
export default defineConfig({
  root: 'renderer',
  // Relative asset URLs: Electron loads the page from file://, the browser host from http://.
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The CSP forbids inline scripts and data: scripts; keep every asset a file.
    assetsInlineLimit: 0,
  },
});
