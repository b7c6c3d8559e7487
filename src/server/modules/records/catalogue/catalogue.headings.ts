import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { headingBody, headingUpdateBody } from '../../../../contract/records-catalogue.ts';
import type { Tx } from '../../../db/connection.ts';
import { newId } from '../../../db/ids.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { AppError, invalidField, staleVersion } from '../../../platform/http/errors.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { catalogueEntries, catalogueHeadings } from '../records.table.ts';
import { audited, findItem, move, nextPosition, siblingsOf } from './catalogue.items.ts';
import { type Deps, editableCatalogue } from './catalogue.repository.ts';

async function checkParent(tx: Tx, actor: Actor, catalogueId: string, parentId: string | null | undefined) {
  if (!parentId) return null;
  const [parent] = await tx
    .select()
    .from(catalogueHeadings)
    .where(
      and(
        eq(catalogueHeadings.id, parentId),
        eq(catalogueHeadings.agencyId, actor.agencyId),
        eq(catalogueHeadings.catalogueId, catalogueId),
      ),
    );
  if (!parent || parent.parentId !== null) {
    throw invalidField('parentId', {
      vi: 'Đề mục con chỉ đặt được dưới một đề mục (số La Mã) của danh mục này.',
      en: 'A sub-heading goes only under a heading (Roman numeral) of this catalogue.',
    });
  }
  return parent;
}

export async function addHeading(
  { db, actor, audit }: Deps,
  catalogueId: string,
  body: z.infer<typeof headingBody>,
) {
  return db.transaction(async (tx) => {
    await editableCatalogue(tx, actor, catalogueId);
    const parent = await checkParent(tx, actor, catalogueId, body.parentId);
    const scope = { agencyId: actor.agencyId, catalogueId };
    const [row] = await tx
      .insert(catalogueHeadings)
      .values({
        id: newId(),
        ...scope,
        parentId: parent?.id ?? null,
        position: await nextPosition(
          tx,
          catalogueHeadings,
          siblingsOf(catalogueHeadings, scope, parent?.id ?? null, 'parentId'),
        ),
        title: body.title,
      })
      .returning();
    await audited(tx, { actor, audit }, 'catalogue_heading', 'create', null, row);
    return row;
  });
}

export async function updateHeading(
  { db, actor, audit }: Deps,
  catalogueId: string,
  headingId: string,
  body: z.infer<typeof headingUpdateBody>,
) {
  return db.transaction(async (tx) => {
    await editableCatalogue(tx, actor, catalogueId);
    const before = await findItem(tx, catalogueHeadings, actor, catalogueId, headingId);
    const row = await updateVersioned(
      tx,
      catalogueHeadings,
      { id: headingId, agencyId: actor.agencyId, version: body.version },
      { title: body.title },
    );
    await audited(tx, { actor, audit }, 'catalogue_heading', 'update', before, row);
    return row;
  });
}

export async function removeHeading({ db, actor, audit }: Deps, catalogueId: string, headingId: string) {
  await db.transaction(async (tx) => {
    await editableCatalogue(tx, actor, catalogueId);
    const row = await findItem(tx, catalogueHeadings, actor, catalogueId, headingId);
    const [{ n }] = await tx
      .select({
        n: sql<number>`(select count(*)::int from ${catalogueEntries} where heading_id = ${headingId} and agency_id = ${actor.agencyId}) + (select count(*)::int from ${catalogueHeadings} where parent_id = ${headingId} and agency_id = ${actor.agencyId})`,
      })
      .from(sql`(select 1) as one`);
    if (n > 0) {
      throw new AppError(409, 'catalogue.heading_not_empty', {
        vi: 'Đề mục còn hồ sơ hoặc đề mục con: chuyển hoặc xóa chúng trước.',
        en: 'The heading still has files or sub-headings: move or delete them first.',
      });
    }
    await tx.delete(catalogueHeadings).where(eq(catalogueHeadings.id, headingId));
    await audited(tx, { actor, audit }, 'catalogue_heading', 'delete', row, null);
  });
}

/** Swaps an item with its neighbour above or below among its siblings. */
export async function moveHeading(
  { db, actor, audit }: Deps,
  catalogueId: string,
  headingId: string,
  body: { direction: 'up' | 'down'; version: number },
) {
  await db.transaction(async (tx) => {
    await editableCatalogue(tx, actor, catalogueId);
    const row = await findItem(tx, catalogueHeadings, actor, catalogueId, headingId);
    if (row.version !== body.version) throw staleVersion();
    if (await move(tx, catalogueHeadings, row, row.parentId, 'parentId', body.direction))
      await recordAudit(tx, audit, {
        agencyId: actor.agencyId,
        entityType: 'catalogue_heading',
        entityId: row.id,
        entityLabel: row.title,
        action: `move_${body.direction}`,
        changes: {},
      });
  });
}
