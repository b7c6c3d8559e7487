import { agenciesEn } from '../../modules/agencies/agencies.i18n.en.ts';
import { auditEn } from '../../modules/audit/audit.i18n.en.ts';
import { authEn } from '../../modules/auth/auth.i18n.en.ts';
import { calendarEn } from '../../modules/calendar/calendar.i18n.en.ts';
import { casesEn } from '../../modules/cases/cases.i18n.en.ts';
import { caseMeasuresEn } from '../../modules/cases/measures/measures.i18n.en.ts';
import { documentsEn } from '../../modules/documents/documents.i18n.en.ts';
import { documentImportEn } from '../../modules/documents/import/import.i18n.en.ts';
import { performersEn } from '../../modules/documents/performers/performers.i18n.en.ts';
import { approvalsEn } from '../../modules/documents/transitions/approvals.i18n.en.ts';
import { homeEn } from '../../modules/home/home.i18n.en.ts';
import { internalAuditsEn } from '../../modules/internal-audits/internal-audits.i18n.en.ts';
import { auditWorkEn } from '../../modules/internal-audits/work/audit-work.i18n.en.ts';
import { nonconformitiesEn } from '../../modules/nonconformities/nonconformities.i18n.en.ts';
import { notificationsEn } from '../../modules/notifications/notifications.i18n.en.ts';
import { objectivesEn } from '../../modules/objectives/objectives.i18n.en.ts';
import { orgEn } from '../../modules/org/org.i18n.en.ts';
import { catalogueEn } from '../../modules/records/catalogue/catalogue.i18n.en.ts';
import { recordFilesEn } from '../../modules/records/files/files.i18n.en.ts';
import { risksEn } from '../../modules/risks/risks.i18n.en.ts';
import { steeringReportsEn } from '../../modules/steering/reports/reports.i18n.en.ts';
import { steeringEn } from '../../modules/steering/steering.i18n.en.ts';
import { listEn } from '../components/list.i18n.en.ts';
import { dutiesEn } from '../duties.i18n.en.ts';
import { papersEn } from '../papers.i18n.en.ts';
import { reportPeriodEn } from '../report-period.i18n.en.ts';
import { shellEn } from '../shell.i18n.en.ts';

import type { ViTexts } from './vi.ts';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** English, complete but secondary: assembles each module's texts; the type makes it carry every key of vi.ts. */
export const en: Strings<ViTexts> = {
  ...shellEn,
  auth: authEn,
  home: homeEn,
  org: orgEn,
  calendar: calendarEn,
  audit: auditEn,
  agencies: agenciesEn,
  documents: documentsEn,
  catalogue: catalogueEn,
  approvals: approvalsEn,
  duties: dutiesEn,
  reportPeriod: reportPeriodEn,
  list: listEn,
  papers: papersEn,
  recordFiles: recordFilesEn,
  cases: casesEn,
  nonconformities: nonconformitiesEn,
  objectives: objectivesEn,
  risks: risksEn,
  steering: steeringEn,
  internalAudits: internalAuditsEn,
  auditWork: auditWorkEn,
  performers: performersEn,
  notifications: notificationsEn,
  documentImport: documentImportEn,
  caseMeasures: caseMeasuresEn,
  steeringReports: steeringReportsEn,
};
