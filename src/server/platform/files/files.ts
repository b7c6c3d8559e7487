import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';

/** The largest file one upload may carry (multipart limit). */
export const UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;
export const UPLOAD_LIMIT_TEXT = `${UPLOAD_LIMIT_BYTES / 1024 / 1024} MB`;

export const isFileHash = (hash: string) => /^[0-9a-f]{64}$/.test(hash);

export function checkFileHash(hash: string) {
  if (!isFileHash(hash)) throw new Error(`not a file hash: ${hash}`);
}

/** Where a stored file sits under the store's root: `<2 hex>/<sha256>`. */
export const fileKey = (hash: string) => `${hash.slice(0, 2)}/${hash}`;

/**
 * Uploaded files, content-addressed by SHA-256: the same bytes are kept once and a stored
 * file never changes (backups rely on that). Rows hold the hash; the bytes live here — a
 * folder (local disk or a shared NFS mount) or an S3-compatible bucket such as MinIO, so
 * several instances of eiso can serve the same files.
 */
export type FileStore = {
  /** Where the files are, for messages (never a secret). */
  readonly location: string;
  /** Stores bytes under their hash; no reader ever sees part of them. */
  put: (hash: string, content: Buffer | Readable, size: number) => Promise<void>;
  /** The bytes stored under a hash; rejects when there are none. */
  get: (hash: string) => Promise<Readable>;
  exists: (hash: string) => Promise<boolean>;
  /** Every stored file, in no particular order (backups). */
  list: () => AsyncIterable<{ hash: string; size: number }>;
  /** Rejects, saying why, when files could not be stored here (checked at start). */
  check: () => Promise<void>;
};

/** The error a start stops on when the file store cannot be used. */
export const unreachableStore = (location: string, cause: unknown) =>
  new Error(
    `Không dùng được kho tệp / file store not usable: ${location} — ${(cause as Error)?.message ?? cause}. Kiểm tra FILES_URL, FILES_DIR / check FILES_URL, FILES_DIR.`,
    { cause },
  );

/** Keeps an upload (once, however often it comes) and names it by its hash. */
export async function storeFile(store: FileStore, content: Buffer): Promise<{ hash: string; size: number }> {
  const hash = createHash('sha256').update(content).digest('hex');
  if (!(await store.exists(hash))) await store.put(hash, content, content.length);
  return { hash, size: content.length };
}

export async function readFile(store: FileStore, hash: string): Promise<Buffer> {
  return buffer(await store.get(hash));
}

export async function isEmptyStore(store: FileStore): Promise<boolean> {
  for await (const _ of store.list()) return false;
  return true;
}
