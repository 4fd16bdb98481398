// Mutation testing (npm run mutation; not part of npm test): StrykerJS changes the code under
// test one small way at a time (a `<` for a `<=`, a `+` for a `-`, a condition for `true`)
// and runs the unit tests that cover it; a mutant no test notices is a claim no test makes.
// MUTATE narrows a run to some files: MUTATE='src/layout/**/*.ts' npm run mutation.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: process.env.MUTATE
    ? process.env.MUTATE.split(',')
    : ['src/report/**/*.ts', 'src/layout/**/*.ts', 'src/parse/**/*.ts', 'src/elements/**/*.layout.ts', '!src/**/*.d.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 5000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: 85 },
  tempDirName: '.stryker-tmp',
  // Not into the sandbox: other runs' sandboxes (parallel runs use .stryker-tmp-<name>) and
  // generated output.
  ignorePatterns: ['/.stryker-tmp*', '/reports', '/bench-results', '/storybook-static', '/test-results'],
  cleanTempDir: 'always',
};
