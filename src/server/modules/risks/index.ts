/*
 * The risks module's public surface: other modules import only this file. Sổ rủi ro và cơ
 * hội (ISO 9001 6.1): the steering committee's review input pack reads the register's
 * figures for its period (riskFigures); the demo records its risks through the service; the
 * jobs remind treatment owners (remindTreatments).
 */

export type { RiskFigures } from '../../../contract/risks.ts';
export { riskFigures } from './risks.figures.ts';
export type { Deps as RiskDeps } from './risks.repository.ts';
export { risksRoutes } from './risks.routes.ts';
export { createRisk, planTreatment, transitionRisk, updateRisk } from './risks.service.ts';
export { remindTreatments } from './risks.work.ts';
