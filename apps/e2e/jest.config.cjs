/** Browser end-to-end tests: the built app on a fresh embedded database, driven in Debian's Chromium. */
module.exports = {
  displayName: 'e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }] },
  // The API's test files (reading a DOCX), by the alias of tsconfig.base.json.
  moduleNameMapper: { '^@thidua/api/test-files$': '<rootDir>/../api/test/test-files.ts' },
  // The demo, loaded once and copied by each suite that starts on it.
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testTimeout: 60_000,
};
