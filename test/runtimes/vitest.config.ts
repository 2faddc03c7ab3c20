import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run test:runtimes`: the built package in Bun, Deno, workerd, Chromium and a Lambda-style bundle. Not part of
// `npm test` (it needs Chromium from the system's packages); .ci/run runs both. One file at a time: each starts a
// runtime of its own, and two cores are shared.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/runtimes/**/*.runtime.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
