/*
 * The cases module's public surface: other modules import only this file. Records reads
 * who takes part in a case through caseParticipantSql (one EXISTS in its own query); home reads
 * the measures of work cases (caseMeasures) for the leadership's view by unit, and quality
 * objectives compute indicators from it (on-time rate, files opened at start, average working
 * days per step and per case); nonconformities check a case they are raised from (caseForLink).
 */
export { returnedStepsByUnit } from './cases.figures.ts';
export { wholeUnitReaders } from './cases.policy.ts';
export { caseForLink, caseParticipantSql, casesOfProcedure, stepRows } from './cases.read.ts';
export { caseMeasures } from './measures/measures.service.ts';
