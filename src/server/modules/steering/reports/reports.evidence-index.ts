import { formatDate } from '../../../platform/format.ts';
import type { OfficialPaper } from '../../../platform/papers/official-paper.ts';
import { DEFAULT_PLACE } from '../../../platform/papers/report-frame.ts';

/** One thing inspectors check (TT 26/2014 art. 36), with the files that answer it, or why none. */
export type EvidenceItem = {
  title: string;
  /** Paths inside the ZIP. */
  files: string[];
  /** What the files show, or where else in the pack it is, one line each. */
  lines: string[];
  note: string | null;
};

export const INDEX_NAME = 'MUC-LUC';
type Context = { agencyName: string; year: number; today: string };

const heading = (c: Context) => `HỒ SƠ PHỤC VỤ KIỂM TRA VIỆC ÁP DỤNG HTQLCL NĂM ${c.year}`;
const basis = 'Theo Điều 36 Thông tư số 26/2014/TT-BKHCN';

/**
 * MUC-LUC.txt: the items in order, each with its files ("   - path"), its lines ("   + …")
 * and its note; "(không có)" when it has none of them. UTF-8 with a BOM for Notepad.
 */
export function indexText(items: EvidenceItem[], c: Context): string {
  const text = [
    heading(c),
    c.agencyName,
    `${basis}. Lập ngày ${formatDate(c.today)}.`,
    `Bản in của mục lục: ${INDEX_NAME}.pdf, ${INDEX_NAME}.docx.`,
    '',
    ...items.flatMap((item, i) => [
      `${i + 1}. ${item.title}`,
      ...item.files.map((f) => `   - ${f}`),
      ...item.lines.map((l) => `   + ${l}`),
      ...(item.note ? [`   Ghi chú: ${item.note}`] : []),
      ...(item.files.length || item.lines.length || item.note ? [] : ['   (không có)']),
    ]),
    '',
  ].join('\r\n');
  return `\ufeff${text}`;
}

/**
 * The same index as a paper of Nghị định 30/2020 (DOCX, PDF): issued by the agency, a table
 * of the items with their files and notes, signed by the head who hands the pack over.
 */
export function indexPaper(items: EvidenceItem[], c: Context): OfficialPaper {
  return {
    title: `Danh mục hồ sơ phục vụ kiểm tra việc áp dụng HTQLCL năm ${c.year}`,
    landscape: true,
    head: { issuer: [c.agencyName], number: null, code: 'DM', place: DEFAULT_PLACE, date: c.today },
    kind: 'DANH MỤC',
    subject: [`Hồ sơ phục vụ kiểm tra việc áp dụng hệ thống quản lý chất lượng năm ${c.year}`, `(${basis})`],
    body: [
      {
        kind: 'paragraph',
        text: `${c.agencyName} gửi Đoàn kiểm tra hồ sơ về việc xây dựng, áp dụng, duy trì và cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 năm ${c.year}, sắp xếp theo nội dung kiểm tra như sau (mỗi tệp nêu trong danh mục có trong tệp nén kèm theo):`,
      },
      {
        kind: 'table',
        columns: [
          { header: 'TT', width: 5 },
          { header: 'Nội dung kiểm tra', width: 27, align: 'left' },
          { header: 'Tài liệu, hồ sơ kèm theo', width: 40, align: 'left' },
          { header: 'Ghi chú', width: 28, align: 'left' },
        ],
        rows: items.map((item, i) => [
          String(i + 1),
          item.title,
          [...item.files, ...item.lines.map((l) => `+ ${l}`)].join('\n') || '(không có)',
          item.note ?? '',
        ]),
      },
    ],
    foot: {
      recipients: ['Đoàn kiểm tra'],
      archive: 'Lưu: VT, Thư ký ISO',
      signer: { position: 'Thủ trưởng cơ quan', name: null },
    },
  };
}
