import { and, asc, eq, inArray } from 'drizzle-orm';
import type { CatalogueState } from '../../../../contract/records-catalogue.ts';
import type { Db, Tx } from '../../../db/connection.ts';
import { type AuditContext, canonicalJson } from '../../../platform/audit/audit.service.ts';
import { sha256 } from '../../../platform/auth/tokens.ts';
import { AppError, forbidden, notFound } from '../../../platform/http/errors.ts';
import type { Actor, Scoped } from '../../../platform/permissions/actor.ts';
import { type UnitRecord, unitColumns, unitRows } from '../../org/index.ts';
import { catalogueEntries, catalogueHeadings, recordsCatalogues } from '../records.table.ts';
import { toRoman as toRomanNumeral } from './catalogue.numbers.ts';
import { cataloguePolicy } from './catalogue.policy.ts';

const units = unitRows();

export type Deps = { db: Db; actor: Actor; audit: AuditContext };
export type CatalogueRow = typeof recordsCatalogues.$inferSelect;
export type HeadingRow = typeof catalogueHeadings.$inferSelect;
export type EntryRow = typeof catalogueEntries.$inferSelect;
export type UnitRow = UnitRecord;

export const unitScope = (unit: UnitRow): Scoped => ({ agencyId: unit.agencyId, unitPath: unit.path });
export const notFoundCatalogue = () => notFound('records_catalogue');

export const notDraft = () =>
  new AppError(409, 'catalogue.not_draft', {
    vi: 'Chỉ sửa được danh mục hồ sơ ở trạng thái dự thảo; danh mục này đã được phê duyệt hoặc ban hành.',
    en: 'Only a draft catalogue can be changed; this one is approved or issued.',
  });

/** The catalogue and its unit, if the actor may read it (else 404). */
export async function loadCatalogue(db: Db | Tx, actor: Actor, id: string, forUpdate = false) {
  const query = db
    .select({ catalogue: recordsCatalogues, unit: unitColumns(units) })
    .from(recordsCatalogues)
    .innerJoin(units, eq(units.id, recordsCatalogues.unitId))
    .where(and(eq(recordsCatalogues.id, id), eq(recordsCatalogues.agencyId, actor.agencyId)));
  const [row] = forUpdate ? await query.for('update', { of: recordsCatalogues }) : await query;
  if (!row || !cataloguePolicy.read(actor, unitScope(row.unit), row.catalogue.state as CatalogueState))
    throw notFoundCatalogue();
  return row;
}

/** A draft the actor may edit, locked for the rest of the transaction. */
export async function editableCatalogue(tx: Tx, actor: Actor, id: string) {
  const loaded = await loadCatalogue(tx, actor, id, true);
  if (!cataloguePolicy.edit(actor, unitScope(loaded.unit))) throw forbidden();
  if (loaded.catalogue.state !== 'draft') throw notDraft();
  return loaded;
}

export async function headingsOf(db: Db | Tx, agencyId: string, catalogueId: string) {
  return db
    .select()
    .from(catalogueHeadings)
    .where(and(eq(catalogueHeadings.agencyId, agencyId), eq(catalogueHeadings.catalogueId, catalogueId)))
    .orderBy(asc(catalogueHeadings.position));
}

export async function entriesOf(db: Db | Tx, agencyId: string, catalogueId: string) {
  return db
    .select()
    .from(catalogueEntries)
    .where(and(eq(catalogueEntries.agencyId, agencyId), eq(catalogueEntries.catalogueId, catalogueId)))
    .orderBy(asc(catalogueEntries.position));
}

export async function unitsById(db: Db | Tx, agencyId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, UnitRow>();
  const rows = await db
    .select()
    .from(units)
    .where(and(eq(units.agencyId, agencyId), inArray(units.id, [...new Set(ids)])));
  return new Map(rows.map((u) => [u.id, u]));
}

/**
 * The catalogue's rows in reading order: entries without a heading, then each heading
 * with its entries and its sub-headings (each with theirs). Numerals come from the order.
 */
export function ordered(headings: HeadingRow[], entries: EntryRow[]) {
  type Line =
    | { kind: 'heading'; heading: HeadingRow; number: string; level: 1 | 2 }
    | { kind: 'entry'; entry: EntryRow };
  const lines: Line[] = [];
  const byPosition = <T extends { position: number }>(a: T, b: T) => a.position - b.position;
  const entriesUnder = (headingId: string | null) =>
    entries
      .filter((e) => e.headingId === headingId)
      .sort(byPosition)
      .map((entry) => ({ kind: 'entry' as const, entry }));
  lines.push(...entriesUnder(null));
  const top = headings.filter((h) => h.parentId === null).sort(byPosition);
  top.forEach((heading, i) => {
    lines.push({ kind: 'heading', heading, number: toRomanNumeral(i + 1), level: 1 });
    lines.push(...entriesUnder(heading.id));
    headings
      .filter((h) => h.parentId === heading.id)
      .sort(byPosition)
      .forEach((sub, j) => {
        lines.push({ kind: 'heading', heading: sub, number: String(j + 1), level: 2 });
        lines.push(...entriesUnder(sub.id));
      });
  });
  return lines;
}

/**
 * What an approval covers: the hash of the canonical year, unit, headings and entries.
 * Only a draft changes, and returning an approved catalogue to draft voids its approval;
 * the hash lets the view show that the approval is over exactly this content.
 */
export async function catalogueHash(db: Db | Tx, catalogue: CatalogueRow) {
  const [headings, entries] = await Promise.all([
    headingsOf(db, catalogue.agencyId, catalogue.id),
    entriesOf(db, catalogue.agencyId, catalogue.id),
  ]);
  return sha256(
    canonicalJson({
      year: catalogue.year,
      unitId: catalogue.unitId,
      headings: headings.map((h) => ({
        id: h.id,
        parentId: h.parentId,
        position: h.position,
        title: h.title,
      })),
      entries: entries.map((e) => ({
        headingId: e.headingId,
        position: e.position,
        code: e.code,
        title: e.title,
        retentionYears: e.retentionYears,
        ownerUnitId: e.ownerUnitId,
        ownerPersonId: e.ownerPersonId,
        notes: e.notes,
      })),
    }),
  );
}
