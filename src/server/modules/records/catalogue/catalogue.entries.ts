import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { EntryBody, entryUpdateBody } from '../../../../contract/records-catalogue.ts';
import type { Tx } from '../../../db/connection.ts';
import { newId } from '../../../db/ids.ts';
import { isUniqueViolation, updateVersioned } from '../../../db/versioned.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { AppError, invalidField, staleVersion } from '../../../platform/http/errors.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { personRows, unitRows } from '../../org/index.ts';
import { catalogueEntries, catalogueHeadings, recordFiles } from '../records.table.ts';
import { audited, findItem, move, nextPosition, siblingsOf } from './catalogue.items.ts';
import { nextCode } from './catalogue.numbers.ts';
import { type Deps, editableCatalogue, entriesOf } from './catalogue.repository.ts';

const people = personRows();
const units = unitRows();

async function checkOwner(tx: Tx, actor: Actor, body: Pick<EntryBody, 'ownerUnitId' | 'ownerPersonId'>) {
  if (body.ownerUnitId) {
    const [unit] = await tx
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.id, body.ownerUnitId), eq(units.agencyId, actor.agencyId)));
    if (!unit)
      throw invalidField('ownerUnitId', {
        vi: 'Không có đơn vị này trong cơ quan.',
        en: 'No such unit in the agency.',
      });
  }
  if (body.ownerPersonId) {
    const [person] = await tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.id, body.ownerPersonId), eq(people.agencyId, actor.agencyId)));
    if (!person)
      throw invalidField('ownerPersonId', {
        vi: 'Không có người này trong cơ quan.',
        en: 'No such person in the agency.',
      });
  }
}

const duplicateCode = (code: string) =>
  invalidField(
    'code',
    {
      vi: `Số và ký hiệu "${code}" đã có trong danh mục.`,
      en: `Code "${code}" is already in the catalogue.`,
    },
    409,
    'catalogue.duplicate_code',
  );

/** Inserts an entry at the end of its heading; used by the form, generation and copy. */
export async function insertEntry(
  tx: Tx,
  deps: Pick<Deps, 'actor' | 'audit'>,
  catalogue: { id: string; unitId: string },
  unitCode: string,
  body: EntryBody & { sourceDocumentId?: string | null; sourceRecordName?: string | null },
) {
  const { actor } = deps;
  const heading = await checkHeading(tx, actor, catalogue.id, body.headingId);
  const code =
    body.code ??
    nextCode(
      (await entriesOf(tx, actor.agencyId, catalogue.id)).map((e) => e.code),
      unitCode,
    );
  const scope = { agencyId: actor.agencyId, catalogueId: catalogue.id };
  const [taken] = await tx
    .select({ id: catalogueEntries.id })
    .from(catalogueEntries)
    .where(
      and(
        eq(catalogueEntries.agencyId, actor.agencyId),
        eq(catalogueEntries.catalogueId, catalogue.id),
        eq(catalogueEntries.code, code),
      ),
    );
  if (taken) throw duplicateCode(code);
  const [row] = await tx
    .insert(catalogueEntries)
    .values({
      id: newId(),
      ...scope,
      headingId: heading,
      position: await nextPosition(
        tx,
        catalogueEntries,
        siblingsOf(catalogueEntries, scope, heading, 'headingId'),
      ),
      code,
      title: body.title,
      retentionYears: body.retentionYears,
      ownerUnitId: body.ownerUnitId ?? catalogue.unitId,
      ownerPersonId: body.ownerPersonId ?? null,
      notes: body.notes ?? null,
      sourceDocumentId: body.sourceDocumentId ?? null,
      sourceRecordName: body.sourceRecordName ?? null,
    })
    .returning();
  await audited(tx, deps, 'catalogue_entry', 'create', null, row);
  return row;
}

async function checkHeading(tx: Tx, actor: Actor, catalogueId: string, headingId: string | null | undefined) {
  if (!headingId) return null;
  const [heading] = await tx
    .select({ id: catalogueHeadings.id })
    .from(catalogueHeadings)
    .where(
      and(
        eq(catalogueHeadings.id, headingId),
        eq(catalogueHeadings.agencyId, actor.agencyId),
        eq(catalogueHeadings.catalogueId, catalogueId),
      ),
    );
  if (!heading)
    throw invalidField('headingId', {
      vi: 'Không có đề mục này trong danh mục.',
      en: 'No such heading in this catalogue.',
    });
  return heading.id;
}

export async function addEntry({ db, actor, audit }: Deps, catalogueId: string, body: EntryBody) {
  try {
    return await db.transaction(async (tx) => {
      const { catalogue, unit } = await editableCatalogue(tx, actor, catalogueId);
      await checkOwner(tx, actor, body);
      return insertEntry(tx, { actor, audit }, catalogue, unit.code, body);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicateCode(body.code ?? '');
    throw e;
  }
}

export async function updateEntry(
  { db, actor, audit }: Deps,
  catalogueId: string,
  entryId: string,
  body: z.infer<typeof entryUpdateBody>,
) {
  try {
    return await db.transaction(async (tx) => {
      await editableCatalogue(tx, actor, catalogueId);
      const before = await findItem(tx, catalogueEntries, actor, catalogueId, entryId);
      await checkOwner(tx, actor, body);
      const headingId =
        body.headingId === undefined
          ? before.headingId
          : await checkHeading(tx, actor, catalogueId, body.headingId);
      const code = body.code ?? before.code;
      if (code.toLowerCase() !== before.code.toLowerCase()) {
        const [taken] = await tx
          .select({ id: catalogueEntries.id })
          .from(catalogueEntries)
          .where(
            and(
              eq(catalogueEntries.agencyId, actor.agencyId),
              eq(catalogueEntries.catalogueId, catalogueId),
              eq(catalogueEntries.code, code),
            ),
          );
        if (taken) throw duplicateCode(code);
      }
      const scope = { agencyId: actor.agencyId, catalogueId };
      const row = await updateVersioned(
        tx,
        catalogueEntries,
        { id: entryId, agencyId: actor.agencyId, version: body.version },
        {
          code,
          title: body.title,
          retentionYears: body.retentionYears,
          ownerUnitId: body.ownerUnitId ?? before.ownerUnitId,
          ownerPersonId: body.ownerPersonId === undefined ? before.ownerPersonId : body.ownerPersonId,
          notes: body.notes === undefined ? before.notes : body.notes,
          headingId,
          ...(headingId !== before.headingId
            ? {
                position: await nextPosition(
                  tx,
                  catalogueEntries,
                  siblingsOf(catalogueEntries, scope, headingId, 'headingId'),
                ),
              }
            : {}),
        },
      );
      await audited(tx, { actor, audit }, 'catalogue_entry', 'update', before, row);
      return row;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicateCode(body.code ?? '');
    throw e;
  }
}

export async function removeEntry({ db, actor, audit }: Deps, catalogueId: string, entryId: string) {
  await db.transaction(async (tx) => {
    await editableCatalogue(tx, actor, catalogueId);
    const row = await findItem(tx, catalogueEntries, actor, catalogueId, entryId);
    const [file] = await tx
      .select({ id: recordFiles.id })
      .from(recordFiles)
      .where(and(eq(recordFiles.agencyId, actor.agencyId), eq(recordFiles.catalogueEntryId, entryId)))
      .limit(1);
    if (file) {
      throw new AppError(409, 'catalogue.entry_has_files', {
        vi: 'Đã có hồ sơ được lập theo mục này nên không xóa được.',
        en: 'Files have been opened against this entry, so it cannot be deleted.',
      });
    }
    await tx.delete(catalogueEntries).where(eq(catalogueEntries.id, entryId));
    await audited(tx, { actor, audit }, 'catalogue_entry', 'delete', row, null);
  });
}

export async function moveEntry(
  { db, actor, audit }: Deps,
  catalogueId: string,
  entryId: string,
  body: { direction: 'up' | 'down'; version: number },
) {
  await db.transaction(async (tx) => {
    await editableCatalogue(tx, actor, catalogueId);
    const row = await findItem(tx, catalogueEntries, actor, catalogueId, entryId);
    if (row.version !== body.version) throw staleVersion();
    if (await move(tx, catalogueEntries, row, row.headingId, 'headingId', body.direction))
      await recordAudit(tx, audit, {
        agencyId: actor.agencyId,
        entityType: 'catalogue_entry',
        entityId: row.id,
        entityLabel: `${row.code}: ${row.title}`,
        action: `move_${body.direction}`,
        changes: {},
      });
  });
}
