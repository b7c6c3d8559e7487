/*
 * The steering committee's reports (sub-module of steering): other modules import only this
 * file. The public page shows the declaration in force (currentDeclaration); the steering
 * core passes its directives and reviews as providers (DirectivesStatusProvider,
 * ManagementReviewProvider) to steeringReportsRoutes; the demo writes its papers through
 * createPack, saveNarratives, draftDeclaration and signDeclaration, as the secretariat and
 * leadership would.
 */
export { statutoryClock } from './reports.clock.ts';
export {
  type DirectivesStatus,
  type DirectivesStatusProvider,
  type ManagementReviewProvider,
  noDirectives,
  noReviewPapers,
  noReviews,
  type ReviewMeeting,
  type ReviewPapersProvider,
} from './reports.providers.ts';
export { publicDeclaration } from './reports.public.ts';
export { steeringReportsRoutes } from './reports.routes.ts';
export {
  createPack,
  currentDeclaration,
  draftDeclaration,
  ensurePackOfPeriod,
  packOfPeriod,
  saveNarratives,
  signDeclaration,
} from './reports.service.ts';
