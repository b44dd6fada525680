import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Run from the package root: `vite build --config console/vite.config.ts`. The platform serves the
// result under /console/, so asset URLs start there whatever page of the console is open.
export default defineConfig({
  root: 'console',
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: '../dist/console',
    emptyOutDir: true,
    // The CSP forbids inline scripts and data: scripts; keep every asset a file.
    assetsInlineLimit: 0,
  },
});
