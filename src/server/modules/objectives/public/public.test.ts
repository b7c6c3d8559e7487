import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../db/ids.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { setupTestApp } from '../../../testing/test-app.ts';
import { setupWideApp, TOGETHER, together } from '../../../testing/wide-app.ts';
import { documents, documentVersions } from '../../documents/documents.table.ts';
import { documentDriver, pdfText } from '../../documents/export/export.testing.ts';
import { indicatorValues, objectiveIndicators, objectives, publicPageSettings } from '../objectives.table.ts';
import { publicPageHtml } from './public.html.ts';
import { publicPageModel } from './public.page.ts';

const ctx = setupTestApp();
const wide = setupWideApp(ctx);
const today = todayInVietnam();
const year = Number(today.slice(0, 4));
const db = () => ctx.database.db;

/** An objective of `agencyId` written straight to the table, with one manual indicator. */
async function objective(agencyId: string, unitId: string, personId: string, state: string, title: string) {
  const id = newId();
  await db()
    .insert(objectives)
    .values({
      id,
      agencyId,
      year,
      unitId,
      title,
      ownerPersonId: personId,
      state,
      draftedBy: personId,
      approvedBy: state === 'approved' ? personId : null,
      approvedAt: state === 'approved' ? new Date(`${year}-01-15T03:00:00Z`) : null,
    });
  const indicatorId = newId();
  await db()
    .insert(objectiveIndicators)
    .values({
      id: indicatorId,
      agencyId,
      objectiveId: id,
      name: `Chỉ số của ${title}`,
      formula: 'Số phiếu hài lòng / tổng số phiếu × 100',
      unit: '%',
      direction: 'gte',
      target: 90,
      frequency: 'year',
      source: 'manual',
      createdBy: personId,
    });
  return { id, indicatorId };
}

/** A document of agency Y in force, written straight to the tables (Y has no ISO officer). */
async function foreignProcedure(agencyId: string, unitId: string, personId: string) {
  const documentId = newId();
  const versionId = newId();
  await db().insert(documents).values({
    id: documentId,
    agencyId,
    type: 'system_procedure',
    code: 'QT-Y-01',
    title: 'Quy trình riêng của Bộ Y',
    ownerUnitId: unitId,
    status: 'in_force',
    currentVersionId: versionId,
  });
  await db()
    .insert(documentVersions)
    .values({
      id: versionId,
      agencyId,
      documentId,
      changeKind: 'new',
      changeReason: 'Xây dựng mới',
      requestingUnitId: unitId,
      requestedBy: personId,
      state: 'in_force',
      issueNo: 1,
      title: 'Quy trình riêng của Bộ Y',
      content: { body: '' },
      contentHash: 'x',
      issueDate: today,
      effectiveDate: today,
    });
  return documentId;
}

describe('the public page (công khai): only what is approved and in force, of the agency in the address', () => {
  const ids = {} as {
    procedure: string;
    draftProcedure: string;
    policy: string;
    approved: { id: string; indicatorId: string };
    yProcedure: string;
  };
  beforeAll(async () => {
    const docs = documentDriver(ctx);
    const procedure = await docs.draft({ code: 'QT-X1-01', title: 'Quy trình kiểm soát tài liệu' });
    await docs.issue(procedure.versionId, { issueDate: today, effectiveDate: today });
    const draftProcedure = await docs.draft({ code: 'QT-X1-02', title: 'Quy trình đang dự thảo' });
    const policy = await docs.draft({
      code: 'CS-01',
      title: 'Chính sách chất lượng',
      type: 'quality_policy',
      body: { body: 'Minh bạch, đúng hạn, hài lòng.' },
    });
    await docs.issue(policy.versionId, { issueDate: today, effectiveDate: today });
    const f = ctx.fixture;
    const x1 = f.units.x1.id;
    const approved = await objective(
      f.agencyX,
      x1,
      f.roleHolders.iso_officer,
      'approved',
      'Nâng cao sự hài lòng',
    );
    await db()
      .insert(indicatorValues)
      .values({
        id: newId(),
        agencyId: f.agencyX,
        indicatorId: approved.indicatorId,
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
        value: 87.5,
        evidenceNote: 'Tổng hợp phiếu khảo sát',
        enteredBy: f.roleHolders.iso_officer,
        state: 'approved',
        approvedBy: f.roleHolders.unit_head,
        approvedAt: new Date(`${year}-01-20T03:00:00Z`),
      });
    await objective(f.agencyX, x1, f.roleHolders.iso_officer, 'draft', 'Mục tiêu còn dự thảo');
    await objective(f.agencyX, x1, f.roleHolders.iso_officer, 'submitted', 'Mục tiêu chờ phê duyệt');
    const y1 = f.units.y1.id;
    await objective(f.agencyY, y1, f.yAdmin, 'approved', 'Mục tiêu riêng của Bộ Y');
    Object.assign(ids, {
      procedure: procedure.documentId,
      draftProcedure: draftProcedure.documentId,
      policy: policy.documentId,
      approved,
      yProcedure: await foreignProcedure(f.agencyY, y1, f.yAdmin),
    });
  });

  it('shows the policy, the approved objectives with their latest result and the procedures in force, without sign-in', async () => {
    const page = await ctx.anonymous.get('/public/X');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const html = page.body as string;
    expect(html).toContain('Bộ Thử nghiệm X');
    expect(html).toContain('Minh bạch, đúng hạn, hài lòng.');
    expect(html).toContain('Nâng cao sự hài lòng');
    // The latest approved value, vi-VN, against its target, and its status (87,5 < 90 → không đạt).
    expect(html).toContain('87,5 %');
    expect(html).toContain('≥ 90 %');
    expect(html).toContain('Không đạt');
    expect(html).toContain('QT-X1-01');
    expect(html).toContain(`/public/X/documents/${ids.procedure}`);
    expect(html).toContain(`Cập nhật lần cuối: ${today.split('-').reverse().join('/')}`);
    // Nothing in progress, nothing of another agency, no script and nothing from elsewhere.
    for (const absent of [
      'Mục tiêu còn dự thảo',
      'Mục tiêu chờ phê duyệt',
      'QT-X1-02',
      'Quy trình đang dự thảo',
      'Mục tiêu riêng của Bộ Y',
      'QT-Y-01',
      '<script',
      'http://',
      'https://',
    ])
      expect(html, absent).not.toContain(absent);
    // The agency code is read without regard to case, as agencies' codes are.
    expect((await ctx.anonymous.get('/public/x')).status).toBe(200);
  });

  it("isolates agencies: Y's page shows only Y's items", async () => {
    const html = (await ctx.anonymous.get('/public/Y')).body as string;
    expect(html).toContain('Bộ Thử nghiệm Y');
    expect(html).toContain('Mục tiêu riêng của Bộ Y');
    expect(html).toContain('QT-Y-01');
    for (const absent of ['Nâng cao sự hài lòng', 'QT-X1-01', 'Minh bạch, đúng hạn'])
      expect(html, absent).not.toContain(absent);
  });

  it('serves the PDF of a procedure in force and of the policy, and 404 for anything else', async () => {
    const pdf = await ctx.anonymous.bytes(`/public/X/documents/${ids.procedure}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain('QT-X1-01_lan-1.pdf');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await pdfText(pdf.body)).toContain('Quy trình kiểm soát tài liệu');
    expect((await ctx.anonymous.bytes(`/public/X/documents/${ids.policy}`)).status).toBe(200);
    for (const url of [
      `/public/X/documents/${ids.draftProcedure}`, // a draft
      `/public/X/documents/${ids.yProcedure}`, // another agency's, through X's address
      `/public/Y/documents/${ids.procedure}`, // X's, through Y's address
      `/public/X/documents/${newId()}`,
      '/public/X/documents/not-an-id',
      '/public/X/objectives',
      `/public/X/objectives/${ids.approved.id}`,
      '/public/X/declaration', // no declaration provider
      '/public/KHONG-CO',
      '/public',
      '/public/',
    ]) {
      const r = await ctx.anonymous.bytes(url);
      expect(r.status, url).toBe(404);
      expect(r.headers['content-type'], url).toMatch(/^text\/html/);
      expect(r.body.toString(), url).toContain('Không tìm thấy trang');
    }
  });

  it('leaves every other route of the agency behind sign-in', async () => {
    for (const url of [
      '/api/v1/objectives',
      `/api/v1/objectives/${ids.approved.id}`,
      `/api/v1/documents/${ids.procedure}`,
      '/api/v1/public-page-settings',
    ])
      expect((await ctx.anonymous.get(url)).status, url).toBe(401);
  });

  it('is turned off by the agency (then 404) by its secretariat, not by others, and back on', async () => {
    const staff = await ctx.as('x.unit_iso_officer');
    const settings = await staff.get('/api/v1/public-page-settings');
    expect(settings.body).toMatchObject({ enabled: true, version: 0, path: '/public/X', canEdit: false });
    expect((await staff.put('/api/v1/public-page-settings', { enabled: false, version: 0 })).status).toBe(
      403,
    );
    const secretariat = await ctx.as('x.secretariat_all');
    const off = await secretariat.put('/api/v1/public-page-settings', { enabled: false, version: 0 });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    expect(off.body).toMatchObject({ enabled: false, version: 1 });
    expect((await ctx.anonymous.get('/public/X')).status).toBe(404);
    expect((await ctx.anonymous.bytes(`/public/X/documents/${ids.procedure}`)).status).toBe(404);
    // Y's page is Y's own setting.
    expect((await ctx.anonymous.get('/public/Y')).status).toBe(200);
    // A stale version does not win.
    expect(
      (await secretariat.put('/api/v1/public-page-settings', { enabled: true, version: 0 })).status,
    ).toBe(409);
    const on = await secretariat.put('/api/v1/public-page-settings', { enabled: true, version: 1 });
    expect(on.body).toMatchObject({ enabled: true, version: 2 });
    expect((await ctx.anonymous.get('/public/X')).status).toBe(200);
    const [row] = await db()
      .select()
      .from(publicPageSettings)
      .where(eq(publicPageSettings.agencyId, ctx.fixture.agencyX));
    expect(row.enabled).toBe(true);
  });

  it('shows the declaration of conformity a provider gives, for its agency only', async () => {
    const agency = { id: ctx.fixture.agencyX, code: 'X', name: 'Bộ Thử nghiệm X' };
    const asked: string[] = [];
    const model = await publicPageModel(db(), agency, async (_db, agencyId) => {
      asked.push(agencyId);
      return {
        title: 'Công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015',
        issuedOn: today,
        reference: 'Quyết định số 12/QĐ-BTN',
        pdf: async () => ({ fileName: 'cong-bo.pdf', body: Buffer.from('%PDF-') }),
      };
    });
    expect(asked).toEqual([ctx.fixture.agencyX]);
    const html = publicPageHtml(model);
    expect(html).toContain('Quyết định số 12/QĐ-BTN');
    expect(html).toContain('/public/X/declaration');
    // Without a provider the section is not there at all.
    expect(publicPageHtml(await publicPageModel(db(), agency))).not.toContain('Công bố Hệ thống');
  });
});

describe('public page setting: concurrency', () => {
  it('saves the setting once from ten connections, first saving and changing alike', async () => {
    const secretariat = await wide.as('x.secretariat_all');
    const { version } = (await secretariat.get('/api/v1/public-page-settings')).body;
    for (const [enabled, from] of [
      [false, version],
      [true, version + 1],
    ] as const) {
      const answers = await together(() =>
        secretariat.put('/api/v1/public-page-settings', { enabled, version: from }),
      );
      expect(answers.filter((r) => r.status === 200)).toHaveLength(1);
      expect(answers.filter((r) => r.status === 409)).toHaveLength(TOGETHER - 1);
    }
    const [row] = await db()
      .select()
      .from(publicPageSettings)
      .where(eq(publicPageSettings.agencyId, ctx.fixture.agencyX));
    expect(row).toMatchObject({ enabled: true, version: version + 2 });
  });
});
