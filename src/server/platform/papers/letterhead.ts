import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Content } from 'pdfmake';
import type { Column } from 'pdfmake/interfaces.js';

/*
 * The head and the signature block of an administrative paper (Nghị định 30/2020, Phụ lục
 * I): the issuing body on the left — the governing body in capitals above the issuer in
 * bold capitals — and, on papers that carry it, the national name (Quốc hiệu) and motto
 * (Tiêu ngữ, underlined) on the right. Every DOCX and PDF eiso writes takes them from here.
 */

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

/** issuer: governing body first, issuer last (one line: the issuer). motto: Quốc hiệu and Tiêu ngữ on the right. */
export type Letterhead = { issuer: string[]; motto: boolean };

/** One signer's place: title (e.g. "LÃNH ĐẠO ĐƠN VỊ"), the note under it, the name under the signature. */
export type SignatureSide = { title: string; note?: string; name?: string };

const SIGN_NOTE = '(Ký, ghi rõ họ tên)';

type Line = { text: string; bold?: boolean; italics?: boolean; underline?: boolean };

const issuerLines = (issuer: string[]): Line[] =>
  issuer.map((text, i) => ({ text: text.toLocaleUpperCase('vi'), bold: i === issuer.length - 1 }));

const mottoLines: Line[] = [
  { text: QUOC_HIEU, bold: true },
  { text: TIEU_NGU, bold: true, underline: true },
];

const signatureLines = (side: SignatureSide): Line[] => [
  { text: side.title, bold: true },
  { text: side.note ?? SIGN_NOTE, italics: true },
  ...(side.name ? [{ text: side.name, bold: true }] : []),
];

// ——— DOCX ———

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none };

const docxLine = (line: Line, spacingBefore?: number) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: spacingBefore ? { before: spacingBefore } : undefined,
    children: [
      new TextRun({
        text: line.text,
        bold: line.bold,
        italics: line.italics,
        underline: line.underline ? {} : undefined,
      }),
    ],
  });

function borderlessRow(cells: Array<{ percent: number; children: Paragraph[] }>) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { ...noBorders, insideHorizontal: none, insideVertical: none },
    rows: [
      new TableRow({
        children: cells.map(
          (c) =>
            new TableCell({
              borders: noBorders,
              width: { size: c.percent, type: WidthType.PERCENTAGE },
              children: c.children,
            }),
        ),
      }),
    ],
  });
}

/** The head of a Word paper: issuer left, motto right (or an empty right half). */
export function letterheadDocx(head: Letterhead): Table {
  return borderlessRow([
    { percent: 50, children: issuerLines(head.issuer).map((l) => docxLine(l)) },
    { percent: 50, children: head.motto ? mottoLines.map((l) => docxLine(l)) : [] },
  ]);
}

/** Signers side by side; a single signer stands on the right, as on a report or a list. */
export function signaturesDocx(sides: SignatureSide[]): Table {
  const column = (side: SignatureSide) => {
    const [title, note, name] = signatureLines(side);
    return [docxLine(title), docxLine(note), ...(name ? [docxLine(name, 1200)] : [])];
  };
  if (sides.length === 1) {
    return borderlessRow([
      { percent: 55, children: [] },
      { percent: 45, children: column(sides[0]) },
    ]);
  }
  return borderlessRow(sides.map((s) => ({ percent: 100 / sides.length, children: column(s) })));
}

// ——— PDF (pdfmake) ———

const pdfLine = (line: Line, marginTop = 0): Content => ({
  text: line.text,
  bold: line.bold,
  italics: line.italics,
  decoration: line.underline ? 'underline' : undefined,
  margin: marginTop ? [0, marginTop, 0, 0] : undefined,
});

/** The head of a PDF paper, laid out as letterheadDocx. */
export function letterheadPdf(head: Letterhead, options: { fontSize?: number } = {}): Content {
  return {
    columns: [
      { width: '45%', stack: issuerLines(head.issuer).map((l) => pdfLine(l)), alignment: 'center' },
      head.motto
        ? { width: '*', stack: mottoLines.map((l) => pdfLine(l)), alignment: 'center' }
        : { width: '*', text: '' },
    ],
    fontSize: options.fontSize,
    margin: [0, 0, 0, 16],
  };
}

/** The signature block of a PDF paper, laid out as signaturesDocx. */
export function signaturesPdf(sides: SignatureSide[]): Content {
  const column = (side: SignatureSide, width = '*'): Column => {
    const [title, note, name] = signatureLines(side);
    return {
      width,
      stack: [pdfLine(title), pdfLine(note), ...(name ? [pdfLine(name, 52)] : [])],
      alignment: 'center',
    };
  };
  const columns: Column[] =
    sides.length === 1 ? [{ width: '55%', text: '' }, column(sides[0])] : sides.map((s) => column(s));
  return { columns, margin: [0, 16, 0, 0], unbreakable: true } as Content;
}
