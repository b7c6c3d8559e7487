import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSearchHit } from '../../../../contract/documents-search.ts';
import { type Client, setupTestApp } from '../../../testing/test-app.ts';
import { documents, documentVersions } from '../documents.table.ts';
import { fold, highlight, queryTerms, snippet } from './highlight.ts';
import { seedWrittenDocument } from './search.fixture.ts';

const ctx = setupTestApp();

type Page = { items: DocumentSearchHit[]; total: number; approximate: boolean };
const search = async (client: Client, params: Record<string, string>) => {
  const response = await client.get(`/api/v1/documents/search?${new URLSearchParams(params)}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as Page;
};
const ids = (page: Page) => page.items.map((h) => h.documentId);

const codes: Record<string, string> = {};
const docs = {} as Record<
  'control' | 'records' | 'audit' | 'plain' | 'markup' | 'postal' | 'foreign',
  string
>;

beforeAll(async () => {
  const { db } = ctx.database;
  const f = ctx.fixture;
  const x1 = { agencyId: f.agencyX, unitId: f.units.x1.id, personId: f.roleHolders.iso_officer };
  const seed = async (
    key: keyof typeof docs,
    owner: typeof x1,
    options: Parameters<typeof seedWrittenDocument>[2],
  ) => {
    const seeded = await seedWrittenDocument(db, owner, options);
    docs[key] = seeded.documentId;
    codes[key] = seeded.code;
  };
  await seed('control', x1, {
    title: 'Quy trình kiểm soát tài liệu',
    type: 'system_procedure',
    state: 'in_force',
    content: {
      purpose:
        'Quy định thống nhất cách thức biên soạn, xem xét, phê duyệt, ban hành, phân phối và kiểm soát tài liệu của hệ thống quản lý chất lượng.',
      scope: 'Áp dụng đối với các đơn vị thuộc Bộ.',
      steps: [
        {
          id: 'B1',
          action: 'Đơn vị soạn thảo dự thảo tài liệu, lấy ý kiến các đơn vị liên quan',
          who: 'Cán bộ đầu mối ISO',
          durationDays: 5,
          output: 'Dự thảo',
        },
        {
          id: 'B2',
          action: 'Văn thư cập nhật danh mục và lưu hồ sơ ban hành tài liệu',
          who: 'Thư ký ISO',
          durationDays: 1,
          output: 'Danh mục tài liệu',
        },
      ],
    },
  });
  await seed('records', x1, {
    title: 'Quy trình kiểm soát hồ sơ',
    type: 'system_procedure',
    state: 'in_force',
    content: { purpose: 'Quy định việc lập, cập nhật, lưu trữ và hủy hồ sơ chất lượng.' },
  });
  await seed('audit', x1, {
    title: 'Quy trình đánh giá nội bộ',
    type: 'system_procedure',
    state: 'in_force',
    content: {
      purpose:
        'Quy định trình tự lập kế hoạch, thực hiện và báo cáo kết quả đánh giá nội bộ hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.',
    },
  });
  // Typed without diacritics, as imported texts often are.
  await seed('plain', x1, {
    title: 'Hướng dẫn khảo sát sự hài lòng',
    type: 'guideline',
    state: 'in_force',
    content: { body: 'Tong hop phieu khao sat va bao cao ket qua danh gia muc do hai long cua nguoi dan.' },
  });
  await seed('markup', x1, {
    title: 'Hướng dẫn trình bày văn bản',
    type: 'guideline',
    state: 'in_force',
    content: { body: 'Chữ <b>in đậm</b> & ký hiệu viết tắt theo Nghị định 30/2020/NĐ-CP.' },
  });
  await seed(
    'postal',
    { agencyId: f.agencyX, unitId: f.units.x2.id, personId: f.x2Staff },
    {
      title: 'Quy trình cấp giấy phép bưu chính',
      state: 'draft',
      content: { purpose: 'Thẩm định hồ sơ đề nghị cấp giấy phép bưu chính.' },
    },
  );
  await seed(
    'foreign',
    { agencyId: f.agencyY, unitId: f.units.y1.id, personId: f.yStaff },
    { title: 'Quy trình kiểm soát tài liệu', type: 'system_procedure', state: 'in_force' },
  );
});

describe('document search', () => {
  it('finds Vietnamese text typed without diacritics, and the other way round', async () => {
    const staff = await ctx.as('x.unit_staff');
    const control = await search(staff, { q: 'quy trinh kiem soat tai lieu' });
    expect(ids(control)[0]).toBe(docs.control);
    expect(control.items[0]).toMatchObject({
      title: 'Quy trình kiểm soát tài liệu',
      type: 'system_procedure',
      state: 'in_force',
      ownerUnitName: 'Vụ Một',
      issueNo: 1,
      titleHighlight: '<mark>Quy trình kiểm soát tài liệu</mark>',
    });
    const accented = await search(staff, { q: 'đánh giá' });
    expect(ids(accented)).toEqual(expect.arrayContaining([docs.audit, docs.plain]));
    const plain = await search(staff, { q: 'danh gia' });
    expect(ids(plain).sort()).toEqual(ids(accented).sort());
    expect(plain.items.find((h) => h.documentId === docs.audit)?.titleHighlight).toBe(
      'Quy trình <mark>đánh giá</mark> nội bộ',
    );
  });

  it('finds a document by its code', async () => {
    const staff = await ctx.as('x.unit_staff');
    expect(ids(await search(staff, { q: codes.audit }))[0]).toBe(docs.audit);
    expect(ids(await search(staff, { q: codes.audit.toLowerCase() }))[0]).toBe(docs.audit);
  });

  it('ranks title matches above content matches', async () => {
    const staff = await ctx.as('x.unit_staff');
    const page = await search(staff, { q: 'hồ sơ' });
    expect(ids(page).indexOf(docs.records)).toBe(0);
    expect(ids(page)).toContain(docs.control);
    const ranks = page.items.map((h) => h.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(page.items[0].rank).toBeGreaterThan(page.items.find((h) => h.documentId === docs.control)!.rank);
    // The word is only in the content: the title stays plain, the snippet shows it.
    const control = page.items.find((h) => h.documentId === docs.control)!;
    expect(control.titleHighlight).toBe('Quy trình kiểm soát tài liệu');
    expect(control.snippet).toContain('lưu <mark>hồ sơ</mark> ban hành');
  });

  it('tolerates typos in the title when the exact words find little', async () => {
    const staff = await ctx.as('x.unit_staff');
    const lieux = await search(staff, { q: 'kiem soat tai lieux' });
    expect(lieux.approximate).toBe(true);
    expect(ids(lieux)[0]).toBe(docs.control);
    const sot = await search(staff, { q: 'quy trinh kiem sot' });
    expect(sot.approximate).toBe(true);
    expect(ids(sot)).toEqual(expect.arrayContaining([docs.control, docs.records]));
    expect(sot.items.find((h) => h.documentId === docs.control)?.titleHighlight).toBe(
      '<mark>Quy trình kiểm soát</mark> tài liệu',
    );
    expect((await search(staff, { q: 'xyzzy plugh' })).items).toEqual([]);
  });

  it('returns escaped HTML with marks, and a snippet around the first match', async () => {
    const staff = await ctx.as('x.unit_staff');
    const page = await search(staff, { q: 'ky hieu' });
    const hit = page.items.find((h) => h.documentId === docs.markup)!;
    expect(hit.snippet).toBe(
      'Chữ &lt;b&gt;in đậm&lt;/b&gt; &amp; <mark>ký hiệu</mark> viết tắt theo Nghị định 30/2020/NĐ-CP.',
    );
    const plain = (await search(staff, { q: 'đánh giá' })).items.find((h) => h.documentId === docs.plain)!;
    expect(plain.snippet).toContain('bao cao ket qua <mark>danh gia</mark> muc do');
  });

  it('shows drafts only to those who may read them, and nothing of another agency', async () => {
    const q = { q: 'giay phep buu chinh' };
    expect(ids(await search(await ctx.as('x.unit_staff'), q))).not.toContain(docs.postal);
    expect(ids(await search(await ctx.as('x.unit_unit_head'), q))).not.toContain(docs.postal);
    const own = await search(await ctx.as('x2.staff'), q);
    expect(own.items.find((h) => h.documentId === docs.postal)?.state).toBe('draft');
    expect(ids(await search(await ctx.as('x.secretariat_all'), q))).toContain(docs.postal);

    const control = { q: 'kiem soat tai lieu' };
    const inX = ids(await search(await ctx.as('x.unit_staff'), control));
    expect(inX).toContain(docs.control);
    expect(inX).not.toContain(docs.foreign);
    expect(ids(await search(await ctx.as('y.staff'), control))).toEqual([docs.foreign]);
  });

  it('filters by type and owner unit', async () => {
    const staff = await ctx.as('x.unit_staff');
    const guidelines = await search(staff, { q: 'danh gia', type: 'guideline' });
    expect(ids(guidelines)).toEqual([docs.plain]);
    const x2 = await search(await ctx.as('x.secretariat_all'), {
      q: 'quy trinh',
      ownerUnitId: ctx.fixture.units.x2.id,
    });
    expect(ids(x2)).toEqual([docs.postal]);
  });

  it('shows the newest readable version of each document; older ones on request', async () => {
    const { db } = ctx.database;
    const officer = await ctx.as('x.unit_iso_officer');
    const { documentId, versionId: first } = await seedWrittenDocument(
      db,
      {
        agencyId: ctx.fixture.agencyX,
        unitId: ctx.fixture.units.x1.id,
        personId: ctx.fixture.roleHolders.iso_officer,
      },
      {
        title: 'Quy trình tiếp nhận phản ánh, kiến nghị',
        state: 'in_force',
        content: { purpose: 'Ghi phản ánh vào sổ theo dõi bằng giấy.' },
      },
    );
    const revision = await officer.post('/api/v1/documents/change-requests', {
      kind: 'revise',
      reason: 'Chuyển sang tiếp nhận trên Hệ thống một cửa điện tử',
      documentId,
    });
    expect(revision.status).toBe(201);
    const draft = (await officer.get(`/api/v1/document-versions/${revision.body.versionId}`)).body;
    const saved = await officer.patch(`/api/v1/document-versions/${draft.id}`, {
      version: draft.version,
      content: { ...draft.content, purpose: 'Ghi phản ánh vào Hệ thống một cửa điện tử.' },
    });
    expect(saved.status).toBe(200);
    const q = { q: 'phan anh kien nghi' };
    // While the revision is a draft: its unit sees the draft, the rest of the agency the issue in force.
    expect((await search(officer, q)).items.filter((h) => h.documentId === documentId)).toEqual([
      expect.objectContaining({ versionId: draft.id, state: 'draft', issueNo: 2 }),
    ]);
    expect((await search(await ctx.as('x2.staff'), q)).items).toEqual([
      expect.objectContaining({ versionId: first, state: 'in_force' }),
    ]);

    await db.update(documentVersions).set({ state: 'superseded' }).where(eq(documentVersions.id, first));
    await db.update(documentVersions).set({ state: 'in_force' }).where(eq(documentVersions.id, draft.id));
    await db.update(documents).set({ currentVersionId: draft.id }).where(eq(documents.id, documentId));
    const reader = await ctx.as('x2.staff');
    expect((await search(reader, q)).items).toEqual([
      expect.objectContaining({ versionId: draft.id, state: 'in_force' }),
    ]);
    expect((await search(reader, { q: 'so theo doi bang giay' })).items).toEqual([]);
    const older = await search(reader, { q: 'so theo doi bang giay', includeSuperseded: 'true' });
    expect(older.items).toEqual([expect.objectContaining({ versionId: first, state: 'superseded' })]);
    expect(older.items[0].snippet).toContain('<mark>sổ theo dõi bằng giấy</mark>');
    expect((await search(reader, { ...q, includeSuperseded: 'true' })).total).toBe(2);
  });

  it('pages the hits', async () => {
    const staff = await ctx.as('x.unit_staff');
    const all = await search(staff, { q: 'quy trinh' });
    expect(all.total).toBeGreaterThanOrEqual(4);
    const first = await search(staff, { q: 'quy trinh', pageSize: '2' });
    const second = await search(staff, { q: 'quy trinh', pageSize: '2', page: '2' });
    expect(first.total).toBe(all.total);
    expect([...ids(first), ...ids(second)]).toEqual(ids(all).slice(0, 4));
    const past = await search(staff, { q: 'quy trinh', page: '50' });
    expect(past).toMatchObject({ items: [], total: all.total });
  });

  it('names the field of a bad request', async () => {
    const staff = await ctx.as('x.unit_staff');
    const missing = await staff.get('/api/v1/documents/search');
    expect(missing.status).toBe(400);
    expect(missing.body.error.details[0].path).toBe('q');
    const badType = await staff.get('/api/v1/documents/search?q=a&type=memo');
    expect(badType.status).toBe(400);
    expect(badType.body.error.details[0].path).toBe('type');
  });
});

describe('highlighting', () => {
  const matcher = (q: string, fuzzy = false) => ({ terms: queryTerms(q), prefixLast: true, fuzzy });

  it('folds Vietnamese letters as f_unaccent does', () => {
    expect(fold('ĐÁNH GIÁ Đội ngũ ưu tiên')).toBe('danh gia doi ngu uu tien');
    expect(queryTerms('  Quy-trình, quy trình! ')).toEqual(['quy', 'trinh']);
  });

  it('marks whole words only, the last term also as a prefix', () => {
    expect(highlight('Tài liệu và tái bản', matcher('tai'))).toBe(
      '<mark>Tài</mark> liệu và <mark>tái</mark> bản',
    );
    expect(highlight('Kiểm tra, kiểm soát', matcher('kiem so'))).toBe(
      '<mark>Kiểm</mark> tra, <mark>kiểm soát</mark>',
    );
    expect(highlight('Mục tiêu', matcher('muc tieu chat'))).toBe('<mark>Mục tiêu</mark>');
  });

  it('cuts a snippet of about 200 characters around the first match', () => {
    const text = `${'Nội dung mở đầu không liên quan. '.repeat(10)}Bước cuối: lưu hồ sơ. ${'Phần kết. '.repeat(30)}`;
    const cut = snippet(text, matcher('luu ho so'));
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).toContain('<mark>lưu hồ sơ</mark>');
    expect(cut.replace(/<\/?mark>/g, '').length).toBeLessThanOrEqual(202);
    expect(snippet('Ngắn gọn.', matcher('khac'))).toBe('Ngắn gọn.');
  });
});
