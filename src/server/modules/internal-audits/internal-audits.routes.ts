import type { Db } from '../../db/connection.ts';
import type { Api } from '../../platform/http/typed.ts';
import { checklistRoutes } from './checklist/checklist.routes.ts';
import { findingsRoutes } from './findings/findings.routes.ts';
import { planRoutes } from './plan/plan.routes.ts';
import { programmeRoutes } from './programme/programme.routes.ts';
import { reportRoutes } from './report/report.routes.ts';
import { samplesRoutes } from './samples/samples.routes.ts';

/** Every route of internal audit, by part (checklists, samples, findings, report add theirs here). */
export function internalAuditsRoutes(app: Api, deps: { db: Db }) {
  programmeRoutes(app, deps);
  planRoutes(app, deps);
  checklistRoutes(app, deps);
  samplesRoutes(app, deps);
  findingsRoutes(app, deps);
  reportRoutes(app, deps);
}
