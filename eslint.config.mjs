import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import apiLayers from './apps/api/eslint.layers.mjs';
import webLayers from './apps/web/eslint.layers.mjs';

/**
 * Module boundaries: the domain imports no framework and no Node module; the web app and the API
 * only use themselves and `scope:shared` (the domain).
 */
export default tseslint.config(
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/generated',
      '**/.data',
      'tmp',
      'coverage',
      '**/*.cjs',
      '**/*.mjs',
      '**/*.mts',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          // The tools use the API's code through its public entry (apps/api/src/index.ts) and its test files' builders
          // (apps/api/test/xlsx-files.ts); Nx forbids importing an app otherwise.
          allow: ['@thidua/api', '@thidua/api/test-files'],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:tools', 'scope:api', 'scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:e2e'] },
            {
              sourceTag: 'type:domain',
              bannedExternalImports: [
                'typeorm',
                'type-graphql',
                '@apollo/*',
                'graphql',
                'react',
                'react-dom',
                'pg',
                'express',
                'node:*',
                'fs',
                'path',
                'crypto',
                'os',
                'child_process',
                'http',
                'https',
                'net',
                'url',
                'util',
                'process',
              ],
            },
          ],
        },
      ],
    },
  },
  {
    // Tests may use loose fixtures; the production code may not.
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/*.int-spec.ts', '**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:*',
                'fs',
                'fs/*',
                'path',
                'crypto',
                'os',
                'child_process',
                'http',
                'https',
                'net',
                'url',
                'util',
                'process',
                'buffer',
                'stream',
              ],
              message: 'The domain is pure: no Node module.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'The domain is handed what it needs; it reads no environment.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The domain never reads the clock: pass the time in.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'The domain never reads the clock: pass the time in.',
        },
      ],
    },
  },
  ...apiLayers,
  ...webLayers,
);
