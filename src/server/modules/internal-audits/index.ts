/*
 * The internal-audits module's public surface: other modules and the jobs import only this
 * file. (Named internal-audits: "audit" is the audit trail, platform/audit.)
 */

export { findingsOfNonconformity } from './findings/findings.of-nc.ts';
export { sendAuditNotices } from './plan/notice.ts';
export { type AuditCompletion, auditProgrammeCompletion } from './report/completion.ts';
export { type AuditPapers, auditPapersOfYear } from './report/inspection.ts';
export { type AuditRoundResult, auditProgrammeOfYear, auditResultsInPeriod } from './report/results.ts';
export { sampledItemAccess } from './samples/access.ts';
