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
 * app with `import('./boot')` only once the first screen is settled, so that compiling and
 * evaluating the app never holds up the moment the dataset arrives. The app's files are still
 * downloaded from the start: this plugin lists boot's chunk and every chunk it imports
 * statically as `<link rel="preload" as="script">` (fetched, not compiled: modulepreload would
 * compile them on the main thread while the page waits for its data; docs/performance.md,
 * "The entry").
 */
function preloadBoot(): Plugin {
  return {
    name: 'preload-boot',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return { html, tags: [] };
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const boot = chunks.find((c) => c.facadeModuleId?.endsWith('/src/boot.tsx'));
        if (!boot) throw new Error('preload-boot: no chunk for src/boot.tsx');
        const files: string[] = [];
        const visit = (file: string) => {
          const chunk = chunks.find((c) => c.fileName === file);
          // The entry is index.html's own script already.
          if (files.includes(file) || chunk?.isEntry) return;
          files.push(file);
          for (const next of chunk?.imports ?? []) visit(next);
        };
        visit(boot.fileName);
        // The entry runs as soon as it arrives, not once the page is parsed (src/main.tsx).
        const entry = /<script type="module" crossorigin src=/;
        if (!entry.test(html)) throw new Error('preload-boot: no entry script in index.html');
        return {
          html: html.replace(entry, '<script type="module" async crossorigin src='),
          tags: files.map((file) => ({ tag: 'link', attrs: { rel: 'preload', as: 'script', crossorigin: true, fetchpriority: 'low', href: `./${file}` }, injectTo: 'head' as const })),
        };
      },
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), mockServiceWorker(), preloadBoot()],
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
