import { defineConfig } from 'vitest/config';

const setup = ['src/server/testing/global-setup.ts'];

// Every test runs on PGlite; with TEST_DATABASE_URL set they run again on that PostgreSQL.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'pglite', env: { EISO_TEST_DB: 'pglite' }, globalSetup: setup } },
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              extends: true,
              test: { name: 'postgres', env: { EISO_TEST_DB: 'postgres' }, globalSetup: setup },
            },
          ]
        : []),
    ],
  },
});
