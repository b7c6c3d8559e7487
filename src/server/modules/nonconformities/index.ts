/*
 * The nonconformities module's public surface: other modules import only this file
 * (internal audit raises a nonconformity from a finding: createFromAuditFinding; home shows
 * the open and overdue corrective actions: correctiveActionFigures; quality objectives read
 * nonconformities closed on time from ncMeasures, which the steering committee will read too).
 */

export { nonconformityCodes } from './nonconformities.codes.ts';
export { openNonconformitiesByProcedure, openNonconformitiesByUnit } from './nonconformities.figures.ts';
export { completeRevisedDocuments } from './nonconformities.follow-up.ts';
export { correctiveActionFigures } from './nonconformities.home.ts';
export { ncRegisterOfPeriod } from './nonconformities.inspection.ts';
export { ncMeasures } from './nonconformities.measures.ts';
export { remindNonconformities } from './nonconformities.notify.ts';
export { type AuditFindingInput, createFromAuditFinding, createNc } from './nonconformities.service.ts';
