import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The viewer is a static site: built into viewer/dist and served by `actorgraph serve`, which maps /graph/ to the graph folder.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  logLevel: 'warn',
});
