import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../testing/test-app.ts';
import { setupWideApp, TOGETHER, together } from '../../../testing/wide-app.ts';
import { seedProcedure } from '../../cases/cases.fixture.ts';
import { nonconformities } from '../../nonconformities/nonconformities.table.ts';
import { seedAudit } from '../audit-seed.testing.ts';
import { findingsOfNonconformity } from '../index.ts';

const ctx = setupTestApp();
const wide = setupWideApp(ctx);
const base = '/api/v1/internal-audits';

const running = (unitId?: string, procedureIds: string[] = []) =>
  seedAudit(ctx.database.db, ctx.fixture, {
    roundState: 'in_progress',
    auditState: 'in_progress',
    unitId,
    procedureIds,
  });

const minor = {
  kind: 'minor',
  clause: '7.5.3',
  description: 'Ba hồ sơ công việc không được lập khi bắt đầu công việc.',
  evidence: 'Hồ sơ 2018-0012, 2018-0031, 2018-0044 lập sau ngày kết thúc.',
};

describe('internal audit: findings', () => {
  it('a minor nonconformity becomes a nonconformity record, linked both ways, once', async () => {
    const f = ctx.fixture;
    const p = await seedProcedure(ctx.database.db, {
      agencyId: f.agencyX,
      unitId: f.units.x2.id,
      personId: f.x2Staff,
    });
    const ids = await running(undefined, [p.documentId]);
    const auditor = await ctx.as('x.unit_internal_auditor');
    const made = await auditor.post(`${base}/round-audits/${ids.auditId}/findings`, {
      ...minor,
      procedureDocumentId: p.documentId,
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body).toMatchObject({ seq: 1, state: 'open', can: { handOver: true, respond: false } });
    const handed = await auditor.post(`${base}/findings/${made.body.id}/hand-over`, {
      version: made.body.version,
    });
    expect(handed.status, JSON.stringify(handed.body)).toBe(200);
    expect(handed.body.state).toBe('handed_over');
    expect(handed.body.nonconformity.code).toMatch(/^KPH-\d{4}-\d{3}$/);
    const [nc] = await ctx.database.db
      .select()
      .from(nonconformities)
      .where(eq(nonconformities.id, handed.body.nonconformity.id));
    expect(nc).toMatchObject({
      source: 'internal_audit',
      grade: 'minor',
      clause: '7.5.3',
      unitId: f.units.x2.id,
      procedureDocumentId: p.documentId,
      origin: { type: 'audit_finding', id: made.body.id },
    });
    expect(nc.requirement).toContain('Điều 7.5.3 TCVN ISO 9001:2015');
    expect(await findingsOfNonconformity(ctx.database.db, f.agencyX, nc.id)).toEqual([
      { id: made.body.id, seq: 1, roundId: ids.roundId },
    ]);
    // Once only; and only nonconformities are handed over.
    const again = await auditor.post(`${base}/findings/${made.body.id}/hand-over`, {
      version: handed.body.version,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('internal_audit.finding_not_open');
    const good = await auditor.post(`${base}/round-audits/${ids.auditId}/findings`, {
      kind: 'conformity',
      description: 'Tiếp nhận đúng hạn.',
    });
    expect(good.body.seq).toBe(2);
    const refused = await auditor.post(`${base}/findings/${good.body.id}/hand-over`, {
      version: good.body.version,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('internal_audit.not_a_nonconformity');
    // Bad input names the field; nothing recorded.
    const bad = await auditor.post(`${base}/round-audits/${ids.auditId}/findings`, {
      kind: 'huge',
      description: '',
      procedureDocumentId: ctx.fixture.units.x1.id,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'description',
      'kind',
    ]);
    const outside = await auditor.post(`${base}/round-audits/${ids.auditId}/findings`, {
      ...minor,
      procedureDocumentId: ctx.fixture.units.x1.id,
    });
    expect(outside.status).toBe(400);
    expect(outside.body.error.details[0].path).toBe('procedureDocumentId');
    expect((await auditor.get(`${base}/round-audits/${ids.auditId}/findings`)).body.items).toHaveLength(2);
  });

  it('only the audited unit answers; a dispute needs a reason', async () => {
    const ids = await running(ctx.fixture.units.x1.id);
    const auditor = await ctx.as('x.unit_internal_auditor');
    const made = await auditor.post(`${base}/round-audits/${ids.auditId}/findings`, minor);
    const id = made.body.id;
    const head = await ctx.as('x.unit_unit_head');
    const noReason = await head.post(`${base}/findings/${id}/respond`, {
      version: made.body.version,
      response: 'disputed',
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details[0].path).toBe('reason');
    expect((await head.get(`${base}/findings/${id}`)).body.response).toBeNull();
    const blank = await head.post(`${base}/findings/${id}/respond`, {
      version: made.body.version,
      response: 'disputed',
      reason: '   ',
    });
    expect(blank.status).toBe(400);
    const disputed = await head.post(`${base}/findings/${id}/respond`, {
      version: made.body.version,
      response: 'disputed',
      reason: 'Hai trong ba hồ sơ đã lập đúng ngày, có sổ đăng ký.',
    });
    expect(disputed.status, JSON.stringify(disputed.body)).toBe(200);
    expect(disputed.body).toMatchObject({ response: 'disputed', respondedBy: { name: expect.any(String) } });
    // The auditor does not answer for the unit; staff of the unit do not see it.
    expect(
      (
        await auditor.post(`${base}/findings/${id}/respond`, {
          version: disputed.body.version,
          response: 'acknowledged',
        })
      ).status,
    ).toBe(403);
    const staff = await ctx.as('x.unit_staff');
    expect(
      (
        await staff.post(`${base}/findings/${id}/respond`, {
          version: disputed.body.version,
          response: 'acknowledged',
        })
      ).status,
    ).toBe(404);
    const officer = await ctx.as('x.unit_iso_officer');
    const acknowledged = await officer.post(`${base}/findings/${id}/respond`, {
      version: disputed.body.version,
      response: 'acknowledged',
    });
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body.responseReason).toBeNull();
    // The head's own view lists it.
    const mine = await head.get(`${base}/unit-findings`);
    expect(mine.body.items.map((i: { id: string }) => i.id)).toContain(id);

    // X1's head is not the auditee of Vụ Hai's audit: 404.
    const other = await running();
    const there = await auditor.post(`${base}/round-audits/${other.auditId}/findings`, minor);
    expect(
      (await head.post(`${base}/findings/${there.body.id}/respond`, { version: 1, response: 'acknowledged' }))
        .status,
    ).toBe(404);
    expect(
      (await head.get(`${base}/unit-findings`)).body.items.map((i: { id: string }) => i.id),
    ).not.toContain(there.body.id);
  });

  it('hands a finding over from ten connections at once: exactly one nonconformity', async () => {
    const ids = await running();
    const auditor = await ctx.as('x.unit_internal_auditor');
    const made = await auditor.post(`${base}/round-audits/${ids.auditId}/findings`, {
      ...minor,
      kind: 'major',
    });
    const w = await wide.as('x.unit_internal_auditor');
    const answers = await together(() =>
      w.post(`${base}/findings/${made.body.id}/hand-over`, { version: made.body.version }),
    );
    expect(answers.filter((r) => r.status === 200)).toHaveLength(1);
    expect(answers.filter((r) => r.status === 409)).toHaveLength(TOGETHER - 1);
    const raised = await ctx.database.db
      .select({ id: nonconformities.id })
      .from(nonconformities)
      .where(
        and(eq(nonconformities.agencyId, ctx.fixture.agencyX), eq(nonconformities.source, 'internal_audit')),
      );
    const linked = await findingsOfNonconformity(
      ctx.database.db,
      ctx.fixture.agencyX,
      answers.find((r) => r.status === 200)?.body.nonconformity.id,
    );
    expect(linked).toHaveLength(1);
    const ofThis = [];
    for (const r of raised)
      if (
        (await findingsOfNonconformity(ctx.database.db, ctx.fixture.agencyX, r.id)).some(
          (x) => x.id === made.body.id,
        )
      )
        ofThis.push(r);
    expect(ofThis).toHaveLength(1);
    const origins = await ctx.database.db.select({ origin: nonconformities.origin }).from(nonconformities);
    expect(origins.filter((o) => (o.origin as { id?: string } | null)?.id === made.body.id)).toHaveLength(1);
  });
});
