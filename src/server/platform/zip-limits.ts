import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { AppError, type BilingualText } from './http/errors.ts';

/** What one uploaded ZIP package (DOCX, XLSX) may unpack to: more is a zip bomb, not a document. */
export const ZIP_MAX_ENTRIES = 1000;
export const ZIP_MAX_INFLATED_BYTES = 100 * 1024 * 1024;
const INFLATED_TEXT = `${ZIP_MAX_INFLATED_BYTES / 1024 / 1024} MB`;

const EOCD = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** ZIP64 marks its fields with these; a package within the upload limit never needs ZIP64. */
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;

type Entry = { method: number; compressedSize: number; declaredSize: number; localOffset: number };

const refused = (text: BilingualText) =>
  new AppError(413, 'file.unpacked_too_large', text, [{ path: 'file', text }]);
const tooManyEntries = () =>
  refused({
    vi: `Tệp nén (DOCX, XLSX) có quá ${ZIP_MAX_ENTRIES.toLocaleString('vi-VN')} thành phần; eiso không nhận tệp này.`,
    en: `The package (DOCX, XLSX) has more than ${ZIP_MAX_ENTRIES.toLocaleString('en-GB')} parts; eiso does not accept it.`,
  });
const zip64 = () =>
  refused({
    vi: 'Tệp nén dạng ZIP64 không được hỗ trợ; hãy lưu lại tệp bằng Word hoặc Excel rồi tải lên.',
    en: 'ZIP64 packages are not supported; save the file again in Word or Excel and upload it.',
  });
const tooLarge = () =>
  refused({
    vi: `Tệp nén (DOCX, XLSX) giải nén ra quá ${INFLATED_TEXT}; eiso không nhận tệp này.`,
    en: `The package (DOCX, XLSX) unpacks to more than ${INFLATED_TEXT}; eiso does not accept it.`,
  });

/** The end-of-central-directory record, searched from the end as ZIP readers do (it may carry a comment). */
function findEndRecord(content: Buffer): number {
  const last = content.length - 22;
  for (let at = last; at >= Math.max(0, last - 0xffff); at--) {
    if (content.readUInt32LE(at) === EOCD) return at;
  }
  return -1;
}

/**
 * The entries of the central directory, or null when the bytes are not a ZIP a reader
 * would open. Like JSZip, bytes prepended to the archive shift every offset alike.
 */
function centralDirectory(content: Buffer): Entry[] | null {
  const end = content.length >= 22 ? findEndRecord(content) : -1;
  if (end < 0) return null;
  const count = content.readUInt16LE(end + 10);
  const size = content.readUInt32LE(end + 12);
  const offset = content.readUInt32LE(end + 16);
  if (count === MAX16 || size === MAX32 || offset === MAX32) throw zip64();
  const shift = end - size - offset;
  if (shift < 0) return null;
  const entries: Entry[] = [];
  let at = end - size;
  while (at + 46 <= end && content.readUInt32LE(at) === CENTRAL_HEADER) {
    if (entries.length === ZIP_MAX_ENTRIES) throw tooManyEntries();
    const entry = {
      method: content.readUInt16LE(at + 10),
      compressedSize: content.readUInt32LE(at + 20),
      declaredSize: content.readUInt32LE(at + 24),
      localOffset: content.readUInt32LE(at + 42),
    };
    if (entry.compressedSize === MAX32 || entry.declaredSize === MAX32 || entry.localOffset === MAX32)
      throw zip64();
    entries.push({ ...entry, localOffset: entry.localOffset + shift });
    at += 46 + content.readUInt16LE(at + 28) + content.readUInt16LE(at + 30) + content.readUInt16LE(at + 32);
  }
  return entries;
}

/** The entry's compressed bytes, found through its local header; null when they lie outside the file. */
function dataOf(content: Buffer, entry: Entry): Buffer | null {
  const at = entry.localOffset;
  if (at + 30 > content.length || content.readUInt32LE(at) !== LOCAL_HEADER) return null;
  const start = at + 30 + content.readUInt16LE(at + 26) + content.readUInt16LE(at + 28);
  if (start + entry.compressedSize > content.length) return null;
  return content.subarray(start, start + entry.compressedSize);
}

/** How many bytes deflated data unpacks to, counting no further than `budget` + 1 and keeping none. */
async function inflatedSize(data: Buffer, budget: number): Promise<number> {
  const inflate = Readable.from([data]).pipe(createInflateRaw());
  let size = 0;
  try {
    for await (const chunk of inflate) {
      size += (chunk as Buffer).length;
      if (size > budget) break;
    }
  } catch {
    // Corrupt data: readers refuse the package themselves; what it unpacked to so far still counts.
  } finally {
    inflate.destroy();
  }
  return size;
}

/**
 * Refuses (413) a ZIP package with more than ZIP_MAX_ENTRIES entries or that unpacks to
 * more than ZIP_MAX_INFLATED_BYTES. Sizes are measured by inflating, not read from the
 * headers, which a bomb may fill with anything. Bytes that are no ZIP pass unchanged.
 */
export async function checkZipLimits(content: Buffer): Promise<void> {
  const entries = centralDirectory(content);
  if (!entries) return;
  const declared = entries.reduce((sum, e) => sum + e.declaredSize, 0);
  if (declared > ZIP_MAX_INFLATED_BYTES) throw tooLarge();
  let total = 0;
  for (const entry of entries) {
    const data = dataOf(content, entry);
    if (!data) continue;
    const budget = ZIP_MAX_INFLATED_BYTES - total;
    if (entry.method === STORED) total += data.length;
    else if (entry.method === DEFLATED) total += await inflatedSize(data, budget);
    if (total > ZIP_MAX_INFLATED_BYTES) throw tooLarge();
  }
}
