import type { documentImportVi } from './import.i18n.ts';

export const documentImportEn: typeof documentImportVi = {
  open: 'Import documents in force',
  title: 'Import the documents in force',
  subtitle:
    'Bring in the documents and procedures the agency issued on paper: each becomes a version in force (with its earlier issues), its approval recorded as signed on paper. Imported documents are not counted as new or improved in the reports.',
  listStep: '1. Master list (XLSX)',
  listHelp:
    'Each row is one issue: code, title, type, owner unit, issue number, issue date, effective date, decision number; optionally who signed and their position. Several rows of one code: the highest issue is the one in force.',
  template: 'Download the template',
  chooseList: 'Choose the list',
  filesStep: '2. Document files (DOCX, PDF or ZIP)',
  filesHelp:
    'Each file name starts with the document’s code, e.g. "QT-VP-01 Procedure.pdf"; or send one ZIP holding them all.',
  chooseFiles: 'Choose files',
  filesChosen: '{{n}} files chosen',
  check: 'Check',
  commit: 'Import',
  confirmTitle: 'Import {{documents}} documents?',
  confirmBody:
    'The documents come into force in eiso at once, with the issue numbers, dates and decision numbers of the list. Changing them afterwards takes a change request.',
  errorsTitle: 'The list and files have {{n}} errors; nothing was imported',
  errorsHelp: 'Fix the errors below in the files and check again. Only when none is left can you import.',
  checkedTitle: 'No errors: ready to import {{documents}} documents, {{versions}} issues, {{files}} files',
  done: '{{documents}} documents in force were imported.',
  toList: 'Open the master list',
  again: 'Import more',
  columns: {
    row: 'Row',
    column: 'Column',
    message: 'Error',
    earlier: 'Earlier issues',
    files: 'Files',
  },
  wholeList: 'The whole list',
  file: 'File "{{name}}"',
  errorsRegion: 'Errors',
  previewRegion: 'Documents to import',
  onPaper: 'Signed on paper',
  onPaperHint: 'Signed on paper before eiso; recorded when the documents were imported.',
  imported: 'Issued on paper, imported',
  eventAction: 'Imported from the documents in force',
};
