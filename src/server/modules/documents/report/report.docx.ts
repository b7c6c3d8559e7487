import type { StatusReport } from '../../../../contract/document-reports.ts';
import { paperDocx, paperPdf } from '../../../platform/papers/official-paper.ts';
import type { reportFrame } from '../../../platform/papers/report-frame.ts';
import { statusReportPaper } from './report.paper.ts';

type Frame = ReturnType<typeof reportFrame>;

/** The status report as a báo cáo in Word, Times New Roman (Nghị định 30/2020). */
export const statusReportDocx = (report: StatusReport, frame: Frame) =>
  paperDocx(statusReportPaper(report, frame));

/** The same báo cáo as PDF. */
export const statusReportPdf = (report: StatusReport, frame: Frame) =>
  paperPdf(statusReportPaper(report, frame));
