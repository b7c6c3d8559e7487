import type { Role } from '../../../../contract/roles.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';

/** Agency-wide grants of these roles show every unit's figures. */
const agencyReaders: Role[] = ['secretariat', 'leadership', 'steering_member'];
/** A unit grant of these roles shows that unit's figures and its sub-units'. */
const unitReaders: Role[] = [...agencyReaders, 'unit_head', 'iso_officer'];

/** Which units' measures a person reads: every unit, or the units under these paths. */
export type MeasuresScope = { all: true } | { all: false; paths: string[] };

/**
 * Measures of work cases are counts, with no case's content: the secretariat, leadership
 * and steering committee members (agency-wide) see every unit; a unit grant of those roles,
 * of unit head or of ISO officer covers that unit and the units below it. Everyone else —
 * staff included — sees the figures of their own unit (and its sub-units): the unit's
 * on-time rate is everyone's business there. Another agency's units never show.
 */
export function measuresScope(actor: Actor): MeasuresScope {
  if (actor.grants.some((g) => g.unitId === null && agencyReaders.includes(g.role))) return { all: true };
  const paths = actor.grants
    .filter((g) => g.unitPath && unitReaders.includes(g.role))
    .map((g) => g.unitPath as string);
  return { all: false, paths: [...new Set([actor.unitPath, ...paths])] };
}

export const inScope = (scope: MeasuresScope, unitPath: string) =>
  scope.all || scope.paths.some((p) => unitPath.startsWith(p));
