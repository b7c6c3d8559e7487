import type { ProgrammeView } from '../../../../contract/internal-audits.ts';
import type { OfficialPaper, PaperBlock } from '../../../platform/papers/official-paper.ts';
import { DEFAULT_PLACE, paperDate } from '../../../platform/papers/report-frame.ts';
import { todayInVietnam } from '../../../platform/time.ts';

const para = (text: string): PaperBlock => ({ kind: 'paragraph', text });
const lines = (text: string) =>
  text
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean);

function approvalLine(p: ProgrammeView, approvedOn: string | null) {
  if (p.state !== 'approved') return 'Chương trình chưa được phê duyệt.';
  const by = p.approverName
    ? ` ${p.approverName}${p.approverPosition ? `, ${p.approverPosition},` : ''}`
    : '';
  const on = approvedOn ? ` ngày ${paperDate(approvedOn)}` : '';
  return `Chương trình đã được${by} phê duyệt${on} (phê duyệt điện tử, xác thực bằng mật khẩu).`;
}

/**
 * Chương trình đánh giá nội bộ năm … on the shared official paper (Nghị định 30/2020): issued
 * by the agency (…/CTr), its objectives and grounds as the secretariat wrote them, one row per
 * round (month, units, procedures and clauses, lead auditor), the approval by leadership
 * when given; signed by the approver.
 */
export function programmePaper(p: ProgrammeView, o: { agencyName: string }): OfficialPaper {
  const approvedOn = p.approvedAt ? todayInVietnam(new Date(p.approvedAt)) : null;
  const body: PaperBlock[] = [
    { kind: 'heading', text: 'I. MỤC ĐÍCH, CĂN CỨ' },
    ...(lines(p.objectives).length
      ? lines(p.objectives).map(para)
      : [
          para(
            `Đánh giá sự phù hợp và hiệu lực của hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại các đơn vị thuộc ${o.agencyName} năm ${p.year}, theo Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ.`,
          ),
        ]),
    { kind: 'heading', text: 'II. CÁC ĐỢT ĐÁNH GIÁ' },
    p.rounds.length
      ? {
          kind: 'table',
          columns: [
            { header: 'Đợt', width: 6 },
            { header: 'Tên đợt', width: 18, align: 'left' },
            { header: 'Tháng', width: 11 },
            { header: 'Đơn vị được đánh giá', width: 23, align: 'left' },
            { header: 'Quy trình, điều khoản', width: 22, align: 'left' },
            { header: 'Trưởng đoàn', width: 20, align: 'left' },
          ],
          rows: p.rounds.map((r) => [
            String(r.number),
            r.title,
            `${r.plannedMonth}/${p.year}`,
            r.scopeUnits.map((u) => u.name).join(', '),
            [...r.scopeProcedures.map((x) => x.code), ...r.scopeClauses.map((c) => `điều ${c}`)].join(', '),
            r.lead?.name ?? '',
          ]),
        }
      : para('Chương trình chưa có đợt đánh giá nào.'),
    para(approvalLine(p, approvedOn)),
  ];
  return {
    title: p.title || `Chương trình đánh giá nội bộ năm ${p.year}`,
    landscape: false,
    head: { issuer: [o.agencyName], number: null, code: 'CTr', place: DEFAULT_PLACE, date: approvedOn },
    kind: 'CHƯƠNG TRÌNH',
    subject: ['Đánh giá nội bộ hệ thống quản lý chất lượng', `theo TCVN ISO 9001:2015 năm ${p.year}`],
    body,
    foot: {
      recipients: ['Ban Chỉ đạo ISO', 'Các đơn vị thuộc phạm vi áp dụng', 'Đoàn đánh giá nội bộ'],
      archive: 'Lưu: VT, Thư ký ISO',
      signer: { position: p.approverPosition ?? 'Thủ trưởng cơ quan', name: p.approverName },
    },
  };
}
