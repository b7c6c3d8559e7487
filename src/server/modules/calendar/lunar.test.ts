import { describe, expect, it } from 'vitest';
import { fromJulianDay, julianDay, lunarToSolar, solarToLunar } from './lunar.ts';

const lunar = (day: number, month: number, year: number, leap = false) => ({ day, month, year, leap });

describe('julianDay / fromJulianDay', () => {
  it('converts ISO dates and rejects invalid ones', () => {
    expect(julianDay('2000-01-01')).toBe(2451545);
    expect(fromJulianDay(2451545)).toBe('2000-01-01');
    expect(fromJulianDay(julianDay('2024-02-29'))).toBe('2024-02-29');
    for (const bad of ['2023-02-29', '2024-13-01', '2024-1-01', '2024-01-01T00:00:00Z', '']) {
      expect(() => julianDay(bad)).toThrow(RangeError);
    }
  });
});

describe('lunar calendar', () => {
  it.each([
    ['2017-01-28', 2017],
    ['2018-02-16', 2018],
    ['2019-02-05', 2019],
    ['2020-01-25', 2020],
    ['2021-02-12', 2021],
    ['2022-02-01', 2022],
    ['2023-01-22', 2023],
    ['2024-02-10', 2024],
    ['2025-01-29', 2025],
    ['2026-02-17', 2026],
    ['2027-02-06', 2027],
    // UTC+7 vs China's UTC+8: Vietnam had Tết on 1985-01-21 (China 1985-02-20) and 2007-02-17 (China 02-18).
    ['1985-01-21', 1985],
    ['2007-02-17', 2007],
  ])('Tết is on %s (%i)', (date, year) => {
    expect(lunarToSolar(lunar(1, 1, year))).toBe(date);
    expect(solarToLunar(date)).toEqual(lunar(1, 1, year));
  });

  it.each([
    ['2017-04-06', 2017],
    ['2018-04-25', 2018],
    ['2023-04-29', 2023],
    ['2024-04-18', 2024],
    ['2025-04-07', 2025],
    ['2026-04-26', 2026],
  ])('Giỗ Tổ Hùng Vương is on %s (%i)', (date, year) => {
    expect(lunarToSolar(lunar(10, 3, year))).toBe(date);
    expect(solarToLunar(date)).toEqual(lunar(10, 3, year));
  });

  it('knows the length of the last lunar month', () => {
    expect(solarToLunar('2018-02-15')).toEqual(lunar(30, 12, 2017));
    expect(solarToLunar('2025-01-28')).toEqual(lunar(29, 12, 2024));
  });

  it('handles leap months', () => {
    // 2020: leap 4th month; 2023: leap 2nd month; 2033: leap 11th month.
    expect(lunarToSolar(lunar(1, 4, 2020))).toBe('2020-04-23');
    expect(lunarToSolar(lunar(1, 4, 2020, true))).toBe('2020-05-23');
    expect(lunarToSolar(lunar(1, 5, 2020))).toBe('2020-06-21');
    expect(solarToLunar('2020-05-23')).toEqual(lunar(1, 4, 2020, true));
    expect(lunarToSolar(lunar(1, 2, 2023))).toBe('2023-02-20');
    expect(lunarToSolar(lunar(1, 2, 2023, true))).toBe('2023-03-22');
    expect(solarToLunar('2023-04-19')).toEqual(lunar(29, 2, 2023, true));
    expect(solarToLunar('2023-04-20')).toEqual(lunar(1, 3, 2023));
    expect(solarToLunar('2033-12-22')).toEqual(lunar(1, 11, 2033, true));
    expect(solarToLunar('2034-02-19')).toEqual(lunar(1, 1, 2034));
  });

  it('round-trips every day of 2017–2027, including the leap months', () => {
    let leapDays = 0;
    for (let jd = julianDay('2017-01-01'); jd <= julianDay('2027-12-31'); jd++) {
      const date = fromJulianDay(jd);
      const l = solarToLunar(date);
      if (l.leap) leapDays++;
      expect(lunarToSolar(l)).toBe(date);
    }
    expect(leapDays).toBeGreaterThan(4 * 29); // leap months in 2017, 2020, 2023, 2025
  });

  it('round-trips and stays consistent across 1900–2199', () => {
    let prev = solarToLunar('1899-12-31');
    for (let jd = julianDay('1900-01-01'); jd <= julianDay('2199-12-31'); jd += 11) {
      const date = fromJulianDay(jd);
      const l = solarToLunar(date);
      expect(lunarToSolar(l)).toBe(date);
      expect(l.day).toBeGreaterThanOrEqual(1);
      expect(l.day).toBeLessThanOrEqual(30);
      expect(l.year === prev.year || l.year === prev.year + 1).toBe(true);
      prev = l;
    }
  });

  it('rejects lunar dates that do not exist', () => {
    expect(() => lunarToSolar(lunar(1, 3, 2020, true))).toThrow(RangeError); // 2020 has leap 4, not 3
    expect(() => lunarToSolar(lunar(30, 12, 2024))).toThrow(RangeError); // month had 29 days
    expect(() => lunarToSolar(lunar(1, 13, 2024))).toThrow(RangeError);
    expect(() => lunarToSolar(lunar(0, 1, 2024))).toThrow(RangeError);
  });
});
