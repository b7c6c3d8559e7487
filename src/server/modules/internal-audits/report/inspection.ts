import { and, eq, inArray } from 'drizzle-orm';
import type { ProgrammeState } from '../../../../contract/internal-audits.ts';
import type { Db } from '../../../db/connection.ts';
import { lazy } from '../../../platform/lazy.ts';
import type { PaperFile } from '../../../platform/papers/paper-file.ts';
import { agencyReader } from '../../../platform/permissions/agency-reader.ts';
import { agencyName } from '../../org/index.ts';
import { programmePaper } from '../programme/programme.paper.ts';
import { getProgramme } from '../programme/programme.view.ts';
import { internalAuditProgrammes } from '../programme.table.ts';
import { internalAuditReports } from '../report.table.ts';
import { renderAuditReport, reportFileBase } from './report.render.ts';

const paperDocx = lazy(() => import('../../../platform/papers/official-paper.ts'), 'paperDocx');
const paperPdf = lazy(() => import('../../../platform/papers/official-paper.ts'), 'paperPdf');

export type AuditPapers = {
  programme: {
    title: string;
    state: ProgrammeState;
    /** Chương trình đánh giá nội bộ on the official paper. */
    pdf: PaperFile;
    docx: PaperFile;
  } | null;
  rounds: Array<{
    number: number;
    title: string;
    /** The round's report: draft | submitted | returned | approved; null before one is written. */
    reportState: string | null;
    /** The report paper and its findings, when there is a report. */
    report: { pdf: PaperFile; xlsx: PaperFile } | null;
  }>;
};

/**
 * The internal audit of a year as papers (made when asked): the year's programme and each
 * round's report — the inspection evidence pack (TT 26/2014 art. 36). Read with the agency
 * secretariat's sight, for a caller that has checked who asks.
 */
export async function auditPapersOfYear(db: Db, agencyId: string, year: number): Promise<AuditPapers> {
  const [row] = await db
    .select({ id: internalAuditProgrammes.id })
    .from(internalAuditProgrammes)
    .where(and(eq(internalAuditProgrammes.agencyId, agencyId), eq(internalAuditProgrammes.year, year)));
  if (!row) return { programme: null, rounds: [] };
  const reader = agencyReader(agencyId);
  const view = await getProgramme(db, reader, row.id);
  const reports = view.rounds.length
    ? await db
        .select({ roundId: internalAuditReports.roundId, state: internalAuditReports.state })
        .from(internalAuditReports)
        .where(
          and(
            eq(internalAuditReports.agencyId, agencyId),
            inArray(
              internalAuditReports.roundId,
              view.rounds.map((r) => r.id),
            ),
          ),
        )
    : [];
  const paper = async () => programmePaper(view, { agencyName: await agencyName(db, agencyId) });
  const base = `chuong-trinh-danh-gia-noi-bo-${year}`;
  const reportFile = (roundId: string, number: number, format: 'pdf' | 'xlsx'): PaperFile => ({
    fileName: `${reportFileBase({ number, year })}.${format}`,
    render: async () => (await renderAuditReport(db, reader, roundId, format)).body,
  });
  return {
    programme: {
      title: view.title,
      state: view.state,
      pdf: { fileName: `${base}.pdf`, render: async () => paperPdf(await paper()) },
      docx: { fileName: `${base}.docx`, render: async () => paperDocx(await paper()) },
    },
    rounds: view.rounds.map((r) => {
      const state = reports.find((x) => x.roundId === r.id)?.state ?? null;
      return {
        number: r.number,
        title: r.title,
        reportState: state,
        report: state
          ? { pdf: reportFile(r.id, r.number, 'pdf'), xlsx: reportFile(r.id, r.number, 'xlsx') }
          : null,
      };
    }),
  };
}
