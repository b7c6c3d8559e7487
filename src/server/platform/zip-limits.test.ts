import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { deflated, deflatedZeros, docxBomb, zipOf } from '../testing/zip-bomb.ts';
import { AppError } from './http/errors.ts';
import { checkZipLimits, ZIP_MAX_ENTRIES, ZIP_MAX_INFLATED_BYTES } from './zip-limits.ts';

const refusal = (content: Buffer) =>
  checkZipLimits(content).then(
    () => null,
    (error: unknown) => (error instanceof AppError ? { status: error.status, code: error.code } : error),
  );
const MB = 1024 * 1024;
const overLimitMb = ZIP_MAX_INFLATED_BYTES / MB + 1;

describe('limits on what an uploaded ZIP package unpacks to', () => {
  it('passes a real workbook and bytes that are no ZIP', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Danh sách').addRow(['Họ và tên', 'Đơn vị']);
    expect(await refusal(Buffer.from(await workbook.xlsx.writeBuffer()))).toBeNull();
    expect(await refusal(Buffer.from('%PDF-1.4\n%%EOF\n'))).toBeNull();
    expect(await refusal(Buffer.alloc(0))).toBeNull();
  });

  it('refuses a package that unpacks to more than the limit, whatever its headers declare', async () => {
    expect(await refusal(await docxBomb(overLimitMb))).toEqual({
      status: 413,
      code: 'file.unpacked_too_large',
    });
  });

  it('refuses on the declared sizes alone, before unpacking anything', async () => {
    const honest = zipOf([deflated('a.xml', '<a/>')], { declaredSize: () => ZIP_MAX_INFLATED_BYTES + 1 });
    expect(await refusal(honest)).toEqual({ status: 413, code: 'file.unpacked_too_large' });
  });

  it('counts entries that all point at the same compressed data (an overlapping bomb)', async () => {
    const kernel = await deflatedZeros(10);
    const entries = Array.from({ length: 12 }, () => ({
      name: 'k',
      method: 8 as const,
      data: kernel,
      size: 0,
    }));
    const overlapping = zipOf(entries, { overlap: true });
    expect(overlapping.length).toBeLessThan(kernel.length + 2000);
    expect(await refusal(zipOf(entries.slice(0, 1)))).toBeNull();
    expect(await refusal(overlapping)).toEqual({ status: 413, code: 'file.unpacked_too_large' });
  });

  it('refuses more entries than the limit', async () => {
    const many = Array.from({ length: ZIP_MAX_ENTRIES + 1 }, (_, i) => deflated(`p${i}.xml`, '<p/>'));
    expect(await refusal(zipOf(many))).toEqual({ status: 413, code: 'file.unpacked_too_large' });
    expect(await refusal(zipOf(many.slice(0, ZIP_MAX_ENTRIES)))).toBeNull();
  });

  it('finds the package behind bytes put before it, as ZIP readers do', async () => {
    const bomb = await docxBomb(overLimitMb);
    const prefixed = Buffer.concat([Buffer.from('%PDF-1.4 not really\n'), bomb]);
    expect(await refusal(prefixed)).toEqual({ status: 413, code: 'file.unpacked_too_large' });
  });
});
