/*
 * The steering committee's reports (sub-module of steering): other modules import only this
 * file. The public page shows the declaration in force (currentDeclaration); the steering
 * core passes its directives and reviews as providers (DirectivesStatusProvider,
 * ManagementReviewProvider) to steeringReportsRoutes.
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
export { currentDeclaration, ensurePackOfPeriod, packOfPeriod } from './reports.service.ts';
