import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HomeSummary, QmsFigures } from '../../../contract/home.ts';
import { paths } from '../../../web/app/paths.ts';
import { qmsLink } from '../../../web/modules/home/qmsLink.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { seedDocument } from '../../testing/fixture-documents.ts';
import { setupTestApp } from '../../testing/test-app.ts';
import { workCases } from '../cases/cases.table.ts';
import { seedCase } from '../cases/measures/measures.testing.ts';
import { documents, documentVersions } from '../documents/documents.table.ts';

const ctx = setupTestApp();
const today = todayInVietnam();
const year = today.slice(0, 4);
/** A day of this year before today (1 January when today is early in January). */
const earlier = (days: number) => {
  const d = new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
  return d < `${year}-01-01` ? `${year}-01-01` : d;
};

async function home(username: string): Promise<HomeSummary> {
  const response = await (await ctx.as(username)).get('/api/v1/home');
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

beforeAll(async () => {
  const db = ctx.database.db;
  const f = ctx.fixture;
  const x1 = f.units.x1.id;
  const x2 = f.units.x2.id;
  const { documentId: procedure, versionId: procedureVersion } = await seedDocument(db, {
    agencyId: f.agencyX,
    unitId: x1,
    personId: f.xSecretariat,
    state: 'in_force',
  });
  const base = { agencyId: f.agencyX, procedureId: procedure, personId: f.xSecretariat };
  // X1: one case finished on time, one finished late, one open with a step overdue and no file at start.
  await seedCase(db, {
    ...base,
    unitId: x1,
    start: earlier(3),
    closed: earlier(3),
    steps: [{ done: earlier(3) }],
  });
  await seedCase(db, {
    ...base,
    unitId: x1,
    start: earlier(3),
    closed: earlier(2),
    steps: [{ done: earlier(2), daysLate: 1 }],
  });
  const overdue = await seedCase(db, {
    ...base,
    unitId: x1,
    start: earlier(3),
    file: null,
    steps: [{ state: 'active', due: earlier(1) }],
  });
  expect(overdue.caseId).toBeTruthy();
  // Rows that must not count in X1's figures: a sub-unit's overdue case without a file at start,
  // a cancelled case without a file, a case started last year without a file.
  await seedCase(db, {
    ...base,
    unitId: ctx.fixture.units.x1a.id,
    start: earlier(3),
    file: null,
    steps: [{ state: 'active', due: earlier(1) }],
  });
  await seedCase(db, { ...base, unitId: x1, start: earlier(3), file: null, state: 'cancelled' });
  await seedCase(db, {
    ...base,
    unitId: x1,
    start: `${Number(year) - 1}-06-03`,
    file: null,
    closed: `${Number(year) - 1}-06-05`,
    steps: [{ done: `${Number(year) - 1}-06-05` }],
  });
  // The cases list shows a case with the procedure version it runs.
  await db
    .update(workCases)
    .set({ procedureVersionId: procedureVersion })
    .where(eq(workCases.procedureDocumentId, procedure));
  // X1A: a version waiting for approval (not X1's).
  const below = await seedDocument(db, {
    agencyId: f.agencyX,
    unitId: ctx.fixture.units.x1a.id,
    personId: f.xSecretariat,
    state: 'draft',
  });
  await db
    .update(documentVersions)
    .set({ state: 'submitted' })
    .where(eq(documentVersions.id, below.versionId));
  // X2: a version waiting for leadership's approval and a document whose review is overdue.
  const waiting = await seedDocument(db, {
    agencyId: f.agencyX,
    unitId: x2,
    personId: f.xSecretariat,
    state: 'draft',
  });
  await db
    .update(documentVersions)
    .set({ state: 'submitted' })
    .where(eq(documentVersions.id, waiting.versionId));
  const review = await seedDocument(db, {
    agencyId: f.agencyX,
    unitId: x2,
    personId: f.xSecretariat,
    state: 'in_force',
  });
  await db
    .update(documents)
    .set({ nextReviewDate: earlier(1) })
    .where(eq(documents.id, review.documentId));
  // The procedure's own review is not due.
  await db
    .update(documents)
    .set({ nextReviewDate: `${Number(year) + 1}-01-01` })
    .where(eq(documents.id, procedure));
});

describe('the leadership home: the QMS by unit', () => {
  it('gives leadership every unit with its on-time rate, overdue steps, approvals waiting, reviews overdue and files not opened', async () => {
    const { qms } = await home('x.leadership_all');
    expect(qms).not.toBeNull();
    expect(qms?.from).toBe(`${year}-01-01`);
    expect(qms?.to).toBe(today);
    const unit = (id: string) => qms?.units.find((u) => u.unitId === id);
    expect(unit(ctx.fixture.units.x1.id)).toMatchObject({
      onTimeRate: 0.5,
      finished: 2,
      overdueSteps: 1,
      notOpenedAtStart: 1,
      started: 3,
      awaitingApproval: 0,
      reviewsOverdue: 0,
    });
    expect(unit(ctx.fixture.units.x2.id)).toMatchObject({
      finished: 0,
      onTimeRate: null,
      overdueSteps: 0,
      awaitingApproval: 1,
      reviewsOverdue: 1,
    });
    expect(qms?.totals).toMatchObject({
      onTimeRate: 0.5,
      overdueSteps: 2,
      awaitingApproval: 2,
      reviewsOverdue: 1,
      notOpenedAtStart: 2,
    });
    // Another agency's units never show.
    expect(qms?.units.some((u) => u.unitId === ctx.fixture.units.y1.id)).toBe(false);
  });

  it("shows a unit head their unit's subtree, and staff no QMS view", async () => {
    const head = await home('x.unit_unit_head');
    expect(head.qms?.units.map((u) => u.unitId)).not.toContain(ctx.fixture.units.x2.id);
    expect(head.qms?.units.map((u) => u.unitId)).toContain(ctx.fixture.units.x1.id);
    // X1A's version waiting for approval is in the head's subtree.
    expect(head.qms?.totals.awaitingApproval).toBe(1);
    expect((await home('x.unit_staff')).qms).toBeNull();
  });

  it('opens from each figure of a unit, and from the totals, the list of exactly the rows it counts', async () => {
    const apiOf = (link: string) => {
      const [path, query] = link.split('?');
      const api = { [paths.cases]: '/api/v1/cases', [paths.documents]: '/api/v1/documents' }[path];
      expect(api, link).toBeDefined();
      return `${api}?${query}&pageSize=100`;
    };
    for (const username of ['x.leadership_all', 'x.secretariat_all']) {
      const { qms } = await home(username);
      if (!qms) throw new Error('no QMS view');
      // Leadership now reads every case in the list (read only), so the figures open lists.
      expect(qms.overdueList).toBe('cases');
      const client = await ctx.as(username);
      const counted = ['overdueSteps', 'awaitingApproval', 'reviewsOverdue', 'notOpenedAtStart'] as const;
      const rows: Array<[QmsFigures, string | undefined]> = [
        ...qms.units.map((u): [QmsFigures, string] => [u, u.unitId]),
        [qms.totals, undefined],
      ];
      for (const [figures, unitId] of rows) {
        for (const key of counted) {
          const link = qmsLink(key, qms, unitId);
          const list = await client.get(apiOf(link));
          expect(list.status, link).toBe(200);
          expect(list.body.total, `${username} ${key} ${link}`).toBe(figures[key]);
          expect(list.body.items.length, link).toBe(figures[key]);
        }
      }
    }
    // The figures checked are not all zero: X1 has one of each case figure, X2 of each document one.
    const x1 = (await home('x.leadership_all')).qms?.units.find((u) => u.unitId === ctx.fixture.units.x1.id);
    expect(x1).toMatchObject({ overdueSteps: 1, notOpenedAtStart: 1 });
  });

  it('gives the cases list the filters: a unit alone, overdue, started in a period without a file at start', async () => {
    const client = await ctx.as('x.secretariat_all');
    const x1 = ctx.fixture.units.x1.id;
    const total = async (query: string) => {
      const list = await client.get(`/api/v1/cases?${query}`);
      expect(list.status, query).toBe(200);
      return list.body.total as number;
    };
    expect(await total(`overdue=true&unitId=${x1}`)).toBe(2);
    expect(await total(`overdue=true&unitId=${x1}&subunits=false`)).toBe(1);
    expect(await total(`fileOpenedAtStart=false&unitId=${x1}&subunits=false`)).toBe(2);
    expect(
      await total(
        `fileOpenedAtStart=false&unitId=${x1}&subunits=false&startedFrom=${year}-01-01&startedTo=${today}`,
      ),
    ).toBe(1);
    const bad = await client.get('/api/v1/cases?startedFrom=31/12/2026');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('startedFrom');
  });

  it('gives the documents list the filters: awaiting approval, review overdue', async () => {
    const client = await ctx.as('x.leadership_all');
    const x2 = ctx.fixture.units.x2.id;
    const list = async (query: string) => (await client.get(`/api/v1/documents?${query}`)).body;
    expect((await list(`pendingState=submitted&ownerUnitId=${x2}`)).total).toBe(1);
    expect((await list(`reviewOverdue=true&ownerUnitId=${x2}`)).total).toBe(1);
    expect((await list('reviewOverdue=true')).items.map((d: { code: string }) => d.code)).toHaveLength(1);
    expect((await client.get('/api/v1/documents?pendingState=draft')).status).toBe(400);
  });
});
