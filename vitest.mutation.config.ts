import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant (stryker.config.mjs): the planner's in-process tests only.
 * Besides test/plan/, the tests elsewhere that call src/plan/ in-process and fast: the scenario goldens
 * (whole plans, JSON included, made by computePlan), coverage in plans, and saved plans (saved.ts).
 * CLI tests run the built dist/, so they cannot see a mutant; emulator and reliability tests are slow
 * and exercise the planner through the same in-process paths.
 */
export default defineConfig({
  test: {
    include: ['test/plan/**/*.test.ts', 'test/scenarios/**/*.test.ts', 'test/coverage/plan.test.ts', 'test/apply/saved-plan.test.ts'],
    exclude: [...configDefaults.exclude],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: ['default'],
    // Each mutant re-runs the tests that cover it; fewer random cases keep a run within minutes.
    env: { PLAN_PROPERTY_RUNS: '30' },
  },
});
