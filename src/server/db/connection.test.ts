import { describe, expect, it } from 'vitest';
import { openPostgres } from './connection.ts';

describe('PostgreSQL connection pool', () => {
  it.runIf(process.env.EISO_TEST_DB === 'postgres')(
    'survives the server ending an idle connection, and opens a new one for the next query',
    async () => {
      const url = process.env.TEST_DATABASE_URL as string;
      const database = await openPostgres(url, 1);
      const admin = await openPostgres(url, 1);
      try {
        const [{ pid }] = await database.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
        // As a restart or a dropped database does: the idle connection is killed under the pool.
        await admin.query('SELECT pg_terminate_backend($1)', [pid]);
        await new Promise((resolve) => setTimeout(resolve, 200));
        const [{ again }] = await database.query<{ again: number }>('SELECT pg_backend_pid() AS again');
        expect(again).not.toBe(pid);
      } finally {
        await database.close();
        await admin.close();
      }
    },
  );
});
