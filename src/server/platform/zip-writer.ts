import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';

/*
 * A ZIP written entry by entry into a stream: each entry's content is made when its turn
 * comes, compressed, sent and let go, so a package of many papers holds one of them at a time
 * (and the download starts with the first). No ZIP64: a package past 4 GB or 65,535 entries
 * is refused while written.
 */

export type ZipEntry = { path: string; content: () => Promise<Buffer | string> };

const deflate = promisify(deflateRaw);
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const EOCD = 0x06054b50;
const UTF8_NAMES = 0x0800;
const STORED = 0;
const DEFLATED = 8;
const VERSION = 20;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

/** MS-DOS date and time of the wall clock in Vietnam (what an unzip tool shows). */
function dosDateTime(at: Date) {
  const d = new Date(at.getTime() + 7 * 3600_000);
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
  const date = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  return { time, date };
}

type Written = {
  name: Buffer;
  crc: number;
  method: number;
  size: number;
  compressed: number;
  offset: number;
};

function localHeader(e: Written, stamp: { time: number; date: number }) {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(LOCAL_HEADER, 0);
  h.writeUInt16LE(VERSION, 4);
  h.writeUInt16LE(UTF8_NAMES, 6);
  h.writeUInt16LE(e.method, 8);
  h.writeUInt16LE(stamp.time, 10);
  h.writeUInt16LE(stamp.date, 12);
  h.writeUInt32LE(e.crc, 14);
  h.writeUInt32LE(e.compressed, 18);
  h.writeUInt32LE(e.size, 22);
  h.writeUInt16LE(e.name.length, 26);
  h.writeUInt16LE(0, 28);
  return Buffer.concat([h, e.name]);
}

function centralHeader(e: Written, stamp: { time: number; date: number }) {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(CENTRAL_HEADER, 0);
  h.writeUInt16LE(VERSION, 4);
  h.writeUInt16LE(VERSION, 6);
  h.writeUInt16LE(UTF8_NAMES, 8);
  h.writeUInt16LE(e.method, 10);
  h.writeUInt16LE(stamp.time, 12);
  h.writeUInt16LE(stamp.date, 14);
  h.writeUInt32LE(e.crc, 16);
  h.writeUInt32LE(e.compressed, 20);
  h.writeUInt32LE(e.size, 24);
  h.writeUInt16LE(e.name.length, 28);
  // extra, comment, disk, internal attributes, external attributes: none
  h.writeUInt32LE(e.offset, 42);
  return Buffer.concat([h, e.name]);
}

function endOfCentralDirectory(count: number, size: number, offset: number) {
  const h = Buffer.alloc(22);
  h.writeUInt32LE(EOCD, 0);
  h.writeUInt16LE(count, 8);
  h.writeUInt16LE(count, 10);
  h.writeUInt32LE(size, 12);
  h.writeUInt32LE(offset, 16);
  return h;
}

async function* zipChunks(entries: Iterable<ZipEntry> | AsyncIterable<ZipEntry>, at: Date) {
  const stamp = dosDateTime(at);
  const written: Written[] = [];
  let offset = 0;
  for await (const entry of entries) {
    const content = await entry.content();
    const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const packed = await deflate(raw);
    // DOCX, XLSX and PDF are compressed already: stored when deflating gains nothing.
    const method = packed.length < raw.length ? DEFLATED : STORED;
    const data = method === DEFLATED ? packed : raw;
    const e: Written = {
      name: Buffer.from(entry.path, 'utf8'),
      crc: crc32(raw),
      method,
      size: raw.length,
      compressed: data.length,
      offset,
    };
    if (written.length >= MAX16 || offset + 30 + e.name.length + data.length > MAX32)
      throw new Error('zip-writer: the package needs ZIP64, which is not written');
    const header = localHeader(e, stamp);
    yield header;
    yield data;
    offset += header.length + data.length;
    written.push(e);
  }
  const central = Buffer.concat(written.map((e) => centralHeader(e, stamp)));
  if (offset + central.length > MAX32)
    throw new Error('zip-writer: the package needs ZIP64, which is not written');
  yield central;
  yield endOfCentralDirectory(written.length, central.length, offset);
}

/** The entries as a ZIP stream, in their order; `at` dates every entry. */
export function zipStream(entries: Iterable<ZipEntry> | AsyncIterable<ZipEntry>, at = new Date()): Readable {
  return Readable.from(zipChunks(entries, at), { objectMode: false });
}
