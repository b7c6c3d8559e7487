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
import {
  type StatusFigures,
  type StatusReport,
  statusFigureKeys,
  statusFigureNames,
} from '../../../../contract/document-reports.ts';
import { DOCX_FONT } from '../../../platform/papers/fonts.ts';
import { letterheadDocx } from '../../../platform/papers/letterhead.ts';
import { periodLine, REPORT_TITLE } from './report.summary.ts';

// Twips on landscape A4 with 2 cm margins: 14,570 across.
const STT_WIDTH = 600;
const UNIT_WIDTH = 3370;
const FIGURE_WIDTH = 1060;
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const _noBorders = { top: none, bottom: none, left: none, right: none };

type Run = { bold?: boolean; italics?: boolean; underline?: object; size?: number };
const text = (value: string, run: Run = {}) => new TextRun({ text: value, ...run });
const centered = (value: string, run: Run = {}) =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: [text(value, run)] });

const cell = (
  value: string | number,
  options: { bold?: boolean; left?: boolean; columnSpan?: number; rowSpan?: number; width?: number } = {},
) =>
  new TableCell({
    columnSpan: options.columnSpan,
    rowSpan: options.rowSpan,
    verticalAlign: VerticalAlign.CENTER,
    width: options.width ? { size: options.width, type: WidthType.DXA } : undefined,
    margins: { left: 60, right: 60, top: 40, bottom: 40 },
    children: [
      new Paragraph({
        alignment: options.left ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: [text(String(value), { bold: options.bold, size: 24 })],
      }),
    ],
  });

const figureCells = (f: StatusFigures, bold = false) => statusFigureKeys.map((k) => cell(f[k], { bold }));

function figuresTable(report: StatusReport) {
  const span = statusFigureKeys.length;
  const header = [
    new TableRow({
      tableHeader: true,
      children: [
        cell('STT', { bold: true, rowSpan: 2, width: STT_WIDTH }),
        cell('Đơn vị', { bold: true, rowSpan: 2, width: UNIT_WIDTH }),
        cell('Tài liệu hệ thống', { bold: true, columnSpan: span }),
        cell('Quy trình nghiệp vụ', { bold: true, columnSpan: span }),
      ],
    }),
    new TableRow({
      tableHeader: true,
      children: [0, 1].flatMap(() =>
        statusFigureKeys.map((k) => cell(statusFigureNames[k].vi, { bold: true, width: FIGURE_WIDTH })),
      ),
    }),
  ];
  const rows = report.rows.map(
    (r, i) =>
      new TableRow({
        children: [
          cell(i + 1),
          cell(`${'   '.repeat(r.depth)}${r.unitName}`, { left: true }),
          ...figureCells(r.system),
          ...figureCells(r.business),
        ],
      }),
  );
  const totals = new TableRow({
    children: [
      cell(''),
      cell('Tổng cộng', { bold: true, left: true }),
      ...figureCells(report.totals.system, true),
      ...figureCells(report.totals.business, true),
    ],
  });
  return new Table({
    width: { size: STT_WIDTH + UNIT_WIDTH + 2 * span * FIGURE_WIDTH, type: WidthType.DXA },
    columnWidths: [STT_WIDTH, UNIT_WIDTH, ...Array.from({ length: 2 * span }, () => FIGURE_WIDTH)],
    rows: [...header, ...rows, totals],
  });
}

/** The status report as a Word document in Times New Roman (Nghị định 30/2020). */
export async function statusReportDocx(report: StatusReport): Promise<Buffer> {
  const document = new Document({
    creator: 'eiso',
    title: REPORT_TITLE,
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
          letterheadDocx({ issuer: [report.agencyName], motto: true }),
          new Paragraph({ spacing: { before: 360 }, children: [] }),
          centered(REPORT_TITLE, { bold: true, size: 28 }),
          centered(periodLine(report.from, report.to), { italics: true }),
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: 720 },
            spacing: { before: 240, after: 240, line: 312 },
            children: [text(report.summary)],
          }),
          figuresTable(report),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
