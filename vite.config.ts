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

/**
 * The entry (src/main.tsx) is an async module: it runs as soon as it has arrived, while the page
 * is still being parsed, and starts the requests for config.json and the dataset. It loads the
 * app with `import('./boot')` only once the first screen is settled, and nothing in index.html
 * asks for the app's chunks before that: fetched by the import, they are compiled off the main
 * thread as they stream in, while the first screen is already shown. Listed as preloads in
 * index.html, they were fetched beside the data and compiled on the main thread when imported:
 * the first screen came about 60 ms later, and the app no sooner (docs/performance.md).
 */
function asyncEntry(): Plugin {
  return {
    name: 'async-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const entry = /<script type="module" crossorigin src=/;
        if (!entry.test(html)) throw new Error('async-entry: no entry script in index.html');
        return html.replace(entry, '<script type="module" async crossorigin src=');
      },
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), mockServiceWorker(), asyncEntry()],
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
