import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Me } from '../../../contract/auth.ts';
import type { Db, Tx } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { agencies, people, positions, roleGrants, units } from '../../modules/org/org.table.ts';
import { type AuditContext, recordAudit } from '../audit/audit.service.ts';
import { AppError, invalidField } from '../http/errors.ts';
import type { Actor } from '../permissions/actor.ts';
import { holdsAgencyWide } from '../permissions/actor.ts';
import { apiTokens, sessions } from './auth.table.ts';
import { assertLoginAllowed, purgeLoginFailures, recordLoginFailure } from './login-limits.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { randomToken, sha256 } from './tokens.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

const badCredentials = () =>
  new AppError(401, 'auth.invalid_credentials', {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'Wrong username or password.',
  });

/**
 * Checks the password. Failed attempts are counted in the database per address and per
 * username (login-limits.ts: 429 past LOGIN_ATTEMPTS_PER_MINUTE); after MAX_FAILED_LOGINS
 * wrong ones in a row the account is locked for LOCKOUT_MINUTES.
 */
export async function login(
  {
    db,
    audit,
    sessionHours,
    attemptsPerMinute,
  }: { db: Db; audit: AuditContext; sessionHours: number; attemptsPerMinute: number },
  body: { username: string; password: string },
) {
  const now = new Date();
  const attempt = { ip: audit.ip ?? 'unknown', username: body.username };
  await assertLoginAllowed(db, attempt, attemptsPerMinute, now);
  const [person] = await db.select().from(people).where(eq(people.username, body.username));
  if (person?.lockedUntil && person.lockedUntil > now) {
    await recordLoginFailure(db, attempt, now);
    throw new AppError(423, 'auth.locked', {
      vi: `Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Thử lại sau ${Math.ceil((person.lockedUntil.getTime() - now.getTime()) / 60000)} phút hoặc liên hệ quản trị.`,
      en: `The account is locked after repeated wrong passwords. Try again in ${Math.ceil((person.lockedUntil.getTime() - now.getTime()) / 60000)} minutes or ask an administrator.`,
    });
  }
  const ok = await verifyPassword(person?.passwordHash ?? null, body.password);
  if (!person || !ok || !person.active) {
    await db.transaction(async (tx) => {
      await recordLoginFailure(tx, attempt, now);
      if (person) await countWrongPassword(tx, person, audit, now);
    });
    await purgeLoginFailures(db, now);
    throw badCredentials();
  }
  const token = randomToken();
  await db.transaction(async (tx) => {
    await tx
      .update(people)
      .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now })
      .where(eq(people.id, person.id));
    await tx.insert(sessions).values({
      tokenHash: sha256(token),
      agencyId: person.agencyId,
      personId: person.id,
      csrfToken: randomToken(),
      ip: audit.ip,
      userAgent: audit.userAgent?.slice(0, 300),
      expiresAt: new Date(now.getTime() + sessionHours * 3_600_000),
    });
    await recordAudit(
      tx,
      { ...audit, actorName: person.fullName },
      {
        agencyId: person.agencyId,
        entityType: 'person',
        entityId: person.id,
        entityLabel: person.fullName,
        action: 'login',
        changes: {},
      },
    );
  });
  return { token, personId: person.id };
}

/** Counted in SQL, not from the row read before: wrong passwords sent at once all count. */
async function countWrongPassword(
  tx: Tx,
  person: typeof people.$inferSelect,
  audit: AuditContext,
  now: Date,
) {
  const [{ failedLogins }] = await tx
    .update(people)
    .set({ failedLogins: sql`${people.failedLogins} + 1` })
    .where(eq(people.id, person.id))
    .returning({ failedLogins: people.failedLogins });
  const locked = failedLogins >= MAX_FAILED_LOGINS;
  if (locked) {
    await tx
      .update(people)
      .set({ failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60000) })
      .where(eq(people.id, person.id));
  }
  await recordAudit(
    tx,
    { ...audit, actorName: person.fullName },
    {
      agencyId: person.agencyId,
      entityType: 'person',
      entityId: person.id,
      entityLabel: person.fullName,
      action: locked ? 'login_locked' : 'login_failed',
      changes: {},
    },
  );
}

export async function logout(db: Db, actor: Actor) {
  if (actor.sessionTokenHash) await db.delete(sessions).where(eq(sessions.tokenHash, actor.sessionTokenHash));
}

/** The signed-in person as the web shell needs them. */
export async function describeMe(db: Db, actor: Actor): Promise<Me> {
  const [row] = await db
    .select({ person: people, unitName: units.name, positionName: positions.name, agency: agencies })
    .from(people)
    .innerJoin(units, eq(units.id, people.unitId))
    .innerJoin(agencies, eq(agencies.id, people.agencyId))
    .leftJoin(positions, eq(positions.id, people.positionId))
    .where(eq(people.id, actor.personId));
  const grants = await db
    .select({ id: roleGrants.id, role: roleGrants.role, unitId: roleGrants.unitId, unitName: units.name })
    .from(roleGrants)
    .leftJoin(units, eq(units.id, roleGrants.unitId))
    .where(eq(roleGrants.personId, actor.personId))
    .orderBy(asc(roleGrants.createdAt));
  const unitIds = [...new Set([row.person.unitId, ...grants.flatMap((g) => (g.unitId ? [g.unitId] : []))])];
  const unitRows = await db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(inArray(units.id, unitIds));
  const session = actor.sessionTokenHash
    ? (await db.select().from(sessions).where(eq(sessions.tokenHash, actor.sessionTokenHash)))[0]
    : undefined;
  const administer = actor.grants.some((g) => g.role === 'admin');
  return {
    person: {
      id: row.person.id,
      fullName: row.person.fullName,
      username: row.person.username,
      email: row.person.email,
      unitId: row.person.unitId,
      unitName: row.unitName,
      positionName: row.positionName,
      mustChangePassword: row.person.mustChangePassword,
      isOperator: row.person.isOperator,
    },
    agency: { id: row.agency.id, code: row.agency.code, name: row.agency.name },
    grants: grants.map((g) => ({ ...g, role: g.role as never })),
    units: unitIds.map((id) => ({ id, name: unitRows.find((u) => u.id === id)?.name ?? '' })),
    activeUnitId: session?.activeUnitId ?? row.person.unitId,
    csrfToken: session?.csrfToken ?? null,
    abilities: {
      administer,
      administerAgency: holdsAgencyWide(actor, 'admin'),
      viewAudit: holdsAgencyWide(actor, 'admin'),
      manageAgencies: actor.isOperator,
    },
  };
}

export async function setActiveUnit(db: Db, actor: Actor, unitId: string) {
  const me = await describeMe(db, actor);
  if (!me.units.some((u) => u.id === unitId)) {
    throw invalidField('unitId', {
      vi: 'Bạn không làm việc tại đơn vị này.',
      en: 'You do not work in this unit.',
    });
  }
  if (actor.sessionTokenHash) {
    await db
      .update(sessions)
      .set({ activeUnitId: unitId })
      .where(eq(sessions.tokenHash, actor.sessionTokenHash));
  }
}

export async function changePassword(
  { db, actor, audit }: { db: Db; actor: Actor; audit: AuditContext },
  body: { currentPassword: string; newPassword: string },
) {
  const [person] = await db.select().from(people).where(eq(people.id, actor.personId));
  if (!(await verifyPassword(person.passwordHash, body.currentPassword))) {
    throw invalidField('currentPassword', {
      vi: 'Mật khẩu hiện tại không đúng.',
      en: 'The current password is wrong.',
    });
  }
  if (body.currentPassword === body.newPassword) {
    throw invalidField('newPassword', {
      vi: 'Mật khẩu mới phải khác mật khẩu cũ.',
      en: 'The new password must differ from the old one.',
    });
  }
  const passwordHash = await hashPassword(body.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(people)
      .set({
        passwordHash,
        mustChangePassword: false,
        passwordChangedAt: new Date(),
        version: person.version + 1,
      })
      .where(eq(people.id, person.id));
    // Other sessions end: a changed password must lock out whoever knew the old one.
    const others = await tx
      .select({ tokenHash: sessions.tokenHash })
      .from(sessions)
      .where(eq(sessions.personId, person.id));
    const keep = actor.sessionTokenHash;
    const drop = others.map((s) => s.tokenHash).filter((h) => h !== keep);
    if (drop.length) await tx.delete(sessions).where(inArray(sessions.tokenHash, drop));
    await recordAudit(tx, audit, {
      agencyId: person.agencyId,
      entityType: 'person',
      entityId: person.id,
      entityLabel: person.fullName,
      action: 'change_password',
      changes: { passwordHash: { to: '[đã thay đổi / changed]' } },
    });
  });
}

const tokenToView = (t: typeof apiTokens.$inferSelect) => ({
  id: t.id,
  name: t.name,
  scope: t.scope as 'read' | 'write',
  createdAt: t.createdAt.toISOString(),
  expiresAt: t.expiresAt?.toISOString() ?? null,
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  revokedAt: t.revokedAt?.toISOString() ?? null,
});

export async function listTokens(db: Db, actor: Actor) {
  const rows = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.agencyId, actor.agencyId), eq(apiTokens.personId, actor.personId)))
    .orderBy(asc(apiTokens.createdAt));
  return rows.map(tokenToView);
}

/** The token is shown once; only its hash is kept. */
export async function createToken(
  { db, actor, audit }: { db: Db; actor: Actor; audit: AuditContext },
  body: { name: string; scope: 'read' | 'write'; expiresAt?: string },
) {
  const token = randomToken('eiso_');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({
        id: newId(),
        agencyId: actor.agencyId,
        personId: actor.personId,
        name: body.name,
        scope: body.scope,
        tokenHash: sha256(token),
        expiresAt: body.expiresAt ? new Date(`${body.expiresAt}T23:59:59+07:00`) : null,
      })
      .returning();
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'api_token',
      entityId: row.id,
      entityLabel: row.name,
      action: 'create',
      changes: {
        name: { to: row.name },
        scope: { to: row.scope },
        expiresAt: { to: row.expiresAt?.toISOString() ?? null },
      },
    });
    return { ...tokenToView(row), token };
  });
}

export async function revokeToken(
  { db, actor, audit }: { db: Db; actor: Actor; audit: AuditContext },
  id: string,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(apiTokens.id, id),
          eq(apiTokens.personId, actor.personId),
          eq(apiTokens.agencyId, actor.agencyId),
        ),
      )
      .returning();
    if (!row)
      throw new AppError(404, 'api_token.not_found', {
        vi: 'Không tìm thấy mã truy cập.',
        en: 'Token not found.',
      });
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'api_token',
      entityId: row.id,
      entityLabel: row.name,
      action: 'revoke',
      changes: { revokedAt: { to: row.revokedAt?.toISOString() } },
    });
    return tokenToView(row);
  });
}
