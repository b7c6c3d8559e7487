import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { SqlClient } from '../../db/connection.ts';
import { migrationsFolder } from '../../db/migrate.ts';

// What backup writes and restore reads, and the catalogue queries both need.
//
// Archive layout (.tar.gz):
//   manifest.json          Manifest below
//   tables/<name>.jsonl    one row per line, as PostgreSQL's row_to_json() wrote it
//   files/<2 hex>/<sha256> every stored upload, from whichever file store (folder or bucket)

export const FORMAT = 'eiso-backup/1';
export const MIGRATIONS_TABLE = 'eiso_migrations';

export type Manifest = {
  format: typeof FORMAT;
  createdAt: string;
  /** `pglite` in archives of eiso ≤ 0.1; they restore alike. */
  databaseKind: 'pglite' | 'embedded' | 'postgres';
  /** Hashes of the applied migrations, in order: restore needs exactly the same list. */
  migrations: string[];
  /** Row count of every table in the archive. */
  tables: Record<string, number>;
  /** How many files are under files/. */
  files: number;
};

/** A failure with a stable code and a message in both languages ("vi / en"). */
export class BackupError extends Error {
  readonly code: string;
  readonly text: { vi: string; en: string };

  constructor(code: string, text: { vi: string; en: string }, options?: { cause?: unknown }) {
    super(`${text.vi} / ${text.en}`, options);
    this.name = 'BackupError';
    this.code = code;
    this.text = text;
  }
}

/** The migrations this version of eiso has, in the order they apply. */
export const codeMigrations = (): string[] => readMigrationFiles({ migrationsFolder }).map((m) => m.hash);

export const appliedMigrations = async (client: SqlClient): Promise<string[]> =>
  (
    await client.query<{ hash: string }>(
      `SELECT hash FROM ${MIGRATIONS_TABLE} ORDER BY created_at, applied_at, hash`,
    )
  ).map((r) => r.hash);

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

export type TableInfo = {
  name: string;
  /** Quoted primary-key columns, comma-separated; empty when the table has none. */
  primaryKey: string;
  /** Quoted columns a row can be inserted into (generated columns left out). */
  insertColumns: string;
  hasUserTriggers: boolean;
};

/** Every ordinary or partitioned table of the public schema except the migrations log. */
export async function listTables(client: SqlClient): Promise<TableInfo[]> {
  const rows = await client.query<{
    name: string;
    primary_key: string | null;
    insert_columns: string | null;
    has_user_triggers: boolean;
  }>(
    `SELECT c.relname AS name,
       (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY k.ord)
          FROM pg_index i
          CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
          JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
         WHERE i.indrelid = c.oid AND i.indisprimary) AS primary_key,
       (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum)
          FROM pg_attribute a
         WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') AS insert_columns,
       EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal) AS has_user_triggers
     FROM pg_class c
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> $1
     ORDER BY c.relname`,
    [MIGRATIONS_TABLE],
  );
  return rows.map((r) => ({
    name: r.name,
    primaryKey: r.primary_key ?? '',
    insertColumns: r.insert_columns ?? '',
    hasUserTriggers: r.has_user_triggers,
  }));
}

/** Foreign keys between public tables, as child → parent (for the order rows go back in). */
export const listForeignKeys = (client: SqlClient) =>
  client.query<{ child: string; parent: string }>(
    `SELECT ch.relname AS child, pa.relname AS parent
       FROM pg_constraint k
       JOIN pg_class ch ON ch.oid = k.conrelid
       JOIN pg_class pa ON pa.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = ch.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public'`,
  );
