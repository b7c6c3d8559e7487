import { createRequire } from 'node:module';
import type * as Fontkit from 'fontkit';

/**
 * Tinos is metric-compatible with Times New Roman (the font of administrative papers under
 * Nghị định 30/2020) and has every Vietnamese glyph. It is bundled from node_modules as
 * TrueType, which pdfmake and resvg both take; nothing is fetched at run time.
 */
export const FONT_FAMILY = 'Tinos';
/** What SVG text names: Tinos where embedded, Times New Roman where a viewer has it. */
export const SVG_FONT_FAMILY = 'Tinos, Times New Roman, serif';
/** What the DOCX names: Word substitutes a metric-compatible font where it is missing. */
export const DOCX_FONT = 'Times New Roman';

const require = createRequire(import.meta.url);
const resolve = require.resolve;
const file = (style: string) => resolve(`@expo-google-fonts/tinos/${style}/Tinos_${style}.ttf`);

export const tinosFiles = {
  normal: file('400Regular'),
  bold: file('700Bold'),
  italics: file('400Regular_Italic'),
  bolditalics: file('700Bold_Italic'),
};

type Face = { unitsPerEm: number; advance: Map<number, number>; glyphFor: (codePoint: number) => number };
const faces = new Map<string, Face>();

function face(bold: boolean): Face {
  const path = bold ? tinosFiles.bold : tinosFiles.normal;
  let found = faces.get(path);
  if (!found) {
    // Loaded on the first measurement (a flowchart, an export), not at start.
    const fontkit = require('fontkit') as typeof Fontkit;
    const font = fontkit.openSync(path) as Fontkit.Font;
    found = {
      unitsPerEm: font.unitsPerEm,
      advance: new Map(),
      glyphFor: (cp) => font.glyphForCodePoint(cp).advanceWidth,
    };
    faces.set(path, found);
  }
  return found;
}

/** Width of a text set in Tinos at `size`, in the same unit as `size` (no kerning). */
export function textWidth(text: string, size: number, bold = false): number {
  const f = face(bold);
  let units = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 32;
    let advance = f.advance.get(cp);
    if (advance === undefined) {
      advance = f.glyphFor(cp);
      f.advance.set(cp, advance);
    }
    units += advance;
  }
  return (units / f.unitsPerEm) * size;
}

/** Breaks a text into lines no wider than `width`; a word longer than a line is cut. */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  for (const paragraph of text.normalize('NFC').split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (textWidth(candidate, size, bold) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (textWidth(line, size, bold) > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && textWidth(line.slice(0, cut), size, bold) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    if (line) lines.push(line);
  }
  return lines.length ? lines : [''];
}
