import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { createGrantBody, createPersonBody, updatePersonBody } from '../../../contract/org.ts';
import type { Db, Tx } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { type AuditContext, diff, recordAudit } from '../../platform/audit/audit.service.ts';
import { hashPassword, randomPassword } from '../../platform/auth/passwords.ts';
import { forbidden, invalidField, notFound } from '../../platform/http/errors.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { orgPolicy } from './org.policy.ts';
import { people, positions, roleGrants } from './org.table.ts';
import { findPeople, findPersonRow } from './people.repository.ts';
import { findUnit } from './units.service.ts';

type Deps = { db: Db; actor: Actor; audit: AuditContext };
export type NewPerson = z.infer<typeof createPersonBody>;

export async function getPerson({ db, actor }: Omit<Deps, 'audit'>, id: string) {
  const page = await findPeople(
    db,
    actor,
    { agencyId: actor.agencyId, id, active: 'all' },
    { page: 1, pageSize: 1 },
  );
  if (!page.items[0]) throw notFound('person');
  return page.items[0];
}

/** The person, if the actor may manage them; 404 outside the agency, 403 inside it. */
async function managed(tx: Tx, actor: Actor, id: string) {
  const row = await findPersonRow(tx, actor.agencyId, id);
  if (!row) throw notFound('person');
  if (!orgPolicy.managePerson(actor, { agencyId: row.person.agencyId, unitPath: row.unitPath }))
    throw forbidden();
  return row.person;
}

async function assertUnitManaged(tx: Tx, actor: Actor, unitId: string, path = 'unitId') {
  const unit = await findUnit(tx, actor, unitId).catch(() => null);
  if (unit?.status !== 'active') {
    throw invalidField(path, {
      vi: 'Đơn vị không tồn tại hoặc đã ngừng hoạt động.',
      en: 'The unit does not exist or is no longer active.',
    });
  }
  if (!orgPolicy.managePerson(actor, { agencyId: unit.agencyId, unitPath: unit.path })) throw forbidden();
}

async function assertPosition(tx: Tx, actor: Actor, positionId: string | null | undefined) {
  if (!positionId) return;
  const [position] = await tx
    .select({ id: positions.id })
    .from(positions)
    .where(and(eq(positions.id, positionId), eq(positions.agencyId, actor.agencyId)));
  if (!position)
    throw invalidField('positionId', { vi: 'Chức vụ không tồn tại.', en: 'The position does not exist.' });
}

export async function assertUsernameFree(tx: Tx, username: string, path = 'username') {
  const [clash] = await tx.select({ id: people.id }).from(people).where(eq(people.username, username));
  if (clash) {
    throw invalidField(
      path,
      { vi: `Tên đăng nhập "${username}" đã có người dùng.`, en: `Username "${username}" is already taken.` },
      409,
      'person.username_taken',
    );
  }
}

/** Inserts one person inside the caller's transaction (used by create and by import). */
export async function insertPerson(
  tx: Tx,
  actor: Actor,
  audit: AuditContext,
  body: NewPerson,
  /** A one-time password already hashed (imports hash many in parallel, outside the transaction). */
  preset?: { oneTimePassword: string; passwordHash: string },
) {
  await assertUnitManaged(tx, actor, body.unitId);
  await assertPosition(tx, actor, body.positionId);
  await assertUsernameFree(tx, body.username);
  const oneTimePassword = body.password ? null : (preset?.oneTimePassword ?? randomPassword());
  const [person] = await tx
    .insert(people)
    .values({
      id: newId(),
      agencyId: actor.agencyId,
      unitId: body.unitId,
      positionId: body.positionId ?? null,
      fullName: body.fullName,
      username: body.username,
      email: body.email ?? null,
      phone: body.phone ?? null,
      passwordHash:
        preset?.passwordHash ?? (await hashPassword(body.password ?? (oneTimePassword as string))),
      mustChangePassword: true,
    })
    .returning();
  await recordAudit(tx, audit, {
    agencyId: actor.agencyId,
    entityType: 'person',
    entityId: person.id,
    entityLabel: person.fullName,
    action: 'create',
    changes: diff(null, person),
  });
  return { person, oneTimePassword };
}

export async function createPerson({ db, actor, audit }: Deps, body: NewPerson) {
  const { person, oneTimePassword } = await db.transaction((tx) => insertPerson(tx, actor, audit, body));
  return { person: await getPerson({ db, actor }, person.id), oneTimePassword };
}

export async function updatePerson(
  { db, actor, audit }: Deps,
  id: string,
  body: z.infer<typeof updatePersonBody>,
) {
  await db.transaction(async (tx) => {
    const person = await managed(tx, actor, id);
    if (body.unitId && body.unitId !== person.unitId) await assertUnitManaged(tx, actor, body.unitId);
    await assertPosition(tx, actor, body.positionId);
    if (body.active === false && id === actor.personId) {
      throw invalidField('active', {
        vi: 'Bạn không thể tự khóa tài khoản của mình.',
        en: 'You cannot deactivate yourself.',
      });
    }
    const { version, ...patch } = body;
    const updated = await updateVersioned(tx, people, { id, agencyId: actor.agencyId, version }, patch);
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'person',
      entityId: id,
      entityLabel: updated.fullName,
      action: 'update',
      changes: diff(person, updated),
    });
  });
  return getPerson({ db, actor }, id);
}

/** Sets a one-time password the person must change at next sign-in; unlocks the account. */
export async function resetPassword({ db, actor, audit }: Deps, id: string, version: number) {
  return db.transaction(async (tx) => {
    const person = await managed(tx, actor, id);
    const oneTimePassword = randomPassword();
    const updated = await updateVersioned(
      tx,
      people,
      { id, agencyId: actor.agencyId, version },
      {
        passwordHash: await hashPassword(oneTimePassword),
        mustChangePassword: true,
        failedLogins: 0,
        lockedUntil: null,
      },
    );
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'person',
      entityId: id,
      entityLabel: person.fullName,
      action: 'reset_password',
      changes: diff(person, updated),
    });
    return { oneTimePassword, email: person.email, fullName: person.fullName };
  });
}

export async function addGrant(
  { db, actor, audit }: Deps,
  personId: string,
  body: z.infer<typeof createGrantBody>,
) {
  await db.transaction(async (tx) => {
    await managed(tx, actor, personId);
    const unit = body.unitId ? await findUnit(tx, actor, body.unitId).catch(() => null) : null;
    if (body.unitId && unit?.status !== 'active') {
      throw invalidField('unitId', { vi: 'Đơn vị không tồn tại.', en: 'The unit does not exist.' });
    }
    if (!orgPolicy.grant(actor, unit && { agencyId: unit.agencyId, unitPath: unit.path })) throw forbidden();
    const existing = await tx
      .select()
      .from(roleGrants)
      .where(and(eq(roleGrants.personId, personId), eq(roleGrants.role, body.role)));
    if (existing.some((g) => g.unitId === body.unitId)) {
      throw invalidField(
        'role',
        { vi: 'Người này đã có vai trò đó.', en: 'This person already holds that role.' },
        409,
        'grant.exists',
      );
    }
    const [grant] = await tx
      .insert(roleGrants)
      .values({
        id: newId(),
        agencyId: actor.agencyId,
        personId,
        role: body.role,
        unitId: body.unitId,
        grantedBy: actor.personId,
      })
      .returning();
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'role_grant',
      entityId: grant.id,
      entityLabel: body.role,
      action: 'create',
      changes: diff(null, grant),
    });
  });
  return getPerson({ db, actor }, personId);
}

export async function removeGrant({ db, actor, audit }: Deps, personId: string, grantId: string) {
  await db.transaction(async (tx) => {
    await managed(tx, actor, personId);
    const [grant] = await tx
      .select()
      .from(roleGrants)
      .where(
        and(
          eq(roleGrants.id, grantId),
          eq(roleGrants.personId, personId),
          eq(roleGrants.agencyId, actor.agencyId),
        ),
      );
    if (!grant) throw notFound('grant');
    const unit = grant.unitId ? await findUnit(tx, actor, grant.unitId) : null;
    if (!orgPolicy.grant(actor, unit && { agencyId: unit.agencyId, unitPath: unit.path })) throw forbidden();
    if (grant.role === 'admin' && grant.unitId === null && grant.personId === actor.personId) {
      throw invalidField('grantId', {
        vi: 'Bạn không thể tự thu hồi quyền quản trị toàn cơ quan của mình.',
        en: 'You cannot revoke your own agency-wide administrator role.',
      });
    }
    await tx.delete(roleGrants).where(eq(roleGrants.id, grantId));
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'role_grant',
      entityId: grant.id,
      entityLabel: grant.role,
      action: 'delete',
      changes: diff(grant, null),
    });
  });
  return getPerson({ db, actor }, personId);
}
