import { defineConfig } from 'vitest/config';

/**
 * Three projects, so a developer can run the fast ones alone: `npm run test:unit` (pure code and
 * drivers against in-process or pty peers, seconds), `test:integration` (processes, PGlite and
 * PostgreSQL, the CLI) and `test:e2e` (Chromium). `npm test` runs all three.
 */
const slow = ['platform/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/e2e/**/*.test.ts'];

export default defineConfig({
  test: {
    exclude: ['node_modules/**', 'dist/**'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['**/*.test.ts', '**/*.test.tsx'], exclude: ['node_modules/**', 'dist/**', ...slow] },
      },
      {
        extends: true,
        test: { name: 'integration', include: ['platform/**/*.test.ts', 'tests/integration/**/*.test.ts'] },
      },
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'] } },
    ],
  },
});
