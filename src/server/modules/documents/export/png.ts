import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY, tinosFiles } from '../../../platform/papers/fonts.ts';

/** Rasterises an SVG with the bundled Tinos only (no system fonts: the same result everywhere). */
export function svgToPng(svg: string, scale = 3): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      fontFiles: Object.values(tinosFiles),
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
      serifFamily: FONT_FAMILY,
    },
  });
  return resvg.render().asPng();
}
