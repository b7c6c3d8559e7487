import { formatNumber } from '../format.ts';

/** Values that are numbers but not quantities: written as they are (năm 2017, not 2.017). */
export const notQuantities = new Set(['year', 'month', 'id', 'code', 'no', 'issueNo', 'ref']);

/**
 * Every number put into a text is written as the language writes it ("Quá hạn 2.171 ngày",
 * "2,171 days overdue"), the same as formatNumber, unless its key names a year or a code.
 */
export const numberFormatter = {
  type: 'formatter' as const,
  init() {},
  add() {},
  addCached() {},
  format(
    value: unknown,
    _format: string | undefined,
    lng: string | undefined,
    options?: { interpolationkey?: string },
  ) {
    if (typeof value !== 'number' || notQuantities.has(options?.interpolationkey ?? '')) return value;
    return formatNumber(value, 3, lng === 'en' ? 'en' : 'vi');
  },
};
