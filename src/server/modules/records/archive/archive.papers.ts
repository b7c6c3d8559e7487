import { retentionText } from '../../../../contract/record-files.ts';
import { formatDate, formatLongDate, formatNumber } from '../../../platform/format.ts';
import type { Letterhead, SignatureSide } from '../../../platform/papers/letterhead.ts';
import type { TransferPapers } from './archive.service.ts';

/** A paper as blocks both the DOCX and the PDF renderer lay out the same way. */
export type Block =
  | { kind: 'line'; text: string; bold?: boolean; italics?: boolean; center?: boolean; size?: number }
  | { kind: 'table'; widths: number[]; header: string[]; rows: string[][] }
  | { kind: 'signatures'; sides: SignatureSide[] };
export type Paper = {
  title: string;
  landscape: boolean;
  letterhead: Letterhead;
  blocks: Block[];
};

export const listColumns = [
  { header: 'STT', width: 6 },
  { header: 'Mã hồ sơ', width: 26 },
  { header: 'Tiêu đề hồ sơ', width: 44 },
  { header: 'Thời gian tài liệu', width: 24 },
  { header: 'Thời hạn bảo quản', width: 13 },
  { header: 'Số tờ/trang', width: 9 },
  { header: 'Ghi chú', width: 18 },
];

export const listRows = (t: TransferPapers) =>
  t.files.map((f, i) => [
    String(i + 1),
    f.fileCode,
    f.title,
    `${formatDate(f.startDate)} – ${formatDate(f.endDate)}`,
    retentionText(f.retentionYears),
    formatNumber(f.pageCount),
    f.notes ?? '',
  ]);

export const LIST_TITLE = 'MỤC LỤC HỒ SƠ, TÀI LIỆU NỘP LƯU';

/** The span of the documents: the earliest start to the latest end of the files. */
export function documentSpan(t: TransferPapers) {
  const starts = t.files.map((f) => f.startDate).sort();
  const ends = t.files.map((f) => f.endDate ?? f.startDate).sort();
  return { from: starts[0] ?? t.transferDate, to: ends.at(-1) ?? t.transferDate };
}

export function listPaper(t: TransferPapers): Paper {
  const permanent = t.files.filter((f) => f.retentionYears === null).length;
  return {
    title: LIST_TITLE,
    landscape: true,
    letterhead: { issuer: [t.agencyName, t.unitName], motto: true },
    blocks: [
      { kind: 'line', text: LIST_TITLE, bold: true, center: true, size: 14 },
      { kind: 'line', text: `Đơn vị nộp lưu: ${t.unitName}`, center: true },
      { kind: 'line', text: `Ngày nộp lưu: ${formatDate(t.transferDate)}`, italics: true, center: true },
      {
        kind: 'table',
        widths: listColumns.map((c) => c.width),
        header: listColumns.map((c) => c.header),
        rows: listRows(t),
      },
      {
        kind: 'line',
        text: `Mục lục này gồm ${formatNumber(t.files.length)} hồ sơ, trong đó ${formatNumber(permanent)} hồ sơ bảo quản vĩnh viễn và ${formatNumber(t.files.length - permanent)} hồ sơ bảo quản có thời hạn; tổng số ${formatNumber(t.files.reduce((n, f) => n + f.pageCount, 0))} tờ/trang.`,
      },
      {
        kind: 'signatures',
        sides: [
          { title: 'NGƯỜI LẬP', note: '(Ký và ghi rõ họ tên)', name: t.handedOverByName },
          { title: 'THỦ TRƯỞNG ĐƠN VỊ', note: '(Ký và ghi rõ họ tên)', name: '' },
        ],
      },
    ],
  };
}

export const MINUTES_TITLE = 'BIÊN BẢN';

export function minutesPaper(t: TransferPapers): Paper {
  const span = documentSpan(t);
  const pages = t.files.reduce((n, f) => n + f.pageCount, 0);
  const para = (text: string, bold = false): Block => ({ kind: 'line', text, bold });
  return {
    title: 'Biên bản giao nhận tài liệu',
    landscape: false,
    letterhead: { issuer: [t.agencyName, t.unitName], motto: true },
    blocks: [
      { kind: 'line', text: MINUTES_TITLE, bold: true, center: true, size: 14 },
      { kind: 'line', text: 'Về việc giao nhận tài liệu', bold: true, center: true },
      para('Căn cứ Luật Lưu trữ ngày 11 tháng 11 năm 2011;'),
      para('Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;'),
      para(`Căn cứ Mục lục hồ sơ, tài liệu nộp lưu của ${t.unitName},`),
      para(`Hôm nay, ${formatLongDate(t.transferDate)}, tại ${t.agencyName}, chúng tôi gồm:`),
      para(`BÊN GIAO: ${t.unitName}`, true),
      para(`Ông (bà): ${t.handedOverByName}`),
      para('BÊN NHẬN: Lưu trữ cơ quan', true),
      para(`Ông (bà): ${t.receivedByName}`),
      para('Thống nhất lập biên bản giao nhận tài liệu với nội dung như sau:'),
      para(`1. Tên khối tài liệu giao nộp: Tài liệu của ${t.unitName}.`),
      para(`2. Thời gian của tài liệu: từ ${formatDate(span.from)} đến ${formatDate(span.to)}.`),
      para(`3. Số lượng tài liệu: ${formatNumber(t.files.length)} hồ sơ, ${formatNumber(pages)} tờ/trang.`),
      para(`4. Tình trạng tài liệu giao nộp: ${(t.notes || 'đầy đủ, không hư hỏng').replace(/\.+$/, '')}.`),
      para('5. Mục lục hồ sơ, tài liệu nộp lưu kèm theo.'),
      para(
        'Biên bản này được lập thành hai bản; bên giao (đơn vị) giữ một bản, bên nhận (Lưu trữ cơ quan) giữ một bản.',
      ),
      {
        kind: 'signatures',
        sides: [
          { title: 'ĐẠI DIỆN BÊN GIAO', note: '(Ký, ghi rõ họ tên)', name: t.handedOverByName },
          { title: 'ĐẠI DIỆN BÊN NHẬN', note: '(Ký, ghi rõ họ tên)', name: t.receivedByName },
        ],
      },
    ],
  };
}
