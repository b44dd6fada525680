import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Run from the package root: `vite build --config renderer/vite.config.ts`. `root` is resolved
// against the working directory (node:path is off limits in renderer/, by the lint rule).
export default defineConfig({
  root: 'renderer',
  // Relative asset URLs: Electron loads the page from file://, the browser host from http://.
  base: './',
  plugins: [react()],
  // The page is written against React's API and runs on Preact's (preact/compat): the page runs
  // without a JIT, and react-dom alone was two thirds of the script parsed before the home screen
  // (202 of 294 KiB); Preact is about a tenth of that. The console, on an office PC, keeps React.
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      // Only the build-time home (build/prerender-home.js) renders to a string: preact-render-to-string.
      { find: /^react-dom\/server$/, replacement: 'preact/compat/server' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  // The build-time home (build/prerender-home.js) runs in Node: bundle every package, so that
  // react-i18next and the rest import Preact through the aliases above, not React.
  ssr: { noExternal: true },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The CSP forbids inline scripts and data: scripts; keep every asset a file.
    assetsInlineLimit: 0,
    rolldownOptions: {
      // The contract's modules only define schemas and words. Said so, a screen that imports one
      // word from the contract does not pull in every schema and zod with it before the home
      // screen is drawn; zod loads on its own (renderer/transport/validation.ts).
      treeshake: { moduleSideEffects: [{ test: /[\\/](electron[\\/]api|standards)[\\/]/, sideEffects: false }] },
    },
  },
});
