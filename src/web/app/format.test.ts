import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  formatDate,
  formatDecimal,
  formatFileSize,
  formatNumber,
  formatPercent,
  todayDate,
  todayIso,
} from './format.ts';

const nbsp = '\u00a0';

describe('web number and date formatting', () => {
  it('writes numbers as Vietnamese does, and as English does in English', () => {
    expect(formatNumber(2171, 3, 'vi')).toBe('2.171');
    expect(formatNumber(2171, 3, 'en')).toBe('2,171');
    expect(formatNumber(4.7, 1, 'vi')).toBe('4,7');
    expect(formatNumber(4.75, 1, 'en')).toBe('4.8');
    expect(formatNumber(1234567.5, 1, 'vi')).toBe('1.234.567,5');
    expect(formatNumber(-2171, 3, 'vi')).toBe('-2.171');
    expect(formatNumber(-2171, 3, 'en')).toBe('-2,171');
    expect(formatNumber(0, 3, 'vi')).toBe('0');
    expect(formatNumber(-0.0001, 1, 'vi')).toBe('0');
  });

  it('writes an average with its one decimal, so 6,0 does not read as a count beside 2,1', () => {
    expect(formatDecimal(6, 1, 'vi')).toBe('6,0');
    expect(formatDecimal(2.1, 1, 'vi')).toBe('2,1');
    expect(formatDecimal(6, 1, 'en')).toBe('6.0');
    expect(formatDecimal(1234.56, 1, 'vi')).toBe('1.234,6');
    expect(formatDecimal(-0.01, 1, 'vi')).toBe('0,0');
    expect(formatDecimal(null, 1, 'vi')).toBe('—');
  });

  it('shows nothing, and NaN, as a dash', () => {
    for (const lang of ['vi', 'en'] as const) {
      expect(formatNumber(undefined, 3, lang)).toBe('—');
      expect(formatNumber(null, 3, lang)).toBe('—');
      expect(formatNumber(Number.NaN, 3, lang)).toBe('—');
      expect(formatPercent(undefined, lang)).toBe('—');
      expect(formatPercent(null, lang)).toBe('—');
      expect(formatPercent(Number.NaN, lang)).toBe('—');
    }
  });

  it('writes a rate as a percentage with one decimal, with a space before % in Vietnamese', () => {
    expect(formatPercent(0.812, 'vi')).toBe(`81,2${nbsp}%`);
    expect(formatPercent(0.812, 'en')).toBe('81.2%');
    expect(formatPercent(1, 'vi')).toBe(`100,0${nbsp}%`);
    expect(formatPercent(0, 'vi')).toBe(`0,0${nbsp}%`);
    expect(formatPercent(0, 'en')).toBe('0.0%');
    expect(formatPercent(-0.125, 'vi')).toBe(`-12,5${nbsp}%`);
    expect(formatPercent(-0.0001, 'en')).toBe('0.0%');
    expect(formatPercent(12.345, 'vi')).toBe(`1.234,5${nbsp}%`);
  });

  it('writes file sizes in the language', () => {
    expect(formatFileSize(1536, 'vi')).toBe('2 KB');
    expect(formatFileSize(2.5 * 1024 * 1024, 'vi')).toBe('2,5 MB');
    expect(formatFileSize(2.5 * 1024 * 1024, 'en')).toBe('2.5 MB');
  });

  it('writes dates as dd/mm/yyyy', () => {
    expect(formatDate('2017-12-26')).toBe('26/12/2017');
    expect(formatDate(undefined)).toBe('—');
  });
});

describe("today is Vietnam's day whatever the browser's zone", () => {
  afterEach(() => vi.useRealTimers());

  it('after 17:00 UTC the forms already propose the next day', () => {
    // 00:30 on 08/12/2026 in Hà Nội, still 07/12 in UTC and further west.
    vi.useFakeTimers({ now: new Date('2026-12-07T17:30:00Z'), toFake: ['Date'] });
    expect(todayIso()).toBe('2026-12-08');
    expect(todayDate().format('YYYY-MM-DD')).toBe('2026-12-08');
  });
});
