// Mutation testing of the planner (`npm run test:mutation`, docs/RELIABILITY.md "Mutation testing").
// One worker: the machine is shared. Not part of `npm test` or .ci/run: it takes minutes.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // The planner. `npm run test:mutation -- --mutate src/plan/guards.ts,src/plan/identity.ts` narrows it.
  mutate: ['src/plan/**/*.ts'],
  // Static mutants (module-level constants) re-run every test for each mutant: hours, for a few mutants.
  ignoreStatic: true,
  concurrency: 1,
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false },
  thresholds: { high: 95, low: 90, break: 90 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
