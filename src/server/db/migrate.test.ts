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
