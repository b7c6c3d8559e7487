import type { Content, TableCell } from 'pdfmake';
import { catalogueColumns } from '../../../../contract/records-catalogue.ts';
import { FONT_FAMILY } from '../../../platform/papers/fonts.ts';
import { letterheadPdf, signaturesPdf } from '../../../platform/papers/letterhead.ts';
import { type PdfDefinition, pdfBuffer, thinTableLayout } from '../../../platform/papers/pdf-render.ts';
import type { CatalogueExport } from './catalogue.export.ts';

type DocumentDefinition = PdfDefinition;
const thin = thinTableLayout;

/** The catalogue as PDF: landscape A4, Tinos (metric-compatible with Times New Roman). */
export async function cataloguePdf(model: CatalogueExport): Promise<Buffer> {
  const body: TableCell[][] = [
    catalogueColumns.map((text) => ({ text, bold: true, alignment: 'center' })),
    catalogueColumns.map((_, i) => ({ text: `(${i + 1})`, alignment: 'center' })),
    ...model.rows.map((row): TableCell[] =>
      row.kind === 'heading'
        ? [
            { text: row.number, bold: true, alignment: 'center' },
            { text: row.title, bold: true, italics: row.level === 2, colSpan: 4 },
            {},
            {},
            {},
          ]
        : row.cells.map((text, i) => ({ text, alignment: i === 0 || i === 2 ? 'center' : 'left' })),
    ),
  ];
  const content: Content[] = [
    letterheadPdf({ issuer: [model.agencyName, model.unitName], motto: false }),
    { text: model.title, bold: true, fontSize: 15, alignment: 'center', margin: [0, 0, 0, 2] },
    ...(model.statusNote
      ? [{ text: `(${model.statusNote})`, italics: true, alignment: 'center' as const }]
      : []),
    {
      layout: thin,
      fontSize: 12,
      margin: [0, 10, 0, 10],
      table: { headerRows: 2, dontBreakRows: true, widths: [80, '*', 80, 140, 90], body },
    },
    { text: model.closing, alignment: 'justify', margin: [0, 4, 0, 14] },
    signaturesPdf([{ title: model.signer }]),
  ];
  const doc: DocumentDefinition = {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [57, 57, 57, 57],
    info: { title: `${model.title} – ${model.unitName}` },
    defaultStyle: { font: FONT_FAMILY, fontSize: 13, lineHeight: 1.1 },
    content,
  };
  return pdfBuffer(doc);
}
