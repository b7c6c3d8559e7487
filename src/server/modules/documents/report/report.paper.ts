import {
  type StatusFigures,
  type StatusReport,
  statusFigureKeys,
  statusFigureNames,
} from '../../../../contract/document-reports.ts';
import type { OfficialPaper, PaperColumn } from '../../../platform/papers/official-paper.ts';
import { leadershipOf, paperNumber, type reportFrame } from '../../../platform/papers/report-frame.ts';
import { periodLine, REPORT_SUBJECT } from './report.summary.ts';

const figureCells = (f: StatusFigures) => statusFigureKeys.map((k) => paperNumber(f[k]));

/**
 * The status report as the báo cáo the secretariat sends to leadership and the steering
 * committee (Nghị định 30/2020): the opening, the summary, the table by owner unit, the close.
 */
export function statusReportPaper(
  report: StatusReport,
  frame: ReturnType<typeof reportFrame>,
): OfficialPaper {
  const issuer = frame.head.issuer.at(-1) ?? report.agencyName;
  const columns: PaperColumn[] = [
    { header: 'STT', width: 4 },
    { header: 'Đơn vị chủ trì', width: 22, align: 'left' },
    ...[0, 1].flatMap(() =>
      statusFigureKeys.map((k) => ({
        header: statusFigureNames[k].vi,
        width: 7.4,
        align: 'center' as const,
      })),
    ),
  ];
  const span = statusFigureKeys.length;
  return {
    title: `Báo cáo ${REPORT_SUBJECT.toLocaleLowerCase('vi')}`,
    landscape: true,
    head: frame.head,
    kind: 'BÁO CÁO',
    subject: [REPORT_SUBJECT, periodLine(report.from, report.to)],
    body: [
      {
        kind: 'paragraph',
        text: `Thực hiện nhiệm vụ theo dõi, kiểm soát tài liệu của hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, ${issuer} báo cáo tình hình xây dựng, cải tiến tài liệu ${periodLine(report.from, report.to).toLocaleLowerCase('vi')} như sau:`,
      },
      { kind: 'heading', text: '1. Kết quả chung' },
      { kind: 'paragraph', text: report.summary },
      { kind: 'heading', text: '2. Số liệu theo đơn vị chủ trì' },
      {
        kind: 'table',
        columns,
        groups: [
          { text: 'Tài liệu hệ thống', from: 2, span },
          { text: 'Quy trình nghiệp vụ', from: 2 + span, span },
        ],
        rows: report.rows.map((r, i) => [
          paperNumber(i + 1),
          `${'\u00a0'.repeat(3 * r.depth)}${r.unitName}`,
          ...figureCells(r.system),
          ...figureCells(r.business),
        ]),
        total: [
          '',
          'Tổng cộng',
          ...figureCells(report.totals.system),
          ...figureCells(report.totals.business),
        ],
      },
      {
        kind: 'paragraph',
        text: `${issuer} kính báo cáo ${leadershipOf(report.agencyName)} và Ban Chỉ đạo ISO./.`,
      },
    ],
    foot: frame.foot,
  };
}
