import { fileURLToPath } from 'node:url';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { Database, SqlClient } from './connection.ts';

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Any constant works; it only has to be the same for every instance of eiso. */
const MIGRATION_LOCK_KEY = 7_310_417;

/**
 * Applies the drizzle-kit migrations not applied yet, forward only, in one transaction
 * holding an advisory lock: a second instance starting at the same moment waits for the
 * first, then finds nothing left to do.
 */
export function migrate(database: Database): Promise<{ applied: number }> {
  return database.withClient((client) => applyMigrations(client));
}

/**
 * Every migration already applied? Read without a transaction or the lock, so a start on an
 * up-to-date database (every start but the first after an upgrade) costs one query.
 */
async function upToDate(database: SqlClient, migrations: Array<{ hash: string }>) {
  const [{ present }] = await database.query<{ present: boolean }>(
    `SELECT to_regclass('eiso_migrations') IS NOT NULL AS present`,
  );
  if (!present) return false;
  const done = new Set(
    (await database.query<{ hash: string }>('SELECT hash FROM eiso_migrations')).map((r) => r.hash),
  );
  return migrations.every((m) => done.has(m.hash));
}

async function applyMigrations(database: SqlClient): Promise<{ applied: number }> {
  const migrations = readMigrationFiles({ migrationsFolder });
  if (await upToDate(database, migrations)) return { applied: 0 };
  let applied = 0;
  await database.exec('BEGIN');
  try {
    await database.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await database.exec(`CREATE TABLE IF NOT EXISTS eiso_migrations (
      hash text PRIMARY KEY, created_at bigint NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set(
      (await database.query<{ hash: string }>('SELECT hash FROM eiso_migrations')).map((r) => r.hash),
    );
    for (const migration of migrations) {
      if (done.has(migration.hash)) continue;
      for (const statement of migration.sql) if (statement.trim()) await database.exec(statement);
      await database.query('INSERT INTO eiso_migrations (hash, created_at) VALUES ($1, $2)', [
        migration.hash,
        migration.folderMillis,
      ]);
      applied++;
    }
    await database.exec('COMMIT');
  } catch (error) {
    await database.exec('ROLLBACK');
    throw error;
  }
  return { applied };
}
