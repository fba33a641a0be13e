import boundaries from 'eslint-plugin-boundaries';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';

/**
 * The API's three layers (docs/architecture.md): the foundation imports no feature and not the composition root;
 * a feature imports the foundation, the domain, its own files, and other features only through their index.ts;
 * the composition root (src/app, main.ts, migrate.ts) imports anything; a test may also start the composed app.
 * No import loop anywhere.
 */
export default [
  {
    files: ['apps/api/src/**/*.ts'],
    plugins: { boundaries, 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import/resolver': { typescript: { project: 'apps/api/tsconfig.json' } },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'apps/api/tsconfig.json' })],
      'boundaries/include': ['apps/api/src/**/*'],
      'boundaries/elements': [
        { type: 'foundation', pattern: 'apps/api/src/foundation' },
        { type: 'feature', pattern: 'apps/api/src/modules/*', capture: ['feature'] },
        { type: 'app', pattern: 'apps/api/src/app' },
        { type: 'entry', pattern: 'apps/api/src' },
      ],
      'boundaries/files': [{ category: 'test', pattern: '**/*.{spec,int-spec}.ts' }],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            { from: { element: { type: 'foundation' } }, allow: [{ to: { element: { type: 'foundation' } } }] },
            {
              from: { element: { type: 'feature' } },
              allow: [
                { to: { element: { type: 'foundation' } } },
                { to: { element: { type: 'feature', captured: { feature: '{{ from.element.captured.feature }}' } } } },
                { to: { element: { type: 'feature', internalPath: 'index.ts' } } },
              ],
            },
            // A test may start the whole composed app (the server, the command line) to test its feature.
            { from: { file: { categories: 'test' } }, allow: [{ to: { element: { type: 'app' } } }] },
            {
              from: { element: { types: { anyOf: ['app', 'entry'] } } },
              allow: [{ to: { element: { types: { anyOf: ['foundation', 'feature', 'app'] } } } }],
            },
          ],
        },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
];
