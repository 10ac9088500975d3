import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The MSW worker lives in mocks/, not public/, so it can never be copied into the production
// build; in development this plugin serves it at the address the worker registers from.
function mockServiceWorker(): Plugin {
  const file = fileURLToPath(new URL('./mocks/mockServiceWorker.js', import.meta.url));
  return {
    name: 'dev-mock-service-worker',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.end(readFileSync(file));
      });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), mockServiceWorker()],
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts'],
    setupFiles: ['./vitest.setup.ts'],
    restoreMocks: true,
    // Rendering a view loads and validates the whole default dataset: seconds on a loaded
    // two-core machine. Generous limits, so only a real hang fails on time.
    testTimeout: 30_000,
  },
});
