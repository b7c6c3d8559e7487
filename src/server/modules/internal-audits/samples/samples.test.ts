import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { addDays, todayInVietnam } from '../../../platform/time.ts';
import { setupTestApp } from '../../../testing/test-app.ts';
import { seedCase, seedEntries, seedProcedure } from '../../cases/cases.fixture.ts';
import { workCases } from '../../cases/cases.table.ts';
import { seedFile } from '../../records/files/files.testing.ts';
import { recordFiles } from '../../records/records.table.ts';
import { seedAudit } from '../audit-seed.testing.ts';
import { internalAuditSamples } from '../sample.table.ts';
import { yearBefore } from './samples.service.ts';

const ctx = setupTestApp();
const base = '/api/v1/internal-audits';
const today = todayInVietnam();

async function world() {
  const f = ctx.fixture;
  const db = ctx.database.db;
  const x2 = f.units.x2.id;
  const proc = (unitId = x2) => seedProcedure(db, { agencyId: f.agencyX, unitId, personId: f.x2Staff });
  const p = await proc();
  const q = await proc();
  const kase = async (
    procedure: { documentId: string; versionId: string },
    startDate: string,
    unitId = x2,
  ) => {
    const c = await seedCase(db, { agencyId: f.agencyX, unitId, startedBy: f.x2Staff, procedure });
    await db.update(workCases).set({ startDate }).where(eq(workCases.id, c.id));
    return c.id;
  };
  // The default period: the 12 months up to the audit (today), not the programme's year (2018).
  const ago = (days: number) => addDays(today, -days);
  const cases = {
    march: await kase(p, ago(280)),
    june: await kase(p, ago(190)),
    lastYear: await kase(p, addDays(yearBefore(today), -1)),
    otherProcedure: await kase(q, ago(220)),
    otherUnit: await kase(p, ago(250), f.units.x1.id),
  };
  const [entryId] = await seedEntries(db, {
    agencyId: f.agencyX,
    unitId: x2,
    year: 2018,
    documentId: p.documentId,
    count: 1,
  });
  const file = async (startDate: string, entry: string | null) => {
    const id = await seedFile(db, { agencyId: f.agencyX, unitId: x2, startDate });
    await db.update(recordFiles).set({ catalogueEntryId: entry }).where(eq(recordFiles.id, id));
    return id;
  };
  const files = {
    ofProcedure: await file(ago(300), entryId),
    notOfProcedure: await file(ago(300), null),
    lastYear: await file(ago(400), entryId),
  };
  const ids = await seedAudit(db, f, { procedureIds: [p.documentId], programmeYear: 2018, auditDate: today });
  return { p, q, cases, files, ids };
}

describe('internal audit: samples of real work', () => {
  it('samples only that procedure’s cases and files of the audited unit within the period', async () => {
    const w = await world();
    const auditor = await ctx.as('x.unit_internal_auditor');
    const url = `${base}/round-audits/${w.ids.auditId}`;
    const candidates = await auditor.get(
      `${url}/sample-candidates?procedureDocumentId=${w.p.documentId}&kind=case`,
    );
    expect(candidates.status, JSON.stringify(candidates.body)).toBe(200);
    expect(candidates.body).toMatchObject({ from: yearBefore(today), to: today });
    expect(candidates.body.items.map((c: { id: string }) => c.id).sort()).toEqual(
      [w.cases.march, w.cases.june].sort(),
    );
    const files = await auditor.get(
      `${url}/sample-candidates?procedureDocumentId=${w.p.documentId}&kind=record_file`,
    );
    expect(files.body.items.map((c: { id: string }) => c.id)).toEqual([w.files.ofProcedure]);

    // Chosen by the auditor: outside the procedure, the unit or the period is refused, nothing kept.
    for (const outside of [w.cases.lastYear, w.cases.otherProcedure, w.cases.otherUnit]) {
      const res = await auditor.post(`${url}/samples`, {
        procedureDocumentId: w.p.documentId,
        kind: 'case',
        choice: 'auditor',
        itemIds: [outside],
      });
      expect(res.status).toBe(400);
      expect(res.body.error.details[0].path).toBe('itemIds');
    }
    const notAudited = await auditor.post(`${url}/samples`, {
      procedureDocumentId: w.q.documentId,
      kind: 'case',
      choice: 'random',
      count: 2,
    });
    expect(notAudited.status).toBe(400);
    expect(notAudited.body.error.details[0].path).toBe('procedureDocumentId');
    const backwards = await auditor.post(`${url}/samples`, {
      procedureDocumentId: w.p.documentId,
      kind: 'case',
      choice: 'random',
      count: 2,
      from: '2018-06-01',
      to: '2018-01-01',
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details[0].path).toBe('to');
    expect((await auditor.get(`${url}/samples`)).body.items).toEqual([]);

    const chosen = await auditor.post(`${url}/samples`, {
      procedureDocumentId: w.p.documentId,
      kind: 'case',
      choice: 'auditor',
      itemIds: [w.cases.march],
    });
    expect(chosen.status, JSON.stringify(chosen.body)).toBe(201);
    // At random: only what is left of that procedure in the period (one case), never more.
    const random = await auditor.post(`${url}/samples`, {
      procedureDocumentId: w.p.documentId,
      kind: 'case',
      choice: 'random',
      count: 5,
    });
    expect(random.status).toBe(201);
    const sampled = random.body.items as Array<{
      itemId: string;
      chosenBy: string;
      accessFrom: string;
      accessTo: string;
    }>;
    expect(sampled.map((s) => [s.itemId, s.chosenBy])).toEqual([
      [w.cases.march, 'auditor'],
      [w.cases.june, 'random'],
    ]);
    expect(sampled[0]).toMatchObject({ accessFrom: today, accessTo: today });
    const none = await auditor.post(`${url}/samples`, {
      procedureDocumentId: w.p.documentId,
      kind: 'case',
      choice: 'random',
      count: 1,
    });
    expect(none.status).toBe(409);
    expect(none.body.error.code).toBe('internal_audit.nothing_to_sample');

    // What was seen is recorded.
    const first = random.body.items[0];
    const seen = await auditor.patch(`${url}/samples/${first.id}`, {
      version: first.version,
      seen: 'Phiếu tiếp nhận có, báo cáo thẩm định trễ 2 ngày.',
    });
    expect(seen.status).toBe(200);
    expect(seen.body.items[0].seen).toBe('Phiếu tiếp nhận có, báo cáo thẩm định trễ 2 ngày.');
  });

  it('the auditor reads exactly the sampled items, on the audit’s dates only (404 otherwise)', async () => {
    const w = await world();
    const auditor = await ctx.as('x.unit_internal_auditor');
    const url = `${base}/round-audits/${w.ids.auditId}`;
    expect((await auditor.get(`/api/v1/cases/${w.cases.march}`)).status).toBe(404);
    expect((await auditor.get(`/api/v1/record-files/${w.files.ofProcedure}`)).status).toBe(404);
    await auditor.post(`${url}/samples`, {
      procedureDocumentId: w.p.documentId,
      kind: 'case',
      choice: 'auditor',
      itemIds: [w.cases.march],
    });
    await auditor.post(`${url}/samples`, {
      procedureDocumentId: w.p.documentId,
      kind: 'record_file',
      choice: 'auditor',
      itemIds: [w.files.ofProcedure],
    });
    const read = await auditor.get(`/api/v1/cases/${w.cases.march}`);
    expect(read.status, JSON.stringify(read.body)).toBe(200);
    expect(read.body.id).toBe(w.cases.march);
    expect((await auditor.get(`/api/v1/record-files/${w.files.ofProcedure}`)).status).toBe(200);
    // Unsampled: not readable.
    expect((await auditor.get(`/api/v1/cases/${w.cases.june}`)).status).toBe(404);
    expect((await auditor.get(`/api/v1/record-files/${w.files.notOfProcedure}`)).status).toBe(404);
    // Read only: writing to the sampled case is refused.
    const write = await auditor.post(`/api/v1/cases/${w.cases.march}/cancel`, { version: 1, reason: 'x' });
    expect(write.status).toBeGreaterThanOrEqual(400);
    // Another person of the agency gets nothing from the sample.
    const staff = await ctx.as('x.unit_staff');
    expect((await staff.get(`/api/v1/cases/${w.cases.march}`)).status).toBe(404);
    // After the audit's dates: 404 again.
    await ctx.database.db
      .update(internalAuditSamples)
      .set({ accessFrom: addDays(today, -3), accessTo: addDays(today, -1) })
      .where(eq(internalAuditSamples.roundAuditId, w.ids.auditId));
    expect((await auditor.get(`/api/v1/cases/${w.cases.march}`)).status).toBe(404);
    expect((await auditor.get(`/api/v1/record-files/${w.files.ofProcedure}`)).status).toBe(404);
  });
});
