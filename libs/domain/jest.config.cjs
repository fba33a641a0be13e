/** Domain scenarios and properties; coverage of libs/domain is reported on every run. */
module.exports = {
  displayName: 'domain',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }] },
  collectCoverageFrom: ['src/**/*.ts', '!src/**/*.spec.ts', '!src/**/index.ts', '!src/**/fixtures/**'],
  coverageReporters: ['text-summary'],
  coverageThreshold: { global: { lines: 95 } },
};
