import type { Db } from '../../../db/connection.ts';
import type { PaperFile } from '../../../platform/papers/paper-file.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';

/**
 * What the steering core (meetings, conclusions, directives) gives the reports, injected so
 * this sub-module never reads its tables: the lead wires the core's `directivesStatus` and
 * its last review into `steeringReportsRoutes(app, { db, directives, reviews })`.
 */

export type DirectivesStatus = {
  total: number;
  done: number;
  open: number;
  /** Open past their deadline on the day asked. */
  overdue: number;
  /** The list of directives (a web path). */
  link: string;
  /** A line per directive or per unit, each linking to its record. */
  items: Array<{ text: string; link: string | null }>;
};

/** The status of the directives of the reviews before `to` (9.3.2 a), as seen on day `to`. */
export type DirectivesStatusProvider = (
  db: Db,
  actor: Actor,
  period: { from: string; to: string },
) => Promise<DirectivesStatus | null>;

/** The last management review (meeting of the committee) held in a year, if any. */
export type ManagementReviewProvider = (
  db: Db,
  agencyId: string,
  year: number,
) => Promise<{ heldOn: string | null; planned: string | null; link: string } | null>;

/** A meeting of the committee held in the year (a management review) and its papers. */
export type ReviewMeeting = {
  meetingDate: string;
  title: string;
  /** held (minutes recorded) | concluded (the chair confirmed the conclusions) */
  state: 'held' | 'concluded';
  chairName: string;
  /** The period it reviewed: its input pack is the pack of this period. */
  period: { from: string; to: string };
  /** Thông báo kết luận, once the chair has confirmed the conclusions. */
  notice: PaperFile | null;
};

/** The meetings held in a year, by date, read for the agency (the caller checked who asks). */
export type ReviewPapersProvider = (db: Db, agencyId: string, year: number) => Promise<ReviewMeeting[]>;

/** Until the core is wired: nothing known. */
export const noDirectives: DirectivesStatusProvider = async () => null;
export const noReviews: ManagementReviewProvider = async () => null;
export const noReviewPapers: ReviewPapersProvider = async () => [];

export type ReportProviders = {
  directives: DirectivesStatusProvider;
  reviews: ManagementReviewProvider;
  reviewPapers: ReviewPapersProvider;
};
