import { defineConfig } from 'vite';

// A sandboxed preload may require only `electron` and a few built-ins, so it ships as one
// CommonJS bundle with the api constants inlined.
export default defineConfig({
  build: {
    outDir: 'dist/preload',
    emptyOutDir: true,
    minify: false,
    lib: { entry: 'electron/preload.ts', formats: ['cjs'], fileName: () => 'preload.cjs' },
    rollupOptions: { external: ['electron'] },
  },
});
