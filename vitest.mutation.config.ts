import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant (stryker.config.mjs): the planner's in-process tests only.
 * CLI tests run the built dist/, so they cannot see a mutant; emulator and reliability tests are slow
 * and exercise the planner through the same in-process paths.
 */
export default defineConfig({
  test: {
    include: ['test/plan/**/*.test.ts'],
    exclude: [...configDefaults.exclude],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: ['default'],
    // Each mutant re-runs the tests that cover it; fewer random cases keep a run within minutes.
    env: { PLAN_PROPERTY_RUNS: '30' },
  },
});
