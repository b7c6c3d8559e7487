import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../app.ts';
import { type Database, openPostgres } from '../../db/connection.ts';
import { multipartItem } from '../../modules/records/files/files.testing.ts';
import { type Fixture, seedFixture } from '../../testing/fixture.ts';
import { seedDocument } from '../../testing/fixture-documents.ts';
import { startS3Server } from '../../testing/s3-server.ts';
import { login, testAppConfig } from '../../testing/test-app.ts';
import { openEmptyTestDatabase, openTestDatabase } from '../../testing/test-database.ts';
import { multipartFile } from '../../testing/xlsx-upload.ts';
import { backup } from '../backup/backup.ts';
import { restore } from '../backup/restore.ts';
import { readFile } from './files.ts';
import { openFileStore } from './open-store.ts';

// Several instances of eiso, each with its own data folder and connection pool, on one
// PostgreSQL database and one S3-compatible bucket: what a ministry or province runs.

const tmp = mkdtempSync(join(tmpdir(), 'eiso-instances-test-'));
const opened: Database[] = [];
const apps: App[] = [];
let s3: Awaited<ReturnType<typeof startS3Server>>;
let fixture: Fixture;
let first: Database;

/** An instance of eiso on the database at `url`, its files in `filesUrl`. */
async function instance(name: string, url: string, filesUrl: string) {
  const database = await openPostgres(url, 3);
  opened.push(database);
  const dataDir = join(tmp, name);
  mkdirSync(dataDir);
  const app = await buildApp({
    database,
    config: { ...testAppConfig(dataDir), filesUrl },
    mailer: { send: async () => true },
  });
  apps.push(app);
  return { app, dataDir };
}

const pdf = () => Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(400_000), Buffer.from('\n%%EOF\n')]);

let a: Awaited<ReturnType<typeof instance>>;
let b: Awaited<ReturnType<typeof instance>>;

beforeAll(async () => {
  s3 = await startS3Server(['eiso-files', 'eiso-restored']);
  first = await openTestDatabase(2);
  opened.push(first);
  fixture = await seedFixture(first.db);
  a = await instance('a', first.url, s3.urlOf('eiso-files'));
  b = await instance('b', first.url, s3.urlOf('eiso-files'));
});

afterAll(async () => {
  for (const app of apps) await app.close();
  for (const database of opened) await database.close();
  await s3?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('two instances on one PostgreSQL and one S3 bucket', () => {
  it('serve an attachment uploaded through one from the other, byte for byte', async () => {
    const { versionId } = await seedDocument(first.db, {
      agencyId: fixture.agencyX,
      unitId: fixture.units.x1.id,
      personId: fixture.roleHolders.iso_officer,
      state: 'draft',
    });
    const content = pdf();
    const { payload, headers } = multipartFile('Phiếu kiểm soát.pdf', content);
    const onA = await login(a.app, 'x.unit_iso_officer');
    const added = await onA.post(`/api/v1/document-versions/${versionId}/attachments`, payload, headers);
    expect(added.status, JSON.stringify(added.body)).toBe(201);

    const onB = await login(b.app, 'x.unit_iso_officer');
    const download = await onB.bytes(`/api/v1/document-versions/${versionId}/attachments/${added.body.id}`);
    expect(download.status).toBe(200);
    expect(download.body.equals(content)).toBe(true);
    // Neither instance kept the file on its own disk.
    for (const { dataDir } of [a, b]) expect(readdirSync(dataDir, { recursive: true })).toEqual([]);
  });

  it('serve a document of a records file uploaded through the other one', async () => {
    const onB = await login(b.app, 'x.unit_staff');
    const opened = await onB.post('/api/v1/record-files', {
      unitId: fixture.units.x1.id,
      startDate: '2016-05-10',
      title: 'Hồ sơ tuyển dụng năm 2016',
      retentionYears: 5,
      ownerPersonId: fixture.roleHolders.staff,
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const content = pdf();
    const { payload, headers } = multipartItem(
      { title: 'Tờ trình', pageCount: '2' },
      'to-trinh.pdf',
      content,
    );
    const item = await onB.post(`/api/v1/record-files/${opened.body.id}/items`, payload, headers);
    expect(item.status, JSON.stringify(item.body)).toBe(201);

    const onA = await login(a.app, 'x.unit_staff');
    const download = await onA.bytes(`/api/v1/record-files/${opened.body.id}/items/${item.body.id}`);
    expect(download.status).toBe(200);
    expect(download.body.equals(content)).toBe(true);
  });

  it('back up the bucket with the database, and restore both into an empty database and bucket', async () => {
    const archive = join(tmp, 'backup.tar.gz');
    const source = await openFileStore(s3.urlOf('eiso-files'));
    const backedUp = await backup(first, { dataDir: join(tmp, 'cli'), files: source, file: archive });
    expect(backedUp.files).toBe(2);

    const target = await openEmptyTestDatabase();
    opened.push(target);
    const restoredFiles = await openFileStore(s3.urlOf('eiso-restored', 'eiso'));
    const restored = await restore(target, {
      dataDir: join(tmp, 'restore'),
      files: restoredFiles,
      file: archive,
    });
    expect(restored.files).toBe(2);
    for await (const { hash } of source.list()) {
      expect((await readFile(restoredFiles, hash)).equals(await readFile(source, hash))).toBe(true);
    }

    // An instance on the restored pair serves the same bytes.
    const c = await instance('c', target.url, s3.urlOf('eiso-restored', 'eiso'));
    const [attachment] = await target.query<{ id: string; version_id: string; file_hash: string }>(
      'SELECT id, version_id, file_hash FROM document_attachments',
    );
    const onC = await login(c.app, 'x.unit_iso_officer');
    const download = await onC.bytes(
      `/api/v1/document-versions/${attachment.version_id}/attachments/${attachment.id}`,
    );
    expect(download.status).toBe(200);
    expect(download.body.equals(await readFile(source, attachment.file_hash))).toBe(true);

    // A bucket that already holds files is refused, and keeps what it has.
    const again = await openEmptyTestDatabase();
    opened.push(again);
    await expect(
      restore(again, { dataDir: join(tmp, 'again'), files: restoredFiles, file: archive }),
    ).rejects.toMatchObject({
      code: 'backup.target_not_empty',
      message: expect.stringContaining('the target file store already holds files (http://127.0.0.1:'),
    });
    expect(await again.query(`SELECT 1 FROM pg_tables WHERE tablename = 'people'`)).toEqual([]);
  });
});
