/*
 * The documents module's public surface: other modules import only this file. Procedures
 * (what cases run and catalogues list) are read through functions; lists joining a
 * procedure's code or title in one statement use the read-only row sources.
 */

export { notifyVersionsWaiting } from './documents.notify.ts';
export {
  documentFiguresByUnit,
  documentNames,
  documentRows,
  inForceDocumentsOfUnit,
  procedureInForce,
  procedureTypes,
  readableVersion,
  revisionInForceSince,
  versionRows,
} from './documents.read.ts';
export { createChangeRequest as requestDocumentChange } from './documents.service.ts';
export { currentVersionSignatories, proceduresInForce, type Signatory } from './documents.signatories.ts';
export {
  type DocumentPaper,
  documentPapersInForce,
  documentsInForceList,
} from './inspection/inspection.papers.ts';
export { type RevisionInPeriod, revisionsInPeriod } from './inspection/inspection.revisions.ts';
export {
  type PublicDocument,
  publicDocumentPdf,
  publicDocumentsInForce,
} from './public/public.service.ts';
export { documentsStatusReport } from './report/report.service.ts';
export { type ReviewsOnTime, reviewsDueInPeriod } from './review/review.measures.ts';
export {
  type AcknowledgementCounts,
  acknowledgementsOfNewVersions,
} from './work/acknowledgements.measures.ts';
