import type { Role } from '../../../contract/roles.ts';

export type Grant = { role: Role; unitId: string | null; unitPath: string | null };

/** Who is asking: resolved once per request from the session cookie or an API token. */
export type Actor = {
  personId: string;
  agencyId: string;
  fullName: string;
  username: string;
  unitId: string;
  /** The path of the person's own unit: membership of a unit covers its sub-units. */
  unitPath: string;
  /** The person's position (chức vụ), when they have one: procedure steps may be for a position. */
  positionId?: string | null;
  isOperator: boolean;
  /** A one-time password not yet changed: only change-password, sign-out and "who am I" are open. */
  mustChangePassword?: boolean;
  grants: Grant[];
  via: 'session' | 'token';
  /** For API tokens: 'read' allows only reads. */
  tokenScope?: 'read' | 'write';
  sessionTokenHash?: string;
  /** Sessions only: cookie-authenticated writes must echo it in X-CSRF-Token. */
  csrfToken?: string;
  activeUnitId?: string | null;
};

/** A record's place in the organisation, as policies need it. */
export type Scoped = { agencyId: string; unitPath?: string | null };

export const sameAgency = (actor: Actor, record: { agencyId: string }) => actor.agencyId === record.agencyId;

/**
 * Does the actor hold `role` over this record? An agency-wide grant covers everything in
 * the agency; a unit grant covers that unit and the units below it.
 */
export function holds(actor: Actor, role: Role, record?: Scoped): boolean {
  if (record && !sameAgency(actor, record)) return false;
  return actor.grants.some(
    (g) => g.role === role && (g.unitId === null || record?.unitPath?.includes(`/${g.unitId}/`)),
  );
}

/** Works in the record's unit (or a unit below it). */
export const memberOf = (actor: Actor, record: Scoped) =>
  sameAgency(actor, record) && record.unitPath != null && actor.unitPath.startsWith(record.unitPath);

/** Holds the role for the whole agency (not only a unit). */
export const holdsAgencyWide = (actor: Actor, role: Role) =>
  actor.grants.some((g) => g.role === role && g.unitId === null);
