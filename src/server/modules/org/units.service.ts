import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { createUnitBody, UnitView, updateUnitBody } from '../../../contract/org.ts';
import type { Db, Tx } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { type AuditContext, diff, recordAudit } from '../../platform/audit/audit.service.ts';
import { forbidden, invalidField, notFound } from '../../platform/http/errors.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { orgPolicy } from './org.policy.ts';
import { people, unitEvents, units } from './org.table.ts';

type Unit = typeof units.$inferSelect;
type Deps = { db: Db; actor: Actor; audit: AuditContext };

const toView = (actor: Actor, unit: Unit, peopleCount: number): UnitView => ({
  id: unit.id,
  code: unit.code,
  name: unit.name,
  kind: unit.kind as UnitView['kind'],
  parentId: unit.parentId,
  status: unit.status as UnitView['status'],
  validFrom: unit.validFrom,
  validTo: unit.validTo,
  sortOrder: unit.sortOrder,
  peopleCount,
  version: unit.version,
  abilities: {
    update:
      unit.status === 'active' &&
      orgPolicy.updateUnit(actor, { agencyId: unit.agencyId, unitPath: unit.path }),
    restructure: unit.status === 'active' && orgPolicy.restructure(actor),
  },
});

export async function listUnits(
  { db, actor }: Omit<Deps, 'audit'>,
  query: { status: 'active' | 'all'; q?: string },
) {
  const counts = db
    .select({ unitId: people.unitId, n: sql<number>`count(*)::int`.as('n') })
    .from(people)
    .where(and(eq(people.agencyId, actor.agencyId), eq(people.active, true)))
    .groupBy(people.unitId)
    .as('counts');
  const conditions = [eq(units.agencyId, actor.agencyId)];
  if (query.status === 'active') conditions.push(eq(units.status, 'active'));
  if (query.q) {
    const like = `%${query.q}%`;
    conditions.push(
      sql`(f_unaccent(${units.name}) ILIKE f_unaccent(${like}) OR ${units.code} ILIKE ${like})`,
    );
  }
  const rows = await db
    .select({ unit: units, n: counts.n })
    .from(units)
    .leftJoin(counts, eq(counts.unitId, units.id))
    .where(and(...conditions))
    .orderBy(asc(units.sortOrder), asc(units.name));
  return rows.map((r) => toView(actor, r.unit, r.n ?? 0));
}

/** A unit of the actor's agency, or 404 (units of other agencies do not exist for them). */
export async function findUnit(tx: Tx, actor: Actor, id: string): Promise<Unit> {
  const [unit] = await tx
    .select()
    .from(units)
    .where(and(eq(units.id, id), eq(units.agencyId, actor.agencyId)));
  if (!unit) throw notFound('unit');
  return unit;
}

export async function getUnit({ db, actor }: Omit<Deps, 'audit'>, id: string) {
  const unit = await findUnit(db, actor, id);
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(people)
    .where(and(eq(people.unitId, id), eq(people.active, true)));
  return toView(actor, unit, n);
}

export async function assertCodeFree(
  tx: Tx,
  agencyId: string,
  code: string,
  exceptId?: string,
  path = 'code',
) {
  const [clash] = await tx
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.agencyId, agencyId), eq(units.code, code), eq(units.status, 'active')));
  if (clash && clash.id !== exceptId) {
    throw invalidField(
      path,
      { vi: `Mã đơn vị "${code}" đã được dùng.`, en: `Unit code "${code}" is already in use.` },
      409,
      'unit.code_taken',
    );
  }
}

async function insertUnit(
  tx: Tx,
  agencyId: string,
  fields: {
    code: string;
    name: string;
    kind: string;
    parentId?: string | null;
    validFrom: string;
    sortOrder?: number;
  },
  /** Where a duplicate code is reported (e.g. newUnits.1.code in a split). */
  codePath = 'code',
) {
  const id = newId();
  let path = `/${id}/`;
  if (fields.parentId) {
    const [parent] = await tx
      .select()
      .from(units)
      .where(and(eq(units.id, fields.parentId), eq(units.agencyId, agencyId)));
    if (parent?.status !== 'active') {
      throw invalidField('parentId', {
        vi: 'Đơn vị cấp trên không tồn tại.',
        en: 'The parent unit does not exist.',
      });
    }
    path = `${parent.path}${id}/`;
  }
  await assertCodeFree(tx, agencyId, fields.code, undefined, codePath);
  const [unit] = await tx
    .insert(units)
    .values({ id, agencyId, ...fields, parentId: fields.parentId ?? null, path })
    .returning();
  return unit;
}

export async function createUnit({ db, actor, audit }: Deps, body: z.infer<typeof createUnitBody>) {
  return db.transaction(async (tx) => {
    const parent = body.parentId ? await findUnit(tx, actor, body.parentId) : null;
    if (!orgPolicy.createUnit(actor, parent && { agencyId: parent.agencyId, unitPath: parent.path }))
      throw forbidden();
    const unit = await insertUnit(tx, actor.agencyId, {
      ...body,
      validFrom: body.validFrom ?? todayInVietnam(),
    });
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'unit',
      entityId: unit.id,
      entityLabel: unit.name,
      action: 'create',
      changes: diff(null, unit),
    });
    return toView(actor, unit, 0);
  });
}

export async function updateUnit(
  { db, actor, audit }: Deps,
  id: string,
  body: z.infer<typeof updateUnitBody>,
) {
  return db.transaction(async (tx) => {
    const unit = await findUnit(tx, actor, id);
    if (!orgPolicy.updateUnit(actor, { agencyId: unit.agencyId, unitPath: unit.path })) throw forbidden();
    const patch: Partial<Unit> = { kind: body.kind, sortOrder: body.sortOrder };
    if (body.parentId !== undefined && body.parentId !== unit.parentId) {
      const parent = body.parentId ? await findUnit(tx, actor, body.parentId) : null;
      if (parent?.path.includes(`/${unit.id}/`)) {
        throw invalidField('parentId', {
          vi: 'Không thể đặt đơn vị dưới chính nó hoặc đơn vị cấp dưới của nó.',
          en: 'A unit cannot be placed under itself or one of its sub-units.',
        });
      }
      if (!orgPolicy.createUnit(actor, parent && { agencyId: parent.agencyId, unitPath: parent.path }))
        throw forbidden();
      patch.parentId = parent?.id ?? null;
      patch.path = `${parent?.path ?? '/'}${unit.id}/`;
      await tx
        .update(units)
        .set({ path: sql`${patch.path} || substr(${units.path}, ${unit.path.length + 1})` })
        .where(and(eq(units.agencyId, actor.agencyId), sql`${units.path} LIKE ${`${unit.path}_%`}`));
    }
    const updated = await updateVersioned(
      tx,
      units,
      { id, agencyId: actor.agencyId, version: body.version },
      patch,
    );
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'unit',
      entityId: id,
      entityLabel: updated.name,
      action: 'update',
      changes: diff(unit, updated),
    });
    return getUnit({ db: tx as Db, actor }, id);
  });
}

export async function listUnitEvents({ db, actor }: Omit<Deps, 'audit'>, unitId?: string) {
  const rows = await db
    .select()
    .from(unitEvents)
    .where(
      and(
        eq(unitEvents.agencyId, actor.agencyId),
        unitId
          ? sql`(${unitId} = ANY(${unitEvents.fromUnitIds}) OR ${unitId} = ANY(${unitEvents.toUnitIds}))`
          : undefined,
      ),
    )
    .orderBy(asc(unitEvents.effectiveDate), asc(unitEvents.createdAt));
  return rows.map((e) => ({
    ...e,
    kind: e.kind as never,
    snapshot: e.snapshot as never,
    createdAt: e.createdAt.toISOString(),
  }));
}

export { insertUnit };
