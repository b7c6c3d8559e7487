import {
  AlignmentType,
  BorderStyle,
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
import type { Content } from 'pdfmake';
import { DOCX_FONT, FONT_FAMILY } from '../../../platform/papers/fonts.ts';
import {
  letterheadDocx,
  letterheadPdf,
  signaturesDocx,
  signaturesPdf,
} from '../../../platform/papers/letterhead.ts';
import { type PdfDefinition, pdfBuffer } from '../../../platform/papers/pdf-render.ts';
import type { Block, Paper } from './archive.papers.ts';

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const _noBorders = { top: none, bottom: none, left: none, right: none };
type Run = { bold?: boolean; italics?: boolean; size?: number };
const run = (text: string, r: Run = {}) =>
  new TextRun({ text, bold: r.bold, italics: r.italics, size: r.size ? r.size * 2 : undefined });
const para = (text: string, r: Run & { center?: boolean } = {}) =>
  new Paragraph({
    alignment: r.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: { after: 80 },
    children: [run(text, r)],
  });

function docxBlock(block: Block): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'line':
      return [para(block.text, block)];
    case 'signatures':
      return [new Paragraph({ spacing: { before: 240 }, children: [] }), signaturesDocx(block.sides)];
    case 'table': {
      const total = block.widths.reduce((a, b) => a + b, 0);
      const cell = (text: string, i: number, bold = false) =>
        new TableCell({
          width: { size: (block.widths[i] / total) * 100, type: WidthType.PERCENTAGE },
          verticalAlign: VerticalAlign.CENTER,
          margins: { left: 60, right: 60, top: 40, bottom: 40 },
          children: [
            new Paragraph({
              alignment: bold || i === 0 ? AlignmentType.CENTER : AlignmentType.LEFT,
              children: [run(text, { bold, size: 12 })],
            }),
          ],
        });
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: block.header.map((h, i) => cell(h, i, true)) }),
            ...block.rows.map((r) => new TableRow({ children: r.map((v, i) => cell(v, i)) })),
          ],
        }),
        new Paragraph({ spacing: { after: 120 }, children: [] }),
      ];
    }
  }
}

/** A paper as a Word document in Times New Roman (Nghị định 30/2020). */
export async function paperDocx(paper: Paper): Promise<Buffer> {
  const document = new Document({
    creator: 'eiso',
    title: paper.title,
    styles: { default: { document: { run: { font: DOCX_FONT, size: 26 } } } },
    sections: [
      {
        properties: {
          page: {
            size: paper.landscape ? { orientation: PageOrientation.LANDSCAPE } : {},
            margin: { top: 1134, bottom: 1134, left: paper.landscape ? 1134 : 1701, right: 1134 },
          },
        },
        children: [
          letterheadDocx(paper.letterhead),
          new Paragraph({ spacing: { after: 240 }, children: [] }),
          ...paper.blocks.flatMap(docxBlock),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

type DocumentDefinition = PdfDefinition;

function pdfBlock(block: Block): Content {
  switch (block.kind) {
    case 'line':
      return {
        text: block.text,
        bold: block.bold,
        italics: block.italics,
        fontSize: block.size,
        alignment: block.center ? 'center' : 'justify',
        margin: [0, 0, 0, 4],
      };
    case 'signatures':
      return signaturesPdf(block.sides);
    case 'table':
      return {
        margin: [0, 6, 0, 8],
        fontSize: 11,
        table: {
          headerRows: 1,
          widths: block.widths.map((w) => `${(w / block.widths.reduce((a, b) => a + b, 0)) * 100}%`) as never,
          body: [
            block.header.map((h) => ({ text: h, bold: true, alignment: 'center' as const })),
            ...block.rows.map((r) =>
              r.map((v, i) => ({ text: v, alignment: i === 0 ? ('center' as const) : undefined })),
            ),
          ],
        },
      };
  }
}

/** The same paper as PDF, set in Tinos (metric-compatible with Times New Roman). */
export async function paperPdf(paper: Paper): Promise<Buffer> {
  const doc: DocumentDefinition = {
    pageSize: 'A4',
    pageOrientation: paper.landscape ? 'landscape' : 'portrait',
    pageMargins: [paper.landscape ? 57 : 85, 57, 57, 57],
    info: { title: paper.title },
    defaultStyle: { font: FONT_FAMILY, fontSize: 13, lineHeight: 1.15 },
    content: [
      letterheadPdf(paper.letterhead, { fontSize: paper.landscape ? 12 : 11.5 }),
      ...paper.blocks.map(pdfBlock),
    ],
  };
  return pdfBuffer(doc);
}
