import { and, asc, eq } from 'drizzle-orm';
import type { FileItemView, FileView } from '../../../../contract/record-files.ts';
import type { Db } from '../../../db/connection.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { stepRows } from '../../cases/index.ts';
import { versionRows } from '../../documents/index.ts';
import { personRows, unitRows } from '../../org/index.ts';
import { archiveTransfers, catalogueEntries, recordFileItems, recordFiles } from '../records.table.ts';
import { filesPolicy } from './files.policy.ts';
import { loadFile, pastRetentionSql, transferDates, transferStatusOf } from './files.scope.ts';

const caseSteps = stepRows();

const documentVersions = versionRows();

const people = personRows();

/** The file page: metadata of Nghị định 30/2020 appendix VI, its documents, and what the actor may do. */
export async function getFileView(db: Db, actor: Actor, id: string): Promise<FileView> {
  const { file: f, unit, scope } = await loadFile(db, actor, id);
  const { today, yearAgo } = transferDates();
  const owner = personRows('owner');
  const opener = personRows('opener');
  const closer = personRows('closer');
  const ownerUnit = unitRows('owner_unit');
  const [[names], items] = await Promise.all([
    db
      .select({
        ownerName: owner.fullName,
        openerName: opener.fullName,
        closerName: closer.fullName,
        ownerUnitName: ownerUnit.name,
        entryCode: catalogueEntries.code,
        entryTitle: catalogueEntries.title,
        transferDate: archiveTransfers.transferDate,
        pastRetention: pastRetentionSql(today),
      })
      .from(recordFiles)
      .leftJoin(owner, eq(owner.id, recordFiles.ownerPersonId))
      .leftJoin(opener, eq(opener.id, recordFiles.openedBy))
      .leftJoin(closer, eq(closer.id, recordFiles.closedBy))
      .leftJoin(ownerUnit, eq(ownerUnit.id, recordFiles.ownerUnitId))
      .leftJoin(catalogueEntries, eq(catalogueEntries.id, recordFiles.catalogueEntryId))
      .leftJoin(archiveTransfers, eq(archiveTransfers.id, recordFiles.transferId))
      .where(eq(recordFiles.id, id)),
    fileItems(db, actor, id),
  ]);
  return {
    id: f.id,
    fileCode: f.fileCode,
    title: f.title,
    unitId: f.unitId,
    unitName: unit.name,
    year: f.year,
    state: f.state as FileView['state'],
    catalogueEntry: f.catalogueEntryId
      ? { id: f.catalogueEntryId, code: names.entryCode ?? '', title: names.entryTitle ?? '' }
      : null,
    retentionYears: f.retentionYears,
    accessRegime: f.accessRegime as FileView['accessRegime'],
    ownerUnitId: f.ownerUnitId,
    ownerUnitName: names.ownerUnitName ?? unit.name,
    ownerPersonId: f.ownerPersonId,
    ownerPersonName: names.ownerName,
    language: f.language,
    startDate: f.startDate,
    endDate: f.endDate,
    itemCount: items.length,
    pageCount: f.pageCount,
    notes: f.notes,
    openedByName: names.openerName,
    closedByName: names.closerName,
    closedAt: f.closedAt?.toISOString() ?? null,
    transfer:
      f.transferId && names.transferDate ? { id: f.transferId, transferDate: names.transferDate } : null,
    transferStatus: transferStatusOf(f, yearAgo),
    pastRetention: names.pastRetention,
    items,
    version: f.version,
    abilities: {
      edit: filesPolicy.edit(actor, scope),
      close: filesPolicy.close(actor, scope),
      reopen: filesPolicy.reopen(actor, scope),
    },
  };
}

async function fileItems(db: Db, actor: Actor, fileId: string): Promise<FileItemView[]> {
  const rows = await db
    .select({
      item: recordFileItems,
      addedByName: people.fullName,
      documentId: documentVersions.documentId,
      caseId: caseSteps.caseId,
    })
    .from(recordFileItems)
    .leftJoin(people, eq(people.id, recordFileItems.addedBy))
    .leftJoin(
      documentVersions,
      and(eq(recordFileItems.linkType, 'document_version'), eq(documentVersions.id, recordFileItems.linkId)),
    )
    .leftJoin(
      caseSteps,
      and(eq(recordFileItems.linkType, 'case_step'), eq(caseSteps.id, recordFileItems.linkId)),
    )
    .where(
      and(
        eq(recordFileItems.agencyId, actor.agencyId),
        eq(recordFileItems.fileId, fileId),
        eq(recordFileItems.removed, false),
      ),
    )
    .orderBy(asc(recordFileItems.position));
  return rows.map(({ item: i, addedByName, documentId, caseId }) => ({
    id: i.id,
    position: i.position,
    title: i.title,
    kind: i.kind as FileItemView['kind'],
    fileName: i.fileName,
    mimeType: i.mimeType,
    size: i.size,
    linkType: i.linkType,
    linkId: i.linkId,
    linkPath: documentId ? `/documents/${documentId}` : caseId ? `/cases/${caseId}` : null,
    documentDate: i.documentDate,
    pageCount: i.pageCount,
    addedByName,
    createdAt: i.createdAt.toISOString(),
  }));
}
