import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../../platform/audit/audit.table.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { FIXTURE_PASSWORD } from '../../../testing/fixture.ts';
import { seedDocument } from '../../../testing/fixture-documents.ts';
import { setupTestApp } from '../../../testing/test-app.ts';
import { workingCalendarFor } from '../../calendar/calendar.service.ts';
import { documentSignatures, documents, documentVersions } from '../documents.table.ts';
import { addMonths } from '../documents.transition.ts';

const ctx = setupTestApp();
const today = todayInVietnam();
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A document in force (effective 01/01/2017) of a unit of X, due for review on `nextReviewDate`. */
async function inForce(unit: 'x1' | 'x2', nextReviewDate: string | null) {
  const seeded = await seedDocument(ctx.database.db, {
    agencyId: ctx.fixture.agencyX,
    unitId: ctx.fixture.units[unit].id,
    personId: ctx.fixture.xSecretariat,
    state: 'in_force',
  });
  await ctx.database.db.update(documents).set({ nextReviewDate }).where(eq(documents.id, seeded.documentId));
  return seeded;
}
const documentRow = async (id: string) =>
  (await ctx.database.db.select().from(documents).where(eq(documents.id, id)))[0];

describe('reviews due', () => {
  it('lists overdue and soon-due documents to those who follow them, in working days too', async () => {
    const overdue = await inForce('x1', addDays(today, -10));
    const soon = await inForce('x1', addDays(today, 20));
    await inForce('x1', addDays(today, 100));
    const otherUnit = await inForce('x2', addDays(today, -3));
    const head = await ctx.as('x.unit_unit_head');
    const listed = await head.get('/api/v1/documents/reviews/due?within=30&pageSize=100');
    expect(listed.status).toBe(200);
    const ids = listed.body.items.map((i: { documentId: string }) => i.documentId);
    expect(ids).toContain(overdue.documentId);
    expect(ids).toContain(soon.documentId);
    expect(ids).not.toContain(otherUnit.documentId);
    expect(ids.indexOf(overdue.documentId)).toBeLessThan(ids.indexOf(soon.documentId));
    expect(listed.body.items).toHaveLength(2);
    const calendar = await workingCalendarFor(
      ctx.database.db,
      ctx.fixture.agencyX,
      addDays(today, -10),
      today,
    );
    expect(listed.body.items[0]).toMatchObject({
      documentId: overdue.documentId,
      overdue: true,
      daysRemaining: -10,
      workingDaysRemaining: calendar.countWorkingDays(today, addDays(today, -10)),
      changeInProgress: false,
      canReview: true,
      issueNo: 1,
    });
    expect(listed.body.items[0].workingDaysRemaining).toBeLessThan(0);
    expect(listed.body.items[1]).toMatchObject({ overdue: false, daysRemaining: 20 });

    const secretariat = await ctx.as('x.secretariat_all');
    const all = (await secretariat.get('/api/v1/documents/reviews/due?within=0&pageSize=100')).body;
    expect(all.items.map((i: { documentId: string }) => i.documentId)).toEqual([
      overdue.documentId,
      otherUnit.documentId,
    ]);
    const officer = await ctx.as('x.unit_iso_officer');
    const officerView = (await officer.get('/api/v1/documents/reviews/due')).body.items;
    expect(officerView.every((i: { canReview: boolean }) => !i.canReview)).toBe(true);
    expect((await (await ctx.as('x.unit_staff')).get('/api/v1/documents/reviews/due')).status).toBe(403);
    const bad = await head.get('/api/v1/documents/reviews/due?within=-1');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('within');
  });
});

describe('periodic review', () => {
  it('records "no change needed" as a signature and moves the next review date on', async () => {
    const { documentId, versionId } = await inForce('x1', addDays(today, -5));
    const head = await ctx.as('x.unit_unit_head');
    const before = await documentRow(documentId);
    const wrong = await head.post(`/api/v1/documents/${documentId}/reviews`, {
      outcome: 'no_change',
      version: before.version,
      password: 'sai-mat-khau',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0].path).toBe('password');
    expect(await documentRow(documentId)).toEqual(before);
    expect((await head.get(`/api/v1/documents/${documentId}/reviews`)).body).toEqual([]);
    const signatures = () =>
      ctx.database.db.select().from(documentSignatures).where(eq(documentSignatures.versionId, versionId));
    expect(await signatures()).toEqual([]);

    const done = await head.post(`/api/v1/documents/${documentId}/reviews`, {
      outcome: 'no_change',
      version: before.version,
      password: FIXTURE_PASSWORD,
      comment: 'Quy trình vẫn phù hợp với quy định hiện hành',
    });
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({
      versionId,
      outcome: 'no_change',
      comment: 'Quy trình vẫn phù hợp với quy định hiện hành',
      reviewerName: 'Người thử x.unit_unit_head',
      signature: { signerName: 'Người thử x.unit_unit_head' },
      changeVersionId: null,
    });
    const [signature] = await signatures();
    expect(signature).toMatchObject({
      meaning: 'periodic_review',
      signerId: ctx.fixture.roleHolders.unit_head,
    });
    const [version] = await ctx.database.db
      .select()
      .from(documentVersions)
      .where(eq(documentVersions.id, versionId));
    expect(signature.contentHash).toBe(version.contentHash);
    const after = await documentRow(documentId);
    expect(after.nextReviewDate).toBe(addMonths(today, 12));
    expect(after.version).toBe(before.version + 1);
    const log = (await (await ctx.as('x2.staff')).get(`/api/v1/documents/${documentId}/reviews`)).body;
    expect(log).toEqual([done.body]);
    const [event] = await ctx.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, documentId), eq(auditEvents.action, 'periodic_review')));
    expect(event.changes).toMatchObject({
      outcome: { to: 'no_change' },
      nextReviewDate: { from: addDays(today, -5), to: addMonths(today, 12) },
    });

    const stale = await head.post(`/api/v1/documents/${documentId}/reviews`, {
      outcome: 'no_change',
      version: before.version,
      password: FIXTURE_PASSWORD,
    });
    expect(stale.status).toBe(409);
    expect(await signatures()).toHaveLength(1);
  });

  it('opens a revision when a change is requested, once', async () => {
    const { documentId, versionId } = await inForce('x1', addDays(today, -1));
    const secretariat = await ctx.as('x.secretariat_all');
    const { version } = await documentRow(documentId);
    const reason = 'Nghị định mới thay đổi thời hạn giải quyết';
    const requested = await secretariat.post(`/api/v1/documents/${documentId}/reviews`, {
      outcome: 'change_requested',
      version,
      reason,
    });
    expect(requested.status).toBe(201);
    expect(requested.body).toMatchObject({
      outcome: 'change_requested',
      versionId,
      comment: reason,
      signature: null,
    });
    const draft = (await secretariat.get(`/api/v1/document-versions/${requested.body.changeVersionId}`)).body;
    expect(draft).toMatchObject({
      documentId,
      state: 'draft',
      changeKind: 'revise',
      changeReason: reason,
      issueNo: 2,
    });
    const due = (await secretariat.get('/api/v1/documents/reviews/due?pageSize=100')).body.items;
    expect(due.find((i: { documentId: string }) => i.documentId === documentId).changeInProgress).toBe(true);

    const again = await secretariat.post(`/api/v1/documents/${documentId}/reviews`, {
      outcome: 'change_requested',
      version: version + 1,
      reason,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('document.change_in_progress');
    expect((await secretariat.get(`/api/v1/documents/${documentId}/reviews`)).body).toHaveLength(1);
    expect((await documentRow(documentId)).version).toBe(version + 1);
  });

  it('lets only the unit head and the secretariat review, and only documents in force', async () => {
    const { documentId } = await inForce('x1', today);
    const { version } = await documentRow(documentId);
    const body = { outcome: 'change_requested', version, reason: 'Thử' };
    for (const username of ['x.unit_iso_officer', 'x.unit_staff', 'x2.staff', 'x.leadership_all']) {
      const client = await ctx.as(username);
      expect((await client.post(`/api/v1/documents/${documentId}/reviews`, body)).status, username).toBe(403);
    }
    expect(
      (await (await ctx.as('y.admin')).post(`/api/v1/documents/${documentId}/reviews`, body)).status,
    ).toBe(404);
    const missing = await (await ctx.as('x.unit_unit_head')).post(`/api/v1/documents/${documentId}/reviews`, {
      outcome: 'change_requested',
      version,
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details[0].path).toBe('reason');
    const draft = await seedDocument(ctx.database.db, {
      agencyId: ctx.fixture.agencyX,
      unitId: ctx.fixture.units.x1.id,
      personId: ctx.fixture.xSecretariat,
      state: 'draft',
    });
    const notInForce = await (await ctx.as('x.secretariat_all')).post(
      `/api/v1/documents/${draft.documentId}/reviews`,
      {
        ...body,
        version: 1,
      },
    );
    expect(notInForce.status).toBe(409);
    expect(notInForce.body.error.code).toBe('document.not_in_force');
    expect(
      (await (await ctx.as('x2.staff')).get(`/api/v1/documents/${draft.documentId}/reviews`)).status,
    ).toBe(404);
  });
});

describe('review interval', () => {
  it('is set by the secretariat (1–60 months) and re-dates the next review', async () => {
    const { documentId } = await inForce('x1', '2018-01-01');
    const secretariat = await ctx.as('x.secretariat_all');
    const { version } = await documentRow(documentId);
    for (const months of [0, 61, 1.5]) {
      const bad = await secretariat.patch(`/api/v1/documents/${documentId}/review-interval`, {
        version,
        reviewIntervalMonths: months,
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.details[0].path).toBe('reviewIntervalMonths');
    }
    const head = await ctx.as('x.unit_unit_head');
    expect(
      (
        await head.patch(`/api/v1/documents/${documentId}/review-interval`, {
          version,
          reviewIntervalMonths: 6,
        })
      ).status,
    ).toBe(403);
    const set = await secretariat.patch(`/api/v1/documents/${documentId}/review-interval`, {
      version,
      reviewIntervalMonths: 6,
    });
    expect(set.status).toBe(200);
    // From the effective date of the version in force (01/01/2017), not yet reviewed.
    expect(set.body).toMatchObject({ reviewIntervalMonths: 6, nextReviewDate: '2017-07-01' });
    const stale = await secretariat.patch(`/api/v1/documents/${documentId}/review-interval`, {
      version,
      reviewIntervalMonths: 24,
    });
    expect(stale.status).toBe(409);
    await head.post(`/api/v1/documents/${documentId}/reviews`, {
      outcome: 'no_change',
      version: version + 1,
      password: FIXTURE_PASSWORD,
    });
    const reviewed = await secretariat.patch(`/api/v1/documents/${documentId}/review-interval`, {
      version: version + 2,
      reviewIntervalMonths: 24,
    });
    expect(reviewed.body).toMatchObject({ reviewIntervalMonths: 24, nextReviewDate: addMonths(today, 24) });
  });
});
