// Mutation testing of the planner (`npm run test:mutation`, docs/RELIABILITY.md "Mutation testing").
// One worker: the machine is shared. Not part of `npm test` or .ci/run: it takes minutes.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // The planner. `npm run test:mutation -- --mutate src/plan/guards.ts,src/plan/identity.ts` narrows it.
  mutate: ['src/plan/**/*.ts'],
  // Static mutants (module-level constants) re-run every planner test for each mutant: over all of
  // src/plan/ that is too slow for the shared machine. STRYKER_IGNORE_STATIC=false includes them (used
  // for guards.ts and identity.ts, whose tables COUNTED, MIN_LIVE_FOR_PERCENT, ADMIN, OWNER are static).
  ignoreStatic: process.env.STRYKER_IGNORE_STATIC !== 'false',
  concurrency: 1,
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false },
  thresholds: { high: 95, low: 90, break: 90 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
