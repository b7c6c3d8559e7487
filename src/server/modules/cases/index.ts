/*
 * The cases module's public surface: other modules import only this file. Records reads
 * who takes part in a case through caseParticipantSql (one EXISTS in its own query).
 */
export { caseParticipantSql, stepRows } from './cases.read.ts';
