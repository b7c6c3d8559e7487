import { fromJulianDay, julianDay, lunarToSolar, solarToLunar } from './lunar.ts';

/** 'holiday' = a day off; 'working_day' = a weekend day made a working day by a swap. */
export type CalendarDay = { date: string; kind: 'holiday' | 'working_day'; nameVi: string; nameEn: string };

type Holiday = { jd: number; nameVi: string; nameEn: string; shortVi: string; shortEn: string };

const isWeekend = (jd: number) => jd % 7 >= 5; // Julian day number 0 is a Monday

/**
 * Default public holidays of `year` under the Labour Code 2019 art. 112, with compensatory days off
 * (art. 111(3)) on the next working day when a holiday falls on a Saturday or Sunday.
 */
export function defaultHolidays(year: number): CalendarDay[] {
  const pad = (n: number) => String(n).padStart(2, '0');
  const jd = (month: number, day: number) => julianDay(`${year}-${pad(month)}-${pad(day)}`);
  const tet = julianDay(lunarToSolar({ day: 1, month: 1, year, leap: false }));
  const lastLunarDay = solarToLunar(fromJulianDay(tet - 1)).day; // 29 or 30 tháng Chạp
  const nationalDay = jd(9, 2);
  const hung = julianDay(lunarToSolar({ day: 10, month: 3, year, leap: false }));

  const tetVi = 'Tết Nguyên đán';
  const tetEn = 'Lunar New Year';
  const holidays: Holiday[] = [
    h(jd(1, 1), 'Tết Dương lịch', "New Year's Day"),
    h(tet - 1, tetVi, tetEn, ` (${lastLunarDay} tháng Chạp)`, ' (last day of the lunar year)'),
    ...[1, 2, 3, 4].map((d) => h(tet + d - 1, tetVi, tetEn, ` (mùng ${d})`, ` (day ${d})`)),
    h(
      hung,
      'Giỗ Tổ Hùng Vương',
      'Hung Kings Commemoration Day',
      ' (10/3 âm lịch)',
      ' (10th day of the 3rd lunar month)',
    ),
    h(jd(4, 30), 'Ngày Chiến thắng', 'Reunification Day', ' (30/4)', ' (30 April)'),
    h(jd(5, 1), 'Ngày Quốc tế Lao động', 'International Labour Day', ' (1/5)', ' (1 May)'),
    h(nationalDay, 'Ngày Quốc khánh', 'National Day', ' (2/9)', ' (2 September)'),
    // The second National Day holiday is adjacent to 2/9; 1/9 makes a 4-day weekend when 2/9 is a Tuesday.
    h(
      nationalDay % 7 === 1 ? nationalDay - 1 : nationalDay + 1,
      'Ngày Quốc khánh',
      'National Day',
      ' (nghỉ liền kề)',
      ' (adjacent day)',
    ),
  ].sort((a, b) => a.jd - b.jd);
  return withCompensation(holidays);
}

function h(jd: number, shortVi: string, shortEn: string, detailVi = '', detailEn = ''): Holiday {
  return { jd, shortVi, shortEn, nameVi: shortVi + detailVi, nameEn: shortEn + detailEn };
}

/** Merges holidays on the same date and adds a compensatory day for each one lost to a weekend or overlap. */
function withCompensation(holidays: Holiday[]): CalendarDay[] {
  const byDay = new Map<number, Holiday[]>();
  for (const hol of holidays) byDay.set(hol.jd, [...(byDay.get(hol.jd) ?? []), hol]);
  const result = new Map<number, CalendarDay>();
  for (const [jd, list] of byDay) {
    result.set(jd, {
      date: fromJulianDay(jd),
      kind: 'holiday',
      nameVi: list.map((x) => x.nameVi).join('; '),
      nameEn: list.map((x) => x.nameEn).join('; '),
    });
  }
  for (const [jd, list] of byDay) {
    for (const lost of isWeekend(jd) ? list : list.slice(1)) {
      let day = jd + 1;
      while (isWeekend(day) || result.has(day)) day++;
      result.set(day, {
        date: fromJulianDay(day),
        kind: 'holiday',
        nameVi: `Nghỉ bù ${lost.shortVi}`,
        nameEn: `Compensatory day off for ${lost.shortEn}`,
      });
    }
  }
  return [...result.entries()].sort(([a], [b]) => a - b).map(([, day]) => day);
}
