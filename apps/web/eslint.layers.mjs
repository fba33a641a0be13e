import { fileURLToPath } from 'node:url';
import boundaries from 'eslint-plugin-boundaries';
import importX from 'eslint-plugin-import-x';

/**
 * The web app's layers, from the bottom up:
 *
 * - `generated` (src/generated): what the GraphQL codegen writes; it imports nothing of ours.
 * - `foundation` (src/foundation): i18n, the UI kit, the list states, the Apollo client, the session token. It uses no feature
 *   and not the app.
 * - `feature` (src/modules/<feature>): uses the foundation, generated and `@thidua/domain`, its own files freely, and another
 *   feature only through that feature's public entry, `src/modules/<feature>/index.ts`. Never the app.
 * - `app` (src/app): the composition root (entry, router, layout, providers, pages); uses anything.
 *
 * `test` (src/test) holds the specs' helpers and fixtures: it uses only the foundation and generated, and only specs
 * (`*.spec.ts(x)`, in any layer) use it.
 *
 * Wired into the root eslint.config.mjs with `import webLayers from './apps/web/eslint.layers.mjs'` and `...webLayers`.
 */
const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
const files = ['apps/web/src/**/*.{ts,tsx}'];

const settings = {
  'import/resolver': { typescript: { project: tsconfig, alwaysTryTypes: true } },
  'import-x/resolver': { typescript: { project: tsconfig, alwaysTryTypes: true } },
  // import-x reads only the files it knows the extension and parser of (no-cycle walks them).
  'import-x/extensions': ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs'],
  'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
  'boundaries/include': ['apps/web/src/**/*'],
  'boundaries/elements': [
    { type: 'generated', pattern: 'apps/web/src/generated' },
    { type: 'foundation', pattern: 'apps/web/src/foundation' },
    { type: 'test', pattern: 'apps/web/src/test' },
    { type: 'feature', pattern: 'apps/web/src/modules/*', capture: ['feature'] },
    { type: 'app', pattern: 'apps/web/src/app' },
  ],
  'boundaries/files': [{ category: 'spec', pattern: 'apps/web/src/**/*.spec.{ts,tsx}' }],
};

export default [
  {
    files,
    plugins: { boundaries, 'import-x': importX },
    settings,
    rules: {
      // Every file under src belongs to a layer.
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            {
              from: { element: { type: 'generated' } },
              allow: { to: { element: { type: 'generated' } } },
            },
            {
              from: { element: { type: 'foundation' } },
              allow: { to: { element: { types: { anyOf: ['foundation', 'generated'] } } } },
            },
            {
              from: { element: { type: 'test' } },
              allow: { to: { element: { types: { anyOf: ['test', 'foundation', 'generated'] } } } },
            },
            {
              from: { element: { type: 'feature' } },
              allow: { to: { element: { types: { anyOf: ['foundation', 'generated'] } } } },
            },
            {
              // A spec, wherever it is, may use the test helpers; the code it tests may not.
              from: { file: { categories: 'spec' } },
              allow: { to: { element: { type: 'test' } } },
            },
            {
              // Its own files, freely.
              from: { element: { type: 'feature' } },
              allow: {
                to: { element: { type: 'feature', captured: { feature: '{{ from.element.captured.feature }}' } } },
              },
            },
            {
              // Another feature, only through its public entry.
              from: { element: { type: 'feature' } },
              allow: { to: { element: { type: 'feature', fileInternalPath: 'index.ts' } } },
            },
            {
              from: { element: { type: 'app' } },
              allow: { to: { element: { types: { anyOf: ['app', 'feature', 'foundation', 'generated'] } } } },
            },
          ],
        },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
];
