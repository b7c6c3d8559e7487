import { describe, expect, it } from 'vitest';
import { transitionActions, versionStates } from '../../../contract/documents.ts';
import { FIXTURE_PASSWORD } from '../../testing/fixture.ts';
import { type Client, setupTestApp } from '../../testing/test-app.ts';
import { actionsFrom, transitions } from './documents.lifecycle.ts';
import { promoteDueVersions } from './documents.transition.ts';

const ctx = setupTestApp();

const steps = [
  {
    id: 'B1',
    action: 'Tiếp nhận hồ sơ đề nghị',
    who: 'Chuyên viên',
    durationDays: 1,
    output: 'Phiếu tiếp nhận',
  },
  {
    id: 'B2',
    action: 'Thẩm định hồ sơ',
    who: 'Chuyên viên',
    durationDays: 5,
    output: 'Báo cáo thẩm định',
    condition: 'Hồ sơ đạt yêu cầu?',
    yesNext: 'B3',
    noNext: 'B1',
  },
  {
    id: 'B3',
    action: 'Trình lãnh đạo Vụ ký',
    who: 'Lãnh đạo Vụ',
    durationDays: 2,
    output: 'Văn bản trả lời',
  },
];

async function act(client: Client, versionId: string, action: string, extra: Record<string, unknown> = {}) {
  const current = (await client.get(`/api/v1/document-versions/${versionId}`)).body;
  return client.post(`/api/v1/document-versions/${versionId}/transitions`, {
    action,
    version: current.version,
    ...extra,
  });
}

async function draftNew(title: string) {
  const officer = await ctx.as('x.unit_iso_officer');
  const created = await officer.post('/api/v1/documents/change-requests', {
    kind: 'new',
    reason: 'Xây dựng mới theo chức năng được giao',
    type: 'business_procedure',
    title,
    ownerUnitId: ctx.fixture.units.x1.id,
  });
  expect(created.status).toBe(201);
  const draft = (await officer.get(`/api/v1/document-versions/${created.body.versionId}`)).body;
  const saved = await officer.patch(`/api/v1/document-versions/${draft.id}`, {
    version: draft.version,
    content: { purpose: 'Quy định trình tự thẩm định', scope: 'Áp dụng tại Vụ Một', steps },
    changeSummary: 'Ban hành lần đầu',
  });
  expect(saved.status).toBe(200);
  return { officer, ...created.body };
}

const sign = { password: FIXTURE_PASSWORD };
const approval = { ...sign, decisionNo: '125/QĐ-BTN', issueDate: '2017-12-20', effectiveDate: '2017-12-20' };

describe('state machine', () => {
  it('allows exactly the listed actions from each state', () => {
    for (const state of versionStates) {
      for (const action of transitionActions) {
        expect(actionsFrom(state).includes(action)).toBe(transitions[action].from === state);
      }
    }
    expect(actionsFrom('in_force')).toEqual([]);
    expect(actionsFrom('superseded')).toEqual([]);
  });
});

describe('document lifecycle', () => {
  it('walks draft → unit review → secretariat check → approval → in force, with signatures', async () => {
    const { officer, versionId, documentId } = await draftNew('Quy trình thẩm định hồ sơ');
    expect((await act(officer, versionId, 'submit_review')).body.state).toBe('unit_review');
    const head = await ctx.as('x.unit_unit_head');
    const returned = await act(head, versionId, 'review_return', { comment: 'Bổ sung thời hạn bước 3' });
    expect(returned.body.state).toBe('draft');
    expect(returned.body.events.at(-1)).toMatchObject({
      action: 'review_return',
      comment: 'Bổ sung thời hạn bước 3',
    });
    await act(officer, versionId, 'submit_review');
    const reviewed = await act(head, versionId, 'review_approve', sign);
    expect(reviewed.body.state).toBe('secretariat_check');
    expect(reviewed.body.signatures).toEqual([
      expect.objectContaining({ meaning: 'review', valid: true, signerName: 'Người thử x.unit_unit_head' }),
    ]);
    const secretariat = await ctx.as('x.secretariat_all');
    expect((await act(secretariat, versionId, 'check_approve', sign)).body.state).toBe('submitted');
    const leader = await ctx.as('x.leadership_all');
    const approved = await act(leader, versionId, 'approve', approval);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      state: 'in_force',
      issueNo: 1,
      decisionNo: '125/QĐ-BTN',
      effectiveDate: '2017-12-20',
    });
    expect(approved.body.signatures.map((s: { meaning: string }) => s.meaning)).toEqual([
      'review',
      'check',
      'approve',
    ]);
    const doc = (await ctx.as('x2.staff').then((c) => c.get(`/api/v1/documents/${documentId}`))).body;
    expect(doc).toMatchObject({ status: 'in_force', currentVersionId: versionId });
    expect(doc.versions).toHaveLength(1);
  });

  it('refuses forbidden transitions with a clear 409, and wrong actors with 403/404', async () => {
    const { officer, versionId } = await draftNew('Quy trình cấm chuyển');
    const leader = await ctx.as('x.leadership_all');
    const early = await act(leader, versionId, 'approve', approval);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('document.transition_forbidden');
    expect(early.body.error.message).toBe(
      'Không thể phê duyệt ban hành khi tài liệu đang ở trạng thái "Dự thảo".',
    );
    const staff = await ctx.as('x.unit_staff');
    expect((await act(staff, versionId, 'submit_review')).status).toBe(403);
    const otherUnit = await ctx.as('x2.staff');
    expect((await otherUnit.get(`/api/v1/document-versions/${versionId}`)).status).toBe(404);
    const otherAgency = await ctx.as('y.admin');
    expect((await otherAgency.get(`/api/v1/document-versions/${versionId}`)).status).toBe(404);
    await act(officer, versionId, 'submit_review');
    const head = await ctx.as('x.unit_unit_head');
    const noComment = await act(head, versionId, 'review_return');
    expect(noComment.status).toBe(400);
    expect(noComment.body.error.details[0].path).toBe('comment');
    const badPassword = await act(head, versionId, 'review_approve', { password: 'sai-mat-khau' });
    expect(badPassword.status).toBe(400);
    expect(badPassword.body.error.details[0].path).toBe('password');
    const after = (await head.get(`/api/v1/document-versions/${versionId}`)).body;
    expect(after.state).toBe('unit_review');
    expect(after.signatures).toEqual([]);
    const edit = await officer.patch(`/api/v1/document-versions/${versionId}`, {
      version: after.version,
      title: 'Đổi tên khi đang xem xét',
    });
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('document.not_draft');
  });

  it('voids signatures when the content changes after signing; the draft must be signed again', async () => {
    const { officer, versionId } = await draftNew('Quy trình ký lại');
    const head = await ctx.as('x.unit_unit_head');
    const secretariat = await ctx.as('x.secretariat_all');
    await act(officer, versionId, 'submit_review');
    await act(head, versionId, 'review_approve', sign);
    await act(secretariat, versionId, 'check_return', { comment: 'Sửa căn cứ pháp lý' });
    const draft = (await officer.get(`/api/v1/document-versions/${versionId}`)).body;
    expect(draft.signatures[0].valid).toBe(true);
    const saved = await officer.patch(`/api/v1/document-versions/${versionId}`, {
      version: draft.version,
      content: { ...draft.content, references: [{ text: 'Nghị định 30/2020/NĐ-CP về công tác văn thư' }] },
    });
    expect(saved.body.signatures[0]).toMatchObject({ meaning: 'review', valid: false });
    expect(saved.body.signatures[0].voidedAt).not.toBeNull();
    await act(officer, versionId, 'submit_review');
    await act(head, versionId, 'review_approve', sign);
    const checked = await act(secretariat, versionId, 'check_approve', sign);
    expect(checked.body.state).toBe('submitted');
    expect(
      checked.body.signatures
        .filter((s: { valid: boolean }) => s.valid)
        .map((s: { meaning: string }) => s.meaning),
    ).toEqual(['review', 'check']);
  });

  it('answers 409 to a concurrent edit and keeps the first one', async () => {
    const { officer, versionId } = await draftNew('Quy trình sửa đồng thời');
    const draft = (await officer.get(`/api/v1/document-versions/${versionId}`)).body;
    const first = await officer.patch(`/api/v1/document-versions/${versionId}`, {
      version: draft.version,
      title: 'Bản của người thứ nhất',
    });
    expect(first.status).toBe(200);
    const second = await officer.patch(`/api/v1/document-versions/${versionId}`, {
      version: draft.version,
      title: 'Bản của người thứ hai',
    });
    expect(second.status).toBe(409);
    expect((await officer.get(`/api/v1/document-versions/${versionId}`)).body.title).toBe(
      'Bản của người thứ nhất',
    );
  });

  it('revises: the new issue comes into force on its date and the old one is superseded', async () => {
    const { officer, versionId, documentId } = await draftNew('Quy trình sửa đổi');
    const head = await ctx.as('x.unit_unit_head');
    const secretariat = await ctx.as('x.secretariat_all');
    const leader = await ctx.as('x.leadership_all');
    const walk = async (id: string, extra = approval) => {
      await act(officer, id, 'submit_review');
      await act(head, id, 'review_approve', sign);
      await act(secretariat, id, 'check_approve', sign);
      return act(leader, id, 'approve', extra);
    };
    await walk(versionId);
    const revision = await officer.post('/api/v1/documents/change-requests', {
      kind: 'revise',
      reason: 'Luật thay đổi',
      documentId,
    });
    expect(revision.status).toBe(201);
    const second = await officer.post('/api/v1/documents/change-requests', {
      kind: 'revise',
      reason: 'Lần nữa',
      documentId,
    });
    expect(second.status).toBe(409);
    const draft = (await officer.get(`/api/v1/document-versions/${revision.body.versionId}`)).body;
    expect(draft.issueNo).toBe(2);
    expect(draft.content.steps).toHaveLength(3);
    await officer.patch(`/api/v1/document-versions/${draft.id}`, {
      version: draft.version,
      content: { ...draft.content, steps: draft.content.steps.slice(0, 2) },
      changeSummary: 'Bỏ bước 3',
    });
    const approved = await walk(draft.id, {
      ...approval,
      decisionNo: '12/QĐ-BTN',
      issueDate: '2099-01-02',
      effectiveDate: '2099-01-15',
    });
    expect(approved.body.state).toBe('approved');
    expect((await head.get(`/api/v1/documents/${documentId}`)).body.currentVersionId).toBe(versionId);
    await promoteDueVersions(ctx.database.db, ctx.fixture.agencyX, '2099-01-15');
    const doc = (await head.get(`/api/v1/documents/${documentId}`)).body;
    expect(doc.currentVersionId).toBe(draft.id);
    expect(doc.versions.map((v: { state: string; issueNo: number }) => [v.issueNo, v.state])).toEqual([
      [2, 'in_force'],
      [1, 'superseded'],
    ]);
    expect(doc.versions[1].endDate).toBe('2099-01-15');
  });

  it('withdraws a document through the same approvals', async () => {
    const { officer, versionId, documentId } = await draftNew('Quy trình thu hồi');
    const head = await ctx.as('x.unit_unit_head');
    const secretariat = await ctx.as('x.secretariat_all');
    const leader = await ctx.as('x.leadership_all');
    const walk = async (id: string) => {
      await act(officer, id, 'submit_review');
      await act(head, id, 'review_approve', sign);
      await act(secretariat, id, 'check_approve', sign);
      return act(leader, id, 'approve', approval);
    };
    await walk(versionId);
    const request = await officer.post('/api/v1/documents/change-requests', {
      kind: 'withdraw',
      reason: 'Nhiệm vụ đã chuyển sang Vụ Hai',
      documentId,
    });
    const done = await walk(request.body.versionId);
    expect(done.body.state).toBe('withdrawn');
    expect(done.body.events.at(-1)).toMatchObject({ action: 'approve', toState: 'withdrawn' });
    const doc = (await head.get(`/api/v1/documents/${documentId}`)).body;
    expect(doc.status).toBe('withdrawn');
    expect(doc.currentVersionId).toBeNull();
    expect(doc.versions.find((v: { id: string }) => v.id === versionId).state).toBe('withdrawn');
  });

  it('asks the people of the distributed units to acknowledge, once', async () => {
    const { officer, versionId } = await draftNew('Quy trình phân phối');
    const head = await ctx.as('x.unit_unit_head');
    const secretariat = await ctx.as('x.secretariat_all');
    const leader = await ctx.as('x.leadership_all');
    await act(officer, versionId, 'submit_review');
    await act(head, versionId, 'review_approve', sign);
    await act(secretariat, versionId, 'check_approve', sign);
    await act(leader, versionId, 'approve', {
      ...approval,
      distributeUnitIds: [ctx.fixture.units.x1.id, ctx.fixture.units.x2.id],
    });
    const reader = await ctx.as('x2.staff');
    const view = (await reader.get(`/api/v1/document-versions/${versionId}`)).body;
    expect(view.abilities.acknowledge).toBe(true);
    const acked = await reader.post(`/api/v1/document-versions/${versionId}/acknowledge`);
    expect(acked.body.acknowledgedAt).not.toBeNull();
    expect((await reader.post(`/api/v1/document-versions/${versionId}/acknowledge`)).status).toBe(409);
    const outsider = await ctx.as('x1a.staff');
    expect((await outsider.post(`/api/v1/document-versions/${versionId}/acknowledge`)).status).toBe(409);
  });
});
