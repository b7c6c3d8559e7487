import type { Content, TableCell } from 'pdfmake';
import { FONT_FAMILY } from '../../../platform/papers/fonts.ts';
import { type PdfDefinition, pdfBuffer, thinTableLayout } from '../../../platform/papers/pdf-render.ts';
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

const SIZE = 13;
type DocumentDefinition = PdfDefinition;

const thin = thinTableLayout;

function header(model: ExportModel, page: number, pages: number): Content {
  const h = pageHeader(model);
  const lines = (texts: string[]) => texts.map((text) => ({ text }));
  const table: Content = {
    layout: thin,
    table: {
      widths: HEADER_WIDTHS.map((w) => w - 8),
      body: [
        [
          {
            stack: [{ text: h.agency }, { text: h.unit, bold: true }],
            alignment: 'center',
            fontSize: HEADER_SIZE,
            verticalAlignment: 'middle',
          },
          {
            text: h.title,
            bold: true,
            fontSize: HEADER_TITLE_SIZE,
            alignment: 'center',
            verticalAlignment: 'middle',
          },
          { stack: lines([...h.facts, `Trang: ${page}/${pages}`]), fontSize: HEADER_SIZE },
        ],
      ],
    },
  };
  const status: Content[] = h.status
    ? [
        {
          text: h.status,
          color: '#c00000',
          bold: true,
          fontSize: HEADER_SIZE,
          alignment: 'center',
          margin: [0, 4, 0, 0],
        },
      ]
    : [];
  return { stack: [table, ...status], margin: [PAGE.left, PAGE.headerTop, PAGE.right, 0] };
}

const cellText = (cell: Cell) => (typeof cell === 'string' ? { text: cell } : cell);

function block(b: Block): Content {
  switch (b.kind) {
    case 'title':
      return {
        stack: [
          { text: b.text, bold: true, fontSize: 15, alignment: 'center' },
          ...(b.subtitle ? [{ text: b.subtitle, italics: true, alignment: 'center' as const }] : []),
        ],
        margin: [0, 6, 0, 14],
      };
    case 'heading':
      return {
        text: b.text,
        bold: true,
        italics: b.level === 2,
        margin: [0, b.level === 1 ? 10 : 6, 0, 4],
        headlineLevel: 1,
        ...(b.pageBreak ? { pageBreak: 'before' as const } : {}),
      };
    case 'paragraph':
      return { text: b.text, alignment: 'justify', margin: [0, 0, 0, 4], leadingIndent: 0 };
    case 'bullets':
      return { ul: b.items, margin: [10, 0, 0, 4] };
    case 'table': {
      const total = b.widths.reduce((s, w) => s + w, 0);
      const head: TableCell[] = b.header.map((text) => ({
        text,
        bold: true,
        alignment: 'center',
        fillColor: '#eeeeee',
      }));
      return {
        layout: thin,
        fontSize: 12,
        margin: [0, 2, 0, 8],
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: b.widths.map((w) => (w / total) * (TEXT_WIDTH - 8 * b.widths.length)),
          body: [
            head,
            ...b.rows.map((row) =>
              row.map((cell, i) => ({
                ...cellText(cell),
                alignment: b.center?.includes(i) ? 'center' : 'left',
              })),
            ),
          ] as TableCell[][],
        },
      };
    }
    case 'flowchart':
      return {
        stack: b.bands.map((band) => ({ svg: band.svg, width: band.width })),
        margin: [0, 0, 0, 6],
      } as Content;
  }
}

export async function renderPdf(model: ExportModel): Promise<Buffer> {
  const doc: DocumentDefinition = {
    pageSize: 'A4',
    pageMargins: [PAGE.left, topMargin(model), PAGE.right, PAGE.bottom],
    info: { title: `${model.code} – ${model.title}`, subject: `Lần ban hành ${model.issueNo}` },
    defaultStyle: { font: FONT_FAMILY, fontSize: SIZE, lineHeight: 1.1 },
    header: (page, pages) => header(model, page, pages),
    ...(model.watermark
      ? { watermark: { text: model.watermark, color: '#c00000', opacity: 0.18, bold: true, fontSize: 72 } }
      : {}),
    content: outline(model).map(block),
    // A heading left alone at the foot of a page moves to the next one with its content.
    pageBreakBefore: (node, nodes) =>
      node.headlineLevel === 1 && nodes.getFollowingNodesOnPage().length === 0,
  };
  return pdfBuffer(doc);
}
