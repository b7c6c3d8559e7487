import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Content, TableCell as PdfCell } from 'pdfmake';
import { DOCX_FONT, FONT_FAMILY } from './fonts.ts';
import {
  type IssuedFoot,
  type IssuedHead,
  issuedFootDocx,
  issuedFootPdf,
  issuedHeadDocx,
  issuedHeadPdf,
} from './letterhead.ts';
import { type PdfDefinition, pdfBuffer, thinTableLayout } from './pdf-render.ts';

/*
 * An issued paper (a báo cáo to leadership) in the layout of Nghị định 30/2020: the head
 * (issuer, số/ký hiệu, Quốc hiệu, place and date), tên loại and trích yếu, the body
 * (headings, paragraphs, tables) and the foot (nơi nhận, signer). Every report meant for
 * leadership is described once as an OfficialPaper and rendered by paperDocx and paperPdf,
 * so the Word and the PDF copies say the same thing in the same order.
 */

export type PaperColumn = { header: string; width: number; align?: 'left' | 'center' | 'right' };

export type PaperBlock =
  /** A numbered section heading, e.g. "I. KẾT QUẢ THỰC HIỆN" (bold, left). */
  | { kind: 'heading'; text: string }
  /** A paragraph of the narrative (justified, first line indented). */
  | { kind: 'paragraph'; text: string; italics?: boolean }
  /**
   * A table. groups put a header over several columns (the other columns' headers span both
   * header rows); the last row is the total when total is set (bold).
   */
  | {
      kind: 'table';
      columns: PaperColumn[];
      groups?: Array<{ text: string; from: number; span: number }>;
      rows: string[][];
      total?: string[];
    };

export type OfficialPaper = {
  /** The file's title (its metadata). */
  title: string;
  landscape?: boolean;
  head: IssuedHead;
  /** Tên loại, e.g. "BÁO CÁO". */
  kind: string;
  /** Trích yếu: what the paper is about, one or more lines. */
  subject: string[];
  body: PaperBlock[];
  foot: IssuedFoot;
};

// ——— DOCX ———

const SIZE = 26; // half-points: 13 pt, the body text of Nghị định 30/2020
const TABLE_SIZE = 22;

const align = (a?: 'left' | 'center' | 'right') =>
  a === 'left' ? AlignmentType.LEFT : a === 'right' ? AlignmentType.RIGHT : AlignmentType.CENTER;

const docxCell = (
  text: string,
  o: { bold?: boolean; align?: 'left' | 'center' | 'right'; rowSpan?: number; columnSpan?: number } = {},
) =>
  new TableCell({
    rowSpan: o.rowSpan,
    columnSpan: o.columnSpan,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
    // A line break in a cell's text starts a new paragraph of the cell, as in the PDF.
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: align(o.align),
          children: [new TextRun({ text: line, bold: o.bold, size: TABLE_SIZE })],
        }),
    ),
  });

function headerRowsDocx(block: Extract<PaperBlock, { kind: 'table' }>): TableRow[] {
  const { columns, groups } = block;
  if (!groups?.length)
    return [
      new TableRow({ tableHeader: true, children: columns.map((c) => docxCell(c.header, { bold: true })) }),
    ];
  const first: TableCell[] = [];
  const second: TableCell[] = [];
  for (let i = 0; i < columns.length; ) {
    const group = groups.find((g) => g.from === i);
    if (group) {
      first.push(docxCell(group.text, { bold: true, columnSpan: group.span }));
      for (const c of columns.slice(i, i + group.span)) second.push(docxCell(c.header, { bold: true }));
      i += group.span;
    } else {
      first.push(docxCell(columns[i].header, { bold: true, rowSpan: 2 }));
      i += 1;
    }
  }
  return [
    new TableRow({ tableHeader: true, children: first }),
    new TableRow({ tableHeader: true, children: second }),
  ];
}

function blockDocx(block: PaperBlock, widthTwips: number): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          spacing: { before: 160, after: 80 },
          indent: { firstLine: 567 },
          children: [new TextRun({ text: block.text, bold: true })],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: 567 },
          spacing: { after: 120, line: 312 },
          children: [new TextRun({ text: block.text, italics: block.italics })],
        }),
      ];
    case 'table': {
      const total = block.columns.reduce((a, c) => a + c.width, 0);
      const widths = block.columns.map((c) => Math.floor((c.width / total) * widthTwips));
      const row = (cells: string[], bold = false) =>
        new TableRow({
          cantSplit: true,
          children: cells.map((v, i) => docxCell(v, { bold, align: block.columns[i].align })),
        });
      return [
        new Table({
          width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
          columnWidths: widths,
          rows: [
            ...headerRowsDocx(block),
            ...block.rows.map((r) => row(r)),
            ...(block.total ? [row(block.total, true)] : []),
          ],
        }),
        new Paragraph({ spacing: { after: 120 }, children: [] }),
      ];
    }
  }
}

const centered = (text: string, bold: boolean, size = SIZE, before = 0) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: before ? { before } : undefined,
    children: [new TextRun({ text, bold, size })],
  });

/** The paper as a Word document in Times New Roman, A4, margins of Nghị định 30/2020. */
export async function paperDocx(paper: OfficialPaper): Promise<Buffer> {
  // A4 is 11,906 × 16,838 twips; margins 2 cm top/bottom/right, 3 cm left (portrait).
  const margin = paper.landscape
    ? { top: 1134, bottom: 1134, left: 1134, right: 1134 }
    : { top: 1134, bottom: 1134, left: 1701, right: 1134 };
  const pageWidth = paper.landscape ? 16_838 : 11_906;
  const textWidth = pageWidth - margin.left - margin.right;
  const document = new Document({
    creator: 'eiso',
    title: paper.title,
    styles: { default: { document: { run: { font: DOCX_FONT, size: SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: paper.landscape ? { orientation: PageOrientation.LANDSCAPE } : {},
            margin,
          },
        },
        children: [
          issuedHeadDocx(paper.head),
          centered(paper.kind, true, 28, 360),
          ...paper.subject.map((line) => centered(line, true, 28)),
          centered('———', false, SIZE),
          new Paragraph({ spacing: { after: 120 }, children: [] }),
          ...paper.body.flatMap((b) => blockDocx(b, textWidth)),
          new Paragraph({ spacing: { after: 120 }, children: [] }),
          issuedFootDocx(paper.foot),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

// ——— PDF ———

const pdfAlign = (a?: 'left' | 'center' | 'right') => a ?? 'center';

function headerRowsPdf(block: Extract<PaperBlock, { kind: 'table' }>): PdfCell[][] {
  const { columns, groups } = block;
  const head = (text: string, extra: object = {}): PdfCell => ({
    text,
    bold: true,
    alignment: 'center',
    ...extra,
  });
  if (!groups?.length) return [columns.map((c) => head(c.header))];
  const first: PdfCell[] = [];
  const second: PdfCell[] = [];
  for (let i = 0; i < columns.length; ) {
    const group = groups.find((g) => g.from === i);
    if (group) {
      first.push(head(group.text, { colSpan: group.span }));
      for (let k = 1; k < group.span; k++) first.push({});
      for (const c of columns.slice(i, i + group.span)) second.push(head(c.header));
      i += group.span;
    } else {
      first.push(head(columns[i].header, { rowSpan: 2 }));
      second.push({});
      i += 1;
    }
  }
  return [first, second];
}

/**
 * A generous estimate, in points, of a table's header rows and first row at 10.5 pt in Tinos
 * (a character ≈ 0.5 em): what must fit below a heading for the heading to stay on the page.
 */
function tableStartHeight(block: Extract<PaperBlock, { kind: 'table' }>, innerWidth: number) {
  const total = block.columns.reduce((a, c) => a + c.width, 0);
  // The font's own line (≈ 1.15 em) times the paper's line height (1.15).
  const line = 10.5 * 1.15 * 1.15;
  const rowHeight = (cells: unknown[]) =>
    Math.max(
      0,
      ...cells.map((text, i) => {
        const width = block.columns[i]?.width ?? 0;
        const perLine = Math.max(1, Math.floor(((width / total) * innerWidth - 8) / (10.5 * 0.5)));
        const lines = String(text ?? '')
          .split('\n')
          .reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
        return lines * line + 7;
      }),
    );
  const headers = (block.groups?.length ? 2 : 1) * rowHeight(block.columns.map((c) => c.header));
  return 4 + headers + (block.rows[0] ? rowHeight(block.rows[0]) : 0);
}

function blockPdf(block: PaperBlock, at: { next?: PaperBlock; index: number; innerWidth: number }): Content {
  const { next, index, innerWidth } = at;
  switch (block.kind) {
    case 'heading':
      // Kept with the table under it: the height they need together on this page (paperPdf's pageBreakBefore).
      return {
        text: block.text,
        bold: true,
        margin: [28, 6, 0, 4],
        ...(next?.kind === 'table'
          ? { id: `keep:${Math.ceil(28 + tableStartHeight(next, innerWidth))}:${index}` }
          : {}),
      };
    case 'paragraph':
      return {
        text: block.text,
        leadingIndent: 28,
        italics: block.italics,
        alignment: 'justify',
        margin: [0, 0, 0, 6],
      };
    case 'table': {
      const total = block.columns.reduce((a, c) => a + c.width, 0);
      const row = (cells: string[], bold = false): PdfCell[] =>
        cells.map((text, i) => ({ text, bold, alignment: pdfAlign(block.columns[i].align) }));
      const header = headerRowsPdf(block);
      return {
        margin: [0, 4, 0, 8],
        fontSize: 10.5,
        layout: thinTableLayout,
        table: {
          // The header repeats on every page and never stands alone at a page's foot: it
          // moves to the next page with the first row when that row does not fit.
          headerRows: header.length,
          keepWithHeaderRows: 1,
          dontBreakRows: true,
          widths: block.columns.map((c) => `${((c.width / total) * 100).toFixed(2)}%`) as never,
          body: [
            ...header,
            ...block.rows.map((r) => row(r)),
            ...(block.total ? [row(block.total, true)] : []),
          ],
        },
      } as Content;
    }
  }
}

const TOP_MARGIN = 57;

/** The same paper as PDF, set in Tinos (metric-compatible with Times New Roman). */
export async function paperPdf(paper: OfficialPaper): Promise<Buffer> {
  // A4 in points, less the margins below (3 cm left in portrait, 2 cm elsewhere).
  const innerWidth = paper.landscape ? 841.89 - 57 - 57 : 595.28 - 85 - 57;
  const doc: PdfDefinition = {
    pageSize: 'A4',
    pageOrientation: paper.landscape ? 'landscape' : 'portrait',
    // Points: 2 cm = 57, 3 cm = 85.
    pageMargins: [paper.landscape ? 57 : 85, TOP_MARGIN, 57, 57],
    info: { title: paper.title },
    defaultStyle: { font: FONT_FAMILY, fontSize: 13, lineHeight: 1.15 },
    // Page numbers at the top centre from the second page (Nghị định 30/2020).
    header: (page: number) =>
      page > 1 ? { text: String(page), alignment: 'center', fontSize: 12, margin: [0, 24, 0, 0] } : null,
    // A heading over a table starts the next page when the table's header and first row would
    // not fit under it on this one.
    pageBreakBefore: (node: { id?: string; startPosition?: { top: number; pageInnerHeight: number } }) => {
      // (ids are unique in a document: the block's index follows the height.)
      const needed = Number(/^keep:(\d+):\d+$/.exec(node.id ?? '')?.[1] ?? 0);
      const at = node.startPosition;
      return !!needed && !!at && at.top + needed > TOP_MARGIN + at.pageInnerHeight;
    },
    content: [
      issuedHeadPdf(paper.head, { fontSize: 12.5 }),
      { text: paper.kind, bold: true, fontSize: 14, alignment: 'center', margin: [0, 8, 0, 0] },
      ...paper.subject.map((line) => ({
        text: line,
        bold: true,
        fontSize: 14,
        alignment: 'center' as const,
      })),
      { text: '———', alignment: 'center', margin: [0, 0, 0, 10] },
      ...paper.body.map((block, index) =>
        blockPdf(block, { next: paper.body[index + 1], index, innerWidth }),
      ),
      issuedFootPdf(paper.foot),
    ],
  } as PdfDefinition;
  return pdfBuffer(doc);
}
