import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.ts';
import { preparedFor } from '../../db/prepared.ts';
import { people, units } from '../../modules/org/org.table.ts';
import type { Actor, Grant } from '../permissions/actor.ts';
import { actorGeneration, cachedActor, rememberActor } from './actor-cache.ts';
import { apiTokens, sessions } from './auth.table.ts';
import { sha256 } from './tokens.ts';

/** Sliding expiry is written at most once a minute per session, not on every request. */
const TOUCH_AFTER_MS = 60_000;

/** The person's grants with the paths of their units, gathered in the same query. */
const grantsOfPerson = sql<Grant[]>`coalesce((
  select json_agg(json_build_object('role', g.role, 'unitId', g.unit_id, 'unitPath', gu.path))
  from role_grants g left join units gu on gu.agency_id = g.agency_id and gu.id = g.unit_id
  where g.agency_id = ${people.agencyId} and g.person_id = ${people.id}), '[]'::json)`;

type PersonRow = { person: typeof people.$inferSelect; unitPath: string; grants: Grant[] };

const toActor = (row: PersonRow): Omit<Actor, 'via'> => ({
  personId: row.person.id,
  agencyId: row.person.agencyId,
  fullName: row.person.fullName,
  username: row.person.username,
  unitId: row.person.unitId,
  unitPath: row.unitPath,
  positionId: row.person.positionId,
  isOperator: row.person.isOperator,
  mustChangePassword: row.person.mustChangePassword,
  grants: row.grants,
});

const personColumns = { person: people, unitPath: units.path, grants: grantsOfPerson };
const activePerson = (personId: typeof sessions.personId | typeof apiTokens.personId) =>
  and(eq(people.id, personId), eq(people.active, true));
const unitOfPerson = and(eq(units.agencyId, people.agencyId), eq(units.id, people.unitId));

/**
 * The hot statements, prepared once per database: who is asking is one statement (the
 * credential joined with the active person, their unit's path and their grants), and the
 * SQL text is not rebuilt on every request.
 */
const statements = preparedFor((db) => {
  const now = sql.placeholder('now');
  const hash = sql.placeholder('hash');
  return {
    person: db
      .select(personColumns)
      .from(people)
      .innerJoin(units, unitOfPerson)
      .where(and(eq(people.id, sql.placeholder('personId')), eq(people.active, true)))
      .prepare('actor_by_person'),
    session: db
      .select({ credential: sessions, ...personColumns })
      .from(sessions)
      .innerJoin(people, activePerson(sessions.personId))
      .innerJoin(units, unitOfPerson)
      .where(and(eq(sessions.tokenHash, hash), gt(sessions.expiresAt, now)))
      .prepare('actor_by_session'),
    touchSession: db
      .update(sessions)
      .set({
        lastSeenAt: sql`${now}::timestamptz`,
        expiresAt: sql`${sql.placeholder('expiresAt')}::timestamptz`,
      })
      .where(eq(sessions.tokenHash, hash))
      .prepare('session_touch'),
    token: db
      .select({ credential: apiTokens, ...personColumns })
      .from(apiTokens)
      .innerJoin(people, activePerson(apiTokens.personId))
      .innerJoin(units, unitOfPerson)
      .where(
        and(
          eq(apiTokens.tokenHash, hash),
          isNull(apiTokens.revokedAt),
          or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
        ),
      )
      .prepare('actor_by_token'),
    touchToken: db
      .update(apiTokens)
      .set({ lastUsedAt: sql`${now}::timestamptz` })
      .where(eq(apiTokens.id, sql.placeholder('id')))
      .prepare('token_touch'),
  };
});

export async function loadActor(db: Db, personId: string): Promise<Omit<Actor, 'via'> | null> {
  const [row] = await statements(db).person.execute({ personId });
  return row ? toActor(row) : null;
}

/**
 * The actor of a session cookie: from the in-process cache (actor-cache.ts) when loaded in
 * the last few seconds, else one prepared statement (plus the sliding-expiry write at most
 * once a minute).
 */
export async function actorFromSession(db: Db, token: string, sessionHours: number): Promise<Actor | null> {
  const tokenHash = sha256(token);
  const key = `session:${tokenHash}`;
  const now = Date.now();
  const hit = cachedActor(key, now);
  if (hit) return hit;
  const generation = actorGeneration();
  const [row] = await statements(db).session.execute({ hash: tokenHash, now: new Date(now).toISOString() });
  if (!row) return null;
  const session = row.credential;
  let expiresAt = session.expiresAt;
  if (now - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    expiresAt = new Date(now + sessionHours * 3_600_000);
    await statements(db).touchSession.execute({
      hash: tokenHash,
      now: new Date(now).toISOString(),
      expiresAt: expiresAt.toISOString(),
    });
  }
  const actor: Actor = {
    ...toActor(row),
    via: 'session',
    sessionTokenHash: tokenHash,
    csrfToken: session.csrfToken,
    activeUnitId: session.activeUnitId,
  };
  rememberActor(key, actor, { now, generation, credentialExpiresAt: expiresAt });
  return actor;
}

export async function actorFromApiToken(db: Db, token: string): Promise<Actor | null> {
  const tokenHash = sha256(token);
  const key = `token:${tokenHash}`;
  const now = Date.now();
  const hit = cachedActor(key, now);
  if (hit) return hit;
  const generation = actorGeneration();
  const [row] = await statements(db).token.execute({ hash: tokenHash, now: new Date(now).toISOString() });
  if (!row) return null;
  const apiToken = row.credential;
  if (!apiToken.lastUsedAt || now - apiToken.lastUsedAt.getTime() > TOUCH_AFTER_MS) {
    await statements(db).touchToken.execute({ id: apiToken.id, now: new Date(now).toISOString() });
  }
  const actor: Actor = { ...toActor(row), via: 'token', tokenScope: apiToken.scope as 'read' | 'write' };
  rememberActor(key, actor, { now, generation, credentialExpiresAt: apiToken.expiresAt });
  return actor;
}
