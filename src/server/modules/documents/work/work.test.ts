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

describe('my document work', () => {
  it('shows each person the step waiting for them, then the issue to read, then who has read it', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const head = await ctx.as('x.unit_unit_head');
    const secretariat = await ctx.as('x.secretariat_all');
    const leader = await ctx.as('x.leadership_all');
    const staff = await ctx.as('x.unit_staff');
    const { versionId } = (
      await officer.post('/api/v1/documents/change-requests', {
        kind: 'new',
        reason: 'Mới',
        type: 'business_procedure',
        title: 'Quy trình tiếp nhận',
        ownerUnitId: ctx.fixture.units.x1.id,
      })
    ).body;
    const waiting = async (c: Client) =>
      (await c.get('/api/v1/documents/my-work')).body.toAct
        .map((w: { versionId: string; actions: string[] }) => w.versionId === versionId && w.actions)
        .filter(Boolean);
    expect(await waiting(officer)).toEqual([['submit_review']]);
    expect(await waiting(head)).toEqual([]);
    await act(officer, versionId, 'submit_review');
    expect(await waiting(officer)).toEqual([]);
    expect(await waiting(head)).toEqual([['review_approve', 'review_return']]);
    await act(head, versionId, 'review_approve', { password: FIXTURE_PASSWORD });
    expect(await waiting(secretariat)).toEqual([['check_approve', 'check_return']]);
    await act(secretariat, versionId, 'check_approve', { password: FIXTURE_PASSWORD });
    expect(await waiting(leader)).toEqual([['approve', 'approve_return']]);
    await act(leader, versionId, 'approve', {
      password: FIXTURE_PASSWORD,
      decisionNo: '1/QĐ',
      issueDate: '2018-01-02',
      effectiveDate: '2018-01-02',
    });
    const toRead = (await staff.get('/api/v1/documents/my-work')).body.toRead;
    expect(toRead.map((r: { versionId: string }) => r.versionId)).toContain(versionId);
    await staff.post(`/api/v1/document-versions/${versionId}/acknowledge`);
    expect(
      (await staff.get('/api/v1/documents/my-work')).body.toRead.map(
        (r: { versionId: string }) => r.versionId,
      ),
    ).not.toContain(versionId);
    const report = (await head.get(`/api/v1/document-versions/${versionId}/acknowledgements`)).body;
    expect(report.total).toBeGreaterThan(1);
    expect(report.acknowledged).toBe(1);
    expect(
      report.rows.find((r: { fullName: string }) => r.fullName === 'Người thử x.unit_staff').acknowledgedAt,
    ).not.toBeNull();
    expect((await staff.get(`/api/v1/document-versions/${versionId}/acknowledgements`)).status).toBe(403);
  });
});
