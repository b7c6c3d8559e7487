/*
 * The records module's public surface: other modules import only this file. A case opens
 * its file and files its documents inside its own transaction (openFile, addFileItem),
 * finds the catalogue entries of its procedure and reads retention as catalogues write it.
 */
export { type CatalogueEntryRow, entriesForProcedure } from './catalogue/catalogue.lookup.ts';
export { parseRetention, type Retention } from './catalogue/catalogue.numbers.ts';
export {
  type AddItemInput,
  addFileItem,
  type FileItemRow,
  type FileRow,
  type OpenFileInput,
  openFile,
} from './files/files.open.ts';
export { fileItemRows, fileRows } from './records.read.ts';
