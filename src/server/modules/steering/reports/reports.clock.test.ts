import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { ClockKey, ClockLevel, StatutoryClock } from '../../../../contract/steering-reports.ts';
import { newId } from '../../../db/ids.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { seedDocument } from '../../../testing/fixture-documents.ts';
import { setupTestApp } from '../../../testing/test-app.ts';
import { seedAudit } from '../../internal-audits/audit-seed.testing.ts';
import { statutoryClock } from './reports.clock.ts';
import { noDirectives, noReviewPapers, noReviews, type ReportProviders } from './reports.providers.ts';
import { steeringDeclarations, steeringReviewPacks } from './reports.table.ts';

const ctx = setupTestApp();

const secretariat = (): Actor => ({
  personId: ctx.fixture.xSecretariat,
  agencyId: ctx.fixture.agencyX,
  fullName: 'Thư ký',
  username: 'x.secretariat_all',
  unitId: ctx.fixture.units.x1.id,
  unitPath: `/${ctx.fixture.units.x1.id}/`,
  isOperator: false,
  grants: [{ role: 'secretariat', unitId: null, unitPath: null }],
  via: 'session',
});
const none: ReportProviders = { directives: noDirectives, reviews: noReviews, reviewPapers: noReviewPapers };
const level = (clock: StatutoryClock, key: ClockKey) => clock.lines.find((l) => l.key === key)!;
const levels = (clock: StatutoryClock) =>
  Object.fromEntries(clock.lines.map((l) => [l.key, l.level])) as Record<ClockKey, ClockLevel>;

/** Each line in each state, on hand-made data in far years so they do not meet. */
describe('steering reports: the statutory clock', () => {
  it('internal audit: red without a programme, amber planned, green once a unit is audited', async () => {
    const db = ctx.database.db;
    const actor = secretariat();
    expect(level(await statutoryClock(db, actor, none, '2401-06-10'), 'internalAudit').level).toBe('red');
    const ids = await seedAudit(db, ctx.fixture, { programmeYear: 2401, auditDate: '2401-09-01' });
    const planned = level(await statutoryClock(db, actor, none, '2401-06-10'), 'internalAudit');
    expect(planned.level).toBe('amber');
    expect(planned.link).toBe('/internal-audits');
    await seedAudit(db, ctx.fixture, { programmeYear: 2401, auditDate: '2401-06-01', auditState: 'done' });
    const done = level(await statutoryClock(db, actor, none, '2401-06-10'), 'internalAudit');
    expect(done.level).toBe('green');
    expect(done.text).toContain('01/06/2401');
    expect(ids.roundId).toBeTruthy();
  });

  it('management review: from the provider — held green, planned amber, none red from October', async () => {
    const db = ctx.database.db;
    const actor = secretariat();
    const review = (r: { heldOn: string | null; planned: string | null } | null): ReportProviders => ({
      directives: noDirectives,
      reviews: async () => (r ? { ...r, link: '/steering/meetings/1' } : null),
      reviewPapers: noReviewPapers,
    });
    expect(level(await statutoryClock(db, actor, review(null), '2402-03-01'), 'managementReview').level).toBe(
      'amber',
    );
    expect(level(await statutoryClock(db, actor, review(null), '2402-10-01'), 'managementReview').level).toBe(
      'red',
    );
    const planned = level(
      await statutoryClock(db, actor, review({ heldOn: null, planned: '2402-12-20' }), '2402-10-01'),
      'managementReview',
    );
    expect(planned.level).toBe('amber');
    expect(planned.link).toBe('/steering/meetings/1');
    expect(
      level(
        await statutoryClock(db, actor, review({ heldOn: '2402-06-01', planned: null }), '2402-10-01'),
        'managementReview',
      ).level,
    ).toBe('green');
  });

  it('annual report: green before November, amber in November, red in December, green once written', async () => {
    const db = ctx.database.db;
    const actor = secretariat();
    expect(level(await statutoryClock(db, actor, none, '2403-05-01'), 'annualReport').level).toBe('green');
    expect(level(await statutoryClock(db, actor, none, '2403-11-05'), 'annualReport').level).toBe('amber');
    expect(level(await statutoryClock(db, actor, none, '2403-12-05'), 'annualReport').level).toBe('red');
    const id = newId();
    await db.insert(steeringReviewPacks).values({
      id,
      agencyId: ctx.fixture.agencyX,
      title: 'Năm 2403',
      periodFrom: '2403-01-01',
      periodTo: '2403-12-31',
      narratives: {},
      createdBy: ctx.fixture.xSecretariat,
    });
    const empty = level(await statutoryClock(db, actor, none, '2403-12-05'), 'annualReport');
    expect(empty.level).toBe('red');
    expect(empty.link).toBe(`/steering/reports/${id}`);
    await db
      .update(steeringReviewPacks)
      .set({ narratives: { assessment: 'Duy trì tốt.' } })
      .where(eq(steeringReviewPacks.id, id));
    expect(level(await statutoryClock(db, actor, none, '2403-12-05'), 'annualReport').level).toBe('green');
  });

  it('declaration: red when none is signed, green when it covers the procedures in force, amber when the scope changed', async () => {
    const db = ctx.database.db;
    const actor = secretariat();
    const f = ctx.fixture;
    expect(level(await statutoryClock(db, actor, none, '2404-01-10'), 'declaration').level).toBe('red');
    const p = await seedDocument(db, {
      agencyId: f.agencyX,
      unitId: f.units.x1.id,
      personId: f.xSecretariat,
      state: 'in_force',
    });
    await db.insert(steeringDeclarations).values({
      id: newId(),
      agencyId: f.agencyX,
      state: 'signed',
      scope: [{ id: p.documentId, code: p.version.title, title: p.version.title }],
      declaredOn: '2404-01-05',
      signerName: 'Lãnh đạo',
      signerPosition: 'Thứ trưởng',
      createdBy: f.xSecretariat,
    });
    const green = level(await statutoryClock(db, actor, none, '2404-01-10'), 'declaration');
    expect(green.level).toBe('green');
    await seedDocument(db, {
      agencyId: f.agencyX,
      unitId: f.units.x2.id,
      personId: f.xSecretariat,
      state: 'in_force',
    });
    const amber = level(await statutoryClock(db, actor, none, '2404-01-10'), 'declaration');
    expect(amber.level).toBe('amber');
    expect(amber.text).toContain('thêm 1');
    expect(amber.link).toBe('/steering/reports/declarations');
  });

  it('directives: red when the provider says one is overdue, green otherwise', async () => {
    const db = ctx.database.db;
    const actor = secretariat();
    const directives = (overdue: number): ReportProviders => ({
      reviews: noReviews,
      reviewPapers: noReviewPapers,
      directives: async () => ({
        total: 3,
        done: 1,
        open: 2,
        overdue,
        link: '/steering/directives',
        items: [],
      }),
    });
    const red = level(await statutoryClock(db, actor, directives(1), '2405-04-01'), 'directives');
    expect(red.level).toBe('red');
    expect(red.link).toBe('/steering/directives');
    expect(level(await statutoryClock(db, actor, directives(0), '2405-04-01'), 'directives').level).toBe(
      'green',
    );
    expect(levels(await statutoryClock(db, actor, none, '2405-04-01')).directives).toBe('green');
  });

  it('is for the agency-wide secretariat and leadership only', async () => {
    const db = ctx.database.db;
    const staff = {
      ...secretariat(),
      grants: [{ role: 'staff' as const, unitId: ctx.fixture.units.x1.id, unitPath: '/' }],
    };
    await expect(statutoryClock(db, staff, none, '2405-04-01')).rejects.toMatchObject({ status: 404 });
    const leadership = {
      ...secretariat(),
      grants: [{ role: 'leadership' as const, unitId: null, unitPath: null }],
    };
    expect((await statutoryClock(db, leadership, none, '2405-04-01')).lines).toHaveLength(5);
  });
});
