import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';

// The floors of src/, from the top: each may import only from the floors below it (and itself).
// A parameter walked from the address to the pixels goes down them and never back up.
//   app → views → components, export → charts, describe → data, i18n, routing → lib
// data and i18n never import each other: facts live in data/, words in i18n/, and describe/
// puts facts into words. No view imports another view: what two views share is a component.
const FLOORS = {
  lib: [],
  data: ['lib'],
  i18n: ['lib'],
  routing: ['lib', 'data'],
  describe: ['lib', 'data', 'i18n'],
  charts: ['lib', 'data'],
  export: ['lib', 'data', 'i18n', 'describe', 'charts'],
  components: ['lib', 'data', 'i18n', 'routing', 'describe', 'charts', 'export'],
  views: ['lib', 'data', 'i18n', 'routing', 'describe', 'charts', 'export', 'components'],
  app: ['lib', 'data', 'i18n', 'routing', 'describe', 'charts', 'export', 'components', 'views'],
};
const VIEWS = ['overview', 'indicator', 'compare', 'present', 'plan', 'embed', 'open-data'];
const ALL = Object.keys(FLOORS);
const floorZones = Object.entries(FLOORS)
  .filter(([floor]) => floor !== 'app')
  .map(([floor, below]) => ({
  target: `./src/${floor}`,
  from: ALL.filter((other) => other !== floor && !below.includes(other)).map((other) => `./src/${other}`),
  message: `src/${floor} may import only from ${below.length ? below.map((b) => `src/${b}`).join(', ') : 'itself'}.`,
}));
const viewZones = VIEWS.map((view) => ({
  target: `./src/views/${view}`,
  from: VIEWS.filter((other) => other !== view).map((other) => `./src/views/${other}`),
  message: 'A view does not import another view: what two views share belongs in src/components.',
}));

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'mocks/mockServiceWorker.js', 'test-results', 'playwright-report', 'shots'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.app.json' })],
      // no-cycle reads the modules an import leads to: it must know how to parse TypeScript.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Dataset text is rendered as text.' },
      ],
      'import-x/no-cycle': ['error', { maxDepth: Infinity }],
      'import-x/no-restricted-paths': ['error', { zones: [...floorZones, ...viewZones] }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.browser, ...globals.node } },
  },
);
