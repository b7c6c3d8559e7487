import { reportStateNames } from '../../../../contract/internal-audits-work.ts';
import { formatDate, formatNumber } from '../../../platform/format.ts';
import { paperDocx, paperPdf } from '../../../platform/papers/official-paper.ts';
import { auditPapersOfYear, auditResultsInPeriod } from '../../internal-audits/index.ts';
import { ncMeasures, ncRegisterOfPeriod } from '../../nonconformities/index.ts';
import { paperIssuer } from '../../org/index.ts';
import { annualView } from './reports.annual.ts';
import {
  type EvidenceContext as Context,
  inFolder,
  type PlannedFile,
  type PlannedItem,
  sentence,
} from './reports.evidence-plan.ts';
import { annualPaper, packPaper } from './reports.paper.ts';
import type { ReportProviders, ReviewMeeting } from './reports.providers.ts';
import { getPack, packOfPeriod } from './reports.service.ts';

/*
 * The evidence pack's items on how the system is run: management review, internal audit,
 * corrective action and complaints, improvement, leadership's part and confirmation.
 */

/** Management review: each meeting's notice of conclusions and input pack, and the annual report. */
export async function reviewItem(
  c: Context,
  meetings: ReviewMeeting[],
  providers: ReportProviders,
): Promise<PlannedItem> {
  const issuer = () => paperIssuer(c.db, c.actor.agencyId, c.actor.unitId);
  const files: PlannedFile[] = [];
  const lines: string[] = [];
  for (const m of meetings) {
    const date = formatDate(m.meetingDate);
    lines.push(`Cuộc họp ngày ${date}: ${m.title}.`);
    if (m.notice) files.push(inFolder('xem-xet-lanh-dao', m.notice));
    const packId = await packOfPeriod(c.db, c.actor, m.period);
    if (packId)
      files.push({
        path: `xem-xet-lanh-dao/bao-cao-dau-vao-${m.meetingDate}.pdf`,
        render: async () =>
          paperPdf(
            packPaper(await getPack(c.db, c.actor, packId, providers.directives), await issuer(), c.today),
          ),
      });
    else lines.push(`Cuộc họp ngày ${date}: chưa lập báo cáo đầu vào cho kỳ xem xét.`);
  }
  const annual = async () =>
    annualPaper(await annualView(c.db, c.actor, c.year, providers.directives), c.year, {
      agencyName: c.name,
      today: c.today,
    });
  files.push(
    { path: `xem-xet-lanh-dao/bao-cao-nam-${c.year}.docx`, render: async () => paperDocx(await annual()) },
    { path: `xem-xet-lanh-dao/bao-cao-nam-${c.year}.pdf`, render: async () => paperPdf(await annual()) },
  );
  return {
    title: 'Xem xét của lãnh đạo; báo cáo tình hình áp dụng, duy trì, cải tiến HTQLCL',
    files,
    lines,
    note: sentence([
      meetings.length ? null : 'Chưa ghi nhận cuộc họp xem xét của lãnh đạo trong năm.',
      meetings.some((m) => !m.notice) ? 'Có cuộc họp chưa ban hành thông báo kết luận.' : null,
    ]),
  };
}

/** Internal audit: the year's programme and each round's report with its findings. */
export async function auditItem(c: Context): Promise<PlannedItem> {
  const [papers, results] = await Promise.all([
    auditPapersOfYear(c.db, c.actor.agencyId, c.year),
    auditResultsInPeriod(c.db, c.actor.agencyId, c.from, c.to),
  ]);
  const folder = 'danh-gia-noi-bo';
  const lines = results.rounds.map(
    (r) =>
      `Đợt ${r.number}/${r.year} (${r.title}): ${formatNumber(r.unitsAudited)} đơn vị, ${formatDate(r.firstDate)}–${formatDate(r.lastDate)}; ${formatNumber(r.counts.major)} điểm không phù hợp nặng, ${formatNumber(r.counts.minor)} nhẹ, ${formatNumber(r.counts.observation)} khuyến nghị.`,
  );
  const unreported = papers.rounds.filter((r) => !r.report);
  return {
    title: 'Chương trình, kế hoạch và kết quả đánh giá nội bộ',
    files: [
      ...(papers.programme ? [inFolder(folder, papers.programme.pdf)] : []),
      ...papers.rounds.flatMap((r) =>
        r.report ? [inFolder(folder, r.report.pdf), inFolder(folder, r.report.xlsx)] : [],
      ),
    ],
    lines: [
      ...(papers.programme ? [`Chương trình năm ${c.year}: ${papers.programme.title}.`] : []),
      ...lines,
      ...papers.rounds
        .filter((r) => r.reportState)
        .map(
          (r) =>
            `Báo cáo đợt ${r.number}: ${reportStateNames[r.reportState as keyof typeof reportStateNames]?.vi ?? r.reportState}.`,
        ),
    ],
    note: sentence([
      papers.programme ? null : `Chưa có chương trình đánh giá nội bộ năm ${c.year}.`,
      results.rounds.length ? null : `Chưa có cuộc đánh giá nội bộ nào hoàn thành trong năm ${c.year}.`,
      unreported.length ? `Chưa có báo cáo: đợt ${unreported.map((r) => r.number).join(', ')}.` : null,
    ]),
  };
}

/** Nonconformities and corrective action; complaints and petitions (the register, by source). */
export async function correctiveItems(c: Context): Promise<PlannedItem[]> {
  const nc = await ncMeasures(c.db, c.actor, { from: c.from, to: c.to });
  const feedback = nc.bySource.find((s) => s.source === 'feedback')?.opened ?? 0;
  const period = { from: c.from, to: c.to };
  return [
    {
      title: 'Sự không phù hợp và hành động khắc phục',
      files: [
        inFolder(
          'khac-phuc',
          ncRegisterOfPeriod(c.db, c.actor.agencyId, {
            ...period,
            fileName: `so-theo-doi-su-khong-phu-hop-${c.year}.xlsx`,
          }),
        ),
      ],
      lines: [
        `Phát hiện trong năm: ${formatNumber(nc.total.opened)}; đã khắc phục và xác nhận hiệu quả: ${formatNumber(nc.total.closed)} (đúng hạn ${formatNumber(nc.total.closedOnTime)}); còn mở: ${formatNumber(nc.total.open)}.`,
      ],
      note: null,
    },
    {
      title: 'Việc xử lý phản ánh, kiến nghị',
      files: [
        inFolder(
          'phan-anh-kien-nghi',
          ncRegisterOfPeriod(c.db, c.actor.agencyId, {
            ...period,
            source: 'feedback',
            fileName: `phan-anh-kien-nghi-${c.year}.xlsx`,
          }),
        ),
      ],
      lines: [`Phản ánh, kiến nghị ghi nhận trong năm: ${formatNumber(feedback)}.`],
      note: null,
    },
  ];
}

/** Improvement: the committee's directives and what was improved, told from the other items. */
export async function improvementItem(c: Context, providers: ReportProviders): Promise<PlannedItem> {
  const directives = await providers.directives(c.db, c.actor, { from: c.from, to: c.to });
  return {
    title: 'Hoạt động cải tiến HTQLCL',
    files: [],
    lines: directives
      ? [
          `Chỉ đạo của Ban chỉ đạo ISO: ${formatNumber(directives.total)}, đã hoàn thành ${formatNumber(directives.done)}, đang thực hiện ${formatNumber(directives.open)} (quá hạn ${formatNumber(directives.overdue)}).`,
        ]
      : [],
    note: 'Cải tiến thể hiện ở các tài liệu được sửa đổi (mục 13), hành động khắc phục (mục 7) và kết luận của Ban chỉ đạo ISO (mục 5).',
  };
}

/** Leadership's part and the head's confirmation of effectiveness: the meetings and their conclusions. */
export function leadershipItems(meetings: ReviewMeeting[]): PlannedItem[] {
  const concluded = meetings.filter((m) => m.notice);
  return [
    {
      title: 'Sự tham gia của lãnh đạo trong việc xây dựng, áp dụng, duy trì và cải tiến HTQLCL',
      files: [],
      lines: meetings.map(
        (m) =>
          `Cuộc họp Ban chỉ đạo ISO ngày ${formatDate(m.meetingDate)} do ${m.chairName} chủ trì (mục 5).`,
      ),
      note: meetings.length ? null : 'Chưa ghi nhận cuộc họp nào của Ban chỉ đạo ISO trong năm.',
    },
    {
      title: 'Việc người đứng đầu xác nhận hiệu lực của HTQLCL',
      files: [],
      lines: concluded.map(
        (m) =>
          `Kết luận cuộc họp ngày ${formatDate(m.meetingDate)} do ${m.chairName} xác nhận: xem mục 5 (${m.notice?.fileName}).`,
      ),
      note: concluded.length ? null : 'Chưa có kết luận xem xét của lãnh đạo được xác nhận trong năm.',
    },
  ];
}
