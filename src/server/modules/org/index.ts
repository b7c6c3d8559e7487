/*
 * The org module's public surface: other modules import only this file. Lookups are
 * functions; a list that must join names or unit paths in its own SQL statement joins a
 * read-only row source (unitRows, personRows, positionRows, agencyRows: subqueries over
 * org's tables without credentials). Writes to org's tables stay inside org.
 */

export { agencyWideHolders, contactsOf, peopleHolding, roleHolders } from './org.contacts.ts';
export {
  agencyName,
  agencyRows,
  agencyUnits,
  checkSigner,
  orgFigures,
  orgNames,
  paperIssuer,
  personRows,
  positionRows,
  type UnitRecord,
  unitColumns,
  unitRows,
} from './org.read.ts';
export { verifySigner } from './signer.ts';
export { unitsInTreeOrder } from './unit-order.ts';
export { findUnit } from './units.service.ts';
