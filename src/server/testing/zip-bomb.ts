import { createDeflateRaw, deflateRawSync } from 'node:zlib';

type ZipEntry = { name: string; method: 0 | 8; data: Buffer; size: number };

/** Deflated zeros, `megabytes` of them, made a megabyte at a time (never held whole). */
export async function deflatedZeros(megabytes: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const megabyte = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < megabytes; i++) deflate.write(megabyte);
  deflate.end();
  await done;
  return Buffer.concat(chunks);
}

export const deflated = (name: string, text: string): ZipEntry => ({
  name,
  method: 8,
  data: deflateRawSync(Buffer.from(text)),
  size: Buffer.byteLength(text),
});

/**
 * A ZIP archive written by hand, so a test can put in it what no honest writer would: a
 * declared size that lies, thousands of entries, a kilobyte that unpacks to gigabytes.
 * CRCs are left zero (readers that matter here do not check them).
 */
export function zipOf(
  entries: ZipEntry[],
  options: {
    declaredSize?: (e: ZipEntry) => number;
    /** Every entry points at the first one's local header and data (an overlapping bomb). */
    overlap?: boolean;
  } = {},
) {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const declared = options.declaredSize?.(entry) ?? entry.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    centrals.push(central, name);
    if (options.overlap && locals.length > 0) continue;
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const contentTypes = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="${main}" ContentType="application/xml"/></Types>`;

/** A DOCX by its content types whose document part unpacks to `megabytes` of zeros. */
export async function docxBomb(megabytes: number) {
  const zeros = await deflatedZeros(megabytes);
  return zipOf([
    deflated('[Content_Types].xml', contentTypes('/word/document.xml')),
    { name: 'word/document.xml', method: 8, data: zeros, size: 0 },
  ]);
}

/** The same kind of bomb shaped as an XLSX workbook. */
export async function xlsxBomb(megabytes: number) {
  const zeros = await deflatedZeros(megabytes);
  return zipOf([
    deflated('[Content_Types].xml', contentTypes('/xl/workbook.xml')),
    { name: 'xl/worksheets/sheet1.xml', method: 8, data: zeros, size: 0 },
  ]);
}
