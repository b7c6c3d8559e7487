import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile as readFromDisk, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The largest file one upload may carry (multipart limit). */
export const UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;
export const UPLOAD_LIMIT_TEXT = `${UPLOAD_LIMIT_BYTES / 1024 / 1024} MB`;

const isHash = (hash: string) => /^[0-9a-f]{64}$/.test(hash);
const pathOf = (dataDir: string, hash: string) => join(dataDir, 'files', hash.slice(0, 2), hash);

/**
 * Content-addressed store under <dataDir>/files/<2 hex>/<sha256>: the same bytes are kept
 * once and a stored file never changes (backups rely on that).
 */
export async function storeFile(dataDir: string, content: Buffer): Promise<{ hash: string; size: number }> {
  const hash = createHash('sha256').update(content).digest('hex');
  const target = pathOf(dataDir, hash);
  const exists = await stat(target).then(
    (s) => s.size === content.length,
    () => false,
  );
  if (!exists) {
    await mkdir(join(dataDir, 'files', hash.slice(0, 2)), { recursive: true });
    // Written aside then renamed: a reader never sees half a file under its hash.
    const temp = `${target}.${randomUUID()}.tmp`;
    try {
      await writeFile(temp, content);
      await rename(temp, target);
    } finally {
      await rm(temp, { force: true });
    }
  }
  return { hash, size: content.length };
}

export async function readFile(dataDir: string, hash: string): Promise<Buffer> {
  if (!isHash(hash)) throw new Error(`not a file hash: ${hash}`);
  return readFromDisk(pathOf(dataDir, hash));
}
