import { randomBytes } from 'node:crypto';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { type ZipEntry, zipStream } from './zip-writer.ts';

async function collect(stream: AsyncIterable<Buffer>) {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

describe('zip writer', () => {
  it('writes entries a ZIP reader opens, with Vietnamese names, text deflated and packed bytes stored', async () => {
    const text = 'Hồ sơ phục vụ kiểm tra\r\n'.repeat(200);
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251));
    const zip = await JSZip.loadAsync(
      await collect(
        zipStream([
          { path: 'MUC-LUC.txt', content: async () => text },
          { path: '02-tài-liệu/quy-trình.bin', content: async () => random },
          { path: 'rỗng.txt', content: async () => '' },
        ]),
      ),
    );
    expect(Object.keys(zip.files)).toEqual(['MUC-LUC.txt', '02-tài-liệu/quy-trình.bin', 'rỗng.txt']);
    expect(await zip.file('MUC-LUC.txt')!.async('string')).toBe(text);
    expect(Buffer.from(await zip.file('02-tài-liệu/quy-trình.bin')!.async('uint8array'))).toEqual(random);
    expect(await zip.file('rỗng.txt')!.async('string')).toBe('');
  });

  it('makes each entry only when the reader has taken the one before last', async () => {
    // Bytes that do not compress, each entry larger than the stream's buffer.
    const size = 64 * 1024;
    let consumed = 0;
    const madeAt: number[] = [];
    const entry = (i: number): ZipEntry => ({
      path: `tep-${i}.bin`,
      content: async () => {
        madeAt.push(consumed);
        return randomBytes(size);
      },
    });
    const stream = zipStream([0, 1, 2, 3].map(entry));
    for await (const chunk of stream) consumed += (chunk as Buffer).length;
    // Entry k is made only after the reader took entry k − 2 whole: one paper at a time in memory, one ahead.
    madeAt.slice(2).forEach((at, k) => {
      expect(at).toBeGreaterThanOrEqual((k + 1) * size);
    });
  });
});
