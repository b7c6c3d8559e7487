import { internalAuditsVi } from '../../modules/internal-audits/internal-audits.i18n.ts';
import { auditWorkVi } from '../../modules/internal-audits/work/audit-work.i18n.ts';
import { objectivesVi } from '../../modules/objectives/objectives.i18n.ts';
import { risksVi } from '../../modules/risks/risks.i18n.ts';
import { steeringReportsVi } from '../../modules/steering/reports/reports.i18n.ts';
import { steeringVi } from '../../modules/steering/steering.i18n.ts';

/**
 * Vietnamese texts that are not in the shell: each comes with its module's chunk (its
 * texts.ts calls addModuleTexts, see moduleTexts.ts). Only types are taken from here by the
 * app; tests read the values to check the words and that every key is registered somewhere.
 */
export const viOnDemand = {
  objectives: objectivesVi,
  risks: risksVi,
  internalAudits: internalAuditsVi,
  auditWork: auditWorkVi,
  steering: steeringVi,
  steeringReports: steeringReportsVi,
};
