import { inject } from 'vitest';

// Tests that open their own connections (concurrency, migrations) find the project's server here.
process.env.TEST_DATABASE_URL = inject('serverUrl');
