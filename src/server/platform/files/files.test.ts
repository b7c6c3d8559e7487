import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Server } from '../../testing/s3-server.ts';
import { type FileStore, isEmptyStore, readFile, storeFile } from './files.ts';
import { openFileStore } from './open-store.ts';

const tmp = mkdtempSync(join(tmpdir(), 'eiso-files-test-'));
let s3: Awaited<ReturnType<typeof startS3Server>>;
const stores: Record<string, () => Promise<FileStore>> = {};
let counter = 0;

beforeAll(async () => {
  s3 = await startS3Server(['eiso', 'shared']);
});
afterAll(async () => {
  await s3?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
stores.folder = () => openFileStore(pathToFileURL(join(tmp, `folder-${++counter}`)).href);
stores.s3 = () => openFileStore(s3.urlOf('shared', `run-${++counter}`));

describe.each(Object.keys(stores))('the %s file store', (kind) => {
  it('keeps bytes under their hash, once, and gives them back whole', async () => {
    const store = await stores[kind]();
    expect(await isEmptyStore(store)).toBe(true);
    const big = randomBytes(3 * 1024 * 1024 + 17);
    const first = await storeFile(store, big);
    expect(first).toEqual({ hash: sha256(big), size: big.length });
    expect(await storeFile(store, big)).toEqual(first);
    expect((await readFile(store, first.hash)).equals(big)).toBe(true);
    expect(await store.exists(first.hash)).toBe(true);

    // A stream goes in as well as a buffer.
    const small = Buffer.from('Quyết định ban hành quy trình');
    const smallHash = sha256(small);
    expect(await store.exists(smallHash)).toBe(false);
    await store.put(smallHash, Readable.from([small.subarray(0, 5), small.subarray(5)]), small.length);
    expect((await readFile(store, smallHash)).equals(small)).toBe(true);

    const listed = [];
    for await (const file of store.list()) listed.push(file);
    expect(listed.sort((a, b) => a.hash.localeCompare(b.hash))).toEqual(
      [
        { hash: first.hash, size: big.length },
        { hash: smallHash, size: small.length },
      ].sort((a, b) => a.hash.localeCompare(b.hash)),
    );
    expect(await isEmptyStore(store)).toBe(false);
  });

  it('rejects a missing file and a name that is not a hash', async () => {
    const store = await stores[kind]();
    await expect(readFile(store, 'a'.repeat(64))).rejects.toThrow();
    await expect(store.get('../../etc/passwd')).rejects.toThrow(/not a file hash/);
    await expect(store.exists('AB'.repeat(32))).rejects.toThrow(/not a file hash/);
  });
});

describe('the store FILES_URL names', () => {
  it('keeps stores under different prefixes of one bucket apart', async () => {
    const one = await openFileStore(s3.urlOf('eiso', 'agency-a'));
    const other = await openFileStore(s3.urlOf('eiso', 'agency-b'));
    const { hash } = await storeFile(one, Buffer.from('chỉ ở A'));
    expect(await other.exists(hash)).toBe(false);
    expect(await isEmptyStore(other)).toBe(true);
    expect(await (await openFileStore(s3.urlOf('eiso'))).exists(hash)).toBe(false);
  });

  it('lists only stored files, not what else lies in a shared folder', async () => {
    const folder = join(tmp, 'with-leftovers');
    const store = await openFileStore(pathToFileURL(folder).href);
    const { hash } = await storeFile(store, Buffer.from('tệp'));
    writeFileSync(join(folder, hash.slice(0, 2), `${hash}.1234.tmp`), 'half');
    writeFileSync(join(folder, 'README'), 'not a file of eiso');
    const listed = [];
    for await (const file of store.list()) listed.push(file.hash);
    expect(listed).toEqual([hash]);
  });

  it('refuses a URL it cannot use, saying what a good one looks like', async () => {
    for (const url of ['ftp://host/files', 's3://host:9000/', 's3://key@host/bucket', 'not a url']) {
      await expect(openFileStore(url), url).rejects.toThrow(
        /FILES_URL .*s3:\/\/ACCESS:SECRET@host:port\/bucket/,
      );
    }
  });

  it('is checked at start: a missing bucket or a folder that cannot be made stops it, saying where', async () => {
    await expect((await openFileStore(s3.urlOf('shared'))).check()).resolves.toBeUndefined();
    await expect((await openFileStore(s3.urlOf('no-such-bucket'))).check()).rejects.toThrow(
      /file store not usable: .*no-such-bucket.*FILES_URL/,
    );
    const notAFolder = join(tmp, 'a-file');
    writeFileSync(notAFolder, 'x');
    const inside = await openFileStore(pathToFileURL(join(notAFolder, 'files')).href);
    await expect(inside.check()).rejects.toThrow(/file store not usable: .*a-file/);
    const folder = await openFileStore(pathToFileURL(join(tmp, 'made-at-start')).href);
    await expect(folder.check()).resolves.toBeUndefined();
  });

  it('names where the files are without the secret', async () => {
    const store = await openFileStore('s3://minio:p%2Fss@minio.local:9000/eiso-files/prod?tls=false');
    expect(store.location).toBe('http://minio.local:9000/eiso-files/prod/');
    expect(store.location).not.toContain('p/ss');
  });
});
