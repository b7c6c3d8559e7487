import { and, asc, count, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/connection.ts';
import { verifyPassword } from '../../platform/auth/passwords.ts';
import { agencies, people, positions, roleGrants, units } from './org.table.ts';

/*
 * What other modules read of the organisation. Lookups are functions; where a list must
 * join names or unit paths in its own SQL statement (to filter, sort and page in the
 * database), it joins one of the read-only row sources below — a subquery over org's
 * table with the columns other modules may see (never a password or a lockout), which
 * PostgreSQL flattens into the outer query, so the plan is that of a plain join.
 */

const qb = new QueryBuilder();

/** Read-only units (id, agency, code, name, kind, parent, materialised path, status, validity, order). */
export const unitRows = (name = 'units') =>
  qb
    .select({
      id: units.id,
      agencyId: units.agencyId,
      code: units.code,
      name: units.name,
      kind: units.kind,
      parentId: units.parentId,
      path: units.path,
      status: units.status,
      validFrom: units.validFrom,
      validTo: units.validTo,
      sortOrder: units.sortOrder,
    })
    .from(units)
    .as(name);

type Source<K extends string> = { [key in K]: unknown };
const pick = <K extends string, S extends Source<K>>(source: S, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, source[k]])) as Pick<S, K>;

const unitKeys = [
  'id',
  'agencyId',
  'code',
  'name',
  'kind',
  'parentId',
  'path',
  'status',
  'validFrom',
  'validTo',
  'sortOrder',
] as const;
/** Every column of a unit row source, to select a unit as one object: `select({ unit: unitColumns(units) })`. */
export const unitColumns = (source: ReturnType<typeof unitRows>) => pick(source, unitKeys);

/** A unit as other modules see it. */
export type UnitRecord = {
  id: string;
  agencyId: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
  path: string;
  status: string;
  validFrom: string;
  validTo: string | null;
  sortOrder: number;
};

/** Read-only people (id, agency, unit, position, name, e-mail, active); no credentials. */
export const personRows = (name = 'people') =>
  qb
    .select({
      id: people.id,
      agencyId: people.agencyId,
      unitId: people.unitId,
      positionId: people.positionId,
      fullName: people.fullName,
      email: people.email,
      active: people.active,
    })
    .from(people)
    .as(name);

/** Read-only positions (id, agency, name, rank). */
export const positionRows = (name = 'positions') =>
  qb
    .select({ id: positions.id, agencyId: positions.agencyId, name: positions.name, rank: positions.rank })
    .from(positions)
    .as(name);

/** Read-only agencies (id, code, name). */
export const agencyRows = (name = 'agencies') =>
  qb.select({ id: agencies.id, code: agencies.code, name: agencies.name }).from(agencies).as(name);

/** Every unit of the agency, closed ones too, with what tree order and scope need (see unitsInTreeOrder). */
export async function agencyUnits(db: Db | Tx, agencyId: string) {
  return db
    .select({
      id: units.id,
      name: units.name,
      parentId: units.parentId,
      path: units.path,
      sortOrder: units.sortOrder,
      status: units.status,
    })
    .from(units)
    .where(eq(units.agencyId, agencyId));
}

/** The agency's name, as papers and exports print it. */
export async function agencyName(db: Db | Tx, agencyId: string): Promise<string> {
  const [row] = await db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, agencyId));
  return row?.name ?? '';
}

/**
 * Who issues a paper from a unit (Nghị định 30/2020): the agency (governing body), the unit
 * and its code (the ký hiệu after the number, e.g. BC-VP), and who signs for it — the active
 * member of the unit itself holding its unit-head grant, else its member whose position ranks
 * first (lowest rank); the agency's leaders, who may sit in the unit (a ministry's Văn phòng),
 * come last. Null when nobody in the unit holds a position.
 */
export async function paperIssuer(db: Db | Tx, agencyId: string, unitId: string) {
  const grantOf = (role: string, scoped: boolean) => sql<boolean>`exists (
    select 1 from ${roleGrants} where ${roleGrants.agencyId} = ${people.agencyId}
      and ${roleGrants.personId} = ${people.id} and ${roleGrants.role} = ${role}
      and ${scoped ? sql`${roleGrants.unitId} = ${unitId}` : sql`${roleGrants.unitId} is null`})`;
  const [[agency], [unit], [head]] = await Promise.all([
    db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, agencyId)),
    db
      .select({ name: units.name, code: units.code })
      .from(units)
      .where(and(eq(units.agencyId, agencyId), eq(units.id, unitId))),
    db
      .select({ fullName: people.fullName, position: positions.name })
      .from(people)
      .innerJoin(positions, and(eq(positions.agencyId, people.agencyId), eq(positions.id, people.positionId)))
      .where(and(eq(people.agencyId, agencyId), eq(people.unitId, unitId), eq(people.active, true)))
      .orderBy(
        desc(grantOf('unit_head', true)),
        asc(grantOf('leadership', false)),
        asc(positions.rank),
        asc(people.fullName),
      )
      .limit(1),
  ]);
  return {
    agencyName: agency?.name ?? '',
    unitName: unit?.name ?? '',
    unitCode: unit?.code ?? '',
    head: head ?? null,
  };
}

/**
 * An electronic approval (not a digital signature: ký số needs a certificate) is the
 * signer re-entering their password: is it theirs, and the
 * position and unit printed under the signature.
 */
export async function checkSigner(tx: Db | Tx, personId: string, password: string) {
  const [signer] = await tx
    .select({ passwordHash: people.passwordHash, position: positions.name, unitName: units.name })
    .from(people)
    .leftJoin(positions, eq(positions.id, people.positionId))
    .innerJoin(units, eq(units.id, people.unitId))
    .where(eq(people.id, personId));
  return {
    passwordOk: await verifyPassword(signer.passwordHash, password),
    signedAs: [signer.position, signer.unitName].filter(Boolean).join(', '),
  };
}

/** The home page's figures of the organisation: active units, active people, locked accounts. */
export async function orgFigures(db: Db, agencyId: string) {
  const n = { n: count() };
  const [[unitCount], [peopleCount], [locked]] = await Promise.all([
    db
      .select(n)
      .from(units)
      .where(and(eq(units.agencyId, agencyId), eq(units.status, 'active'))),
    db
      .select(n)
      .from(people)
      .where(and(eq(people.agencyId, agencyId), eq(people.active, true))),
    db
      .select(n)
      .from(people)
      .where(and(eq(people.agencyId, agencyId), gt(people.lockedUntil, new Date()))),
  ]);
  return { units: unitCount.n, people: peopleCount.n, locked: locked.n };
}

/**
 * The names of the agency's people, units and positions among `ids` (any other id is left
 * out): one query per table, for a page that shows ids, such as the audit trail's before/after.
 */
export async function orgNames(
  db: Db | Tx,
  agencyId: string,
  ids: string[],
): Promise<Record<string, string>> {
  if (!ids.length) return {};
  const [persons, unitNames, positionNames] = await Promise.all([
    db
      .select({ id: people.id, name: people.fullName })
      .from(people)
      .where(and(eq(people.agencyId, agencyId), inArray(people.id, ids))),
    db
      .select({ id: units.id, name: units.name })
      .from(units)
      .where(and(eq(units.agencyId, agencyId), inArray(units.id, ids))),
    db
      .select({ id: positions.id, name: positions.name })
      .from(positions)
      .where(and(eq(positions.agencyId, agencyId), inArray(positions.id, ids))),
  ]);
  return Object.fromEntries([...persons, ...unitNames, ...positionNames].map((r) => [r.id, r.name]));
}
