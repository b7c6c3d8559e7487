import { describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD } from '../../../testing/fixture.ts';
import { type Client, setupTestApp } from '../../../testing/test-app.ts';

const ctx = setupTestApp();

async function act(client: Client, versionId: string, action: string, extra: Record<string, unknown> = {}) {
  const current = (await client.get(`/api/v1/document-versions/${versionId}`)).body;
  return client.post(`/api/v1/document-versions/${versionId}/transitions`, {
    action,
    version: current.version,
    ...extra,
  });
}

describe('document type settings', () => {
  it('default to leadership approval; a configured approver role is the one that may approve', async () => {
    const secretariat = await ctx.as('x.secretariat_all');
    const settings = (await secretariat.get('/api/v1/document-type-settings')).body;
    expect(settings.find((s: { type: string }) => s.type === 'form')).toEqual({
      type: 'form',
      approverRole: 'leadership',
      codePrefix: 'BM',
    });
    const staff = await ctx.as('x.unit_staff');
    expect(
      (
        await staff.put('/api/v1/document-type-settings/form', {
          approverRole: 'unit_head',
          codePrefix: 'BM',
        })
      ).status,
    ).toBe(403);
    const bad = await secretariat.put('/api/v1/document-type-settings/form', {
      approverRole: 'unit_head',
      codePrefix: 'bm mẫu',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('codePrefix');
    expect(
      (
        await secretariat.put('/api/v1/document-type-settings/form', {
          approverRole: 'steering_member',
          codePrefix: 'MAU',
        })
      ).status,
    ).toBe(200);

    const officer = await ctx.as('x.unit_iso_officer');
    const created = (
      await officer.post('/api/v1/documents/change-requests', {
        kind: 'new',
        reason: 'Biểu mẫu mới',
        type: 'form',
        title: 'Phiếu đề nghị',
        ownerUnitId: ctx.fixture.units.x1.id,
      })
    ).body;
    expect((await officer.get(`/api/v1/documents/${created.documentId}`)).body.code).toBe('MAU-X1-01');
    const head = await ctx.as('x.unit_unit_head');
    await act(officer, created.versionId, 'submit_review');
    await act(head, created.versionId, 'review_approve', { password: FIXTURE_PASSWORD });
    await act(secretariat, created.versionId, 'check_approve', { password: FIXTURE_PASSWORD });
    const leader = await ctx.as('x.leadership_all');
    expect(
      (
        await act(leader, created.versionId, 'approve', {
          password: FIXTURE_PASSWORD,
          decisionNo: '1',
          issueDate: '2018-01-01',
          effectiveDate: '2018-01-01',
        })
      ).status,
    ).toBe(403);
    const steering = await ctx.as('x.unit_steering_member');
    const approved = await act(steering, created.versionId, 'approve', {
      password: FIXTURE_PASSWORD,
      decisionNo: '1',
      issueDate: '2018-01-01',
      effectiveDate: '2018-01-01',
    });
    expect(approved.body.state).toBe('in_force');
  });
});

describe('external documents', () => {
  it('keep number, issuer, dates and legal status, edited by the secretariat', async () => {
    const secretariat = await ctx.as('x.secretariat_all');
    const created = (
      await secretariat.post('/api/v1/documents/change-requests', {
        kind: 'new',
        reason: 'Văn bản căn cứ',
        type: 'external',
        title: 'Quyết định về áp dụng hệ thống quản lý chất lượng',
        ownerUnitId: ctx.fixture.units.x1.id,
      })
    ).body;
    const doc = (await secretariat.get(`/api/v1/documents/${created.documentId}`)).body;
    const saved = await secretariat.patch(`/api/v1/documents/${doc.id}/external`, {
      version: doc.version,
      externalNumber: '19/2014/QĐ-TTg',
      issuer: 'Thủ tướng Chính phủ',
      externalIssuedDate: '2014-03-05',
      externalEffectiveDate: '2014-04-20',
      legalStatus: 'replaced',
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      externalNumber: '19/2014/QĐ-TTg',
      issuer: 'Thủ tướng Chính phủ',
      legalStatus: 'replaced',
      externalIssuedDate: '2014-03-05',
    });
    const stale = await secretariat.patch(`/api/v1/documents/${doc.id}/external`, {
      version: doc.version,
      legalStatus: 'expired',
    });
    expect(stale.status).toBe(409);
    const staff = await ctx.as('x.unit_staff');
    expect(
      (
        await staff.patch(`/api/v1/documents/${doc.id}/external`, {
          version: saved.body.version,
          legalStatus: 'expired',
        })
      ).status,
    ).toBe(403);
    const procedure = (
      await secretariat.post('/api/v1/documents/change-requests', {
        kind: 'new',
        reason: 'x',
        type: 'business_procedure',
        title: 'Quy trình',
        ownerUnitId: ctx.fixture.units.x1.id,
      })
    ).body;
    const p = (await secretariat.get(`/api/v1/documents/${procedure.documentId}`)).body;
    expect(
      (await secretariat.patch(`/api/v1/documents/${p.id}/external`, { version: p.version, issuer: 'x' }))
        .body.error.code,
    ).toBe('document.not_external');
  });
});
