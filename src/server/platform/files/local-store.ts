import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { access, constants, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { checkFileHash, type FileStore, fileKey, isFileHash, unreachableStore } from './files.ts';

const isPrefix = (name: string) => /^[0-9a-f]{2}$/.test(name);

/**
 * Files in a folder, `<root>/<2 hex>/<sha256>`: DATA_DIR/files by default, or a folder
 * every instance mounts (NFS). Written aside and renamed, so a reader on this or another
 * machine sees the whole file or none.
 */
export function localFileStore(root: string): FileStore {
  const pathOf = (hash: string) => {
    checkFileHash(hash);
    return join(root, fileKey(hash));
  };
  return {
    location: root,
    async check() {
      try {
        await mkdir(root, { recursive: true });
        await access(root, constants.W_OK | constants.X_OK);
      } catch (error) {
        throw unreachableStore(root, error);
      }
    },
    async put(hash, content, size) {
      const target = pathOf(hash);
      await mkdir(join(root, hash.slice(0, 2)), { recursive: true });
      const temp = `${target}.${randomUUID()}.tmp`;
      try {
        await pipeline(
          Buffer.isBuffer(content) ? Readable.from([content]) : content,
          createWriteStream(temp),
        );
        const written = (await stat(temp)).size;
        if (written !== size) throw new Error(`file ${hash}: ${written} bytes written, ${size} expected`);
        await rename(temp, target);
      } finally {
        await rm(temp, { force: true });
      }
    },
    async get(hash) {
      // Opened before returning: a missing file rejects here, not midway through a reply.
      return (await open(pathOf(hash))).createReadStream();
    },
    async exists(hash) {
      const path = pathOf(hash);
      try {
        return (await stat(path)).isFile();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw error;
      }
    },
    async *list() {
      const prefixes = await readdir(root).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [];
        throw error;
      });
      for (const prefix of prefixes.filter(isPrefix).sort()) {
        for (const name of (await readdir(join(root, prefix))).sort()) {
          if (!isFileHash(name) || !name.startsWith(prefix)) continue;
          yield { hash: name, size: (await stat(join(root, prefix, name))).size };
        }
      }
    },
  };
}
