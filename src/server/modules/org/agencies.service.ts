import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { createAgencyBody, updateAgencyBody } from '../../../contract/org.ts';
import type { Db, Tx } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { type AuditContext, diff, recordAudit } from '../../platform/audit/audit.service.ts';
import { hashPassword, randomPassword } from '../../platform/auth/passwords.ts';
import { forbidden, invalidField, notFound } from '../../platform/http/errors.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { orgPolicy } from './org.policy.ts';
import { agencies, people, roleGrants, units } from './org.table.ts';
import { assertUsernameFree } from './people.service.ts';

type Agency = typeof agencies.$inferSelect;
const toView = (a: Agency) => ({
  id: a.id,
  code: a.code,
  name: a.name,
  shortName: a.shortName,
  status: a.status,
  version: a.version,
});

export type NewAgency = {
  code: string;
  name: string;
  shortName?: string | null;
  admin: {
    fullName: string;
    username: string;
    email?: string | null;
    password?: string;
    isOperator?: boolean;
  };
};

/**
 * A new tenant with its first unit and its administrator (agency-wide admin role). Used
 * by the operator's screen, by the first start of a fresh installation and by the demo.
 */
export async function createAgencyWithAdmin(tx: Tx, audit: AuditContext, spec: NewAgency) {
  const [clash] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, spec.code));
  if (clash) {
    throw invalidField(
      'code',
      { vi: `Mã cơ quan "${spec.code}" đã có.`, en: `Agency code "${spec.code}" already exists.` },
      409,
      'agency.code_taken',
    );
  }
  await assertUsernameFree(tx, spec.admin.username, 'admin.username');
  const agencyId = newId();
  const [agency] = await tx
    .insert(agencies)
    .values({ id: agencyId, agencyId, code: spec.code, name: spec.name, shortName: spec.shortName ?? null })
    .returning();
  const unitId = newId();
  await tx.insert(units).values({
    id: unitId,
    agencyId,
    code: 'VP',
    name: 'Văn phòng',
    kind: 'van_phong',
    path: `/${unitId}/`,
    validFrom: todayInVietnam(),
  });
  const password = spec.admin.password ?? randomPassword();
  const personId = newId();
  const [admin] = await tx
    .insert(people)
    .values({
      id: personId,
      agencyId,
      unitId,
      fullName: spec.admin.fullName,
      username: spec.admin.username,
      email: spec.admin.email ?? null,
      isOperator: spec.admin.isOperator ?? false,
      passwordHash: await hashPassword(password),
      mustChangePassword: !spec.admin.password,
    })
    .returning();
  await tx.insert(roleGrants).values({ id: newId(), agencyId, personId, role: 'admin', unitId: null });
  await recordAudit(tx, audit, {
    agencyId,
    entityType: 'agency',
    entityId: agencyId,
    entityLabel: agency.name,
    action: 'create',
    changes: diff(null, { ...agency, firstUnit: 'Văn phòng', administrator: admin.username }),
  });
  return { agency: toView(agency), adminId: admin.id, password: spec.admin.password ? null : password };
}

export async function listAgencies({ db, actor }: { db: Db; actor: Actor }) {
  const rows = actor.isOperator
    ? await db.select().from(agencies).orderBy(asc(agencies.name))
    : await db.select().from(agencies).where(eq(agencies.id, actor.agencyId));
  return rows.map(toView);
}

export async function createAgency(
  { db, actor, audit }: { db: Db; actor: Actor; audit: AuditContext },
  body: z.infer<typeof createAgencyBody>,
) {
  if (!orgPolicy.manageAgencies(actor)) throw forbidden();
  return db.transaction((tx) => createAgencyWithAdmin(tx, audit, body));
}

export async function updateAgency(
  { db, actor, audit }: { db: Db; actor: Actor; audit: AuditContext },
  id: string,
  body: z.infer<typeof updateAgencyBody>,
) {
  const [before] = await db.select().from(agencies).where(eq(agencies.id, id));
  if (!before || (!actor.isOperator && id !== actor.agencyId)) throw notFound('agency');
  if (!orgPolicy.manageAgencies(actor) && !orgPolicy.restructure(actor)) throw forbidden();
  return db.transaction(async (tx) => {
    const { version, ...patch } = body;
    const row = await updateVersioned(tx, agencies, { id, agencyId: id, version }, patch);
    await recordAudit(tx, audit, {
      agencyId: id,
      entityType: 'agency',
      entityId: id,
      entityLabel: row.name,
      action: 'update',
      changes: diff(before, row),
    });
    return toView(row);
  });
}
