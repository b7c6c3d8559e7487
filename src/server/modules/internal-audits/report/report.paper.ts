import { type FindingKind, findingKindNames } from '../../../../contract/internal-audits.ts';
import {
  findingResponseNames,
  findingStateNames,
  type GradeCounts,
  type ReportView,
} from '../../../../contract/internal-audits-work.ts';
import type { OfficialPaper, PaperBlock } from '../../../platform/papers/official-paper.ts';
import {
  DEFAULT_PLACE,
  leadershipOf,
  paperDate,
  paperNumber,
} from '../../../platform/papers/report-frame.ts';

const para = (text: string): PaperBlock => ({ kind: 'paragraph', text });
const gradeCells = (c: GradeCounts) =>
  [c.conformity, c.major, c.minor, c.observation, c.improvement, c.total].map((n) => paperNumber(n));
const lines = (text: string) =>
  text
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean);

/**
 * Báo cáo kết quả đánh giá nội bộ of a round in the layout of Nghị định 30/2020 (the shared
 * official paper): issued by the audit team under the agency, số/ký hiệu …/BC-ĐGNB, sent to
 * leadership, the steering committee and the audited units, signed by the lead auditor;
 * what was audited, the counts by grade per unit, the findings, the strengths, the conclusion.
 */
export function auditReportPaper(
  report: ReportView,
  o: { agencyName: string; lead: { name: string } | null; criteria: string; today: string },
): OfficialPaper {
  const { round } = report;
  const date = report.approvedAt ? report.approvedAt.slice(0, 10) : o.today;
  const body: PaperBlock[] = [
    { kind: 'heading', text: 'I. MỤC ĐÍCH, PHẠM VI VÀ CHUẨN MỰC ĐÁNH GIÁ' },
    para(
      `Thực hiện Chương trình đánh giá nội bộ năm ${round.year}, đoàn đánh giá đã tiến hành đợt ${round.number} (${round.title}) tại ${paperNumber(report.units.length)} đơn vị nhằm xác định mức độ phù hợp và hiệu lực của hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.`,
    ),
    ...(o.criteria ? [para(`Chuẩn mực đánh giá: ${o.criteria}`)] : []),
    { kind: 'heading', text: 'II. ĐƠN VỊ, THỜI GIAN VÀ NGƯỜI ĐÁNH GIÁ' },
    {
      kind: 'table',
      columns: [
        { header: 'TT', width: 6 },
        { header: 'Đơn vị được đánh giá', width: 22, align: 'left' },
        { header: 'Ngày', width: 14 },
        { header: 'Người đánh giá', width: 22, align: 'left' },
        { header: 'Quy trình, điều khoản', width: 24, align: 'left' },
        { header: 'Câu hỏi đã trả lời', width: 12 },
      ],
      rows: report.units.map((u, i) => [
        String(i + 1),
        u.unit.name,
        u.auditDate ? paperDate(u.auditDate) : '',
        u.auditors.map((a) => a.name).join(', '),
        [...u.procedures.map((p) => p.code), ...u.clauses].join(', '),
        `${paperNumber(u.checklist.answered)}/${paperNumber(u.checklist.items)}`,
      ]),
    },
    { kind: 'heading', text: 'III. KẾT QUẢ ĐÁNH GIÁ' },
    para(
      `Tổng số phát hiện: ${paperNumber(report.counts.total)}, gồm ${paperNumber(report.counts.conformity)} điểm phù hợp, ${paperNumber(report.counts.major)} điểm không phù hợp nặng, ${paperNumber(report.counts.minor)} điểm không phù hợp nhẹ, ${paperNumber(report.counts.observation)} khuyến nghị và ${paperNumber(report.counts.improvement)} cơ hội cải tiến.`,
    ),
    {
      kind: 'table',
      columns: [
        { header: 'TT', width: 6 },
        { header: 'Đơn vị', width: 28, align: 'left' },
        { header: 'Phù hợp', width: 11 },
        { header: 'Nặng', width: 11 },
        { header: 'Nhẹ', width: 11 },
        { header: 'Khuyến nghị', width: 12 },
        { header: 'Cơ hội cải tiến', width: 12 },
        { header: 'Tổng', width: 9 },
      ],
      groups: [{ text: 'Điểm không phù hợp', from: 3, span: 2 }],
      rows: report.units.map((u, i) => [String(i + 1), u.unit.name, ...gradeCells(u.counts)]),
      total: ['', 'Tổng cộng', ...gradeCells(report.counts)],
    },
    { kind: 'heading', text: 'IV. CÁC PHÁT HIỆN' },
    ...(report.findings.length
      ? [
          {
            kind: 'table' as const,
            columns: [
              { header: 'Số', width: 5 },
              { header: 'Đơn vị', width: 14, align: 'left' as const },
              { header: 'Loại', width: 13, align: 'left' as const },
              { header: 'Điều khoản', width: 9 },
              { header: 'Nội dung, bằng chứng', width: 29, align: 'left' as const },
              { header: 'Ý kiến đơn vị', width: 13, align: 'left' as const },
              // Wide enough for a nonconformity's code (KPH-2026-012) on one line.
              { header: 'Xử lý', width: 19, align: 'left' as const },
            ],
            rows: report.findings.map((f) => [
              String(f.seq),
              f.unit.name,
              findingKindNames[f.kind as FindingKind].vi,
              f.clause ?? '',
              [f.description, f.evidence ? `Bằng chứng: ${f.evidence}` : ''].filter(Boolean).join('\n'),
              f.response
                ? `${findingResponseNames[f.response].vi}${f.responseReason ? `: ${f.responseReason}` : ''}`
                : 'Chưa có ý kiến',
              f.nonconformity ? `Sự không phù hợp ${f.nonconformity.code}` : findingStateNames[f.state].vi,
            ]),
          },
        ]
      : [para('Không có phát hiện.')]),
    { kind: 'heading', text: 'V. ĐIỂM MẠNH' },
    ...(lines(report.strengths).length ? lines(report.strengths).map(para) : [para('Không nêu.')]),
    { kind: 'heading', text: 'VI. KẾT LUẬN VÀ KIẾN NGHỊ' },
    ...(lines(report.summary).length ? lines(report.summary).map(para) : [para('Không nêu.')]),
    ...(report.approvedBy
      ? [
          para(
            `Báo cáo đã được ${report.approvedBy.name}${report.approverPosition ? `, ${report.approverPosition}` : ''} phê duyệt ngày ${paperDate(date)} (phê duyệt điện tử, xác thực bằng mật khẩu).`,
          ),
        ]
      : []),
  ];
  return {
    title: `Báo cáo kết quả đánh giá nội bộ đợt ${round.number} năm ${round.year}`,
    head: {
      issuer: [o.agencyName, 'ĐOÀN ĐÁNH GIÁ NỘI BỘ'],
      number: report.number,
      code: 'BC-ĐGNB',
      place: DEFAULT_PLACE,
      date,
    },
    kind: 'BÁO CÁO',
    subject: [`Kết quả đánh giá nội bộ hệ thống quản lý chất lượng`, `đợt ${round.number} năm ${round.year}`],
    body,
    foot: {
      recipients: [
        `${leadershipOf(o.agencyName)} (để báo cáo)`,
        'Ban Chỉ đạo ISO',
        'Các đơn vị được đánh giá',
      ],
      archive: 'Lưu: VT, Thư ký ISO',
      signer: { position: 'Trưởng đoàn đánh giá', name: o.lead?.name ?? null },
    },
  };
}
