import { and, eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../../platform/audit/audit.table.ts';
import { FIXTURE_PASSWORD } from '../../../testing/fixture.ts';
import { setupTestApp } from '../../../testing/test-app.ts';
import { setupWideApp, statuses, TOGETHER, together } from '../../../testing/wide-app.ts';
import { recordFiles } from '../../records/records.table.ts';
import { seedEntries, seedProcedure } from '../cases.fixture.ts';
import { workCases } from '../cases.table.ts';

// Numbers handed out at once never repeat; one change fired from TOGETHER connections happens once.
const ctx = setupTestApp();
const wide = setupWideApp(ctx);

const x1 = () => ctx.fixture.units.x1.id;
const eventsOf = async (entityIds: string[], action: string) =>
  (
    await ctx.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(and(inArray(auditEvents.entityId, entityIds), eq(auditEvents.action, action)))
  )[0].n;

describe('concurrent numbering and changes in cases and records (PostgreSQL)', () => {
  it('gives ten cases started at once ten case numbers and ten file codes', async () => {
    const procedure = await seedProcedure(ctx.database.db, {
      agencyId: ctx.fixture.agencyX,
      unitId: x1(),
      personId: ctx.fixture.roleHolders.iso_officer,
    });
    await seedEntries(ctx.database.db, {
      agencyId: ctx.fixture.agencyX,
      unitId: x1(),
      year: 2019,
      documentId: procedure.documentId,
      count: 1,
    });
    const staff = await wide.as('x.unit_staff');
    const started = await together((i) =>
      staff.post('/api/v1/cases', {
        procedureDocumentId: procedure.documentId,
        title: `Hồ sơ đồng thời ${i}`,
        startDate: '2019-04-02',
      }),
    );
    expect(statuses(started)).toEqual(Array(TOGETHER).fill(201));
    const cases = await ctx.database.db
      .select({ code: workCases.code, fileCode: recordFiles.fileCode })
      .from(workCases)
      .innerJoin(recordFiles, eq(recordFiles.id, workCases.fileId))
      .where(sql`${workCases.code} like '2019-%'`);
    expect(new Set(cases.map((c) => c.code)).size).toBe(TOGETHER);
    expect(new Set(cases.map((c) => c.fileCode)).size).toBe(TOGETHER);
  });

  it('gives ten files opened at once ten codes', async () => {
    const staff = await wide.as('x.unit_staff');
    const opened = await together((i) =>
      staff.post('/api/v1/record-files', {
        unitId: x1(),
        startDate: '2015-06-01',
        title: `Hồ sơ ngoài danh mục ${i}`,
        retentionYears: 5,
        ownerPersonId: ctx.fixture.roleHolders.staff,
      }),
    );
    expect(statuses(opened)).toEqual(Array(TOGETHER).fill(201));
    expect(new Set(opened.map((r) => r.body.fileCode)).size).toBe(TOGETHER);
  });

  it('cancels a case once when ten cancellations arrive together', async () => {
    const procedure = await seedProcedure(ctx.database.db, {
      agencyId: ctx.fixture.agencyX,
      unitId: x1(),
      personId: ctx.fixture.roleHolders.iso_officer,
    });
    const staff = await wide.as('x.unit_staff');
    const started = await staff.post('/api/v1/cases', {
      procedureDocumentId: procedure.documentId,
      title: 'Hồ sơ hủy đồng thời',
      startDate: '2020-04-02',
    });
    const head = await wide.as('x.unit_unit_head');
    const { version } = (await head.get(`/api/v1/cases/${started.body.id}`)).body;
    const cancelled = await together(() =>
      head.post(`/api/v1/cases/${started.body.id}/cancel`, { version, reason: 'Trùng' }),
    );
    expect(statuses(cancelled)).toEqual([200, ...Array(TOGETHER - 1).fill(409)]);
    expect(await eventsOf([started.body.id], 'cancel')).toBe(1);
  });

  it('approves a records catalogue once when ten approvals arrive together', async () => {
    const officer = await wide.as('x.unit_iso_officer');
    const created = await officer.post('/api/v1/records-catalogues', { unitId: x1(), year: 2050 });
    await officer.post(`/api/v1/records-catalogues/${created.body.id}/transitions`, {
      action: 'submit',
      version: 1,
    });
    const head = await wide.as('x.unit_unit_head');
    const approved = await together(() =>
      head.post(`/api/v1/records-catalogues/${created.body.id}/transitions`, {
        action: 'approve',
        version: 2,
        password: FIXTURE_PASSWORD,
      }),
    );
    expect(statuses(approved)).toEqual([200, ...Array(TOGETHER - 1).fill(409)]);
    expect(await eventsOf([created.body.id], 'approve')).toBe(1);
  });
});
