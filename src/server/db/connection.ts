import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded/cluster.ts';
import { claimServerLock, runningServer } from './embedded/server-lock.ts';
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
  /** `embedded`: the PostgreSQL eiso runs itself on DATA_DIR/pg; `postgres`: DATABASE_URL. */
  kind: 'embedded' | 'postgres';
  /** Its connection string (the job runner opens its own connections). */
  url: string;
  /** Runs `work` on a single connection (a pool hands out a different one per query). */
  withClient: <T>(work: (client: SqlClient) => Promise<T>) => Promise<T>;
  close: () => Promise<void>;
};

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
    url,
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

/**
 * PostgreSQL at DATABASE_URL, or the embedded PostgreSQL of DATA_DIR (started if it is
 * not running). The server claims the data folder and stops its PostgreSQL when it closes;
 * a command (demo, backup…) stops it only if it started it and no server has come since.
 */
export async function openDatabase(
  config: { databaseUrl?: string; dataDir: string },
  options: { role?: 'server' | 'command'; log?: (message: string) => void } = {},
): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  const role = options.role ?? 'command';
  const release = role === 'server' ? claimServerLock(config.dataDir) : () => {};
  try {
    const cluster = await startEmbeddedPostgres({ dataDir: config.dataDir, log: options.log });
    const database = await openPostgres(cluster.url);
    if (existsSync(join(config.dataDir, 'db', 'PG_VERSION'))) {
      // A data folder of eiso ≤ 0.1 (PGlite): moved into PostgreSQL once, by whichever command comes first.
      const { importLegacyPglite } = await import('./embedded/pglite-import.ts');
      await importLegacyPglite(config.dataDir, database, options.log ?? console.log);
    }
    const ownsCluster = () =>
      role === 'server' || (cluster.startedHere && runningServer(config.dataDir) === undefined);
    return {
      ...database,
      kind: 'embedded',
      close: async () => {
        await database.close();
        if (ownsCluster()) await cluster.stop();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
