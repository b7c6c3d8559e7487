// Every document of the demo agency, in the order they are loaded.
import { externalDocuments } from './external-documents.ts';
import { guidelines } from './guidelines.ts';
import type { DocumentPlan } from './plan.ts';
import { correctiveActionProcedure } from './system/corrective-action.ts';
import { documentControlProcedure } from './system/document-control.ts';
import { internalAuditProcedure } from './system/internal-audit.ts';
import { managementReviewProcedure } from './system/management-review.ts';
import { nonconformingOutputProcedure } from './system/nonconforming-output.ts';
import { systemDocuments } from './system/policy-objectives-manual.ts';
import { recordControlProcedure } from './system/record-control.ts';
import { risksOpportunitiesProcedure } from './system/risks-opportunities.ts';
import { emulationProcedures } from './units/emulation.ts';
import { enterpriseProcedures } from './units/enterprises.ts';
import { financeProcedures } from './units/finance.ts';
import { inspectionProcedures } from './units/inspection.ts';
import { internationalProcedures } from './units/international.ts';
import { itProcedures } from './units/it.ts';
import { legalProcedures } from './units/legal.ts';
import { personnelProcedures } from './units/personnel.ts';
import { postalProcedures } from './units/postal.ts';
import { scienceProcedures } from './units/science.ts';
import { officeAdministrationProcedures } from './units/vp-administration.ts';
import { officePublicProcedures } from './units/vp-public.ts';
import { officeRecordProcedures } from './units/vp-records.ts';

export function demoDocumentPlans(today: string): DocumentPlan[] {
  return [
    ...externalDocuments,
    ...systemDocuments,
    ...documentControlProcedure,
    ...recordControlProcedure,
    ...internalAuditProcedure,
    ...nonconformingOutputProcedure,
    ...correctiveActionProcedure,
    ...managementReviewProcedure,
    ...risksOpportunitiesProcedure,
    ...guidelines(today),
    ...officeRecordProcedures,
    ...officeAdministrationProcedures,
    ...officePublicProcedures,
    ...inspectionProcedures,
    ...postalProcedures,
    ...itProcedures,
    ...internationalProcedures,
    ...financeProcedures,
    ...scienceProcedures,
    ...legalProcedures,
    ...enterpriseProcedures,
    ...emulationProcedures,
    ...personnelProcedures,
  ];
}

/**
 * Documents whose owner unit recorded a periodic review "no change needed" this many days
 * before today; the others in force for a whole interval get one by build-reading.ts's
 * usual rule (most on time, one in ten a few days overdue).
 */
export const periodicReviews = new Map<string, number>([
  ['CS-01', 30],
  ['QT-HT-01', 61],
  ['TL-KHCN-03', 75],
  ['QT-HT-03', 92],
  ['QT-CNTT-01', 120],
  ['QT-BC-01', 150],
  ['QT-TCCB-05', 183],
  ['QT-PC-01', 210],
  ['HD-KHCN-01', 245],
  /** Due again within three weeks. */
  ['QT-CNTT-02', 348],
]);
