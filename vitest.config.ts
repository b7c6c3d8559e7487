import { defineConfig } from 'vitest/config';

const setup = {
  globalSetup: ['src/server/testing/global-setup.ts'],
  setupFiles: ['src/server/testing/worker-env.ts'],
};

// Every test runs on the embedded PostgreSQL that eiso ships (the engine users run); with
// TEST_DATABASE_URL set they run again on that server (CI: PostgreSQL 15, the oldest supported).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
    // One import of the app per worker, not per file (ARCHITECTURE.md, "Tests"): each file still has its own database.
    isolate: false,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: 'embedded', env: { EISO_TEST_DB: 'postgres', EISO_TEST_SERVER: 'embedded' }, ...setup },
      },
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              extends: true,
              test: {
                name: 'postgres',
                env: { EISO_TEST_DB: 'postgres', EISO_TEST_SERVER: 'external' },
                ...setup,
              },
            },
          ]
        : []),
    ],
  },
});
