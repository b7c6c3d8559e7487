import {
  type DeclarationView,
  type PackView,
  packSectionNames,
} from '../../../../contract/steering-reports.ts';
import type { OfficialPaper, PaperBlock } from '../../../platform/papers/official-paper.ts';
import {
  DEFAULT_PLACE,
  leadershipOf,
  paperDate,
  type ReportIssuer,
  reportFrame,
} from '../../../platform/papers/report-frame.ts';

const para = (text: string): PaperBlock => ({ kind: 'paragraph', text });
const lines = (text: string) =>
  text
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean);
const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV'];

/** One section of the pack: its narrative, its figures as a table, its items as lines. */
function sectionBlocks(section: PackView['sections'][number], heading: string): PaperBlock[] {
  const blocks: PaperBlock[] = [{ kind: 'heading', text: heading }];
  for (const l of lines(section.narrative)) blocks.push(para(l));
  if (section.figures.length)
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'TT', width: 6 },
        { header: 'Nội dung', width: 70, align: 'left' },
        { header: 'Số liệu', width: 18, align: 'right' },
      ],
      rows: section.figures.map((f, i) => [String(i + 1), f.label, f.text]),
    });
  for (const item of section.items) blocks.push(para(`- ${item.text}.`));
  if (section.note && !section.figures.length && !section.narrative) blocks.push(para(section.note));
  if (!section.figures.length && !section.items.length && !section.narrative && !section.note)
    blocks.push(para('Không có nội dung cần báo cáo.'));
  return blocks;
}

/**
 * Báo cáo tình hình áp dụng, duy trì, cải tiến HTQLCL of a pack's period, on the shared
 * official paper (Nghị định 30/2020): issued by the secretariat's unit to leadership and the
 * steering committee; one section per input of ISO 9001 9.3.2, narrative then figures.
 */
export function packPaper(pack: PackView, issuer: ReportIssuer, today: string): OfficialPaper {
  const frame = reportFrame(issuer, { date: today });
  const period = `từ ngày ${paperDate(pack.from)} đến ngày ${paperDate(pack.to)}`;
  return {
    title: pack.title,
    head: frame.head,
    kind: 'BÁO CÁO',
    subject: ['Tình hình áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng', period],
    body: [
      para(
        `Thực hiện Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước, Thư ký ISO báo cáo ${leadershipOf(pack.agencyName)} và Ban Chỉ đạo ISO tình hình áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng của ${pack.agencyName} ${period} như sau:`,
      ),
      ...pack.sections.flatMap((s, i) =>
        sectionBlocks(s, `${roman[i]}. ${packSectionNames[s.key].vi.toLocaleUpperCase('vi')}`),
      ),
      para('Số liệu trong báo cáo được tổng hợp từ eiso tại thời điểm lập báo cáo.'),
    ],
    foot: frame.foot,
  };
}

/**
 * Báo cáo tình hình áp dụng, duy trì và cải tiến HTQLCL năm … (QĐ 19/2014 Phụ lục II): the
 * agency reports to the Ministry of Science and Technology in December — I. building,
 * applying, maintaining and improving the QMS; II. results; III. difficulties; IV. proposals.
 * Signed by the head of the agency.
 */
export function annualPaper(
  pack: PackView,
  year: number,
  o: { agencyName: string; today: string },
): OfficialPaper {
  const by = (key: PackView['sections'][number]['key']) => pack.sections.find((s) => s.key === key)!;
  const sub = (n: number, key: PackView['sections'][number]['key']) =>
    sectionBlocks(by(key), `${n}. ${packSectionNames[key].vi}`);
  const narrative = (text: string, empty: string) =>
    lines(text).length ? lines(text).map(para) : [para(empty)];
  return {
    title: `Báo cáo tình hình áp dụng, duy trì và cải tiến HTQLCL năm ${year}`,
    head: { issuer: [o.agencyName], number: null, code: 'BC', place: DEFAULT_PLACE, date: o.today },
    kind: 'BÁO CÁO',
    subject: [
      'Tình hình xây dựng, áp dụng, duy trì và cải tiến',
      `hệ thống quản lý chất lượng theo TCVN ISO 9001 năm ${year}`,
    ],
    body: [
      para(
        `Thực hiện khoản 6 Điều 12 Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ, ${o.agencyName} báo cáo tình hình xây dựng, áp dụng, duy trì và cải tiến hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001 năm ${year} như sau:`,
      ),
      {
        kind: 'heading',
        text: 'I. TÌNH HÌNH XÂY DỰNG, ÁP DỤNG, DUY TRÌ VÀ CẢI TIẾN HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG',
      },
      ...narrative(pack.annual.assessment, 'Chưa có đánh giá chung.'),
      ...sub(1, 'documents'),
      ...sub(2, 'changes'),
      ...sub(3, 'audits'),
      ...sub(4, 'directives'),
      { kind: 'heading', text: 'II. KẾT QUẢ ĐẠT ĐƯỢC' },
      ...sub(1, 'objectives'),
      ...sub(2, 'cases'),
      ...sub(3, 'records'),
      ...sub(4, 'nonconformities'),
      ...sub(5, 'feedback'),
      { kind: 'heading', text: 'III. KHÓ KHĂN, VƯỚNG MẮC' },
      ...narrative(pack.annual.difficulties, 'Không có.'),
      { kind: 'heading', text: 'IV. KIẾN NGHỊ, ĐỀ XUẤT' },
      ...narrative(pack.annual.proposals, 'Không có.'),
    ],
    foot: {
      recipients: [
        'Bộ Khoa học và Công nghệ (để tổng hợp)',
        `${leadershipOf(o.agencyName)}`,
        'Ban Chỉ đạo ISO',
      ],
      archive: 'Lưu: VT, Thư ký ISO',
      signer: { position: 'Thủ trưởng cơ quan', name: null },
    },
  };
}

/** Công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001 (QĐ 19/2014 Phụ lục I). */
export function declarationPaper(
  d: DeclarationView,
  o: { agencyName: string; today: string },
): OfficialPaper {
  return {
    title: 'Công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015',
    head: {
      issuer: [o.agencyName],
      number: null,
      code: 'CB',
      place: DEFAULT_PLACE,
      date: d.declaredOn ?? o.today,
    },
    kind: 'CÔNG BỐ',
    subject: ['Hệ thống quản lý chất lượng phù hợp', 'Tiêu chuẩn quốc gia TCVN ISO 9001:2015'],
    body: [
      para(`Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ;`),
      para(
        `${o.agencyName} công bố hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015 đối với các hoạt động xử lý công việc sau:`,
      ),
      {
        kind: 'table',
        columns: [
          { header: 'TT', width: 6 },
          { header: 'Mã hiệu', width: 22, align: 'left' },
          { header: 'Tên quy trình', width: 66, align: 'left' },
        ],
        rows: d.scope.map((s, i) => [String(i + 1), s.code, s.title]),
      },
      para(`Tổng số: ${d.scope.length} quy trình.`),
      ...(d.signer
        ? [
            para(
              `Đã được ${d.signer.name}${d.signer.position ? `, ${d.signer.position}` : ''} phê duyệt ngày ${paperDate(d.declaredOn ?? o.today)} (phê duyệt điện tử, xác thực bằng mật khẩu).`,
            ),
          ]
        : [para('Dự thảo, chưa được Lãnh đạo phê duyệt.')]),
    ],
    foot: {
      recipients: ['Bộ Khoa học và Công nghệ', 'Cổng thông tin điện tử', 'Niêm yết tại trụ sở'],
      archive: 'Lưu: VT, Thư ký ISO',
      signer: { position: 'Thủ trưởng cơ quan', name: d.signer?.name ?? null },
    },
  };
}
