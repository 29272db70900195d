import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Two pages, built to dist/ and served by the gateway under /console/: the console (index.html)
 * and the GraphQL explorer (explorer.html, served at /graphql to browsers). No inline scripts
 * (the gateway's CSP forbids them), no external assets: everything is bundled.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/console/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 6000,
    rollupOptions: {
      // React libraries' "use client" directives mean nothing in a plain client bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        explorer: fileURLToPath(new URL('explorer.html', import.meta.url)),
      },
    },
  },
  worker: { format: 'es' },
});
