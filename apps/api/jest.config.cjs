/**
 * Two projects: fast unit specs, and GraphQL integration specs against a real database
 * (embedded PGlite by default, the server named by TEST_DATABASE_URL when set).
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];
const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  resolver: '@nx/jest/plugins/resolver',
  moduleNameMapper: {
    '^@thidua/domain$': '<rootDir>/../../libs/domain/src/index.ts',
    '^@thidua/domain/fixtures$': '<rootDir>/../../libs/domain/src/fixtures/index.ts',
  },
};
module.exports = {
  projects: [
    { ...shared, displayName: 'api-unit', testMatch: ['<rootDir>/src/**/*.spec.ts'], setupFiles: ['reflect-metadata'] },
    {
      ...shared,
      displayName: 'api-int',
      testMatch: ['<rootDir>/src/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/test/global-setup.cjs',
      globalTeardown: '<rootDir>/test/global-teardown.cjs',
      setupFiles: ['reflect-metadata'],
    },
  ],
  // Generous: CI machines are shared, and an integration suite's own set-up loads the demo. Jest reads this
  // option from the top-level config only; inside `projects` it is silently ignored (5 s applied instead).
  testTimeout: 30_000,
};
