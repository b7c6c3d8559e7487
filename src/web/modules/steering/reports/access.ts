import type { Me } from '../../../../contract/auth.ts';
import type { Role } from '../../../../contract/roles.ts';

/** Mirrors reports.policy.ts: agency-wide grants only. */
const agencyWide = (me: Me, roles: Role[]) =>
  me.grants.some((g) => g.unitId === null && roles.includes(g.role));
export const seesSteeringReports = (me: Me) =>
  agencyWide(me, ['secretariat', 'leadership', 'steering_member']);
export const seesStatutoryClock = (me: Me) => agencyWide(me, ['secretariat', 'leadership']);

export const steeringReportPaths = {
  list: '/steering/reports',
  one: (id: string) => `/steering/reports/${id}`,
  declarations: '/steering/reports/declarations',
};
