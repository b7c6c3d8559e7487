import type { Me } from '../../../contract/auth.ts';

/**
 * Sees the menu "Đánh giá nội bộ" (the server's auditPolicy.seesModule): the agency-wide
 * secretariat, leadership and steering committee; internal auditors; unit heads and ISO
 * officers (their unit's schedule).
 */
export const seesInternalAudits = (me: Me) =>
  me.grants.some(
    (g) =>
      (g.unitId === null && ['secretariat', 'leadership', 'steering_member'].includes(g.role)) ||
      ['internal_auditor', 'unit_head', 'iso_officer'].includes(g.role),
  );

export const readsProgrammes = (me: Me) =>
  me.grants.some(
    (g) => g.unitId === null && ['secretariat', 'leadership', 'steering_member'].includes(g.role),
  );
