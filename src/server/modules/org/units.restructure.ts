import { and, eq, inArray, sql } from 'drizzle-orm';
import type { RestructureBody } from '../../../contract/org.ts';
import type { Db, Tx } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { type AuditContext, diff, recordAudit } from '../../platform/audit/audit.service.ts';
import { forbidden, invalidField } from '../../platform/http/errors.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { orgPolicy } from './org.policy.ts';
import { people, roleGrants, unitEvents, units } from './org.table.ts';
import { assertCodeFree, findUnit, insertUnit } from './units.service.ts';

type Unit = typeof units.$inferSelect;
type Deps = { db: Db; actor: Actor; audit: AuditContext };

/**
 * Rename, merge, split or dissolve, as one transaction: the old units close on the
 * effective date with what became of them, people and sub-units move, and the event is
 * kept so the history reads right later (BRIEF.md capability 1 and 9).
 */
export async function restructure({ db, actor, audit }: Deps, body: RestructureBody) {
  if (!orgPolicy.restructure(actor)) throw forbidden();
  return db.transaction(async (tx) => {
    const log = (unit: Unit, after: Partial<Unit>, action: string) =>
      recordAudit(tx, audit, {
        agencyId: actor.agencyId,
        entityType: 'unit',
        entityId: unit.id,
        entityLabel: unit.name,
        action,
        changes: diff(unit, { ...unit, ...after }),
      });
    const close = async (unit: Unit, status: string) => {
      const after = { status, validTo: body.effectiveDate };
      await tx
        .update(units)
        .set({ ...after, version: unit.version + 1, updatedAt: new Date() })
        .where(eq(units.id, unit.id));
      await log(unit, after, body.kind);
    };
    let from: Unit[];
    let to: Unit[];
    switch (body.kind) {
      case 'rename': {
        const unit = await activeUnit(tx, actor, body.unitId, 'unitId');
        from = [unit];
        await assertCodeFree(tx, actor.agencyId, body.code, unit.id);
        const renamed = await updateVersioned(
          tx,
          units,
          { id: unit.id, agencyId: actor.agencyId, version: body.version },
          { code: body.code, name: body.name },
        );
        await log(unit, renamed, 'rename');
        to = [renamed];
        break;
      }
      case 'merge': {
        from = await Promise.all(body.unitIds.map((id, i) => activeUnit(tx, actor, id, `unitIds.${i}`)));
        const target = body.intoUnitId
          ? await activeUnit(tx, actor, body.intoUnitId, 'intoUnitId')
          : body.newUnit
            ? await created(
                tx,
                actor,
                audit,
                body.newUnit,
                from[0].parentId,
                body.effectiveDate,
                'newUnit.code',
              )
            : null;
        if (!target) {
          throw invalidField('intoUnitId', {
            vi: 'Cần chọn đơn vị hợp nhất vào hoặc khai báo đơn vị mới.',
            en: 'Choose the unit to merge into, or describe a new one.',
          });
        }
        if (body.unitIds.includes(target.id)) {
          throw invalidField('intoUnitId', {
            vi: 'Đơn vị nhận không được nằm trong danh sách bị hợp nhất.',
            en: 'The receiving unit cannot be one of the merged units.',
          });
        }
        for (const unit of from) {
          await moveContents(tx, audit, actor, unit, target, () => target);
          await close(unit, 'merged');
        }
        to = [target];
        break;
      }
      case 'split': {
        const unit = await activeUnit(tx, actor, body.unitId, 'unitId');
        from = [unit];
        await close(unit, 'split');
        to = [];
        for (const [i, spec] of body.newUnits.entries()) {
          to.push(
            await created(tx, actor, audit, spec, unit.parentId, body.effectiveDate, `newUnits.${i}.code`),
          );
        }
        const assignments = body.assignments ?? {};
        for (const [personId, index] of Object.entries(assignments)) {
          if (index >= to.length) {
            throw invalidField(`assignments.${personId}`, {
              vi: 'Chỉ số đơn vị mới không tồn tại.',
              en: 'There is no new unit with that index.',
            });
          }
        }
        await moveContents(tx, audit, actor, unit, to[0], (personId) => to[assignments[personId] ?? 0]);
        break;
      }
      case 'dissolve': {
        const unit = await activeUnit(tx, actor, body.unitId, 'unitId');
        from = [unit];
        const [child] = await tx
          .select({ id: units.id })
          .from(units)
          .where(and(eq(units.parentId, unit.id), eq(units.status, 'active')));
        if (child) {
          throw invalidField('unitId', {
            vi: 'Đơn vị còn đơn vị cấp dưới đang hoạt động; hãy chuyển hoặc giải thể chúng trước.',
            en: 'The unit still has active sub-units; move or dissolve them first.',
          });
        }
        const staff = await tx
          .select({ id: people.id })
          .from(people)
          .where(and(eq(people.unitId, unit.id), eq(people.active, true)));
        const target = body.moveUnitId ? await activeUnit(tx, actor, body.moveUnitId, 'moveUnitId') : null;
        if (staff.length > 0 && !target) {
          throw invalidField('moveUnitId', {
            vi: `Đơn vị còn ${staff.length} người đang làm việc; cần chọn đơn vị tiếp nhận.`,
            en: `The unit still has ${staff.length} active people; choose the unit that takes them.`,
          });
        }
        if (target) await moveContents(tx, audit, actor, unit, target, () => target);
        const grants = await tx.delete(roleGrants).where(eq(roleGrants.unitId, unit.id)).returning();
        for (const grant of grants) {
          await recordAudit(tx, audit, {
            agencyId: actor.agencyId,
            entityType: 'role_grant',
            entityId: grant.id,
            action: 'delete',
            changes: diff(grant, null),
          });
        }
        await close(unit, 'dissolved');
        to = target ? [target] : [];
        break;
      }
    }
    const event = {
      id: newId(),
      agencyId: actor.agencyId,
      kind: body.kind,
      effectiveDate: body.effectiveDate,
      decisionRef: body.decisionRef ?? null,
      note: body.note ?? null,
      fromUnitIds: from.map((u) => u.id),
      toUnitIds: to.map((u) => u.id),
      snapshot: {
        from: Object.fromEntries(from.map((u) => [u.id, { code: u.code, name: u.name }])),
        to: Object.fromEntries(to.map((u) => [u.id, { code: u.code, name: u.name }])),
      },
      createdBy: actor.personId,
    };
    await tx.insert(unitEvents).values(event);
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'unit_event',
      entityId: event.id,
      entityLabel: body.decisionRef,
      action: body.kind,
      changes: diff(null, event),
    });
    return { eventId: event.id, fromUnitIds: event.fromUnitIds, toUnitIds: event.toUnitIds };
  });
}

async function activeUnit(tx: Tx, actor: Actor, id: string, path: string) {
  const unit = await findUnit(tx, actor, id);
  if (unit.status !== 'active') {
    throw invalidField(path, {
      vi: `Đơn vị "${unit.name}" không còn hoạt động.`,
      en: `Unit "${unit.name}" is no longer active.`,
    });
  }
  return unit;
}

async function created(
  tx: Tx,
  actor: Actor,
  audit: AuditContext,
  spec: { code: string; name: string; kind: string },
  parentId: string | null,
  validFrom: string,
  codePath: string,
) {
  const unit = await insertUnit(tx, actor.agencyId, { ...spec, parentId, validFrom }, codePath);
  await recordAudit(tx, audit, {
    agencyId: actor.agencyId,
    entityType: 'unit',
    entityId: unit.id,
    entityLabel: unit.name,
    action: 'create',
    changes: diff(null, unit),
  });
  return unit;
}

/** Moves people, sub-units and unit-scoped role grants from one unit to another. */
async function moveContents(
  tx: Tx,
  audit: AuditContext,
  actor: Actor,
  source: Unit,
  defaultTarget: Unit,
  targetOf: (personId: string) => Unit,
) {
  const members = await tx
    .select()
    .from(people)
    .where(and(eq(people.unitId, source.id), eq(people.active, true)));
  for (const person of members) {
    const target = targetOf(person.id);
    await tx
      .update(people)
      .set({ unitId: target.id, version: person.version + 1, updatedAt: new Date() })
      .where(eq(people.id, person.id));
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'person',
      entityId: person.id,
      entityLabel: person.fullName,
      action: 'move',
      changes: { unitId: { from: source.id, to: target.id } },
    });
  }
  const children = await tx
    .select()
    .from(units)
    .where(and(eq(units.parentId, source.id), eq(units.status, 'active')));
  for (const child of children) {
    const path = `${defaultTarget.path}${child.id}/`;
    await tx
      .update(units)
      .set({ path: sql`${path} || substr(${units.path}, ${child.path.length + 1})` })
      .where(and(eq(units.agencyId, actor.agencyId), sql`${units.path} LIKE ${`${child.path}%`}`));
    await tx.update(units).set({ parentId: defaultTarget.id }).where(eq(units.id, child.id));
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'unit',
      entityId: child.id,
      entityLabel: child.name,
      action: 'move',
      changes: { parentId: { from: source.id, to: defaultTarget.id } },
    });
  }
  const grants = await tx.select().from(roleGrants).where(eq(roleGrants.unitId, source.id));
  const held = await tx
    .select()
    .from(roleGrants)
    .where(inArray(roleGrants.personId, grants.length ? grants.map((g) => g.personId) : [source.id]));
  for (const grant of grants) {
    const duplicate = held.some(
      (h) => h.personId === grant.personId && h.role === grant.role && h.unitId === defaultTarget.id,
    );
    if (duplicate) await tx.delete(roleGrants).where(eq(roleGrants.id, grant.id));
    else await tx.update(roleGrants).set({ unitId: defaultTarget.id }).where(eq(roleGrants.id, grant.id));
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'role_grant',
      entityId: grant.id,
      action: duplicate ? 'delete' : 'move',
      changes: { unitId: { from: source.id, to: duplicate ? null : defaultTarget.id } },
    });
  }
}
