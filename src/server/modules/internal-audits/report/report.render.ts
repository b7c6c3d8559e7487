import type { Db } from '../../../db/connection.ts';
import { lazy } from '../../../platform/lazy.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { paperIssuer } from '../../org/index.ts';
import { namesFor } from '../internal-audits.names.ts';
import { loadRound } from '../internal-audits.repository.ts';
import { auditReportPaper } from './report.paper.ts';
import { getReport } from './report.service.ts';

const paperDocx = lazy(() => import('../../../platform/papers/official-paper.ts'), 'paperDocx');
const paperPdf = lazy(() => import('../../../platform/papers/official-paper.ts'), 'paperPdf');
const findingsWorkbook = lazy(() => import('./report.xlsx.ts'), 'findingsWorkbook');

export type ReportFormat = 'docx' | 'pdf' | 'xlsx';

/** bao-cao-danh-gia-noi-bo-dot-1-2017 */
export const reportFileBase = (round: { number: number; year: number }) =>
  `bao-cao-danh-gia-noi-bo-dot-${round.number}-${round.year}`;

/**
 * A round's report as a file the actor may read (else 404): the paper signed by the lead
 * auditor (DOCX, PDF), or its findings (XLSX).
 */
export async function renderAuditReport(db: Db, actor: Actor, roundId: string, format: ReportFormat) {
  const report = await getReport(db, actor, roundId);
  const fileName = `${reportFileBase(report.round)}.${format}`;
  if (format === 'xlsx') return { fileName, body: await findingsWorkbook(report) };
  const { round } = await loadRound(db, actor, roundId);
  const names = await namesFor(db, actor.agencyId, {
    people: round.leadAuditorId ? [round.leadAuditorId] : [],
  });
  const lead = round.leadAuditorId ? names.personRow(round.leadAuditorId) : undefined;
  const issuer = await paperIssuer(db, actor.agencyId, lead?.unitId ?? round.scopeUnitIds[0]);
  const paper = auditReportPaper(report, {
    agencyName: issuer.agencyName,
    lead: lead ? { name: lead.name } : null,
    criteria: round.criteria,
    today: todayInVietnam(),
  });
  return { fileName, body: await (format === 'docx' ? paperDocx(paper) : paperPdf(paper)) };
}
