/*
 * The org module's public surface: other modules import only this file. Lookups are
 * functions; a list that must join names or unit paths in its own SQL statement joins a
 * read-only row source (unitRows, personRows, positionRows, agencyRows: subqueries over
 * org's tables without credentials). Writes to org's tables stay inside org.
 */
export {
  agencyName,
  agencyRows,
  agencyUnits,
  checkSigner,
  orgFigures,
  personRows,
  positionRows,
  type UnitRecord,
  unitColumns,
  unitRows,
} from './org.read.ts';
export { unitsInTreeOrder } from './unit-order.ts';
export { findUnit } from './units.service.ts';
