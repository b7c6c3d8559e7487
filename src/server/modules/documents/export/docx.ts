import {
  AlignmentType,
  Document,
  Header,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { DOCX_FONT } from '../../../platform/papers/fonts.ts';
import type { ExportModel } from './export.service.ts';
import { type Block, type Cell, outline } from './outline.ts';
import {
  HEADER_SIZE,
  HEADER_TITLE_SIZE,
  HEADER_WIDTHS,
  PAGE,
  pageHeader,
  TEXT_WIDTH,
  topMargin,
} from './page.ts';
import { svgToPng } from './png.ts';

const twips = (pt: number) => Math.round(pt * 20);
const halfPoints = (pt: number) => Math.round(pt * 2);
const PX_PER_PT = 96 / 72;
const SIZE = 13;
const TABLE_SIZE = 12;
const cellMargins = { top: 40, bottom: 40, left: 80, right: 80 };

type RunStyle = { bold?: boolean; italics?: boolean; size?: number; color?: string };
const run = (text: string, style: RunStyle = {}) =>
  new TextRun({
    text,
    bold: style.bold,
    italics: style.italics,
    size: style.size ? halfPoints(style.size) : undefined,
    color: style.color,
  });
const para = (
  text: string,
  style: RunStyle & { align?: 'center' | 'left' | 'justify'; after?: number; before?: number } = {},
) =>
  new Paragraph({
    alignment:
      style.align === 'center'
        ? AlignmentType.CENTER
        : style.align === 'justify'
          ? AlignmentType.JUSTIFIED
          : AlignmentType.LEFT,
    spacing: { after: style.after ?? 0, before: style.before ?? 0 },
    children: [run(text, style)],
  });
/** A cell's text, one paragraph per line. */
const lines = (text: string, style: Parameters<typeof para>[1]) =>
  text.split('\n').map((line) => para(line, style));

function cell(children: Paragraph[], width: number, options: { shade?: boolean; middle?: boolean } = {}) {
  return new TableCell({
    children,
    width: { size: twips(width), type: WidthType.DXA },
    margins: cellMargins,
    verticalAlign: options.middle ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    shading: options.shade ? { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' } : undefined,
  });
}

function table(widths: number[], rows: TableRow[]) {
  return new Table({
    width: { size: twips(TEXT_WIDTH), type: WidthType.DXA },
    columnWidths: widths.map(twips),
    rows,
  });
}

function header(model: ExportModel): Header {
  const h = pageHeader(model);
  const [left, middle, right] = HEADER_WIDTHS;
  const small = { size: HEADER_SIZE };
  const pageLine = new Paragraph({
    children: [
      new TextRun({
        children: ['Trang: ', PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES],
        size: halfPoints(HEADER_SIZE),
      }),
    ],
  });
  const block = table(HEADER_WIDTHS, [
    new TableRow({
      children: [
        cell(
          [
            para(h.agency, { ...small, align: 'center' }),
            para(h.unit, { ...small, bold: true, align: 'center' }),
          ],
          left,
          {
            middle: true,
          },
        ),
        cell([para(h.title, { size: HEADER_TITLE_SIZE, bold: true, align: 'center' })], middle, {
          middle: true,
        }),
        cell([...h.facts.map((f) => para(f, small)), pageLine], right),
      ],
    }),
  ]);
  const status = h.status
    ? [para(h.status, { ...small, bold: true, color: 'C00000', align: 'center', before: 80 })]
    : [];
  const watermark = model.watermark
    ? [
        new Paragraph({
          children: [
            new TextWatermark({
              text: model.watermark,
              font: DOCX_FONT,
              color: 'C00000',
              opacity: 0.25,
              bold: true,
            }),
          ],
        }),
      ]
    : [];
  return new Header({ children: [block, ...status, ...watermark] });
}

const cellText = (c: Cell) =>
  typeof c === 'string' ? { text: c, bold: false } : { text: c.text, bold: c.bold };

function block(b: Block): Array<Paragraph | Table> {
  switch (b.kind) {
    case 'title':
      return [
        para(b.text, { bold: true, size: 15, align: 'center', before: 120, after: b.subtitle ? 0 : 240 }),
        ...(b.subtitle ? [para(b.subtitle, { italics: true, align: 'center', after: 240 })] : []),
      ];
    case 'heading':
      return [
        new Paragraph({
          keepNext: true,
          pageBreakBefore: b.pageBreak,
          spacing: { before: b.level === 1 ? 200 : 120, after: 80 },
          children: [run(b.text, { bold: true, italics: b.level === 2 })],
        }),
      ];
    case 'paragraph':
      return [para(b.text, { align: 'justify', after: 80 })];
    case 'bullets':
      return b.items.map(
        (text) => new Paragraph({ bullet: { level: 0 }, spacing: { after: 40 }, children: [run(text)] }),
      );
    case 'table': {
      const total = b.widths.reduce((s, w) => s + w, 0);
      const widths = b.widths.map((w) => (w / total) * TEXT_WIDTH);
      const align = (i: number) => (b.center?.includes(i) ? 'center' : 'left') as 'center' | 'left';
      const head = new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: b.header.map((text, i) =>
          cell(lines(text, { bold: true, size: TABLE_SIZE, align: 'center' }), widths[i], {
            shade: true,
            middle: true,
          }),
        ),
      });
      const rows = b.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((c, i) => {
              const { text, bold } = cellText(c);
              return cell(lines(text, { bold, size: TABLE_SIZE, align: align(i) }), widths[i]);
            }),
          }),
      );
      return [table(widths, [head, ...rows]), para('', { after: 120 })];
    }
    case 'flowchart':
      // Bands stacked with no spacing show the chart whole; Word may break between them.
      return b.bands.map(
        (band) =>
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 0, after: 0 },
            children: [
              new ImageRun({
                type: 'png',
                data: svgToPng(band.svg),
                transformation: { width: band.width * PX_PER_PT, height: band.height * PX_PER_PT },
                altText: { name: 'Lưu đồ', title: 'Lưu đồ', description: 'Lưu đồ quy trình' },
              }),
            ],
          }),
      );
  }
}

export async function renderDocx(model: ExportModel): Promise<Buffer> {
  const doc = new Document({
    title: `${model.code} – ${model.title}`,
    styles: { default: { document: { run: { font: DOCX_FONT, size: halfPoints(SIZE) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(PAGE.width), height: twips(PAGE.height) },
            margin: {
              top: twips(topMargin(model)),
              bottom: twips(PAGE.bottom),
              left: twips(PAGE.left),
              right: twips(PAGE.right),
              header: twips(PAGE.headerTop),
              footer: twips(PAGE.bottom / 2),
            },
          },
        },
        headers: { default: header(model) },
        children: outline(model).flatMap(block),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
