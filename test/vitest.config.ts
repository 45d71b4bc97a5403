import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Kept under test/ so the project's top level stays as the README describes.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    reporters: ['default', './test/support/summary-reporter.ts'],
    include: ['test/lib/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/site/**/*.test.ts', 'test/e2e/**/*.test.ts'],
  },
});
