/** Component tests: jsdom, TSX through swc with React's automatic runtime. */
module.exports = {
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  // Two workers: in `npm test` the web's suites run after the API's, with both cores free. Typing into a form with
  // user-event takes seconds on a loaded machine: 15 s before a test is called stuck.
  maxWorkers: 2,
  testTimeout: 15_000,
  testMatch: ['<rootDir>/src/**/*.spec.{ts,tsx}'],
  setupFiles: ['<rootDir>/src/test/polyfills.cjs'],
  setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
  transform: {
    '^.+\\.(ts|tsx)$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
      },
    ],
  },
  moduleNameMapper: {
    '\\.css$': '<rootDir>/src/test/style-stub.cjs',
    '^@thidua/domain$': '<rootDir>/../../libs/domain/src/index.ts',
  },
};
