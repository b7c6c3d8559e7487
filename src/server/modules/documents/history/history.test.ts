import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD } from '../../../testing/fixture.ts';
import { seedDocument } from '../../../testing/fixture-documents.ts';
import { type Client, setupTestApp } from '../../../testing/test-app.ts';

const ctx = setupTestApp();
const sign = { password: FIXTURE_PASSWORD };

const firstIssue = {
  purpose: 'Quy định trình tự thẩm định hồ sơ',
  scope: 'Áp dụng tại Vụ Một',
  references: [{ text: 'Luật Tiếp cận thông tin 2016' }],
  steps: [
    { id: 'B1', action: 'Tiếp nhận hồ sơ', who: 'Văn thư', durationDays: 1, output: 'Phiếu tiếp nhận' },
    { id: 'B2', action: 'Thẩm định hồ sơ', who: 'Chuyên viên', durationDays: 5, output: 'Báo cáo thẩm định' },
    { id: 'B3', action: 'Trình lãnh đạo Vụ ký', who: 'Lãnh đạo Vụ', durationDays: 2, output: 'Văn bản' },
  ],
  records: [{ name: 'Phiếu tiếp nhận', keeper: 'Văn thư', location: 'Vụ Một', retention: '5 năm' }],
};
const secondIssue = {
  ...firstIssue,
  purpose: 'Quy định trình tự tiếp nhận và thẩm định hồ sơ',
  steps: [
    firstIssue.steps[0],
    { ...firstIssue.steps[1], who: 'Chuyên viên phụ trách', durationDays: 3 },
    { id: 'B4', action: 'Lưu hồ sơ', who: 'Văn thư', durationDays: 1, output: 'Hồ sơ lưu' },
  ],
  records: [
    ...firstIssue.records,
    { name: 'Báo cáo thẩm định', keeper: 'Chuyên viên', location: 'Vụ Một', retention: '10 năm' },
  ],
};

async function act(client: Client, versionId: string, action: string, extra: Record<string, unknown> = {}) {
  const { version } = (await client.get(`/api/v1/document-versions/${versionId}`)).body;
  const response = await client.post(`/api/v1/document-versions/${versionId}/transitions`, {
    action,
    version,
    ...extra,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response;
}

/** Saves the draft's content and walks it to approval with the given decision and date. */
async function issue(
  versionId: string,
  content: object,
  changeSummary: string,
  decisionNo: string,
  date: string,
) {
  const officer = await ctx.as('x.unit_iso_officer');
  const draft = (await officer.get(`/api/v1/document-versions/${versionId}`)).body;
  const saved = await officer.patch(`/api/v1/document-versions/${versionId}`, {
    version: draft.version,
    content,
    changeSummary,
  });
  expect(saved.status).toBe(200);
  await act(officer, versionId, 'submit_review');
  await act(await ctx.as('x.unit_unit_head'), versionId, 'review_approve', sign);
  await act(await ctx.as('x.secretariat_all'), versionId, 'check_approve', sign);
  await act(await ctx.as('x.leadership_all'), versionId, 'approve', {
    ...sign,
    decisionNo,
    issueDate: date,
    effectiveDate: date,
  });
}

describe('revision history and diff', () => {
  let documentId: string;
  let first: string;
  let second: string;
  beforeAll(async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const created = await officer.post('/api/v1/documents/change-requests', {
      kind: 'new',
      reason: 'Xây dựng mới',
      type: 'business_procedure',
      title: 'Quy trình thẩm định hồ sơ',
      ownerUnitId: ctx.fixture.units.x1.id,
    });
    ({ documentId, versionId: first } = created.body);
    await issue(first, firstIssue, 'Ban hành lần đầu', '10/QĐ-BTN', '2017-03-01');
    const revision = await officer.post('/api/v1/documents/change-requests', {
      kind: 'revise',
      reason: 'Rút ngắn thời gian thẩm định',
      documentId,
    });
    second = revision.body.versionId;
    await issue(
      second,
      secondIssue,
      'Rút ngắn thời hạn thẩm định; bổ sung bước lưu hồ sơ',
      '45/QĐ-BTN',
      '2017-09-01',
    );
  });

  it('diffs two versions section by section: words of the text, items of the lists', async () => {
    const reader = await ctx.as('x2.staff');
    const response = await reader.get(`/api/v1/document-versions/${second}/diff?against=${first}`);
    expect(response.status).toBe(200);
    const diff = response.body;
    expect(diff).toMatchObject({
      changed: true,
      from: { id: first, issueNo: 1 },
      to: { id: second, issueNo: 2 },
    });
    const section = (name: string) => diff.sections.find((s: { section: string }) => s.section === name);
    expect(section('purpose')).toMatchObject({
      changed: true,
      number: 1,
      text: [
        { kind: 'same', text: 'Quy định trình tự ' },
        { kind: 'added', text: 'tiếp nhận và ' },
        { kind: 'same', text: 'thẩm định hồ sơ' },
      ],
    });
    expect(section('scope')).toMatchObject({
      changed: false,
      text: [{ kind: 'same', text: 'Áp dụng tại Vụ Một' }],
    });
    expect(section('references')).toMatchObject({ changed: false, items: [], unchangedItems: 1 });
    const steps = section('steps');
    expect(steps.unchangedItems).toBe(1);
    expect(steps.items).toEqual([
      {
        kind: 'changed',
        key: 'B2',
        label: 'Thẩm định hồ sơ',
        fromPosition: 2,
        toPosition: 2,
        fields: [
          {
            field: 'who',
            from: 'Chuyên viên',
            to: 'Chuyên viên phụ trách',
            segments: [
              { kind: 'same', text: 'Chuyên viên' },
              { kind: 'added', text: ' phụ trách' },
            ],
          },
          { field: 'durationDays', from: 5, to: 3 },
        ],
      },
      expect.objectContaining({ kind: 'added', key: 'B4', fromPosition: null, toPosition: 3 }),
      expect.objectContaining({ kind: 'removed', key: 'B3', fromPosition: 3, toPosition: null }),
    ]);
    const added = steps.items[1].fields.map((f: { field: string; to: unknown }) => [f.field, f.to]);
    expect(added).toEqual([
      ['action', 'Lưu hồ sơ'],
      ['who', 'Văn thư'],
      ['durationDays', 1],
      ['output', 'Hồ sơ lưu'],
    ]);
    expect(section('records').items).toEqual([
      expect.objectContaining({ kind: 'added', key: 'Báo cáo thẩm định', toPosition: 2 }),
    ]);
    expect(diff.where).toBe('Mục 1; Mục 5 (bước 2, 3; bỏ bước 3); Mục 7');
  });

  it('generates the revision history table, oldest issue first', async () => {
    const reader = await ctx.as('x2.staff');
    const response = await reader.get(`/api/v1/documents/${documentId}/history`);
    expect(response.status).toBe(200);
    expect(response.body.rows).toEqual([
      expect.objectContaining({
        versionId: first,
        issueNo: 1,
        state: 'superseded',
        issueDate: '2017-03-01',
        decisionNo: '10/QĐ-BTN',
        changeSummary: 'Ban hành lần đầu',
        where: 'Toàn bộ tài liệu',
      }),
      expect.objectContaining({
        versionId: second,
        issueNo: 2,
        state: 'in_force',
        issueDate: '2017-09-01',
        effectiveDate: '2017-09-01',
        decisionNo: '45/QĐ-BTN',
        changeSummary: 'Rút ngắn thời hạn thẩm định; bổ sung bước lưu hồ sơ',
        where: 'Mục 1; Mục 5 (bước 2, 3; bỏ bước 3); Mục 7',
        changedSections: ['purpose', 'steps', 'records'],
      }),
    ]);
  });

  it('keeps drafts out of the history, and out of reach of those who may not read them', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const draft = await officer.post('/api/v1/documents/change-requests', {
      kind: 'revise',
      reason: 'Cập nhật',
      documentId,
    });
    const history = (await officer.get(`/api/v1/documents/${documentId}/history`)).body;
    expect(history.rows).toHaveLength(2);
    const own = await officer.get(`/api/v1/document-versions/${draft.body.versionId}/diff?against=${second}`);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ changed: false, where: '' });
    const otherUnit = await ctx.as('x2.staff');
    const hidden = await otherUnit.get(
      `/api/v1/document-versions/${draft.body.versionId}/diff?against=${second}`,
    );
    expect(hidden.status).toBe(404);
    const reversed = await otherUnit.get(
      `/api/v1/document-versions/${second}/diff?against=${draft.body.versionId}`,
    );
    expect(reversed.status).toBe(404);
    const otherAgency = await ctx.as('y.admin');
    expect((await otherAgency.get(`/api/v1/documents/${documentId}/history`)).status).toBe(404);
    expect((await otherAgency.get(`/api/v1/document-versions/${second}/diff?against=${first}`)).status).toBe(
      404,
    );
  });

  it('refuses to compare versions of two documents (400 on against) and a missing against', async () => {
    const other = await seedDocument(ctx.database.db, {
      agencyId: ctx.fixture.agencyX,
      unitId: ctx.fixture.units.x1.id,
      personId: ctx.fixture.xSecretariat,
      state: 'in_force',
    });
    const reader = await ctx.as('x.unit_staff');
    const mixed = await reader.get(`/api/v1/document-versions/${second}/diff?against=${other.versionId}`);
    expect(mixed.status).toBe(400);
    expect(mixed.body.error.details[0].path).toBe('against');
    const missing = await reader.get(`/api/v1/document-versions/${second}/diff`);
    expect(missing.status).toBe(400);
    expect(missing.body.error.details[0].path).toBe('against');
  });
});
