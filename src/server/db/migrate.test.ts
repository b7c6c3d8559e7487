import { readMigrationFiles } from 'drizzle-orm/migrator';
import { describe, expect, it } from 'vitest';
import { withDatabase } from '../testing/global-setup.ts';
import { openEmptyTestDatabase } from '../testing/test-database.ts';
import { openPostgres } from './connection.ts';
import { migrate, migrationsFolder } from './migrate.ts';

const total = readMigrationFiles({ migrationsFolder }).length;

describe('migrations', () => {
  it('apply once to an empty database; a second run finds nothing to do', async () => {
    const database = await openEmptyTestDatabase();
    try {
      expect(await migrate(database)).toEqual({ applied: total });
      expect(await migrate(database)).toEqual({ applied: 0 });
      const rows = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM eiso_migrations');
      expect(rows[0].n).toBe(total);
    } finally {
      await database.close();
    }
  });

  it('on an up-to-date database, skip without waiting for the lock a migrating instance holds', async () => {
    const database = await openEmptyTestDatabase();
    const other = await openPostgres(database.url, 1); // advisory locks are per database
    try {
      await migrate(database);
      await other.withClient(async (client) => {
        await client.query('SELECT pg_advisory_lock($1)', [7_310_417]);
        try {
          expect(await migrate(database)).toEqual({ applied: 0 });
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [7_310_417]);
        }
      });
    } finally {
      await database.close();
      await other.close();
    }
  });

  it('run by two instances at once: one migrates, the other waits and skips', async () => {
    const url = process.env.TEST_DATABASE_URL as string;
    const name = `eiso_t_migrate_${process.pid}_${Date.now()}`;
    const admin = await openPostgres(url, 1);
    await admin.exec(`CREATE DATABASE ${name}`);
    const [a, b] = [
      await openPostgres(withDatabase(url, name), 2),
      await openPostgres(withDatabase(url, name), 2),
    ];
    try {
      const results = await Promise.all([migrate(a), migrate(b)]);
      expect(results.map((r) => r.applied).sort()).toEqual([0, total]);
    } finally {
      await a.close();
      await b.close();
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    }
  });
});
