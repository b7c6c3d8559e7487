import type { Me } from '../../../contract/auth.ts';
import type { Role } from '../../../contract/roles.ts';

/** Mirrors the server's policies (documents.policy.ts, report and review queries) to decide what to show. */
const holdsAny = (me: Me, roles: Role[]) => me.grants.some((g) => roles.includes(g.role));

/** A change request for a new document: ISO officers, unit heads, the secretariat. */
export const requesters: Role[] = ['iso_officer', 'unit_head', 'secretariat'];
export const canRequestNew = (me: Me) => holdsAny(me, requesters);
/** The status report (reports.documentsStatus). */
export const canReadStatusReport = (me: Me) =>
  holdsAny(me, ['secretariat', 'leadership', 'steering_member', 'unit_head']);
/** The list of reviews due (documents.reviewsDue). */
export const canFollowReviews = (me: Me) =>
  holdsAny(me, ['secretariat', 'unit_head', 'iso_officer', 'leadership']);
/** Bringing the existing QMS in (documents.importQms): the agency-wide secretariat or administrator. */
export const canImport = (me: Me) =>
  me.grants.some((g) => (g.role === 'secretariat' || g.role === 'admin') && g.unitId === null);
