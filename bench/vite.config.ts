import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Production builds of the benchmark's reference pages (bench/run.mjs):
//   default mode: the floor and the tree-shaken ECharts page, into dist-bench-ref/, with the
//     app's public/ folder beside them so they fetch the same dataset the same way;
//   `--mode yardstick`: React + ReactDOM + one Recharts chart alone, into
//     dist-bench-yardstick/, built on its own so no chunk is shared with another page.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig(({ mode }) => {
  const yardstick = mode === 'yardstick';
  const pages = yardstick ? ['yardstick'] : ['floor', 'echarts'];
  return {
    root: here('./pages'),
    base: './',
    publicDir: yardstick ? false : here('../public'),
    plugins: [react()],
    build: {
      outDir: here(yardstick ? '../dist-bench-yardstick' : '../dist-bench-ref'),
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: { polyfill: false },
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { input: Object.fromEntries(pages.map((p) => [p, here(`./pages/${p}.html`)])) },
    },
  };
});
