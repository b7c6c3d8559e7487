import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Database, SqlClient } from '../../db/connection.ts';
import { ANCHORS_FILE, anchorsPath, writeAuditAnchors } from '../audit/audit.anchors.ts';
import { type FileStore, fileKey } from '../files/files.ts';
import { localFileStore } from '../files/local-store.ts';
import {
  appliedMigrations,
  FORMAT,
  listTables,
  type Manifest,
  quoteIdent,
  type TableInfo,
} from './archive.ts';
import { type TarEntry, tarStream } from './tar-stream.ts';

/** Rows fetched from the cursor at a time: memory stays flat for tables of any size. */
const FETCH_ROWS = 1000;

export type BackupResult = { file: string; tables: number; rows: number; files: number };

export type BackupOptions = {
  /** The archive to write. */
  file: string;
  dataDir: string;
  /** Where the uploaded files are; by default the data folder's files/. */
  files?: FileStore;
  log?: { info: (details: object, message: string) => void };
};

/**
 * Writes one .tar.gz holding a logical dump of every table and every stored file, wherever
 * the files live (a folder or an S3 bucket: they are read through the store into the
 * archive's files/). The dump is read in one REPEATABLE READ transaction on one
 * connection, so the tables agree with each other, and restores into any PostgreSQL.
 * Files are content-addressed and never change, so listing them after the snapshot can
 * only add files no row refers to yet, never lose one.
 */
export async function backup(database: Database, options: BackupOptions): Promise<BackupResult> {
  const store = options.files ?? localFileStore(join(options.dataDir, 'files'));
  const file = resolve(options.file);
  await mkdir(dirname(file), { recursive: true });
  // Staged next to the archive: same disk, and never half-written under the final name.
  const staging = await mkdtemp(join(dirname(file), '.eiso-backup-'));
  const partial = join(staging, basename(file));
  try {
    // The chain heads are anchored first and the anchors travel with the backup: a copy
    // kept elsewhere still shows how far each chain had reached (audit.anchors.ts).
    await writeAuditAnchors({ database, dataDir: options.dataDir, log: options.log });
    const tablesDir = join(staging, 'tables');
    await mkdir(tablesDir);
    const dump = await database.withClient((client) => dumpTables(client, tablesDir));
    const createdAt = new Date();
    let files = 0;
    // Files are listed as they are archived (memory stays flat however many there are);
    // the manifest, which counts them, comes last.
    async function* entries(): AsyncGenerator<TarEntry> {
      for (const name of (await readdir(tablesDir)).sort()) {
        const path = join(tablesDir, name);
        yield { path: `tables/${name}`, size: (await stat(path)).size, open: () => createReadStream(path) };
      }
      const anchors = anchorsPath(options.dataDir);
      if (existsSync(anchors)) {
        yield { path: ANCHORS_FILE, size: (await stat(anchors)).size, open: () => createReadStream(anchors) };
      }
      for await (const { hash, size } of store.list()) {
        files++;
        yield { path: `files/${fileKey(hash)}`, size, open: () => store.get(hash) };
      }
      const manifest: Manifest = {
        format: FORMAT,
        createdAt: createdAt.toISOString(),
        databaseKind: database.kind,
        migrations: dump.migrations,
        tables: dump.tables,
        files,
      };
      const bytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
      yield { path: 'manifest.json', size: bytes.length, open: () => Readable.from([bytes]) };
    }
    await pipeline(Readable.from(tarStream(entries(), createdAt)), createGzip(), createWriteStream(partial));
    await rename(partial, file);
    const rows = Object.values(dump.tables).reduce((a, b) => a + b, 0);
    return { file, tables: Object.keys(dump.tables).length, rows, files };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function dumpTables(client: SqlClient, dir: string) {
  await client.exec('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    // The same text whatever the server's settings: UTC instants, floats that round-trip.
    await client.exec(`SET LOCAL TimeZone = 'UTC'; SET LOCAL extra_float_digits = 3`);
    const migrations = await appliedMigrations(client);
    const tables: Record<string, number> = {};
    for (const table of await listTables(client)) {
      tables[table.name] = await dumpTable(client, table, join(dir, `${table.name}.jsonl`));
    }
    await client.exec('COMMIT');
    return { migrations, tables };
  } catch (error) {
    await client.exec('ROLLBACK');
    throw error;
  }
}

/** Streams one table to a JSON-lines file through a cursor; returns its row count. */
async function dumpTable(client: SqlClient, table: TableInfo, path: string): Promise<number> {
  const order = table.primaryKey ? ` ORDER BY ${table.primaryKey}` : '';
  // `r.*`, not `r`: a column named like the alias would otherwise be taken instead of the row.
  await client.exec(
    `DECLARE eiso_backup_rows NO SCROLL CURSOR FOR
       SELECT row_to_json(r.*)::text AS row FROM public.${quoteIdent(table.name)} r${order}`,
  );
  const out = createWriteStream(path);
  const closed = once(out, 'close');
  closed.catch(() => {}); // a write error is rethrown where `closed` is awaited
  let count = 0;
  try {
    for (;;) {
      const rows = await client.query<{ row: string }>(`FETCH FORWARD ${FETCH_ROWS} FROM eiso_backup_rows`);
      if (rows.length === 0) break;
      count += rows.length;
      if (!out.write(`${rows.map((r) => r.row).join('\n')}\n`)) await once(out, 'drain');
    }
  } finally {
    out.end();
    await closed;
  }
  await client.exec('CLOSE eiso_backup_rows');
  return count;
}
