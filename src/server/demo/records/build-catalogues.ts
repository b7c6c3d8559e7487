// The 11 units' records catalogues for 2017 and 2018 (2018 copied forward from 2017), as
// rows: general headings, then a sub-heading per business procedure in force when the
// catalogue was drawn up, its entries generated from the procedure's records to keep.
import { newId } from '../../db/ids.ts';
import { parseRetention } from '../../modules/cases/steps/plan.ts';
import type {
  catalogueEntries,
  catalogueHeadings,
  recordsCatalogues,
} from '../../modules/records/records.table.ts';
import { vietnamTime } from '../documents/days.ts';
import {
  administrationHeading,
  catalogueDays,
  generalHeading,
  lateCatalogues2018,
  type PlannedHeading,
  professionalHeadingTitle,
} from './catalogue-plan.ts';
import type { DemoPeople, DemoUnit } from './demo-people.ts';
import { type DemoProcedure, subjectOf, versionAt } from './demo-procedures.ts';

type CatalogueRow = typeof recordsCatalogues.$inferInsert & { id: string };
type HeadingRow = typeof catalogueHeadings.$inferInsert & { id: string };
export type EntryRow = typeof catalogueEntries.$inferInsert & { id: string; code: string };

export const CATALOGUE_YEARS = [2017, 2018] as const;

/** "Hồ sơ … (đầy đủ văn bản, tài liệu …)" → "Hồ sơ …". */
export const entryTitle = (recordName: string) => recordName.replace(/\s*\([^)]*\)\s*$/, '');

export function buildCatalogues(agencyId: string, org: DemoPeople, procedures: DemoProcedure[]) {
  const catalogues: CatalogueRow[] = [];
  const headings: HeadingRow[] = [];
  const entries: EntryRow[] = [];
  /** Where a case of the procedure opens its file: unit, year, document → entry. */
  const workEntries = new Map<string, EntryRow>();
  /** The entries kept without a procedure (reports, the unit's QMS…), with when their files open and end. */
  const generalEntries: { entry: EntryRow; unit: DemoUnit; opens: string; ends: string }[] = [];
  const previous = new Map<string, string>();

  for (const year of CATALOGUE_YEARS) {
    const days = catalogueDays[year];
    for (const unit of org.units) {
      const late = year === 2018 ? lateCatalogues2018[unit.code] : undefined;
      const state = late?.state ?? 'issued';
      const approvedDay = late?.approved ?? days.approved;
      const catalogue: CatalogueRow = {
        id: newId(),
        agencyId,
        unitId: unit.id,
        year,
        state,
        copiedFromId: previous.get(unit.id) ?? null,
        approvedBy: state === 'draft' ? null : unit.head.id,
        approvedAt: state === 'draft' ? null : vietnamTime(approvedDay, 9 * 60 + 30),
        issuedBy: state === 'issued' ? unit.head.id : null,
        issuedAt: state === 'issued' ? vietnamTime(days.issued, 14 * 60) : null,
        createdBy: unit.officer.id,
        createdAt: vietnamTime(days.created, 10 * 60),
        updatedAt: vietnamTime(state === 'issued' ? days.issued : approvedDay, 14 * 60),
      };
      previous.set(unit.id, catalogue.id);
      catalogues.push(catalogue);

      let number = 0;
      let position = 0;
      const heading = (title: string, parentId: string | null, at: number) => {
        const row: HeadingRow = {
          id: newId(),
          agencyId,
          catalogueId: catalogue.id,
          parentId,
          position: at,
          title,
          createdAt: catalogue.createdAt,
          updatedAt: catalogue.createdAt,
        };
        headings.push(row);
        return row.id;
      };
      const entry = (
        headingId: string,
        fields: Omit<
          EntryRow,
          'id' | 'agencyId' | 'catalogueId' | 'headingId' | 'position' | 'code' | 'ownerUnitId'
        >,
      ) => {
        number++;
        const row: EntryRow = {
          id: newId(),
          agencyId,
          catalogueId: catalogue.id,
          headingId,
          position: ++position,
          code: `${String(number).padStart(2, '0')}.${unit.code}`,
          ownerUnitId: unit.id,
          createdAt: catalogue.createdAt,
          updatedAt: catalogue.createdAt,
          ...fields,
        };
        entries.push(row);
        return row;
      };
      const planned = (plan: PlannedHeading, parentId: string | null, at: number) => {
        const id = heading(plan.title, parentId, at);
        for (const e of plan.entries ?? []) {
          const row = entry(id, {
            title: e.title(year),
            retentionYears: e.retentionYears,
            ownerPersonId: e.owner === 'officer' ? unit.officer.id : unit.handlers[0].id,
            notes: e.notes ?? null,
          });
          if (state !== 'draft')
            generalEntries.push({ entry: row, unit, opens: `${year}-${e.opens}`, ends: `${year}-${e.ends}` });
        }
        for (const [i, sub] of (plan.subheadings ?? []).entries()) planned(sub, id, i + 1);
      };

      planned(generalHeading, null, 1);
      const professional = heading(professionalHeadingTitle, null, 2);
      const inForce = procedures
        .filter((p) => p.unitId === unit.id)
        .map((p, own) => ({ p, own, version: versionAt(p, days.created) }))
        .filter((x) => x.version !== null);
      inForce.forEach(({ p, own, version }, i) => {
        const sub = heading(subjectOf(p.title), professional, i + 1);
        version!.content.records.forEach((record, k) => {
          const retention = parseRetention(record.retention);
          const row = entry(sub, {
            title: entryTitle(record.name),
            retentionYears: retention === undefined ? 5 : retention,
            ownerPersonId: ownerFor(unit, own),
            notes:
              retention === undefined
                ? `Theo quy trình ${p.code}: ${record.retention}.`
                : `Lập từ hồ sơ cần lưu của quy trình ${p.code}.`,
            sourceDocumentId: p.documentId,
            sourceRecordName: record.name,
          });
          if (k === 0 && state !== 'draft') workEntries.set(`${unit.id}:${year}:${p.documentId}`, row);
        });
      });
      planned(administrationHeading, null, 3);
    }
  }
  const workEntry = (unitId: string, year: number, documentId: string) =>
    workEntries.get(`${unitId}:${year}:${documentId}`) ?? null;
  return { catalogues, headings, entries, workEntry, generalEntries };
}

/** Years to keep a record: "Vĩnh viễn" → null; a text without years → 5, the shortest usual term. */
export const retentionOf = (text: string | undefined) => {
  const years = parseRetention(text);
  return years === undefined ? 5 : years;
};

/** The handler who keeps a procedure's files: the unit's handlers take procedures in turn. */
export const ownerFor = (unit: DemoUnit, procedureIndex: number) =>
  unit.handlers[procedureIndex % unit.handlers.length].id;

export type BuiltCatalogues = ReturnType<typeof buildCatalogues>;
