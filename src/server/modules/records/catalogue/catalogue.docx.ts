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
import { catalogueColumns } from '../../../../contract/records-catalogue.ts';
import { DOCX_FONT } from '../../../platform/papers/fonts.ts';
import { letterheadDocx, signaturesDocx } from '../../../platform/papers/letterhead.ts';
import type { CatalogueExport } from './catalogue.export.ts';

// Twips on landscape A4 with 2 cm margins: 14,570 across.
const WIDTHS = [2000, 6170, 1900, 2800, 1700];
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const _noBorders = { top: none, bottom: none, left: none, right: none };

type Run = { bold?: boolean; italics?: boolean; size?: number };
const paragraph = (text: string, run: Run = {}, align: 'center' | 'left' | 'justify' = 'center') =>
  new Paragraph({
    alignment:
      align === 'center'
        ? AlignmentType.CENTER
        : align === 'left'
          ? AlignmentType.LEFT
          : AlignmentType.JUSTIFIED,
    children: [new TextRun({ text, ...run })],
  });

const cell = (
  text: string,
  options: { bold?: boolean; italics?: boolean; center?: boolean; span?: number; width?: number } = {},
) =>
  new TableCell({
    columnSpan: options.span,
    width: options.width ? { size: options.width, type: WidthType.DXA } : undefined,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    children: [
      paragraph(
        text,
        { bold: options.bold, italics: options.italics, size: 24 },
        options.center ? 'center' : 'left',
      ),
    ],
  });

function entriesTable(model: CatalogueExport) {
  const header = new TableRow({
    tableHeader: true,
    children: catalogueColumns.map((c, i) => cell(c, { bold: true, center: true, width: WIDTHS[i] })),
  });
  const numbers = new TableRow({
    tableHeader: true,
    children: catalogueColumns.map((_, i) => cell(`(${i + 1})`, { center: true, width: WIDTHS[i] })),
  });
  const rows = model.rows.map((row) =>
    row.kind === 'heading'
      ? new TableRow({
          cantSplit: true,
          children: [
            cell(row.number, { bold: true, center: true }),
            cell(row.title, { bold: true, italics: row.level === 2, span: 4 }),
          ],
        })
      : new TableRow({
          cantSplit: true,
          children: row.cells.map((text, i) => cell(text, { center: i === 0 || i === 2 })),
        }),
  );
  return new Table({
    width: { size: WIDTHS.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: WIDTHS,
    rows: [header, numbers, ...rows],
  });
}

/** The catalogue as a Word document in Times New Roman, landscape, five columns. */
export async function catalogueDocx(model: CatalogueExport): Promise<Buffer> {
  const document = new Document({
    creator: 'eiso',
    title: `${model.title} – ${model.unitName}`,
    styles: { default: { document: { run: { font: DOCX_FONT, size: 26 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        children: [
          letterheadDocx({ issuer: [model.agencyName, model.unitName], motto: false }),
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          paragraph(model.title, { bold: true, size: 28 }),
          ...(model.statusNote ? [paragraph(`(${model.statusNote})`, { italics: true })] : []),
          new Paragraph({ spacing: { after: 120 }, children: [] }),
          entriesTable(model),
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            spacing: { before: 240, after: 240 },
            children: [new TextRun({ text: model.closing })],
          }),
          signaturesDocx([{ title: model.signer }]),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
