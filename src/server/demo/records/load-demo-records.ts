// The demo agency's records and work cases: the 11 units' catalogues for 2017 and 2018, a
// year of cases run by their business procedures, the cases' files (most closed when the
// work ended, some not, some transferred to the archive). Written straight into the tables
// in bulk, each row with its audit event; files are opened with the app's openFile.

import { and, between, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { ensureYears, workingCalendarFor } from '../../modules/calendar/calendar.service.ts';
import { calendarDays } from '../../modules/calendar/calendar.table.ts';
import { caseSteps, workCases } from '../../modules/cases/cases.table.ts';
import {
  catalogueEntries,
  catalogueHeadings,
  recordFileItems,
  recordsCatalogues,
} from '../../modules/records/records.table.ts';
import { diff } from '../../platform/audit/audit.service.ts';
import { buildCases, CASES_AS_OF, type PlannedCase } from './build-cases.ts';
import { buildCatalogues } from './build-catalogues.ts';
import { appendAuditEvents, insertAudited } from './bulk-audit.ts';
import { loadDemoPeople } from './demo-people.ts';
import { loadDemoProcedures } from './demo-procedures.ts';
import { seeded } from './random.ts';
import { openFiles, settleFiles } from './write-files.ts';

export async function loadDemoRecords(tx: Tx, agencyId: string) {
  const org = await loadDemoPeople(tx, agencyId);
  const procedures = await loadDemoProcedures(tx, agencyId);
  const calendar = await calendarOfCases(tx, agencyId);
  const built = buildCatalogues(agencyId, org, procedures);
  const unitName = new Map(org.units.map((u) => [u.id, u.name]));
  const catalogueLabel = new Map(
    built.catalogues.map((c) => [c.id, `Danh mục hồ sơ năm ${c.year} — ${unitName.get(c.unitId)}`]),
  );
  await insertAudited(
    tx,
    agencyId,
    recordsCatalogues,
    built.catalogues,
    'records_catalogue',
    (c) => catalogueLabel.get(c.id)!,
  );
  await insertAudited(tx, agencyId, catalogueHeadings, built.headings, 'catalogue_heading', (h) => h.title);
  await insertAudited(
    tx,
    agencyId,
    catalogueEntries,
    built.entries,
    'catalogue_entry',
    (e) => `${e.code} ${e.title}`,
  );

  const cases = buildCases({ agencyId, org, procedures, catalogues: built, calendar });
  const opened = await openFiles(tx, org, calendar, built.generalEntries, cases);
  const { items, pages } = outputItems(agencyId, cases);
  const steps = cases.flatMap((c) => c.steps);
  const codeOf = new Map(cases.map((c) => [c.row.id, c.row.code]));
  await insertAudited(
    tx,
    agencyId,
    caseSteps,
    steps,
    'case_step',
    (s) => `${codeOf.get(s.caseId)} ${s.stepId}`,
  );
  // After their steps: the measures' triggers then count each case once, as it stands.
  await insertAudited(
    tx,
    agencyId,
    workCases,
    cases.map((c) => c.row),
    'work_case',
    (c) => `${c.code} ${c.title}`,
  );
  await insertAudited(tx, agencyId, recordFileItems, items, 'record_file_item', (i) => i.title);
  const files = await settleFiles(tx, agencyId, org, calendar, cases, opened, pages);
  return {
    catalogues: built.catalogues.length,
    entries: built.entries.length,
    cases: cases.length,
    steps: steps.length,
    files: files.updates.length,
    transfers: files.transfers,
  };
}

/**
 * The agency's calendar for the cases. Deadlines near the end of a year may run into the
 * next, so the calendar takes in the year after the cases too: it is written (and audited,
 * as demo.ts does for 2017 and 2018) before the shared workingCalendarFor reads it.
 */
async function calendarOfCases(tx: Tx, agencyId: string) {
  const next = Number(CASES_AS_OF.slice(0, 4)) + 1;
  await ensureYears(tx, agencyId, [next]);
  const days = await tx
    .select()
    .from(calendarDays)
    .where(
      and(eq(calendarDays.agencyId, agencyId), between(calendarDays.date, `${next}-01-01`, `${next}-12-31`)),
    );
  await appendAuditEvents(
    tx,
    agencyId,
    days.map((day) => ({
      entityType: 'calendar_day',
      entityId: day.id,
      label: `${day.date} ${day.nameVi}`,
      action: 'create',
      changes: diff(null, day),
    })),
  );
  return workingCalendarFor(tx as Db, agencyId, '2017-01-01', CASES_AS_OF, { store: true });
}

/** Each step's output as a document of the case's file: a link to the step (no upload in the demo). */
function outputItems(agencyId: string, cases: PlannedCase[]) {
  const random = seeded('items');
  const items: (typeof recordFileItems.$inferInsert & { id: string; title: string })[] = [];
  const pages = new Map<string, number>();
  for (const c of cases) {
    const fileId = c.row.fileId!;
    let position = 0;
    for (const step of c.steps) {
      if (step.state !== 'done' || !step.output) continue;
      const pageCount = random.int(1, 12);
      const item = {
        id: newId(),
        agencyId,
        fileId,
        position: ++position,
        title: step.output,
        kind: 'link',
        linkType: 'case_step',
        linkId: step.id,
        documentDate: step.doneDate,
        pageCount,
        addedBy: step.doneBy,
        createdAt: step.doneAt!,
        updatedAt: step.doneAt!,
      };
      items.push(item);
      step.outputItemId = item.id;
      pages.set(fileId, (pages.get(fileId) ?? 0) + pageCount);
    }
  }
  return { items, pages };
}
