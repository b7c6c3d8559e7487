import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create as createTar, extract as extractTar } from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connection.ts';
import { type Fixture, seedFixture } from '../../testing/fixture.ts';
import { openEmptyTestDatabase, openTestDatabase } from '../../testing/test-database.ts';
import { readAuditAnchors } from '../audit/audit.anchors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { verifyAuditChains } from '../audit/audit.verify.ts';
import { listTables, type Manifest, quoteIdent } from './archive.ts';
import { backup } from './backup.ts';
import { restore } from './restore.ts';

const tmp = mkdtempSync(join(tmpdir(), 'eiso-backup-test-'));
const sourceDir = join(tmp, 'source');
const archive = join(tmp, 'backup.tar.gz');
const upload = randomBytes(200_000);
const uploadHash = createHash('sha256').update(upload).digest('hex');
const uploadPath = join('files', uploadHash.slice(0, 2), uploadHash);
const opened: Database[] = [];
let source: Database;
let fixture: Fixture;

/** Every table's rows as PostgreSQL prints them, in a stable order. */
async function rowsOf(database: Database): Promise<Record<string, string[]>> {
  return database.withClient(async (client) => {
    await client.exec(`SET TimeZone = 'UTC'`);
    const out: Record<string, string[]> = {};
    for (const { name } of await listTables(client)) {
      const rows = await client.query<{ r: string }>(
        `SELECT row_to_json(t.*)::text AS r FROM public.${quoteIdent(name)} t ORDER BY 1`,
      );
      out[name] = rows.map((x) => x.r);
    }
    return out;
  });
}

const freshDir = (name: string) => join(tmp, name);

/** The archive unpacked, changed by `edit`, packed again under a new name. */
async function repack(name: string, edit: (manifest: Manifest, dir: string) => void) {
  const dir = freshDir(`repack-${name}`);
  mkdirSync(dir);
  await extractTar({ file: archive, cwd: dir });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  edit(manifest, dir);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  const file = join(tmp, `${name}.tar.gz`);
  await createTar({ file, cwd: dir, gzip: true }, ['manifest.json', 'tables', 'files']);
  return file;
}

beforeAll(async () => {
  source = await openTestDatabase();
  opened.push(source);
  fixture = await seedFixture(source.db);
  for (const action of ['backup.test', 'backup.test2']) {
    await source.db.transaction((tx) =>
      recordAudit(
        tx,
        { actor: null, actorName: 'test' },
        {
          agencyId: fixture.agencyX,
          entityType: 'agency',
          entityId: fixture.agencyX,
          action,
          changes: { note: { from: null, to: 'Sao lưu "thử" — Đắk Lắk\n\\ ✓' } },
        },
      ),
    );
  }
  // Values that are easy to get wrong: arrays, nested JSON, a composite key, odd text.
  await source.query(
    `INSERT INTO unit_events (id, agency_id, kind, effective_date, from_unit_ids, to_unit_ids, snapshot)
     VALUES (gen_random_uuid(), $1, 'merge', '2017-07-01', ARRAY[$2::uuid, $3::uuid], ARRAY[$2::uuid], $4::jsonb)`,
    [
      fixture.agencyX,
      fixture.units.x1.id,
      fixture.units.x2.id,
      JSON.stringify({ a: [1, 2.5, null], 'khóa "b"': { c: 'Ư\u0001' } }),
    ],
  );
  await source.query(
    `INSERT INTO calendar_years (agency_id, year, note) VALUES ($1, 2026, NULL), ($1, 2027, 'x')`,
    [fixture.agencyX],
  );
  await source.query(
    `UPDATE people SET full_name = $1, locked_until = '2030-01-02 03:04:05.123456+07' WHERE id = $2`,
    [`Nguyễn "Văn" A\t\\ — ⁂`, fixture.targets.own],
  );
  mkdirSync(join(sourceDir, 'files', uploadHash.slice(0, 2)), { recursive: true });
  writeFileSync(join(sourceDir, uploadPath), upload);

  const result = await backup(source, { dataDir: sourceDir, file: archive });
  expect(result).toMatchObject({ files: 1 });
  expect(result.rows).toBeGreaterThan(20);
});

afterAll(async () => {
  for (const database of opened) await database.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('restores every row and file into a fresh, unmigrated database', async () => {
    const target = await openEmptyTestDatabase();
    opened.push(target);
    const targetDir = freshDir('to-empty');
    const result = await restore(target, { dataDir: targetDir, file: archive });

    const expected = await rowsOf(source);
    expect(await rowsOf(target)).toEqual(expected);
    expect(expected.audit_events).toHaveLength(2);
    expect(expected.unit_events).toHaveLength(1);
    expect(result.rows).toBe(Object.values(expected).reduce((n, rows) => n + rows.length, 0));
    expect(readFileSync(join(targetDir, uploadPath)).equals(upload)).toBe(true);
    // No leftovers from unpacking; the audit anchors came along and the chain reaches them.
    expect(readdirNames(targetDir)).toEqual(['audit-anchors.jsonl', 'files']);
    const chains = await verifyAuditChains(target.db, await readAuditAnchors(targetDir));
    expect(chains.problems).toEqual([]);
    expect(chains.events).toBe(2);

    // And back again, into a migrated test database.
    const again = join(tmp, 'again.tar.gz');
    await backup(target, { dataDir: targetDir, file: again });
    const back = await openTestDatabase();
    opened.push(back);
    const backDir = freshDir('back');
    await restore(back, { dataDir: backDir, file: again });
    expect(await rowsOf(back)).toEqual(expected);
    expect(readFileSync(join(backDir, uploadPath)).equals(upload)).toBe(true);
    expect((await verifyAuditChains(back.db)).problems).toEqual([]);
  });

  it('refuses a database that has rows, and changes nothing', async () => {
    const before = await rowsOf(source);
    const targetDir = freshDir('not-empty');
    await expect(restore(source, { dataDir: targetDir, file: archive })).rejects.toThrow(
      /Cơ sở dữ liệu đích không trống .* \/ the target database is not empty .*: restore into an empty data folder or database/,
    );
    expect(await rowsOf(source)).toEqual(before);
    expect(existsSync(join(targetDir, 'files'))).toBe(false);
  });

  it('refuses a data folder that already holds files', async () => {
    await expect(restore(source, { dataDir: sourceDir, file: archive })).rejects.toMatchObject({
      code: 'backup.target_not_empty',
      message: expect.stringContaining('the target file store already holds files'),
    });
    expect(readFileSync(join(sourceDir, uploadPath)).equals(upload)).toBe(true);
  });

  it('rolls everything back when a table fails midway', async () => {
    // people is restored after agencies and audit tables: those go in, then the count fails.
    const damaged = await repack('miscounted', (manifest) => {
      manifest.tables.people += 1;
    });
    const target = await openTestDatabase();
    opened.push(target);
    const targetDir = freshDir('midway');
    await expect(restore(target, { dataDir: targetDir, file: damaged })).rejects.toMatchObject({
      code: 'backup.not_eiso',
    });
    for (const rows of Object.values(await rowsOf(target))) expect(rows).toEqual([]);
    expect(existsSync(join(targetDir, 'files'))).toBe(false);
  });

  it('refuses an archive whose file differs from its hash, before changing anything', async () => {
    const damaged = await repack('changed-file', (_manifest, dir) => {
      const changed = Buffer.from(upload);
      changed[0] ^= 1;
      writeFileSync(join(dir, uploadPath), changed);
    });
    const target = await openEmptyTestDatabase();
    opened.push(target);
    const targetDir = freshDir('changed-file');
    await expect(restore(target, { dataDir: targetDir, file: damaged })).rejects.toMatchObject({
      code: 'backup.not_eiso',
      message: expect.stringContaining(`files/${uploadHash.slice(0, 2)}/${uploadHash}`),
    });
    expect(await target.query(`SELECT 1 FROM pg_tables WHERE tablename = 'people'`)).toEqual([]);
    expect(readdirNames(targetDir)).toEqual([]);
  });

  it('refuses a backup made with other migrations, clearly', async () => {
    const other = await repack('other-version', (manifest) => {
      manifest.migrations = manifest.migrations.slice(0, -1);
    });
    await expect(restore(source, { dataDir: freshDir('other-version'), file: other })).rejects.toThrow(
      /hãy khôi phục bằng đúng phiên bản eiso .* \/ the backup has \d+ migrations, this version of eiso has \d+/,
    );
  });

  it('refuses damaged and foreign archives, clearly', async () => {
    const bytes = readFileSync(archive);
    const cases: Record<string, string> = {
      truncated: join(tmp, 'truncated.tar.gz'),
      random: join(tmp, 'random.tar.gz'),
      text: join(tmp, 'text.tar.gz'),
      foreign: join(tmp, 'foreign.tar.gz'),
      noFormat: await repack('no-format', (manifest) => {
        (manifest as { format: string }).format = 'other/1';
      }),
    };
    writeFileSync(cases.truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    writeFileSync(cases.random, randomBytes(5000));
    writeFileSync(cases.text, 'not an archive\n');
    const foreignDir = freshDir('foreign-src');
    mkdirSync(foreignDir);
    writeFileSync(join(foreignDir, 'readme.txt'), 'hello');
    await createTar({ file: cases.foreign, cwd: foreignDir, gzip: true }, ['readme.txt']);

    const before = await rowsOf(source);
    for (const [name, file] of Object.entries(cases)) {
      const dataDir = freshDir(`bad-${name}`);
      await expect(restore(source, { dataDir, file }), name).rejects.toThrow(
        /Tệp không phải bản sao lưu eiso hoặc đã bị hỏng .* \/ the file is not an eiso backup, or it is damaged/,
      );
      expect(readdirNames(dataDir), name).toEqual([]);
    }
    expect(await rowsOf(source)).toEqual(before);
  });
});

function readdirNames(dir: string) {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}
