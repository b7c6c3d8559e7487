/*
 * The documents module's public surface: other modules import only this file. Procedures
 * (what cases run and catalogues list) are read through functions; lists joining a
 * procedure's code or title in one statement use the read-only row sources.
 */

export {
  documentRows,
  inForceDocumentsOfUnit,
  procedureInForce,
  procedureTypes,
  readableVersion,
  versionRows,
} from './documents.read.ts';
