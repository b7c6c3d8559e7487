import { describe, expect, it } from 'vitest';
import { formatDate, formatDecimal, formatLongDate, formatNumber, formatPercent } from './format.ts';

const nbsp = '\u00a0';

describe('export number and date formatting', () => {
  it('writes numbers in vi-VN, and in English for English', () => {
    expect(formatNumber(2171)).toBe('2.171');
    expect(formatNumber(2171, 3, 'en')).toBe('2,171');
    expect(formatNumber(4.7, 1)).toBe('4,7');
    expect(formatNumber(-3694)).toBe('-3.694');
    expect(formatNumber(-3694, 0, 'en')).toBe('-3,694');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0.00001, 2)).toBe('0');
  });

  it('writes averages with their one decimal, 6,0 beside 2,1', () => {
    expect(formatDecimal(6)).toBe('6,0');
    expect(formatDecimal(2.1)).toBe('2,1');
    expect(formatDecimal(6, 1, 'en')).toBe('6.0');
    expect(formatDecimal(null)).toBe('—');
  });

  it('writes rates with one decimal and a space before % in Vietnamese', () => {
    expect(formatPercent(0.812)).toBe(`81,2${nbsp}%`);
    expect(formatPercent(0.812, 'en')).toBe('81.2%');
    expect(formatPercent(0)).toBe(`0,0${nbsp}%`);
    expect(formatPercent(-0.05, 'en')).toBe('-5.0%');
  });

  it('shows nothing, and NaN, as a dash', () => {
    for (const lang of ['vi', 'en'] as const) {
      expect(formatNumber(undefined, 3, lang)).toBe('—');
      expect(formatNumber(Number.NaN, 3, lang)).toBe('—');
      expect(formatPercent(null, lang)).toBe('—');
      expect(formatPercent(Number.NaN, lang)).toBe('—');
    }
  });

  it('writes days as dd/mm/yyyy', () => {
    expect(formatDate('2017-12-26')).toBe('26/12/2017');
    expect(formatDate('2017-12-26T03:00:00.000Z')).toBe('26/12/2017');
    expect(formatDate(null)).toBe('');
  });

  it('writes the day of an administrative paper as Nghị định 30/2020 does', () => {
    expect(formatLongDate('2017-03-05')).toBe('ngày 05 tháng 3 năm 2017');
    expect(formatLongDate('2017-01-26')).toBe('ngày 26 tháng 01 năm 2017');
    expect(formatLongDate('2017-02-09')).toBe('ngày 09 tháng 02 năm 2017');
    expect(formatLongDate('2017-12-26')).toBe('ngày 26 tháng 12 năm 2017');
  });
});
