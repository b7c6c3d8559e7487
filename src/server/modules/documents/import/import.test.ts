import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importColumns } from '../../../../contract/document-import.ts';
import { auditEvents } from '../../../platform/audit/audit.table.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { importForm, importList, importRow, tinyPdf } from '../../../testing/documents-import-upload.ts';
import { FIXTURE_PASSWORD } from '../../../testing/fixture.ts';
import { type Client, setupTestApp } from '../../../testing/test-app.ts';
import { documents, documentVersions } from '../documents.table.ts';

const ctx = setupTestApp();
const pdf = tinyPdf;
async function docx() {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file('word/document.xml', '<w:document/>');
  return zip.generateAsync({ type: 'nodebuffer' });
}

const list = importList;
const form = importForm;

const send = (client: Client, url: string, body: ReturnType<typeof form>) =>
  client.post(url, body.payload, body.headers);

let counter = 0;
/** Codes unique per test: the agency keeps what an earlier test imported. */
const code = (base: string) => `${base}-${++counter}`;
const row = importRow;

async function countRows() {
  const [d] = await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(documents);
  const [v] = await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(documentVersions);
  return { documents: d.n, versions: v.n };
}

describe('importing an existing QMS', () => {
  it('creates documents in force with history, paper signatures, attachments and one audit event each', async () => {
    const secretariat = await ctx.as('x.secretariat_all');
    const [a, b] = [code('QT-NK'), code('QT-NK')];
    const xlsx = await list([
      row(a, {
        issueNo: '2',
        issueDate: new Date(Date.UTC(2023, 2, 15)),
        effectiveDate: '01/04/2023',
        decisionNo: '125/QĐ-BTN',
        signerName: 'Nguyễn Văn An',
        signerPosition: 'Thứ trưởng',
      }),
      row(a, {
        issueNo: '1',
        issueDate: '02/01/2019',
        effectiveDate: '02/01/2019',
        decisionNo: '5/QĐ-BTN',
        title: 'Quy trình tên cũ',
      }),
      row(b, { type: 'Quy trình hệ thống', ownerUnit: 'X2', title: 'Quy trình kiểm soát tài liệu' }),
    ]);
    const zip = new JSZip();
    zip.file(`${b} Kiểm soát tài liệu.pdf`, pdf('b'));
    const body = form(xlsx, [
      [`${a}.docx`, await docx()],
      [`${a}_phu-luc.pdf`, pdf('a')],
      ['tai-lieu.zip', await zip.generateAsync({ type: 'nodebuffer' })],
    ]);

    const before = await countRows();
    const checked = await send(secretariat, '/api/v1/documents/import/check', body);
    expect(checked.status, JSON.stringify(checked.body)).toBe(200);
    expect(checked.body).toMatchObject({ documents: 2, versions: 3, files: 3 });
    expect(checked.body.items[0]).toMatchObject({
      code: a,
      issueNo: 2,
      issueDate: '2023-03-15',
      effectiveDate: '2023-04-01',
      earlierIssues: [1],
    });
    expect(await countRows()).toEqual(before);

    const done = await send(secretariat, '/api/v1/documents/import', body);
    expect(done.status, JSON.stringify(done.body)).toBe(201);
    expect(await countRows()).toEqual({ documents: before.documents + 2, versions: before.versions + 3 });
    const imported = Object.fromEntries(
      done.body.imported.map((i: { code: string }) => [i.code, i]),
    ) as Record<string, { documentId: string; versionId: string }>;

    const staff = await ctx.as('x2.staff');
    const doc = (await staff.get(`/api/v1/documents/${imported[a].documentId}`)).body;
    expect(doc).toMatchObject({ status: 'in_force', currentVersionId: imported[a].versionId });
    expect(doc.versions).toHaveLength(2);
    const current = (await staff.get(`/api/v1/document-versions/${imported[a].versionId}`)).body;
    expect(current).toMatchObject({
      state: 'in_force',
      imported: true,
      issueNo: 2,
      decisionNo: '125/QĐ-BTN',
      issueDate: '2023-03-15',
      effectiveDate: '2023-04-01',
      attachmentCount: 2,
    });
    expect(current.signatures).toEqual([
      expect.objectContaining({
        meaning: 'approve',
        onPaper: true,
        valid: true,
        signerName: 'Nguyễn Văn An',
        signerPosition: 'Thứ trưởng',
        signedAt: '2023-03-14T17:00:00.000Z',
      }),
    ]);
    const history = (await staff.get(`/api/v1/documents/${imported[a].documentId}/history`)).body;
    expect(JSON.stringify(history)).toContain('5/QĐ-BTN');
    const [first] = await ctx.database.db
      .select()
      .from(documentVersions)
      .where(and(eq(documentVersions.documentId, imported[a].documentId), eq(documentVersions.issueNo, 1)));
    expect(first).toMatchObject({
      state: 'superseded',
      endDate: '2023-04-01',
      imported: true,
      title: 'Quy trình tên cũ',
    });

    // No name in the list: the importing person is recorded as who recorded the paper signature.
    const other = (await staff.get(`/api/v1/document-versions/${imported[b].versionId}`)).body;
    expect(other.signatures[0]).toMatchObject({
      onPaper: true,
      signerName: 'Người thử x.secretariat_all',
      signerPosition: 'Người ghi nhận khi nhập',
    });
    expect(other).toMatchObject({ type: 'system_procedure', ownerUnitId: ctx.fixture.units.x2.id });
    const files = (await staff.get(`/api/v1/document-versions/${imported[a].versionId}/attachments`)).body
      .items;
    expect(files.map((f: { fileName: string }) => f.fileName).sort()).toEqual([
      `${a}.docx`,
      `${a}_phu-luc.pdf`,
    ]);

    const events = await ctx.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.agencyId, ctx.fixture.agencyX), eq(auditEvents.action, 'import')));
    for (const id of [imported[a].documentId, imported[b].documentId]) {
      expect(events.filter((e) => e.entityId === id)).toHaveLength(1);
    }
  });

  it('answers 422 with every error by row and column and imports nothing', async () => {
    const secretariat = await ctx.as('x.secretariat_all');
    const taken = code('QT-CO');
    const ok = await send(
      secretariat,
      '/api/v1/documents/import',
      form(await list([row(taken)]), [[`${taken}.pdf`, pdf()]]),
    );
    expect(ok.status).toBe(201);
    const [dup, unknownType, unknownUnit, badDate, early, noFile, big, wrong, fine] = Array.from(
      { length: 9 },
      () => code('QT-L'),
    );
    const xlsx = await list([
      row(dup),
      row(dup),
      row(unknownType, { type: 'Quy chế' }),
      row(unknownUnit, { ownerUnit: 'Vụ Không Có' }),
      row(badDate, { issueDate: '31/02/2024' }),
      row(early, { issueDate: '20/01/2024', effectiveDate: '10/01/2024' }),
      row(taken),
      row(noFile),
      row(big),
      row(wrong),
      row(fine),
    ]);
    const tooBig = Buffer.concat([pdf(), Buffer.alloc(20 * 1024 * 1024 + 10, 32)]);
    const body = form(xlsx, [
      [`${dup}.pdf`, pdf()],
      [`${unknownType}.pdf`, pdf()],
      [`${unknownUnit}.pdf`, pdf()],
      [`${badDate}.pdf`, pdf()],
      [`${early}.pdf`, pdf()],
      [`${taken}.pdf`, pdf()],
      [`${big}.pdf`, tooBig],
      [`${wrong}.pdf`, Buffer.from('MZ\x90\x00 không phải PDF', 'latin1')],
      [`${fine}.pdf`, pdf()],
      ['ghi-chu.pdf', pdf()],
    ]);
    const before = await countRows();
    for (const url of ['/api/v1/documents/import/check', '/api/v1/documents/import']) {
      const refused = await send(secretariat, url, body);
      expect(refused.status).toBe(422);
      expect(refused.body.error.code).toBe('documents.import_invalid');
      const paths = refused.body.error.details.map((d: { path: string }) => d.path);
      expect(paths).toEqual([
        'rows[3].Mã hiệu',
        'rows[4].Loại tài liệu',
        'rows[5].Đơn vị chủ trì',
        'rows[6].Ngày ban hành',
        'rows[7].Ngày hiệu lực',
        'rows[8].Mã hiệu',
        'rows[9].Tệp tài liệu',
        'rows[10].Tệp tài liệu',
        'rows[11].Tệp tài liệu',
        'files[ghi-chu.pdf]',
      ]);
      const messages = refused.body.error.details.map((d: { message: string }) => d.message);
      expect(messages[0]).toContain('trùng với dòng 2');
      expect(messages[5]).toContain('đã có trong hệ thống tài liệu');
      expect(messages[6]).toContain('không có tệp tài liệu nào');
      expect(messages[7]).toContain('lớn quá 20 MB');
      expect(messages[8]).toContain('không phải DOCX hoặc PDF');
    }
    const english = await secretariat.post('/api/v1/documents/import', body.payload, {
      ...body.headers,
      'accept-language': 'en',
    });
    expect(english.body.error.details[1].message).toContain('no document type "Quy chế"');
    expect(await countRows()).toEqual(before);
  });

  it('refuses a file that is not an XLSX list, and everyone but the agency secretariat and admin', async () => {
    const secretariat = await ctx.as('x.secretariat_all');
    const notXlsx = await send(secretariat, '/api/v1/documents/import/check', form(pdf(), []));
    expect(notXlsx.status).toBe(422);
    expect(notXlsx.body.error.details[0].path).toBe('list');
    const c = code('QT-Q');
    const body = form(await list([row(c)]), [[`${c}.pdf`, pdf()]]);
    for (const username of ['x.unit_secretariat', 'x.unit_iso_officer', 'x.leadership_all']) {
      expect((await send(await ctx.as(username), '/api/v1/documents/import', body)).status).toBe(403);
    }
    expect((await send(await ctx.as('x.admin'), '/api/v1/documents/import/check', body)).status).toBe(200);
    const template = await secretariat.bytes('/api/v1/documents/import/template.xlsx');
    expect(template.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.body as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].getRow(1).values).toEqual([undefined, ...importColumns.map((h) => h.vi)]);
    // The example row is the agency's own: one of its units, a code it does not use yet.
    const example = workbook.worksheets[0].getRow(2).values as unknown[];
    const exampleCode = String(example[1]);
    expect(exampleCode).toMatch(/^QT-[A-Z0-9]+-\d{2}$/);
    // Sent back as downloaded, with a file named after its code, it goes in.
    const imported = await send(
      secretariat,
      '/api/v1/documents/import',
      form(template.body as unknown as Buffer, [[`${exampleCode} Quy trình.pdf`, pdf()]]),
    );
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    expect(imported.body.imported.map((d: { code: string }) => d.code)).toEqual([exampleCode]);
    // Downloaded again, the example takes the next free code.
    const again = await secretariat.bytes('/api/v1/documents/import/template.xlsx');
    const next = new ExcelJS.Workbook();
    await next.xlsx.load(again.body as unknown as ArrayBuffer);
    expect(String(next.worksheets[0].getRow(2).getCell(1).value)).not.toBe(exampleCode);
  });

  it('does not count imported versions as new or improved, and a revision after import is', async () => {
    const secretariat = await ctx.as('x.secretariat_all');
    const c = code('QT-BC');
    const report = async () =>
      (await secretariat.get('/api/v1/reports/documents-status?from=2025-01-01&to=2025-12-31')).body.totals
        .business;
    const before = await report();
    const done = await send(
      secretariat,
      '/api/v1/documents/import',
      form(
        await list([
          row(c, { issueNo: '1', issueDate: '01/02/2025', effectiveDate: '01/02/2025' }),
          row(c, { issueNo: '2', issueDate: '01/06/2025', effectiveDate: '15/06/2025' }),
        ]),
        [[`${c}.pdf`, pdf()]],
      ),
    );
    expect(done.status).toBe(201);
    const after = await report();
    expect(after.newlyBuilt).toBe(before.newlyBuilt);
    expect(after.improved).toBe(before.improved);
    expect(after.awaitingApproval).toBe(before.awaitingApproval);

    // The normal revise flow works on it: structured steps are written at the first revision.
    const { documentId, versionId } = done.body.imported[0];
    const officer = await ctx.as('x.unit_iso_officer');
    const request = await officer.post('/api/v1/documents/change-requests', {
      kind: 'revise',
      reason: 'Chuẩn hóa các bước theo lưu đồ',
      documentId,
    });
    expect(request.status, JSON.stringify(request.body)).toBe(201);
    const draft = (await officer.get(`/api/v1/document-versions/${request.body.versionId}`)).body;
    expect(draft).toMatchObject({ issueNo: 3, imported: false, state: 'draft' });
    const steps = [
      { id: 'B1', action: 'Tiếp nhận', who: 'Chuyên viên', durationDays: 1, output: 'Phiếu tiếp nhận' },
      { id: 'B2', action: 'Xử lý', who: 'Chuyên viên', durationDays: 3, output: 'Văn bản' },
    ];
    const saved = await officer.patch(`/api/v1/document-versions/${draft.id}`, {
      version: draft.version,
      content: { purpose: 'Quy định trình tự', scope: 'Vụ Một', steps },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const act = async (client: Client, action: string, extra: Record<string, unknown> = {}) => {
      const v = (await client.get(`/api/v1/document-versions/${draft.id}`)).body;
      const r = await client.post(`/api/v1/document-versions/${draft.id}/transitions`, {
        action,
        version: v.version,
        ...extra,
      });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return r.body;
    };
    const sign = { password: FIXTURE_PASSWORD };
    await act(officer, 'submit_review');
    await act(await ctx.as('x.unit_unit_head'), 'review_approve', sign);
    await act(secretariat, 'check_approve', sign);
    const today = todayInVietnam();
    const inForce = await act(await ctx.as('x.leadership_all'), 'approve', {
      ...sign,
      decisionNo: '88/QĐ-BTN',
      issueDate: today,
      effectiveDate: today,
    });
    expect(inForce).toMatchObject({ state: 'in_force', issueNo: 3, imported: false });
    expect(inForce.content.steps).toHaveLength(2);
    const old = (await officer.get(`/api/v1/document-versions/${versionId}`)).body;
    expect(old).toMatchObject({ state: 'superseded', imported: true });
    const thisYear = (
      await secretariat.get(`/api/v1/reports/documents-status?from=${today.slice(0, 4)}-01-01&to=${today}`)
    ).body.totals.business;
    expect(thisYear.improved).toBeGreaterThanOrEqual(1);
  });

  it('imports a list once when it is sent twice at the same moment', async () => {
    const [first, second] = await Promise.all([ctx.as('x.secretariat_all'), ctx.as('x.admin')]);
    const c = code('QT-DT');
    const body = form(await list([row(c)]), [[`${c}.pdf`, pdf()]]);
    const before = await countRows();
    const answers = await Promise.all([
      send(first, '/api/v1/documents/import', body),
      send(second, '/api/v1/documents/import', body),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 422]);
    const refused = answers.find((a) => a.status === 422)!;
    expect(refused.body.error.details[0].path).toBe('rows[2].Mã hiệu');
    expect(await countRows()).toEqual({ documents: before.documents + 1, versions: before.versions + 1 });
  });
});
