import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { documentContent } from '../../../../contract/documents.ts';
import { seedDocument } from '../../../testing/fixture-documents.ts';
import { setupTestApp } from '../../../testing/test-app.ts';
import { documentVersions } from '../../documents/documents.table.ts';
import { fromRoman, parseRetention, toRoman, vietnameseNumber } from './catalogue.numbers.ts';

const ctx = setupTestApp();
const base = '/api/v1/records-catalogues';

type Rec = { name: string; retention: string };
async function procedure(records: Rec[], options: { unitId?: string; state?: 'draft' | 'in_force' } = {}) {
  const seeded = await seedDocument(ctx.database.db, {
    agencyId: ctx.fixture.agencyX,
    unitId: options.unitId ?? ctx.fixture.units.x1.id,
    personId: ctx.fixture.roleHolders.iso_officer,
    state: options.state ?? 'in_force',
  });
  const content = documentContent.parse({
    purpose: 'Thử',
    records: records.map((r) => ({ ...r, keeper: 'Chuyên viên', location: 'Vụ Một' })),
  });
  await ctx.database.db
    .update(documentVersions)
    .set({ content })
    .where(eq(documentVersions.id, seeded.versionId));
  return seeded;
}

describe('retention and numbers', () => {
  it('reads retention as people write it and leaves the rest', () => {
    expect(parseRetention('Vĩnh viễn')).toEqual({ ok: true, years: null });
    expect(parseRetention('VĨNH VIỄN')).toEqual({ ok: true, years: null });
    expect(parseRetention('10 năm')).toEqual({ ok: true, years: 10 });
    expect(parseRetention('05 năm')).toEqual({ ok: true, years: 5 });
    expect(parseRetention('20 năm kể từ năm hồ sơ kết thúc')).toEqual({ ok: true, years: 20 });
    expect(parseRetention('Đến khi hết hiệu lực')).toEqual({ ok: false });
    expect(parseRetention('10')).toEqual({ ok: false });
    expect(parseRetention('0 năm')).toEqual({ ok: false });
  });

  it('writes Roman numerals and Vietnamese number words', () => {
    expect([1, 4, 9, 14, 40].map(toRoman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL']);
    expect(fromRoman('xiv')).toBe(14);
    expect(fromRoman('IIII')).toBeNull();
    expect(fromRoman('12')).toBeNull();
    expect(vietnameseNumber(25)).toBe('hai mươi lăm');
    expect(vietnameseNumber(21)).toBe('hai mươi mốt');
    expect(vietnameseNumber(15)).toBe('mười lăm');
    expect(vietnameseNumber(105)).toBe('một trăm lẻ năm');
    expect(vietnameseNumber(1204)).toBe('một nghìn hai trăm lẻ bốn');
    expect(vietnameseNumber(3)).toBe('ba');
  });
});

describe('entries generated from the procedures in force', () => {
  it('adds one entry per record not yet in the catalogue, under a heading named after the type', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const { id } = (await officer.post(base, { unitId: ctx.fixture.units.x1.id, year: 2031 })).body;
    const kept = await procedure([
      { name: 'Sổ theo dõi văn bản đến', retention: 'Vĩnh viễn' },
      { name: 'Phiếu xử lý văn bản', retention: '10 năm' },
      { name: 'Bản thảo', retention: 'Đến khi xử lý xong' },
    ]);
    await procedure([{ name: 'Không lấy (dự thảo)', retention: '5 năm' }], { state: 'draft' });
    await procedure([{ name: 'Không lấy (đơn vị khác)', retention: '5 năm' }], {
      unitId: ctx.fixture.units.x2.id,
    });

    const generated = await officer.post(`${base}/${id}/generate`, {});
    expect(generated.status, JSON.stringify(generated.body)).toBe(200);
    expect(
      generated.body.created.map((c: { code: string; title: string }) => `${c.code} ${c.title}`),
    ).toEqual(['01.X1 Sổ theo dõi văn bản đến', '02.X1 Phiếu xử lý văn bản']);
    expect(generated.body.unparsed).toEqual([
      {
        documentCode: expect.stringMatching(/^QT-TEST-/),
        recordName: 'Bản thảo',
        retention: 'Đến khi xử lý xong',
      },
    ]);
    const view = (await officer.get(`${base}/${id}`)).body;
    expect(view.headings.map((h: { number: string; title: string }) => `${h.number} ${h.title}`)).toEqual([
      'I Quy trình nghiệp vụ',
    ]);
    expect(view.entries).toMatchObject([
      {
        headingId: view.headings[0].id,
        retentionYears: null,
        sourceDocumentId: kept.documentId,
        sourceRecordName: 'Sổ theo dõi văn bản đến',
      },
      { retentionYears: 10, sourceRecordName: 'Phiếu xử lý văn bản' },
    ]);

    // Again: nothing new; a new record lands under the heading the person picks.
    expect((await officer.post(`${base}/${id}/generate`, {})).body.created).toEqual([]);
    const picked = (await officer.post(`${base}/${id}/headings`, { title: 'Hồ sơ khác' })).body.headings[1];
    await procedure([{ name: 'Biên bản họp', retention: '5 năm' }]);
    const second = await officer.post(`${base}/${id}/generate`, { headingId: picked.id });
    expect(second.body.created).toMatchObject([{ code: '03.X1', title: 'Biên bản họp' }]);
    const after = (await officer.get(`${base}/${id}`)).body;
    expect(after.entries.find((e: { title: string }) => e.title === 'Biên bản họp').headingId).toBe(
      picked.id,
    );

    // The staff may not generate; a heading of another catalogue is a bad field.
    const staff = await ctx.as('x.unit_staff');
    expect((await staff.post(`${base}/${id}/generate`, {})).status).toBe(404);
    const other = (await officer.post(base, { unitId: ctx.fixture.units.x1.id, year: 2032 })).body.id;
    const wrong = await officer.post(`${base}/${other}/generate`, { headingId: picked.id });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0].path).toBe('headingId');
  });
});
