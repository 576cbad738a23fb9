import { defineConfig } from 'vitest/config';

/** `npm run test:reliability`: the slow reliability tests (docs/RELIABILITY.md), kept out of `npm test`. */
export default defineConfig({
  test: {
    include: ['test/reliability/**/*.test.ts'],
    // Emulators bind 127.0.0.1 only; no test reaches the network.
    testTimeout: 600_000,
    hookTimeout: 60_000,
    // Two cores, shared: the property tests are CPU-bound, so run at most two files at once.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
