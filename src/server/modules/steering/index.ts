/*
 * The steering module's public surface: other modules import only this file. Ban chỉ đạo ISO:
 * its members over time, its meetings (xem xét của lãnh đạo, ISO 9001 9.3), minutes, the
 * conclusions confirmed by the chair, and the directives each owner unit carries out by a
 * working-day deadline; the reports sub-module (./reports/) offers the declaration in force
 * (the public page shows it).
 */

export type {
  CommitteeView,
  DirectiveStatus,
  DirectiveView,
  MeetingDetail,
  MeetingSummary,
} from '../../../contract/steering.ts';
export { currentDeclaration, publicDeclaration } from './reports/index.ts';
export {
  directiveStatus,
  directivesOfMeetings,
  directivesStatus,
  listDirectives,
  overdueDirectivesByUnit,
} from './steering.directives.ts';
export { remindDirectives } from './steering.notify.ts';
export { steeringProviders } from './steering.providers.ts';
export { committeeOf, meetingDetailOf } from './steering.queries.ts';
export type { Deps as SteeringDeps, MeetingRow } from './steering.repository.ts';
export { loadMeeting } from './steering.repository.ts';
export { steeringRoutes } from './steering.routes.ts';
