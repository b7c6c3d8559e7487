// Every table of internal audit, one file per part.
export * from './checklist.table.ts';
export * from './finding.table.ts';
export * from './programme.table.ts';
export * from './report.table.ts';
export * from './round.table.ts';
export * from './sample.table.ts';
