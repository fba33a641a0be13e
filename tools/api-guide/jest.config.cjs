/**
 * The integrator's guide run against the demo (tools/api-guide): its examples, the comparison of their output, and
 * the example client's generated code against the committed schema. The API runs in a child process (the demo
 * server), so nothing here needs the API's ESM flags.
 */
module.exports = {
  displayName: 'api-guide',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.spec.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  // Starting the demo (loading its eleven weeks of reports) takes most of the run.
  testTimeout: 60_000,
};
