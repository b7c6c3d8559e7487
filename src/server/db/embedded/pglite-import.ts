import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/pglite';
import { backup } from '../../platform/backup/backup.ts';
import { restore } from '../../platform/backup/restore.ts';
import type { Database, Db, SqlClient } from '../connection.ts';
import { migrate } from '../migrate.ts';
import * as schema from '../schema.ts';

/** Where eiso ≤ 0.1 kept its embedded database (PGlite). */
const legacyPgliteDir = (dataDir: string) => join(dataDir, 'db');

/**
 * Moves a PGlite database of an earlier eiso into the embedded PostgreSQL: brought up to
 * the current migrations, dumped logically (as `eiso backup` does) and restored; the old
 * folder is then renamed `db.pglite-imported`, never deleted. Uploaded files stay where
 * they are. The target must be empty (restore refuses otherwise, and nothing changes).
 */
/** The PGlite database of an earlier eiso in DATA_DIR/db (made there if absent, for tests). */
export async function openLegacyPglite(dataDir: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const extensions = {
    citext: (await import('@electric-sql/pglite/contrib/citext')).citext,
    pg_trgm: (await import('@electric-sql/pglite/contrib/pg_trgm')).pg_trgm,
    pgcrypto: (await import('@electric-sql/pglite/contrib/pgcrypto')).pgcrypto,
    unaccent: (await import('@electric-sql/pglite/contrib/unaccent')).unaccent,
  };
  const pglite = await PGlite.create({ dataDir: legacyPgliteDir(dataDir), extensions });
  const client: SqlClient = {
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    query: async (sql, params) => (await pglite.query(sql, params)).rows as never,
  };
  return {
    ...client,
    db: drizzle(pglite, { schema }) as unknown as Db,
    kind: 'embedded',
    url: legacyPgliteDir(dataDir),
    withClient: (work) => work(client),
    close: async () => {
      if (!pglite.closed) await pglite.close();
    },
  };
}

export async function importLegacyPglite(
  dataDir: string,
  target: Database,
  log: (message: string) => void,
): Promise<{ rows: number }> {
  log(
    `chuyển CSDL PGlite cũ sang PostgreSQL / moving the earlier PGlite database to PostgreSQL (${legacyPgliteDir(dataDir)})`,
  );
  const source = await openLegacyPglite(dataDir);
  const work = mkdtempSync(join(tmpdir(), 'eiso-pglite-import-'));
  try {
    await migrate(source);
    const archive = join(work, 'tables.tar.gz');
    // Empty data folders on both sides: only the tables travel; files/ is already in place.
    const dumped = await backup(source, { dataDir: join(work, 'none'), file: archive });
    await source.close();
    await restore(target, { dataDir: join(work, 'restored'), file: archive });
    renameSync(legacyPgliteDir(dataDir), join(dataDir, 'db.pglite-imported'));
    log(`đã chuyển / moved ${dumped.rows} rows; the old folder is kept as db.pglite-imported`);
    return { rows: dumped.rows };
  } finally {
    await source.close();
    rmSync(work, { recursive: true, force: true });
  }
}
