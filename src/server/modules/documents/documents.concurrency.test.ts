import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/audit.table.ts';
import { FIXTURE_PASSWORD } from '../../testing/fixture.ts';
import { seedDocument } from '../../testing/fixture-documents.ts';
import { setupTestApp } from '../../testing/test-app.ts';
import { setupWideApp, statuses, TOGETHER, together } from '../../testing/wide-app.ts';
import { documentSignatures, documents } from './documents.table.ts';
import { promoteDueVersions } from './documents.transition.ts';

// The same change fired from TOGETHER connections at once: exactly one takes effect.
const ctx = setupTestApp();
const wide = setupWideApp(ctx);

const eventsOf = async (entityId: string, action: string) =>
  (
    await ctx.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, entityId), eq(auditEvents.action, action)))
  )[0].n;

const sign = { password: FIXTURE_PASSWORD };

async function draft(title: string) {
  const officer = await wide.as('x.unit_iso_officer');
  const created = await officer.post('/api/v1/documents/change-requests', {
    kind: 'new',
    reason: 'Thử đồng thời',
    type: 'business_procedure',
    title,
    ownerUnitId: ctx.fixture.units.x1.id,
  });
  expect(created.status).toBe(201);
  return {
    officer,
    versionId: created.body.versionId as string,
    documentId: created.body.documentId as string,
  };
}

describe('concurrent document changes (PostgreSQL)', () => {
  it('accepts one of ten identical transitions, with one event and one signature', async () => {
    const { officer, versionId } = await draft('Quy trình gửi đồng thời');
    const url = `/api/v1/document-versions/${versionId}/transitions`;
    const submitted = await together(() => officer.post(url, { action: 'submit_review', version: 1 }));
    expect(statuses(submitted)).toEqual([200, ...Array(TOGETHER - 1).fill(409)]);
    expect(await eventsOf(versionId, 'submit_review')).toBe(1);

    const head = await wide.as('x.unit_unit_head');
    const reviewed = await together(() => head.post(url, { action: 'review_approve', version: 2, ...sign }));
    expect(statuses(reviewed)).toEqual([200, ...Array(TOGETHER - 1).fill(409)]);
    expect(await eventsOf(versionId, 'review_approve')).toBe(1);
    const signatures = await ctx.database.db
      .select()
      .from(documentSignatures)
      .where(eq(documentSignatures.versionId, versionId));
    expect(signatures).toHaveLength(1);
  });

  it('puts an approved version in force once, however many readers promote it at once', async () => {
    const { officer, versionId, documentId } = await draft('Quy trình hiệu lực sau');
    const url = `/api/v1/document-versions/${versionId}/transitions`;
    await officer.post(url, { action: 'submit_review', version: 1 });
    await (await wide.as('x.unit_unit_head')).post(url, { action: 'review_approve', version: 2, ...sign });
    await (await wide.as('x.secretariat_all')).post(url, { action: 'check_approve', version: 3, ...sign });
    const approved = await (await wide.as('x.leadership_all')).post(url, {
      action: 'approve',
      version: 4,
      ...sign,
      decisionNo: '9/QĐ',
      issueDate: '2090-01-01',
      effectiveDate: '2090-02-01',
    });
    expect(approved.body.state).toBe('approved');
    const promoted = await together(() =>
      promoteDueVersions(wide.database.db, ctx.fixture.agencyX, '2090-02-01'),
    );
    expect(promoted.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await eventsOf(documentId, 'in_force')).toBe(1);
    const [doc] = await ctx.database.db.select().from(documents).where(eq(documents.id, documentId));
    expect(doc).toMatchObject({ status: 'in_force', currentVersionId: versionId });
  });

  it('opens one change request of ten for a document in force', async () => {
    const { documentId } = await seedDocument(ctx.database.db, {
      agencyId: ctx.fixture.agencyX,
      unitId: ctx.fixture.units.x1.id,
      personId: ctx.fixture.roleHolders.iso_officer,
      state: 'in_force',
    });
    const officer = await wide.as('x.unit_iso_officer');
    const requested = await together(() =>
      officer.post('/api/v1/documents/change-requests', { kind: 'revise', reason: 'Sửa', documentId }),
    );
    expect(statuses(requested)).toEqual([201, ...Array(TOGETHER - 1).fill(409)]);
    expect(await eventsOf(requested.find((r) => r.status === 201)!.body.versionId, 'request_revise')).toBe(1);
  });

  it('gives ten new documents created at once ten codes', async () => {
    const officer = await wide.as('x.unit_iso_officer');
    const created = await together((i) =>
      officer.post('/api/v1/documents/change-requests', {
        kind: 'new',
        reason: 'Mới',
        type: 'guideline',
        title: `Hướng dẫn ${i}`,
        ownerUnitId: ctx.fixture.units.x1.id,
      }),
    );
    expect(statuses(created)).toEqual(Array(TOGETHER).fill(201));
    const codes = await ctx.database.db
      .select({ code: documents.code })
      .from(documents)
      .where(sql`${documents.code} like 'HD-X1-%'`);
    expect(new Set(codes.map((c) => c.code)).size).toBe(TOGETHER);
  });
});
