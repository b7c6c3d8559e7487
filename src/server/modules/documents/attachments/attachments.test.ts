import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD } from '../../../testing/fixture.ts';
import { seedDocument } from '../../../testing/fixture-documents.ts';
import { type Client, setupTestApp } from '../../../testing/test-app.ts';
import { multipartFile } from '../../../testing/xlsx-upload.ts';

const ctx = setupTestApp();
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

async function xlsx() {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Biểu mẫu').addRow(['Số', 'Tên hồ sơ']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const draft = () =>
  seedDocument(ctx.database.db, {
    agencyId: ctx.fixture.agencyX,
    unitId: ctx.fixture.units.x1.id,
    personId: ctx.fixture.roleHolders.iso_officer,
    state: 'draft',
  });

const upload = (client: Client, versionId: string, name: string, content: Buffer | string) => {
  const { payload, headers } = multipartFile(name, content);
  return client.post(`/api/v1/document-versions/${versionId}/attachments`, payload, headers);
};

describe('attachments of a draft', () => {
  it('stores an upload once by content, names it by what it is, and gives back the same bytes', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const { versionId } = await draft();
    const added = await upload(officer, versionId, 'Biểu mẫu tiếp nhận.bin', await xlsx());
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body).toMatchObject({
      fileName: 'Biểu mẫu tiếp nhận.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const again = await upload(officer, versionId, 'Phiếu.pdf', pdf);
    const same = await upload(officer, versionId, 'Phiếu (bản sao).pdf', pdf);
    expect(same.body.fileHash).toBe(again.body.fileHash);
    const stored = readdirSync(join(ctx.dataDir, 'files', again.body.fileHash.slice(0, 2)));
    expect(stored.filter((name) => name === again.body.fileHash)).toHaveLength(1);

    const list = (await officer.get(`/api/v1/document-versions/${versionId}/attachments`)).body.items;
    expect(list.map((a: { fileName: string }) => a.fileName).sort()).toEqual([
      'Biểu mẫu tiếp nhận.xlsx',
      'Phiếu (bản sao).pdf',
      'Phiếu.pdf',
    ]);
    const download = await officer.bytes(
      `/api/v1/document-versions/${versionId}/attachments/${again.body.id}`,
    );
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.body.equals(pdf)).toBe(true);
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''Phi%E1%BA%BFu.pdf");
  });

  it('refuses content that is not PDF, DOCX or XLSX whatever its name, and an empty request', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const { versionId } = await draft();
    const renamed = await upload(officer, versionId, 'quy-trinh.pdf', 'MZ\x90\x00 không phải PDF');
    expect(renamed.status).toBe(400);
    expect(renamed.body.error.details[0].path).toBe('file');
    expect(renamed.body.error.message).toContain('PDF, DOCX hoặc XLSX');
    const zip = await upload(officer, versionId, 'a.docx', Buffer.from('PK\x03\x04garbage', 'latin1'));
    expect(zip.status).toBe(400);
    const empty = await upload(officer, versionId, 'rong.pdf', '');
    expect(empty.status).toBe(400);
    expect((await officer.get(`/api/v1/document-versions/${versionId}/attachments`)).body.items).toEqual([]);
  });

  it('answers 413 with the field when the file is over the limit, and keeps nothing', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const { versionId } = await draft();
    const big = Buffer.concat([pdf, Buffer.alloc(20 * 1024 * 1024 + 1, 32)]);
    const response = await upload(officer, versionId, 'lon.pdf', big);
    expect(response.status).toBe(413);
    expect(response.body.error).toMatchObject({ code: 'file.too_large', details: [{ path: 'file' }] });
    expect((await officer.get(`/api/v1/document-versions/${versionId}/attachments`)).body.items).toEqual([]);
  });

  it('changes the signed content: adding or removing a file voids signatures and is audited', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const head = await ctx.as('x.unit_unit_head');
    const secretariat = await ctx.as('x.secretariat_all');
    const { versionId } = await draft();
    const act = async (client: Client, action: string, extra: object = {}) => {
      const { version } = (await client.get(`/api/v1/document-versions/${versionId}`)).body;
      const r = await client.post(`/api/v1/document-versions/${versionId}/transitions`, {
        action,
        version,
        ...extra,
      });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
    };
    const before = (await officer.get(`/api/v1/document-versions/${versionId}`)).body.contentHash;
    await act(officer, 'submit_review');
    await act(head, 'review_approve', { password: FIXTURE_PASSWORD });
    // Under review nobody may change the files.
    expect((await upload(officer, versionId, 'x.pdf', pdf)).status).toBe(409);
    await act(secretariat, 'check_return', { comment: 'Bổ sung biểu mẫu' });

    const added = await upload(officer, versionId, 'Biểu mẫu.pdf', pdf);
    expect(added.status).toBe(201);
    const after = (await officer.get(`/api/v1/document-versions/${versionId}`)).body;
    expect(after.contentHash).not.toBe(before);
    expect(after.attachmentCount).toBe(1);
    expect(after.signatures[0]).toMatchObject({ meaning: 'review', valid: false });

    const removed = await officer.delete(
      `/api/v1/document-versions/${versionId}/attachments/${added.body.id}`,
    );
    expect(removed.status).toBe(200);
    expect((await officer.get(`/api/v1/document-versions/${versionId}`)).body.contentHash).toBe(before);
    const trail = (await ctx.as('x.admin')).get(`/api/v1/audit-events?entityId=${added.body.id}`);
    expect((await trail).body.items.map((e: { action: string }) => e.action).sort()).toEqual([
      'create',
      'delete',
    ]);
  });
});
