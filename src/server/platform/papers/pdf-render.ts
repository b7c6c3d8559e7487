import pdfmake from 'pdfmake';
import { FONT_FAMILY, tinosFiles } from './fonts.ts';

export type PdfDefinition = Parameters<typeof pdfmake.createPdf>[0];

const fontPaths = Object.values(tinosFiles);

/** Thin ruled tables, as on printed administrative papers. */
export const thinTableLayout = {
  hLineWidth: () => 0.6,
  vLineWidth: () => 0.6,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/**
 * Renders with the bundled Tinos only: pdfmake may read no URL and no file but the fonts,
 * so a document's text can never make the server fetch or read anything.
 */
export function pdfBuffer(doc: PdfDefinition): Promise<Buffer> {
  pdfmake.setFonts({ [FONT_FAMILY]: { ...tinosFiles } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => fontPaths.includes(path));
  return pdfmake.createPdf(doc).getBuffer();
}
