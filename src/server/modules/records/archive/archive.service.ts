import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type {
  FileListItem,
  TransferBody,
  TransferSummary,
  TransferView,
} from '../../../../contract/record-files.ts';
import type { Db, Tx } from '../../../db/connection.ts';
import { newId } from '../../../db/ids.ts';
import { diff, recordAudit } from '../../../platform/audit/audit.service.ts';
import { forbidden, invalidField, notFound } from '../../../platform/http/errors.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { agencyRows, personRows, unitRows } from '../../org/index.ts';
import { fileRows } from '../files/files.list.ts';
import { filesPolicy } from '../files/files.policy.ts';
import { fileReadableSql, loadUnit } from '../files/files.scope.ts';
import type { Deps } from '../files/files.service.ts';
import { archiveTransfers, recordFiles } from '../records.table.ts';

const agencies = agencyRows();
const people = personRows();
const units = unitRows();

/** Nộp lưu: closed files of the unit handed to the agency archive, in one transfer. */
export async function createTransfer(deps: Deps, body: TransferBody) {
  const { db, actor, audit } = deps;
  return db.transaction(async (tx) => {
    const unit = await loadUnit(tx, actor, body.unitId);
    if (!filesPolicy.transfer(actor, unit.scope)) throw forbidden();
    const ids = [...new Set(body.fileIds)];
    const files = (
      await tx
        .select({ file: recordFiles })
        .from(recordFiles)
        .innerJoin(units, eq(units.id, recordFiles.unitId))
        // Only files the actor may see: a restricted file is not handed over by someone kept from it.
        .where(
          and(eq(recordFiles.agencyId, actor.agencyId), inArray(recordFiles.id, ids), fileReadableSql(actor)),
        )
        .for('update', { of: recordFiles })
    ).map((r) => r.file);
    const wrong = ids.find((id) => {
      const f = files.find((file) => file.id === id);
      return !f || f.unitId !== body.unitId || f.state !== 'closed';
    });
    if (wrong)
      throw invalidField('fileIds', {
        vi: 'Chỉ nộp lưu được hồ sơ đã đóng của đơn vị, chưa nộp lưu.',
        en: 'Only the unit’s closed files, not yet transferred, can be transferred.',
      });
    const [transfer] = await tx
      .insert(archiveTransfers)
      .values({
        id: newId(),
        agencyId: actor.agencyId,
        unitId: body.unitId,
        transferDate: body.transferDate,
        handedOverBy: actor.personId,
        receivedByName: body.receivedByName,
        notes: body.notes ?? null,
      })
      .returning();
    for (const f of files) {
      const [after] = await tx
        .update(recordFiles)
        .set({ state: 'transferred', transferId: transfer.id, version: f.version + 1, updatedAt: new Date() })
        .where(eq(recordFiles.id, f.id))
        .returning();
      await recordAudit(tx, audit, {
        agencyId: actor.agencyId,
        entityType: 'record_file',
        entityId: f.id,
        entityLabel: `${f.fileCode}: ${f.title}`,
        action: 'transfer',
        changes: diff(f, after),
      });
    }
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'archive_transfer',
      entityId: transfer.id,
      entityLabel: `Nộp lưu ${files.length} hồ sơ – ${unit.name}`,
      action: 'create',
      changes: diff(null, { ...transfer, fileIds: ids }),
    });
    return transfer;
  });
}

const summaryColumns = {
  transfer: archiveTransfers,
  unitName: units.name,
  unitPath: units.path,
  handedOverByName: people.fullName,
  fileCount: sql<number>`(select count(*)::int from ${recordFiles} f where f.agency_id = ${archiveTransfers.agencyId} and f.transfer_id = ${archiveTransfers.id})`,
};

const summaryOf = (r: {
  transfer: typeof archiveTransfers.$inferSelect;
  unitName: string;
  handedOverByName: string | null;
  fileCount: number;
}): TransferSummary => ({
  id: r.transfer.id,
  unitId: r.transfer.unitId,
  unitName: r.unitName,
  transferDate: r.transfer.transferDate,
  handedOverByName: r.handedOverByName ?? '',
  receivedByName: r.transfer.receivedByName,
  notes: r.transfer.notes,
  fileCount: r.fileCount,
  createdAt: r.transfer.createdAt.toISOString(),
});

/** Transfers of the units whose head or ISO officer the actor is; all for the secretariat. */
export async function listTransfers(
  db: Db,
  actor: Actor,
  query: { unitId?: string; page: number; pageSize: number },
) {
  const rows = await db
    .select(summaryColumns)
    .from(archiveTransfers)
    .innerJoin(units, eq(units.id, archiveTransfers.unitId))
    .leftJoin(people, eq(people.id, archiveTransfers.handedOverBy))
    .where(
      and(
        eq(archiveTransfers.agencyId, actor.agencyId),
        query.unitId ? eq(archiveTransfers.unitId, query.unitId) : undefined,
      ),
    )
    .orderBy(desc(archiveTransfers.transferDate), desc(archiveTransfers.createdAt));
  // Few per unit and year: filtered here by the same policy as one transfer.
  const visible = rows.filter((r) =>
    filesPolicy.readTransfers(actor, { agencyId: r.transfer.agencyId, unitPath: r.unitPath }),
  );
  const start = (query.page - 1) * query.pageSize;
  return {
    items: visible.slice(start, start + query.pageSize).map(summaryOf),
    total: visible.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export type TransferPapers = TransferView & { agencyName: string; agencyCode: string };

export async function getTransfer(db: Db | Tx, actor: Actor, id: string): Promise<TransferPapers> {
  const [row] = await db
    .select({ ...summaryColumns, agencyName: agencies.name, agencyCode: agencies.code })
    .from(archiveTransfers)
    .innerJoin(units, eq(units.id, archiveTransfers.unitId))
    .innerJoin(agencies, eq(agencies.id, archiveTransfers.agencyId))
    .leftJoin(people, eq(people.id, archiveTransfers.handedOverBy))
    .where(and(eq(archiveTransfers.id, id), eq(archiveTransfers.agencyId, actor.agencyId)));
  if (!row || !filesPolicy.readTransfers(actor, { agencyId: row.transfer.agencyId, unitPath: row.unitPath }))
    throw notFound('archive_transfer');
  const files: FileListItem[] = await fileRows(
    db,
    and(eq(recordFiles.agencyId, actor.agencyId), eq(recordFiles.transferId, id))!,
    { limit: 10_000, offset: 0, sort: 'fileCode' },
  );
  return { ...summaryOf(row), files, agencyName: row.agencyName, agencyCode: row.agencyCode };
}
