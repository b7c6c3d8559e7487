import { and, eq, like, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/connection.ts';
import { newId } from '../../../db/ids.ts';
import { type AuditContext, diff, recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { agencyRows, unitRows } from '../../org/index.ts';
import { catalogueEntries, recordFileItems, recordFiles } from '../records.table.ts';

const agencies = agencyRows();
const units = unitRows();

export type FileRow = typeof recordFiles.$inferSelect;
export type FileItemRow = typeof recordFileItems.$inferSelect;

/** What a file is opened with: a catalogue entry (its title, retention, owner) or, ad hoc, its own. */
export type OpenFileInput = {
  unitId: string;
  startDate: string;
  catalogueEntryId?: string | null;
  /** Ad hoc, or a more specific title than the entry's ("… — hồ sơ của ông Nguyễn Văn A"). */
  title?: string;
  retentionYears?: number | null;
  accessRegime?: 'public' | 'internal' | 'restricted';
  ownerPersonId?: string | null;
  notes?: string | null;
};

/**
 * Mã hồ sơ: agency code, year, then the entry's code ("BTTTT.2017.01.TCCB"), or for a file
 * not in the catalogue the unit's code and a running number ("BTTTT.2017.TCCB.PS01"). A
 * second file under the same entry in the year gets "-2", "-3"…
 */
async function nextFileCode(tx: Tx, agencyId: string, base: string) {
  const taken = await tx
    .select({ code: recordFiles.fileCode })
    .from(recordFiles)
    .where(and(eq(recordFiles.agencyId, agencyId), like(recordFiles.fileCode, `${base}%`)));
  const codes = new Set(taken.map((r) => r.code.toUpperCase()));
  if (!codes.has(base.toUpperCase())) return base;
  for (let n = 2; ; n++) if (!codes.has(`${base}-${n}`.toUpperCase())) return `${base}-${n}`;
}

/**
 * Opens a file inside the caller's transaction (starting a work case opens its file in
 * the same one) and records it in the audit trail. The caller checks permissions.
 */
export async function openFile(
  tx: Tx,
  context: { actor: Actor; audit: AuditContext },
  input: OpenFileInput,
): Promise<FileRow> {
  const { actor } = context;
  const year = Number(input.startDate.slice(0, 4));
  const [agency] = await tx
    .select({ code: agencies.code })
    .from(agencies)
    .where(eq(agencies.id, actor.agencyId));
  const [unit] = await tx
    .select({ code: units.code })
    .from(units)
    .where(and(eq(units.id, input.unitId), eq(units.agencyId, actor.agencyId)));
  const [entry] = input.catalogueEntryId
    ? await tx
        .select()
        .from(catalogueEntries)
        .where(
          and(eq(catalogueEntries.id, input.catalogueEntryId), eq(catalogueEntries.agencyId, actor.agencyId)),
        )
    : [];
  // Serialises code allocation per agency and year: two files opened at once get two codes.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`record_files:${actor.agencyId}:${year}`}))`);
  const base = entry ? `${agency.code}.${year}.${entry.code}` : `${agency.code}.${year}.${unit.code}.PS`;
  const fileCode = entry
    ? await nextFileCode(tx, actor.agencyId, base)
    : `${base}${String((await countLike(tx, actor.agencyId, base)) + 1).padStart(2, '0')}`;
  const [row] = await tx
    .insert(recordFiles)
    .values({
      id: newId(),
      agencyId: actor.agencyId,
      unitId: input.unitId,
      year,
      catalogueEntryId: entry?.id ?? null,
      fileCode,
      title: input.title ?? entry?.title ?? '',
      retentionYears:
        input.retentionYears !== undefined ? input.retentionYears : (entry?.retentionYears ?? null),
      accessRegime: input.accessRegime ?? 'internal',
      ownerUnitId: entry?.ownerUnitId ?? input.unitId,
      ownerPersonId: input.ownerPersonId ?? entry?.ownerPersonId ?? actor.personId,
      startDate: input.startDate,
      notes: input.notes ?? null,
      openedBy: actor.personId,
    })
    .returning();
  await recordAudit(tx, context.audit, {
    agencyId: actor.agencyId,
    entityType: 'record_file',
    entityId: row.id,
    entityLabel: `${row.fileCode}: ${row.title}`,
    action: 'open',
    changes: diff(null, row),
  });
  return row;
}

async function countLike(tx: Tx, agencyId: string, base: string) {
  const [{ n }] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(recordFiles)
    .where(and(eq(recordFiles.agencyId, agencyId), like(recordFiles.fileCode, `${base}%`)));
  return n;
}

export type AddItemInput = {
  fileId: string;
  title: string;
  documentDate?: string | null;
  pageCount?: number;
} & (
  | { kind: 'upload'; fileHash: string; fileName: string; mimeType: string; size: number }
  | { kind: 'link'; linkType: string; linkId: string }
);

/** Adds a document to a file inside the caller's transaction (a case step's output lands here). */
export async function addFileItem(
  tx: Tx,
  context: { actor: Actor; audit: AuditContext },
  input: AddItemInput,
): Promise<FileItemRow> {
  const { actor } = context;
  // The file row is locked first: two documents added at once get two positions, and the page count adds up.
  await tx
    .select({ id: recordFiles.id })
    .from(recordFiles)
    .where(and(eq(recordFiles.id, input.fileId), eq(recordFiles.agencyId, actor.agencyId)))
    .for('update');
  const [{ next }] = await tx
    .select({ next: sql<number>`coalesce(max(${recordFileItems.position}), 0)::int + 1` })
    .from(recordFileItems)
    .where(and(eq(recordFileItems.agencyId, actor.agencyId), eq(recordFileItems.fileId, input.fileId)));
  const [row] = await tx
    .insert(recordFileItems)
    .values({
      id: newId(),
      agencyId: actor.agencyId,
      fileId: input.fileId,
      position: next,
      title: input.title,
      kind: input.kind,
      documentDate: input.documentDate ?? null,
      pageCount: input.pageCount ?? 0,
      addedBy: actor.personId,
      ...(input.kind === 'upload'
        ? { fileHash: input.fileHash, fileName: input.fileName, mimeType: input.mimeType, size: input.size }
        : { linkType: input.linkType, linkId: input.linkId }),
    })
    .returning();
  await tx
    .update(recordFiles)
    .set({ pageCount: sql`${recordFiles.pageCount} + ${row.pageCount}`, updatedAt: new Date() })
    .where(eq(recordFiles.id, input.fileId));
  await recordAudit(tx, context.audit, {
    agencyId: actor.agencyId,
    entityType: 'record_file_item',
    entityId: row.id,
    entityLabel: row.title,
    action: 'create',
    changes: diff(null, row),
  });
  return row;
}
