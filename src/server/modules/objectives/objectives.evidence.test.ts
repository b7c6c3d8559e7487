import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/audit.table.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { tinyPdf } from '../../testing/documents-import-upload.ts';
import { FIXTURE_PASSWORD } from '../../testing/fixture.ts';
import { type Client, setupTestApp } from '../../testing/test-app.ts';
import { multipartFile } from '../../testing/xlsx-upload.ts';
import { recordFileItems, recordFiles } from '../records/records.table.ts';
import { indicatorValues } from './objectives.table.ts';

const ctx = setupTestApp();
const base = '/api/v1/objectives';
const year = Number(todayInVietnam().slice(0, 4));

/** An approved objective of X1 with a manual quarterly indicator; its ISO officer owns and enters it. */
async function manualIndicator(officer: Client, head: Client) {
  const o = await officer.post(base, {
    year,
    unitId: ctx.fixture.units.x1.id,
    title: 'Hồ sơ công việc được lập, cập nhật đầy đủ',
    ownerPersonId: ctx.fixture.roleHolders.iso_officer,
  });
  expect(o.status, JSON.stringify(o.body)).toBe(201);
  const added = await officer.post(`${base}/${o.body.id}/indicators`, {
    version: o.body.version,
    name: 'Tỷ lệ hồ sơ công việc lập đầy đủ',
    formula: 'Số hồ sơ kiểm tra đạt yêu cầu / tổng số hồ sơ được kiểm tra × 100',
    unit: '%',
    direction: 'gte',
    target: 90,
    frequency: 'quarter',
    source: 'manual',
  });
  expect(added.status, JSON.stringify(added.body)).toBe(201);
  const sent = await officer.post(`${base}/${o.body.id}/transitions`, {
    action: 'submit',
    version: added.body.version,
  });
  const approved = await head.post(`${base}/${o.body.id}/transitions`, {
    action: 'approve',
    version: sent.body.version,
    password: FIXTURE_PASSWORD,
  });
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  return { objectiveId: o.body.id as string, indicatorId: added.body.indicators[0].id as string };
}

const count = async (table: typeof indicatorValues | typeof recordFiles | typeof recordFileItems) =>
  (await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0].n;
const events = async () =>
  (await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(auditEvents))[0].n;

describe('objectives: a manual value’s evidence is a note, a file or both', () => {
  it('refuses a value without evidence (or with a file that is no document) in the one error shape, writing nothing', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const { indicatorId } = await manualIndicator(officer, await ctx.as('x.unit_unit_head'));
    const values = `${base}/indicators/${indicatorId}/values`;
    const before = {
      values: await count(indicatorValues),
      files: await count(recordFiles),
      items: await count(recordFileItems),
      events: await events(),
    };
    const refusals = [
      await officer.post(values, { periodStart: `${year}-01-01`, value: 92 }),
      await officer.post(values, { periodStart: `${year}-01-01`, value: 92, evidenceNote: '   ' }),
      await (async () => {
        // A form with an empty note and no file.
        const boundary = 'eisoTestBoundary';
        const field = (name: string, value: string) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
        const payload = `${field('periodStart', `${year}-01-01`)}${field('value', '92')}${field('evidenceNote', '')}--${boundary}--\r\n`;
        return officer.post(values, Buffer.from(payload), {
          'content-type': `multipart/form-data; boundary=${boundary}`,
        });
      })(),
    ];
    for (const refused of refusals) {
      expect(refused.status, JSON.stringify(refused.body)).toBe(400);
      expect(refused.body.error).toMatchObject({ code: 'validation.failed' });
      expect(refused.body.error.details[0].path).toBe('evidenceNote');
      expect(refused.body.error.message).toMatch(/bằng chứng|evidence/);
    }
    // A file whose bytes are no PDF, DOCX, XLSX or image: 400 on the file.
    const text = multipartFile('bien-ban.pdf', 'chỉ là văn bản thường', {
      periodStart: `${year}-01-01`,
      value: '92',
    });
    const notADocument = await officer.post(values, text.payload, text.headers);
    expect(notADocument.status).toBe(400);
    expect(notADocument.body.error.details[0].path).toBe('file');
    // A value that is not a number, in the form too.
    const notANumber = multipartFile('bien-ban.pdf', tinyPdf('biên bản'), {
      periodStart: `${year}-01-01`,
      value: 'chín mươi',
    });
    const badValue = await officer.post(values, notANumber.payload, notANumber.headers);
    expect(badValue.status).toBe(400);
    expect(badValue.body.error.details[0].path).toBe('value');
    expect({
      values: await count(indicatorValues),
      files: await count(recordFiles),
      items: await count(recordFileItems),
      events: await events(),
    }).toEqual(before);
  });

  it('files the uploaded evidence in the unit’s records; the unit head downloads it before approving, another unit gets 404', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const head = await ctx.as('x.unit_unit_head');
    const { indicatorId } = await manualIndicator(officer, head);
    const values = `${base}/indicators/${indicatorId}/values`;
    const pdf = tinyPdf('Biên bản kiểm tra hồ sơ công việc quý I');
    // A file alone is evidence enough.
    const form = multipartFile('Biên bản kiểm tra.pdf', pdf, { periodStart: `${year}-01-01`, value: '91.5' });
    const entered = await officer.post(values, form.payload, form.headers);
    expect(entered.status, JSON.stringify(entered.body)).toBe(201);
    const { entry } = entered.body.indicators[0].values[0];
    expect(entry).toMatchObject({
      value: 91.5,
      evidenceNote: '',
      state: 'entered',
      evidenceFile: { fileName: 'Biên bản kiểm tra.pdf', mimeType: 'application/pdf', size: pdf.length },
    });
    // Filed as an upload in a records file of the unit (none suits in the fixture's catalogue: one
    // opened outside it, which says why), the same bytes by their hash.
    const [stored] = await ctx.database.db
      .select()
      .from(indicatorValues)
      .where(eq(indicatorValues.id, entry.id));
    expect(stored.fileHash).toBe(createHash('sha256').update(pdf).digest('hex'));
    const [item] = await ctx.database.db
      .select()
      .from(recordFileItems)
      .where(eq(recordFileItems.id, stored.recordItemId as string));
    expect(item).toMatchObject({ kind: 'upload', fileHash: stored.fileHash, fileId: stored.recordFileId });
    const [file] = await ctx.database.db
      .select()
      .from(recordFiles)
      .where(eq(recordFiles.id, stored.recordFileId as string));
    expect(file.unitId).toBe(ctx.fixture.units.x1.id);
    expect(entry.evidenceFile.recordFile).toEqual({ id: file.id, fileCode: file.fileCode });

    // Entered again before approval with a note only: the value and note change, the file stays.
    const again = await officer.post(values, {
      periodStart: `${year}-01-01`,
      value: 92,
      evidenceNote: 'Biên bản kiểm tra 40 hồ sơ công việc quý I',
    });
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    const kept = again.body.indicators[0].values[0].entry;
    expect(kept).toMatchObject({ value: 92, evidenceNote: 'Biên bản kiểm tra 40 hồ sơ công việc quý I' });
    expect(kept.evidenceFile).toEqual(entry.evidenceFile);

    // The head reads the file, then approves.
    const evidence = `${base}/values/${kept.id}/evidence`;
    const download = await head.bytes(evidence);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(String(download.headers['content-disposition'])).toContain(
      "filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n",
    );
    expect(Buffer.from(download.body).equals(pdf)).toBe(true);
    // The unit's people read the approved objective and its evidence; another unit, another agency: 404.
    expect((await (await ctx.as('x.unit_staff')).bytes(evidence)).status).toBe(200);
    expect((await (await ctx.as('x2.staff')).bytes(evidence)).status).toBe(404);
    expect((await (await ctx.as('y.staff')).bytes(evidence)).status).toBe(404);
    const approved = await head.post(`${base}/values/${kept.id}/approve`, { version: kept.version });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.indicators[0].values[0]).toMatchObject({ value: 92, status: 'met' });
    expect((await head.bytes(evidence)).status).toBe(200);
  });

  it('answers 404 for the evidence of a value that has only a note', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const { indicatorId } = await manualIndicator(officer, await ctx.as('x.unit_unit_head'));
    const entered = await officer.post(`${base}/indicators/${indicatorId}/values`, {
      periodStart: `${year}-01-01`,
      value: 95,
      evidenceNote: 'Báo cáo tự kiểm tra quý I',
    });
    expect(entered.status).toBe(201);
    const { entry } = entered.body.indicators[0].values[0];
    expect(entry.evidenceFile).toBeNull();
    const missing = await officer.get(`${base}/values/${entry.id}/evidence`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('objective_value_evidence.not_found');
  });
});
