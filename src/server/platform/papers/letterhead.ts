import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Content } from 'pdfmake';
import type { Column } from 'pdfmake/interfaces.js';
import { formatLongDate } from '../format.ts';

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

// ——— The full head and foot of a paper that is issued (a báo cáo, a công văn) ———

/**
 * What a paper issued under Nghị định 30/2020 (Phụ lục I) carries around its body: the issuing
 * body with its number and code under it ("Số: …/BC-VP", the number left for the văn thư to
 * fill when it is registered), Quốc hiệu and Tiêu ngữ with the place and date under them, and,
 * after the body, the recipients ("Nơi nhận") on the left and the signer on the right: the
 * authority ("TL. BỘ TRƯỞNG", "KT. CHÁNH VĂN PHÒNG"; none when the head signs), the position,
 * the space to sign and the name.
 */
export type IssuedHead = {
  /** Governing body first, issuer last, as in Letterhead. */
  issuer: string[];
  /** The registration number; absent: left blank for the văn thư. */
  number?: string | null;
  /** The code after the number, e.g. "BC-VP". */
  code: string;
  /** Địa danh, e.g. "Hà Nội". */
  place: string;
  /** The date of the paper (YYYY-MM-DD); absent: left blank to be filled when signed. */
  date?: string | null;
};

export type IssuedSigner = { authority?: string | null; position: string; name?: string | null };

export type IssuedFoot = {
  /** Recipients, each without its leading dash and trailing semicolon. */
  recipients: string[];
  /** "Lưu: VT, VP." — the archive copies. */
  archive: string;
  signer: IssuedSigner;
};

/** "số" and "ký hiệu": "Số: 12/BC-VP", or "Số:      /BC-VP" for the văn thư to fill in. */
export const numberLine = (head: Pick<IssuedHead, 'number' | 'code'>) =>
  `Số: ${head.number ? head.number : '\u00a0'.repeat(8)}/${head.code}`;

/**
 * "Hà Nội, ngày 07 tháng 12 năm 2026": days below 10 and months below 3 take a leading zero
 * (Nghị định 30/2020, Phụ lục I); without a date the blanks are left for the signing day.
 */
export function placeDateLine(place: string, date?: string | null): string {
  if (!date)
    return `${place}, ngày\u00a0\u00a0\u00a0\u00a0 tháng\u00a0\u00a0\u00a0\u00a0 năm ${'\u00a0'.repeat(6)}`;
  return `${place}, ${formatLongDate(date)}`;
}

const recipientLines = (foot: IssuedFoot) => [
  ...foot.recipients.map((r) => `- ${r};`),
  `- ${foot.archive.replace(/\.?$/, '.')}`,
];

const signerLines = (signer: IssuedSigner): Line[] => [
  ...(signer.authority ? [{ text: signer.authority.toLocaleUpperCase('vi'), bold: true }] : []),
  { text: signer.position.toLocaleUpperCase('vi'), bold: true },
];

/** The head of an issued Word paper: issuer and number left, motto and place-date right. */
export function issuedHeadDocx(head: IssuedHead): Table {
  const left = [
    ...issuerLines(head.issuer).map((l) => docxLine(l)),
    docxLine({ text: '———' }),
    docxLine({ text: numberLine(head) }),
  ];
  const right = [
    ...mottoLines.map((l) => docxLine(l)),
    docxLine({ text: '' }),
    docxLine({ text: placeDateLine(head.place, head.date), italics: true }),
  ];
  return borderlessRow([
    { percent: 42, children: left },
    { percent: 58, children: right },
  ]);
}

/** Nơi nhận on the left, the signer on the right, as on every issued paper. */
export function issuedFootDocx(foot: IssuedFoot): Table {
  const small = (text: string, bold = false, italics = false) =>
    new Paragraph({ children: [new TextRun({ text, bold, italics, size: bold ? 24 : 22 })] });
  const left = [small('Nơi nhận:', true, true), ...recipientLines(foot).map((l) => small(l))];
  const right = [
    ...signerLines(foot.signer).map((l) => docxLine(l)),
    ...(foot.signer.name ? [docxLine({ text: foot.signer.name, bold: true }, 1600)] : []),
  ];
  return borderlessRow([
    { percent: 50, children: left },
    { percent: 50, children: right },
  ]);
}

/** The head of an issued PDF paper, laid out as issuedHeadDocx. */
export function issuedHeadPdf(head: IssuedHead, options: { fontSize?: number } = {}): Content {
  return {
    columns: [
      {
        width: '42%',
        alignment: 'center',
        stack: [
          ...issuerLines(head.issuer).map((l) => pdfLine(l)),
          {
            canvas: [{ type: 'line', x1: 0, y1: 2, x2: 60, y2: 2, lineWidth: 0.6 }],
            alignment: 'center',
            margin: [0, 0, 0, 4],
          },
          { text: numberLine(head) },
        ],
      },
      {
        width: '*',
        alignment: 'center',
        stack: [
          ...mottoLines.map((l) => pdfLine(l)),
          { text: placeDateLine(head.place, head.date), italics: true, margin: [0, 8, 0, 0] },
        ],
      },
    ],
    fontSize: options.fontSize,
    margin: [0, 0, 0, 18],
  } as Content;
}

/** Nơi nhận and the signer of a PDF paper, laid out as issuedFootDocx. */
export function issuedFootPdf(foot: IssuedFoot): Content {
  return {
    unbreakable: true,
    margin: [0, 16, 0, 0],
    columns: [
      {
        width: '50%',
        stack: [
          { text: 'Nơi nhận:', bold: true, italics: true, fontSize: 12 },
          ...recipientLines(foot).map((text) => ({ text, fontSize: 11 })),
        ],
      },
      {
        width: '*',
        alignment: 'center',
        stack: [
          ...signerLines(foot.signer).map((l) => pdfLine(l)),
          ...(foot.signer.name ? [pdfLine({ text: foot.signer.name, bold: true }, 64)] : []),
        ],
      },
    ],
  } as Content;
}
