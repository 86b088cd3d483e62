/**
 * The web app's build: plain Preact + TSX, bundled into web/dist, which the API server serves.
 * Everything (the world map, the chart library) is bundled: nothing is fetched at run time.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // No inline module-preload polyfill: the server's CSP allows only our own script files.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
  },
  server: { proxy: { '/api': 'http://localhost:8080', '/openapi.json': 'http://localhost:8080', '/docs': 'http://localhost:8080' } },
});
