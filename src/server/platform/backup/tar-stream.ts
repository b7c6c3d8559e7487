import type { Readable } from 'node:stream';
import { Header, Pax } from 'tar';

/** One file of an archive; `open` is called when its turn comes, so one stream is open at a time. */
export type TarEntry = { path: string; size: number; open: () => Promise<Readable> | Readable };

const BLOCK = 512;

/**
 * The bytes of a tar archive holding `entries`, read one after the other: files can come
 * from anywhere (a folder, an S3 bucket) without a copy on disk first. Headers are
 * node-tar's own (a pax header where a plain one cannot hold the size or name), so
 * node-tar and `tar` read it back.
 */
export async function* tarStream(entries: AsyncIterable<TarEntry> | Iterable<TarEntry>, mtime: Date) {
  for await (const entry of entries) {
    const data = { path: entry.path, mode: 0o644, size: entry.size, mtime, type: 'File' as const };
    const header = new Header(data);
    if (header.encode()) yield new Pax(data).encode();
    yield header.block as Buffer;
    let written = 0;
    for await (const chunk of await entry.open()) {
      written += (chunk as Buffer).length;
      if (written > entry.size) break;
      yield chunk as Buffer;
    }
    if (written !== entry.size) {
      throw new Error(
        `${entry.path}: ${written} bytes read, ${entry.size} expected (changed while archived)`,
      );
    }
    const padding = (BLOCK - (entry.size % BLOCK)) % BLOCK;
    if (padding) yield Buffer.alloc(padding);
  }
  yield Buffer.alloc(2 * BLOCK); // end of archive
}
