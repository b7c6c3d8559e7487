import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { createPositionBody, updatePositionBody } from '../../../contract/org.ts';
import type { Db } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { isUniqueViolation, updateVersioned } from '../../db/versioned.ts';
import { type AuditContext, diff, recordAudit } from '../../platform/audit/audit.service.ts';
import { forbidden, invalidField, notFound } from '../../platform/http/errors.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { orgPolicy } from './org.policy.ts';
import { positions } from './org.table.ts';

type Deps = { db: Db; actor: Actor; audit: AuditContext };

const toView = (p: typeof positions.$inferSelect) => ({
  id: p.id,
  name: p.name,
  rank: p.rank,
  version: p.version,
});

const nameTaken = (name: string) =>
  invalidField(
    'name',
    { vi: `Chức vụ "${name}" đã có.`, en: `Position "${name}" already exists.` },
    409,
    'position.name_taken',
  );

export async function listPositions({ db, actor }: Omit<Deps, 'audit'>) {
  const rows = await db
    .select()
    .from(positions)
    .where(eq(positions.agencyId, actor.agencyId))
    .orderBy(asc(positions.rank), asc(positions.name));
  return rows.map(toView);
}

export async function createPosition({ db, actor, audit }: Deps, body: z.infer<typeof createPositionBody>) {
  if (!orgPolicy.managePositions(actor)) throw forbidden();
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(positions)
        .values({ id: newId(), agencyId: actor.agencyId, name: body.name, rank: body.rank ?? 100 })
        .returning();
      await recordAudit(tx, audit, {
        agencyId: actor.agencyId,
        entityType: 'position',
        entityId: row.id,
        entityLabel: row.name,
        action: 'create',
        changes: diff(null, row),
      });
      return toView(row);
    });
  } catch (error) {
    throw isUniqueViolation(error) ? nameTaken(body.name) : error;
  }
}

export async function updatePosition(
  { db, actor, audit }: Deps,
  id: string,
  body: z.infer<typeof updatePositionBody>,
) {
  if (!orgPolicy.managePositions(actor)) throw forbidden();
  try {
    return await db.transaction(async (tx) => {
      const [before] = await tx
        .select()
        .from(positions)
        .where(and(eq(positions.id, id), eq(positions.agencyId, actor.agencyId)));
      if (!before) throw notFound('position');
      const { version, ...patch } = body;
      const row = await updateVersioned(tx, positions, { id, agencyId: actor.agencyId, version }, patch);
      await recordAudit(tx, audit, {
        agencyId: actor.agencyId,
        entityType: 'position',
        entityId: id,
        entityLabel: row.name,
        action: 'update',
        changes: diff(before, row),
      });
      return toView(row);
    });
  } catch (error) {
    throw isUniqueViolation(error) ? nameTaken(body.name ?? '') : error;
  }
}
