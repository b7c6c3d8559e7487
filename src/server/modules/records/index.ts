/*
 * The records module's public surface: other modules import only this file. A case opens
 * its file and files its documents inside its own transaction (openFile, addFileItem),
 * finds the catalogue entries of its procedure and reads retention as catalogues write it.
 * Nonconformities file an action's evidence in the unit's file for it (fileUploadedDocument).
 */
export { type CataloguePaper, cataloguePapersOfYear } from './catalogue/catalogue.inspection.ts';
export { type CatalogueEntryRow, entriesForProcedure } from './catalogue/catalogue.lookup.ts';
export { parseRetention, type Retention } from './catalogue/catalogue.numbers.ts';
export {
  type FileDocumentInput,
  type FiledDocument,
  fileUploadedDocument,
} from './files/files.file-in.ts';
export { type FileClosings, filesClosedAfterWork } from './files/files.measures.ts';
export { filesOfProcedure } from './files/files.of-procedure.ts';
export {
  type AddItemInput,
  addFileItem,
  type FileItemRow,
  type FileRow,
  type OpenFileInput,
  openFile,
} from './files/files.open.ts';
export { fileItemRows, fileRows } from './records.read.ts';
