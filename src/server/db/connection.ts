import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction or the database itself: services accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

/** Raw SQL on one connection: used by migrations, backup and restore. */
export type SqlClient = {
  /** Runs raw SQL (several statements allowed). */
  exec: (sql: string) => Promise<void>;
  /** Rows of one query with parameters. */
  query: <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;
};

export type Database = SqlClient & {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs `work` on a single connection (a pool hands out a different one per query). */
  withClient: <T>(work: (client: SqlClient) => Promise<T>) => Promise<T>;
  pglite?: PGlite;
  close: () => Promise<void>;
};

/** The extensions must be passed on every PGlite open. */
export const pgliteExtensions = { citext, pg_trgm, pgcrypto, unaccent };

export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob }): Promise<Database> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    extensions: pgliteExtensions,
  });
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  const client: SqlClient = {
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    query: async (sql, params) => (await pglite.query(sql, params)).rows as never,
  };
  return {
    ...client,
    db,
    kind: 'pglite',
    pglite,
    withClient: (work) => work(client),
    close: () => pglite.close(),
  };
}

export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server ends (a restart, a terminated backend, a database
  // dropped while the pool is still closing) is reported here and already dropped from
  // the pool; the next query opens a new one. Without a listener it would crash the process.
  pool.on('error', () => {});
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  const clientOf = (runner: pg.Pool | pg.PoolClient): SqlClient => ({
    exec: async (sql) => {
      await runner.query(sql);
    },
    query: async (sql, params) => (await runner.query(sql, params as unknown[])).rows,
  });
  return {
    ...clientOf(pool),
    db,
    kind: 'postgres',
    withClient: async (work) => {
      const connection = await pool.connect();
      try {
        return await work(clientOf(connection));
      } finally {
        connection.release();
      }
    },
    close: () => pool.end(),
  };
}

/** PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite in DATA_DIR/db. */
export function openDatabase(config: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  return config.databaseUrl
    ? openPostgres(config.databaseUrl)
    : openPglite({ dataDir: join(config.dataDir, 'db') });
}
