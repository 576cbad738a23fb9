import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The reliability tests take minutes: `npm run test:reliability` (vitest.reliability.config.ts), run by .ci/run.
    exclude: [...configDefaults.exclude, 'test/reliability/**'],
    // Emulators bind 127.0.0.1 only; no test reaches the network.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: ['default'],
  },
});
