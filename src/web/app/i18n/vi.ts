import { agenciesVi } from '../../modules/agencies/agencies.i18n.ts';
import { auditVi } from '../../modules/audit/audit.i18n.ts';
import { authVi } from '../../modules/auth/auth.i18n.ts';
import { calendarVi } from '../../modules/calendar/calendar.i18n.ts';
import { casesVi } from '../../modules/cases/cases.i18n.ts';
import { caseMeasuresVi } from '../../modules/cases/measures/measures.i18n.ts';
import { documentsVi } from '../../modules/documents/documents.i18n.ts';
import { documentImportVi } from '../../modules/documents/import/import.i18n.ts';
import { performersVi } from '../../modules/documents/performers/performers.i18n.ts';
import { approvalsVi } from '../../modules/documents/transitions/approvals.i18n.ts';
import { homeVi } from '../../modules/home/home.i18n.ts';
import { nonconformitiesVi } from '../../modules/nonconformities/nonconformities.i18n.ts';
import { notificationsVi } from '../../modules/notifications/notifications.i18n.ts';
import { orgVi } from '../../modules/org/org.i18n.ts';
import { catalogueVi } from '../../modules/records/catalogue/catalogue.i18n.ts';
import { recordFilesVi } from '../../modules/records/files/files.i18n.ts';
import { listVi } from '../components/list.i18n.ts';
import { dutiesVi } from '../duties.i18n.ts';
import { papersVi } from '../papers.i18n.ts';
import { reportPeriodVi } from '../report-period.i18n.ts';
import { shellVi } from '../shell.i18n.ts';
import type { viOnDemand } from './vi.on-demand.ts';

/**
 * Vietnamese, the app's first language: only assembles each module's texts (*.i18n.ts) that the
 * shell and home need. Modules whose screens all load on demand bring their own (vi.on-demand.ts);
 * `ViTexts` is the whole, which en.ts must match key for key.
 */
export const vi = {
  ...shellVi,
  auth: authVi,
  home: homeVi,
  org: orgVi,
  calendar: calendarVi,
  audit: auditVi,
  agencies: agenciesVi,
  documents: documentsVi,
  catalogue: catalogueVi,
  approvals: approvalsVi,
  duties: dutiesVi,
  reportPeriod: reportPeriodVi,
  list: listVi,
  papers: papersVi,
  recordFiles: recordFilesVi,
  cases: casesVi,
  nonconformities: nonconformitiesVi,
  performers: performersVi,
  notifications: notificationsVi,
  documentImport: documentImportVi,
  caseMeasures: caseMeasuresVi,
};

/** Every Vietnamese key, those that come with their module's chunk included. */
export type ViTexts = typeof vi & typeof viOnDemand;
