import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { EntryOption, OpenFileBody, UpdateFileBody } from '../../../../contract/record-files.ts';
import type { Db, Tx } from '../../../db/connection.ts';
import { type AuditContext, diff, recordAudit } from '../../../platform/audit/audit.service.ts';
import { AppError, forbidden, invalidField, staleVersion } from '../../../platform/http/errors.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { personRows } from '../../org/index.ts';
import { catalogueEntries, recordFileItems, recordFiles, recordsCatalogues } from '../records.table.ts';
import { openFile } from './files.open.ts';
import { filesPolicy } from './files.policy.ts';
import { type LoadedFile, loadFile, loadUnit } from './files.scope.ts';

const people = personRows();

export type Deps = { db: Db; actor: Actor; audit: AuditContext };

const label = (f: { fileCode: string; title: string }) => `${f.fileCode}: ${f.title}`;

export async function personOfAgency(tx: Db | Tx, actor: Actor, personId: string, field = 'ownerPersonId') {
  const [person] = await tx
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.id, personId), eq(people.agencyId, actor.agencyId)));
  if (!person)
    throw invalidField(field, {
      vi: 'Người này không thuộc cơ quan.',
      en: 'This person is not in the agency.',
    });
}

/** Entries of the unit's approved or issued catalogue of the year, to open a file against. */
export async function entryOptions(
  db: Db,
  actor: Actor,
  unitId: string,
  year: number,
): Promise<EntryOption[]> {
  const unit = await loadUnit(db, actor, unitId);
  if (!filesPolicy.open(actor, unit.scope)) throw forbidden();
  return db
    .select({
      id: catalogueEntries.id,
      code: catalogueEntries.code,
      title: catalogueEntries.title,
      retentionYears: catalogueEntries.retentionYears,
      ownerPersonId: catalogueEntries.ownerPersonId,
      catalogueState: recordsCatalogues.state,
      fileCount: sql<number>`(select count(*)::int from ${recordFiles} f where f.agency_id = ${catalogueEntries.agencyId} and f.catalogue_entry_id = ${catalogueEntries.id})`,
    })
    .from(catalogueEntries)
    .innerJoin(recordsCatalogues, eq(recordsCatalogues.id, catalogueEntries.catalogueId))
    .where(
      and(
        eq(catalogueEntries.agencyId, actor.agencyId),
        eq(recordsCatalogues.unitId, unitId),
        eq(recordsCatalogues.year, year),
        inArray(recordsCatalogues.state, ['approved', 'issued']),
      ),
    )
    .orderBy(asc(catalogueEntries.position));
}

/** Opens a file against an entry of the unit's catalogue of that year, or ad hoc ("not in the catalogue"). */
export async function openFileFor(deps: Deps, body: OpenFileBody) {
  const { db, actor, audit } = deps;
  return db.transaction(async (tx) => {
    const unit = await loadUnit(tx, actor, body.unitId);
    if (!filesPolicy.open(actor, unit.scope)) throw forbidden();
    if (body.catalogueEntryId) {
      const [entry] = await tx
        .select({ id: catalogueEntries.id })
        .from(catalogueEntries)
        .innerJoin(recordsCatalogues, eq(recordsCatalogues.id, catalogueEntries.catalogueId))
        .where(
          and(
            eq(catalogueEntries.id, body.catalogueEntryId),
            eq(catalogueEntries.agencyId, actor.agencyId),
            eq(recordsCatalogues.unitId, body.unitId),
            eq(recordsCatalogues.year, Number(body.startDate.slice(0, 4))),
            inArray(recordsCatalogues.state, ['approved', 'issued']),
          ),
        );
      if (!entry)
        throw invalidField('catalogueEntryId', {
          vi: 'Mục này không có trong danh mục hồ sơ đã duyệt hoặc đã ban hành của đơn vị cho năm bắt đầu.',
          en: 'This entry is not in the unit’s approved or issued catalogue for the start year.',
        });
    } else {
      if (!body.title)
        throw invalidField('title', { vi: 'Hãy nhập tiêu đề hồ sơ.', en: 'Enter the file title.' });
      if (body.retentionYears === undefined)
        throw invalidField('retentionYears', {
          vi: 'Hãy chọn thời hạn bảo quản (vĩnh viễn hoặc số năm).',
          en: 'Choose the retention (permanent or a number of years).',
        });
      if (!body.ownerPersonId)
        throw invalidField('ownerPersonId', {
          vi: 'Hãy chọn người lập hồ sơ.',
          en: 'Choose the file owner.',
        });
    }
    if (body.ownerPersonId) await personOfAgency(tx, actor, body.ownerPersonId);
    return openFile(tx, { actor, audit }, { ...body, catalogueEntryId: body.catalogueEntryId ?? null });
  });
}

const checkVersion = (loaded: LoadedFile, version: number) => {
  if (loaded.file.version !== version) throw staleVersion();
};

export async function updateFile(deps: Deps, id: string, body: UpdateFileBody) {
  const { db, actor, audit } = deps;
  return db.transaction(async (tx) => {
    const loaded = await loadFile(tx, actor, id, { lock: true });
    if (loaded.file.state !== 'open') throw wrongState('open');
    if (!filesPolicy.edit(actor, loaded.scope)) throw forbidden();
    checkVersion(loaded, body.version);
    const { version, ...changes } = body;
    if (changes.ownerPersonId) await personOfAgency(tx, actor, changes.ownerPersonId);
    if (changes.startDate && changes.startDate.slice(0, 4) !== String(loaded.file.year))
      throw invalidField('startDate', {
        vi: 'Ngày bắt đầu phải thuộc năm của hồ sơ.',
        en: 'The start date must be in the file’s year.',
      });
    const [row] = await tx
      .update(recordFiles)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(eq(recordFiles.id, id))
      .returning();
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'record_file',
      entityId: id,
      entityLabel: label(row),
      action: 'update',
      changes: diff(loaded.file, row),
    });
    return row;
  });
}

/** Closed after review: the end date is the last document's date unless given, or today. */
export async function closeFile(deps: Deps, id: string, body: { version: number; endDate?: string }) {
  const { db, actor, audit } = deps;
  return db.transaction(async (tx) => {
    const loaded = await loadFile(tx, actor, id, { lock: true });
    if (loaded.file.state !== 'open') throw wrongState('open');
    if (!filesPolicy.close(actor, loaded.scope)) throw forbidden();
    checkVersion(loaded, body.version);
    if (!loaded.file.title.trim())
      throw invalidField('title', { vi: 'Hồ sơ chưa có tiêu đề.', en: 'The file has no title.' });
    const [{ last }] = await tx
      .select({ last: sql<string | null>`max(${recordFileItems.documentDate})::text` })
      .from(recordFileItems)
      .where(and(eq(recordFileItems.fileId, id), eq(recordFileItems.removed, false)));
    const endDate = body.endDate ?? last ?? todayInVietnam();
    if (endDate < loaded.file.startDate)
      throw invalidField('endDate', {
        vi: 'Ngày kết thúc không được trước ngày bắt đầu.',
        en: 'The end date cannot be before the start date.',
      });
    const [row] = await tx
      .update(recordFiles)
      .set({
        state: 'closed',
        endDate,
        closedBy: actor.personId,
        closedAt: new Date(),
        version: body.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(recordFiles.id, id))
      .returning();
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'record_file',
      entityId: id,
      entityLabel: label(row),
      action: 'close',
      changes: diff(loaded.file, row),
    });
    return row;
  });
}

/** The unit head reopens a closed file (not one handed to the archive), with a reason. */
export async function reopenFile(deps: Deps, id: string, body: { version: number; reason: string }) {
  const { db, actor, audit } = deps;
  return db.transaction(async (tx) => {
    const loaded = await loadFile(tx, actor, id, { lock: true });
    if (loaded.file.state !== 'closed') throw wrongState('closed');
    if (!filesPolicy.reopen(actor, loaded.scope)) throw forbidden();
    checkVersion(loaded, body.version);
    const [row] = await tx
      .update(recordFiles)
      .set({
        state: 'open',
        endDate: null,
        closedBy: null,
        closedAt: null,
        version: body.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(recordFiles.id, id))
      .returning();
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'record_file',
      entityId: id,
      entityLabel: label(row),
      action: 'reopen',
      changes: { ...diff(loaded.file, row), reason: { to: body.reason } },
    });
    return row;
  });
}

export function wrongState(needed: 'open' | 'closed') {
  return needed === 'open'
    ? new AppError(409, 'record_file.not_open', {
        vi: 'Hồ sơ đã đóng; chỉ thay đổi được hồ sơ đang mở.',
        en: 'The file is closed; only an open file can be changed.',
      })
    : new AppError(409, 'record_file.not_closed', {
        vi: 'Chỉ mở lại hoặc nộp lưu được hồ sơ đã đóng và chưa nộp lưu.',
        en: 'Only a closed file not yet transferred can be reopened or transferred.',
      });
}
