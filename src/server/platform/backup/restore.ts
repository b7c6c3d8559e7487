import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { extract as extractTar, list as listTar } from 'tar';
import type { Database, SqlClient } from '../../db/connection.ts';
import { migrate } from '../../db/migrate.ts';
import { ANCHORS_FILE, anchorsPath } from '../audit/audit.anchors.ts';
import { type FileStore, isEmptyStore } from '../files/files.ts';
import { localFileStore } from '../files/local-store.ts';
import {
  appliedMigrations,
  BackupError,
  codeMigrations,
  FORMAT,
  listForeignKeys,
  listTables,
  type Manifest,
  quoteIdent,
  type TableInfo,
} from './archive.ts';

/** Rows per INSERT … json_populate_recordset, unless they reach BATCH_BYTES first. */
const BATCH_ROWS = 500;
const BATCH_BYTES = 4 * 1024 * 1024;

export type RestoreResult = { tables: number; rows: number; files: number };

const notEiso = (detail: string, cause?: unknown) =>
  new BackupError(
    'backup.not_eiso',
    {
      vi: `Tệp không phải bản sao lưu eiso hoặc đã bị hỏng (${detail})`,
      en: `the file is not an eiso backup, or it is damaged (${detail})`,
    },
    { cause },
  );

const notEmpty = (what: { vi: string; en: string }) =>
  new BackupError('backup.target_not_empty', {
    vi: `${what.vi}: chỉ khôi phục vào thư mục dữ liệu hoặc cơ sở dữ liệu trống`,
    en: `${what.en}: restore into an empty data folder or database`,
  });

const versionMismatch = (backupCount: number, hereCount: number, where: { vi: string; en: string }) =>
  new BackupError('backup.version_mismatch', {
    vi: `Bản sao lưu có ${backupCount} migration, ${where.vi} có ${hereCount}: hãy khôi phục bằng đúng phiên bản eiso đã tạo ra bản sao lưu`,
    en: `the backup has ${backupCount} migrations, ${where.en} has ${hereCount}: restore it with the eiso version that made it`,
  });

export type RestoreOptions = {
  /** The archive to read. */
  file: string;
  /** Holds the unpacked archive while it is restored. */
  dataDir: string;
  /** Where the uploaded files go; by default the data folder's files/. */
  files?: FileStore;
};

/** Files put into the store at a time (an S3 bucket answers each after a round trip). */
const PUT_AT_ONCE = 8;

/**
 * Restores an archive written by `backup` into an empty database and an empty file store
 * (a folder or an S3 bucket). The archive is unpacked and checked first, every file
 * against its hash; the database is migrated; all rows go in within one transaction, so a
 * failure leaves the database as it was; the files go into the store only after that
 * transaction commits.
 */
export async function restore(database: Database, options: RestoreOptions): Promise<RestoreResult> {
  const store = options.files ?? localFileStore(join(options.dataDir, 'files'));
  if (!(await isEmptyStore(store))) {
    throw notEmpty({
      vi: `Nơi lưu tệp đích đã có tệp (${store.location})`,
      en: `the target file store already holds files (${store.location})`,
    });
  }
  await mkdir(options.dataDir, { recursive: true });
  const staging = await mkdtemp(join(options.dataDir, '.eiso-restore-'));
  try {
    const manifest = await unpack(resolve(options.file), staging);
    const code = codeMigrations();
    if (!sameList(manifest.migrations, code)) {
      throw versionMismatch(manifest.migrations.length, code.length, {
        vi: 'phiên bản eiso này',
        en: 'this version of eiso',
      });
    }
    const files = await checkedFiles(join(staging, 'files'));
    await migrate(database);
    const result = await database.withClient((client) =>
      loadTables(client, manifest, join(staging, 'tables')),
    );
    let next = 0;
    let failed = false;
    const putNext = async () => {
      while (!failed && next < files.length) {
        const { hash, path, size } = files[next++];
        await store.put(hash, createReadStream(path), size).catch((error) => {
          failed = true;
          throw error;
        });
      }
    };
    await Promise.all(Array.from({ length: Math.min(PUT_AT_ONCE, files.length) }, putNext));
    // The backup's audit anchors come along, unless this data folder keeps its own already.
    const unpackedAnchors = join(staging, ANCHORS_FILE);
    if (existsSync(unpackedAnchors) && !existsSync(anchorsPath(options.dataDir)))
      await rename(unpackedAnchors, anchorsPath(options.dataDir));
    return { ...result, files: files.length };
  } finally {
    await rm(staging, { recursive: true, force: true, maxRetries: 5 });
  }
}

/** The unpacked files/, each named `<2 hex>/<sha256 of its bytes>`: anything else is damage. */
async function checkedFiles(dir: string) {
  if (!existsSync(dir)) return [];
  const found = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const files: Array<{ hash: string; path: string; size: number }> = [];
  for (const entry of found) {
    const path = join(entry.parentPath, entry.name);
    const name = relative(dir, path).split(sep).join('/');
    const hash = name.match(/^([0-9a-f]{2})\/(\1[0-9a-f]{62})$/)?.[2];
    if (!hash) throw notEiso(`files/${name}`);
    const digest = createHash('sha256');
    for await (const chunk of createReadStream(path)) digest.update(chunk);
    if (digest.digest('hex') !== hash)
      throw notEiso(`files/${name}: nội dung khác mã băm / content differs from its hash`);
    files.push({ hash, path, size: (await stat(path)).size });
  }
  return files;
}

/** Unpacks only what a backup holds (plain files and folders, no links) and reads the manifest. */
async function unpack(file: string, dir: string): Promise<Manifest> {
  if (!existsSync(file)) {
    throw new BackupError('backup.missing', {
      vi: `Không tìm thấy tệp ${file}`,
      en: `file not found: ${file}`,
    });
  }
  const options = {
    file,
    strict: true,
    // gzip cannot exceed ~1032:1 anyway; this only keeps very sparse files restorable.
    maxDecompressionRatio: Number.POSITIVE_INFINITY,
    filter: (path: string, entry: { type?: string } | object) => {
      const type = 'type' in entry ? entry.type : undefined;
      const name = path.replace(/^\.\//, '');
      if (type === 'Directory') return name === 'tables/' || name === 'files/' || name.startsWith('files/');
      if (type !== 'File') return false;
      return (
        name === 'manifest.json' ||
        name === ANCHORS_FILE ||
        /^tables\/[^/]+\.jsonl$/.test(name) ||
        name.startsWith('files/')
      );
    },
  };
  try {
    // Read through once without writing: a damaged archive then leaves nothing behind.
    await listTar(options);
    await extractTar({ ...options, cwd: dir });
  } catch (error) {
    throw notEiso(error instanceof Error ? error.message : String(error), error);
  }
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  } catch (error) {
    throw notEiso('manifest.json', error);
  }
  if (manifest?.format !== FORMAT)
    throw notEiso(`format ${JSON.stringify(manifest?.format ?? null)} ≠ ${FORMAT}`);
  const tablesOk =
    manifest.tables &&
    typeof manifest.tables === 'object' &&
    Object.entries(manifest.tables).every(
      ([name, count]) =>
        Number.isInteger(count) && count >= 0 && existsSync(join(dir, 'tables', `${name}.jsonl`)),
    );
  const migrationsOk =
    Array.isArray(manifest.migrations) && manifest.migrations.every((h) => typeof h === 'string');
  if (!tablesOk || !migrationsOk) throw notEiso('manifest.json');
  return manifest;
}

async function loadTables(client: SqlClient, manifest: Manifest, dir: string) {
  await client.exec('BEGIN');
  try {
    const applied = await appliedMigrations(client);
    if (!sameList(manifest.migrations, applied)) {
      throw versionMismatch(manifest.migrations.length, applied.length, {
        vi: 'cơ sở dữ liệu đích',
        en: 'the target database',
      });
    }
    const tables = new Map((await listTables(client)).map((t) => [t.name, t]));
    for (const name of Object.keys(manifest.tables)) {
      if (!tables.has(name)) throw notEiso(`bảng lạ / unknown table ${name}`);
    }
    for (const table of tables.values()) {
      const [{ used }] = await client.query<{ used: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM public.${quoteIdent(table.name)}) AS used`,
      );
      if (used) {
        throw notEmpty({
          vi: `Cơ sở dữ liệu đích không trống (bảng ${table.name} có dữ liệu)`,
          en: `the target database is not empty (table ${table.name} has rows)`,
        });
      }
    }
    await client.exec('SET CONSTRAINTS ALL DEFERRED');
    const order = parentsFirst(Object.keys(manifest.tables), await listForeignKeys(client));
    let rows = 0;
    for (const name of order) {
      const table = tables.get(name)!;
      const count = await loadTable(client, table, join(dir, `${name}.jsonl`));
      if (count !== manifest.tables[name]) {
        throw notEiso(`bảng / table ${name}: ${count} ≠ ${manifest.tables[name]}`);
      }
      rows += count;
    }
    await resetSequences(client);
    await client.exec('COMMIT');
    return { tables: order.length, rows };
  } catch (error) {
    await client.exec('ROLLBACK');
    throw error;
  }
}

/** Inserts one table's JSON lines in batches; returns how many rows went in. */
async function loadTable(client: SqlClient, table: TableInfo, path: string): Promise<number> {
  const target = `public.${quoteIdent(table.name)}`;
  const insert = `INSERT INTO ${target} (${table.insertColumns}) OVERRIDING SYSTEM VALUE
    SELECT ${table.insertColumns} FROM json_populate_recordset(null::${target}, $1::json)`;
  // Rows come back exactly as they were: triggers written for live edits stay out of it.
  if (table.hasUserTriggers) await client.exec(`ALTER TABLE ${target} DISABLE TRIGGER USER`);
  let count = 0;
  let batch: string[] = [];
  let bytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    try {
      await client.query(insert, [`[${batch.join(',')}]`]);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new BackupError(
        'backup.insert_failed',
        {
          vi: `Không khôi phục được bảng ${table.name}: ${message}`,
          en: `could not restore table ${table.name}: ${message}`,
        },
        { cause: error },
      );
    }
    count += batch.length;
    batch = [];
    bytes = 0;
  };
  for await (const line of createInterface({
    input: createReadStream(path),
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    if (!line) continue;
    batch.push(line);
    bytes += line.length;
    if (batch.length >= BATCH_ROWS || bytes >= BATCH_BYTES) await flush();
  }
  await flush();
  if (table.hasUserTriggers) await client.exec(`ALTER TABLE ${target} ENABLE TRIGGER USER`);
  return count;
}

/** Serial and identity columns continue after the restored rows, not from 1. */
async function resetSequences(client: SqlClient) {
  const owned = await client.query<{ seq: string; tbl: string; col: string }>(
    `SELECT quote_ident(sn.nspname) || '.' || quote_ident(s.relname) AS seq, t.relname AS tbl, a.attname AS col
       FROM pg_depend d
       JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
       JOIN pg_namespace sn ON sn.oid = s.relnamespace
       JOIN pg_class t ON t.oid = d.refobjid
       JOIN pg_namespace tn ON tn.oid = t.relnamespace
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
      WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
        AND d.deptype IN ('a', 'i') AND tn.nspname = 'public'`,
  );
  for (const { seq, tbl, col } of owned) {
    await client.query(
      `SELECT setval($1::regclass, m) FROM (SELECT max(${quoteIdent(col)}) AS m FROM public.${quoteIdent(tbl)}) x
        WHERE m IS NOT NULL`,
      [seq],
    );
  }
}

/** Tables ordered so a referenced table fills before the tables pointing at it. */
function parentsFirst(names: string[], keys: Array<{ child: string; parent: string }>): string[] {
  const wanted = new Set(names);
  const parents = new Map(names.map((n) => [n, new Set<string>()]));
  for (const { child, parent } of keys) {
    if (child !== parent && wanted.has(child) && wanted.has(parent)) parents.get(child)!.add(parent);
  }
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string) => {
    if (state.has(name)) return; // done, or a cycle: deferred constraints have to cover it
    state.set(name, 'visiting');
    for (const parent of [...parents.get(name)!].sort()) visit(parent);
    state.set(name, 'done');
    order.push(name);
  };
  for (const name of [...names].sort()) visit(name);
  return order;
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
