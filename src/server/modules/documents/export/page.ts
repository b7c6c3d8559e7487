import { wrapText } from '../../../platform/papers/fonts.ts';
import type { ExportModel } from './export.service.ts';

/**
 * Page geometry shared by the DOCX and PDF writers, in points: A4 with the margins of
 * Nghị định 30/2020 (left 30 mm, right and bottom 20 mm); the top margin grows with the
 * header block, which repeats on every page.
 */
export const PAGE = { width: 595.28, height: 841.89, left: 85, right: 57, bottom: 57, headerTop: 28 };
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
export const HEADER_WIDTHS = [112, TEXT_WIDTH - 112 - 126, 126];
export const HEADER_SIZE = 10.5;
export const HEADER_TITLE_SIZE = 11.5;
const LINE = 1.17;
const CELL_PADDING = 8;

/** Lần ban hành as written on the page: 01, 02, … */
export const issueLabel = (n: number) => String(n).padStart(2, '0');

/** The block at the top of every page: agency and unit | title | code, issue, date, page. */
export const pageHeader = (model: ExportModel) => ({
  agency: model.agencyName.toLocaleUpperCase('vi'),
  unit: model.unitName.toLocaleUpperCase('vi'),
  title: model.title.toLocaleUpperCase('vi'),
  facts: [
    `Mã hiệu: ${model.code}`,
    `Lần ban hành: ${issueLabel(model.issueNo)}`,
    `Ngày ban hành: ${model.issueDate}`,
  ],
  /** Printed under the block on every page of a copy that must not be applied. */
  status: model.statusNote,
});

function headerHeight(model: ExportModel): number {
  const h = pageHeader(model);
  const inner = (i: number) => HEADER_WIDTHS[i] - CELL_PADDING;
  const lines = (texts: string[], i: number, size: number, bold = false) =>
    texts.reduce((sum, t) => sum + wrapText(t, inner(i), size, bold).length, 0);
  const left = lines([h.agency], 0, HEADER_SIZE) + lines([h.unit], 0, HEADER_SIZE, true);
  const right = lines([...h.facts, 'Trang: 99/99'], 2, HEADER_SIZE);
  const middle = lines([h.title], 1, HEADER_TITLE_SIZE, true);
  const table =
    Math.max(left * HEADER_SIZE, right * HEADER_SIZE, middle * HEADER_TITLE_SIZE) * LINE + CELL_PADDING;
  return table + (h.status ? HEADER_SIZE * LINE + 6 : 0);
}

export const topMargin = (model: ExportModel) => PAGE.headerTop + headerHeight(model) + 16;
