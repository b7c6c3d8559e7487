import { and, eq, gt, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.ts';
import { people, units } from '../../modules/org/org.table.ts';
import type { Actor, Grant } from '../permissions/actor.ts';
import { apiTokens, sessions } from './auth.table.ts';
import { sha256 } from './tokens.ts';

/** Sliding expiry is written at most once a minute per session, not on every request. */
const TOUCH_AFTER_MS = 60_000;

/** The person's grants with the paths of their units, gathered in the same query. */
const grantsOfPerson = sql<Grant[]>`coalesce((
  select json_agg(json_build_object('role', g.role, 'unitId', g.unit_id, 'unitPath', gu.path))
  from role_grants g left join units gu on gu.id = g.unit_id
  where g.person_id = ${people.id}), '[]'::json)`;

type PersonRow = { person: typeof people.$inferSelect; unitPath: string; grants: Grant[] };

const toActor = (row: PersonRow): Omit<Actor, 'via'> => ({
  personId: row.person.id,
  agencyId: row.person.agencyId,
  fullName: row.person.fullName,
  username: row.person.username,
  unitId: row.person.unitId,
  unitPath: row.unitPath,
  isOperator: row.person.isOperator,
  mustChangePassword: row.person.mustChangePassword,
  grants: row.grants,
});

/**
 * Who is asking, in one query per request: the credential (session or token) joined with
 * the active person, their unit's path and their grants.
 */
function actorQuery<T extends typeof sessions | typeof apiTokens>(db: Db, credential: T, where: SQL) {
  return db
    .select({ credential, person: people, unitPath: units.path, grants: grantsOfPerson })
    .from(credential as typeof sessions)
    .innerJoin(people, and(eq(people.id, credential.personId), eq(people.active, true)))
    .innerJoin(units, eq(units.id, people.unitId))
    .where(where);
}

export async function loadActor(db: Db, personId: string): Promise<Omit<Actor, 'via'> | null> {
  const [row] = await db
    .select({ person: people, unitPath: units.path, grants: grantsOfPerson })
    .from(people)
    .innerJoin(units, eq(units.id, people.unitId))
    .where(and(eq(people.id, personId), eq(people.active, true)));
  return row ? toActor(row) : null;
}

export async function actorFromSession(db: Db, token: string, sessionHours: number): Promise<Actor | null> {
  const tokenHash = sha256(token);
  const now = new Date();
  const [row] = await actorQuery(
    db,
    sessions,
    and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now))!,
  );
  if (!row) return null;
  const session = row.credential as typeof sessions.$inferSelect;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + sessionHours * 3_600_000) })
      .where(eq(sessions.tokenHash, tokenHash));
  }
  return {
    ...toActor(row),
    via: 'session',
    sessionTokenHash: tokenHash,
    csrfToken: session.csrfToken,
    activeUnitId: session.activeUnitId,
  };
}

export async function actorFromApiToken(db: Db, token: string): Promise<Actor | null> {
  const now = new Date();
  const [row] = await actorQuery(
    db,
    apiTokens,
    and(
      eq(apiTokens.tokenHash, sha256(token)),
      isNull(apiTokens.revokedAt),
      or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
    )!,
  );
  if (!row) return null;
  const apiToken = row.credential as unknown as typeof apiTokens.$inferSelect;
  if (!apiToken.lastUsedAt || now.getTime() - apiToken.lastUsedAt.getTime() > TOUCH_AFTER_MS) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, apiToken.id));
  }
  return { ...toActor(row), via: 'token', tokenScope: apiToken.scope as 'read' | 'write' };
}
