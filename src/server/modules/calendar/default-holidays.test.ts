import { describe, expect, it } from 'vitest';
import { defaultHolidays } from './default-holidays.ts';

const dates = (year: number) => defaultHolidays(year).map((d) => d.date);

describe('defaultHolidays', () => {
  it('lists 2023 with its compensatory days', () => {
    expect(defaultHolidays(2023)).toEqual([
      { date: '2023-01-01', kind: 'holiday', nameVi: 'Tết Dương lịch', nameEn: "New Year's Day" },
      {
        date: '2023-01-02',
        kind: 'holiday',
        nameVi: 'Nghỉ bù Tết Dương lịch',
        nameEn: "Compensatory day off for New Year's Day",
      },
      {
        date: '2023-01-21',
        kind: 'holiday',
        nameVi: 'Tết Nguyên đán (30 tháng Chạp)',
        nameEn: 'Lunar New Year (last day of the lunar year)',
      },
      {
        date: '2023-01-22',
        kind: 'holiday',
        nameVi: 'Tết Nguyên đán (mùng 1)',
        nameEn: 'Lunar New Year (day 1)',
      },
      {
        date: '2023-01-23',
        kind: 'holiday',
        nameVi: 'Tết Nguyên đán (mùng 2)',
        nameEn: 'Lunar New Year (day 2)',
      },
      {
        date: '2023-01-24',
        kind: 'holiday',
        nameVi: 'Tết Nguyên đán (mùng 3)',
        nameEn: 'Lunar New Year (day 3)',
      },
      {
        date: '2023-01-25',
        kind: 'holiday',
        nameVi: 'Tết Nguyên đán (mùng 4)',
        nameEn: 'Lunar New Year (day 4)',
      },
      {
        date: '2023-01-26',
        kind: 'holiday',
        nameVi: 'Nghỉ bù Tết Nguyên đán',
        nameEn: 'Compensatory day off for Lunar New Year',
      },
      {
        date: '2023-01-27',
        kind: 'holiday',
        nameVi: 'Nghỉ bù Tết Nguyên đán',
        nameEn: 'Compensatory day off for Lunar New Year',
      },
      {
        date: '2023-04-29',
        kind: 'holiday',
        nameVi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
        nameEn: 'Hung Kings Commemoration Day (10th day of the 3rd lunar month)',
      },
      {
        date: '2023-04-30',
        kind: 'holiday',
        nameVi: 'Ngày Chiến thắng (30/4)',
        nameEn: 'Reunification Day (30 April)',
      },
      {
        date: '2023-05-01',
        kind: 'holiday',
        nameVi: 'Ngày Quốc tế Lao động (1/5)',
        nameEn: 'International Labour Day (1 May)',
      },
      {
        date: '2023-05-02',
        kind: 'holiday',
        nameVi: 'Nghỉ bù Giỗ Tổ Hùng Vương',
        nameEn: 'Compensatory day off for Hung Kings Commemoration Day',
      },
      {
        date: '2023-05-03',
        kind: 'holiday',
        nameVi: 'Nghỉ bù Ngày Chiến thắng',
        nameEn: 'Compensatory day off for Reunification Day',
      },
      {
        date: '2023-09-02',
        kind: 'holiday',
        nameVi: 'Ngày Quốc khánh (2/9)',
        nameEn: 'National Day (2 September)',
      },
      {
        date: '2023-09-03',
        kind: 'holiday',
        nameVi: 'Ngày Quốc khánh (nghỉ liền kề)',
        nameEn: 'National Day (adjacent day)',
      },
      {
        date: '2023-09-04',
        kind: 'holiday',
        nameVi: 'Nghỉ bù Ngày Quốc khánh',
        nameEn: 'Compensatory day off for National Day',
      },
      {
        date: '2023-09-05',
        kind: 'holiday',
        nameVi: 'Nghỉ bù Ngày Quốc khánh',
        nameEn: 'Compensatory day off for National Day',
      },
    ]);
  });

  it('starts Tết on the last day of the lunar year, whether the 29th or the 30th', () => {
    expect(dates(2025).slice(1, 7)).toEqual([
      '2025-01-28', // 29 tháng Chạp
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01', // Saturday
      '2025-02-03', // compensatory Monday
    ]);
    expect(defaultHolidays(2025)[1].nameVi).toBe('Tết Nguyên đán (29 tháng Chạp)');
    expect(dates(2018).slice(1, 8)).toEqual([
      '2018-02-15', // 30 tháng Chạp
      '2018-02-16',
      '2018-02-17',
      '2018-02-18',
      '2018-02-19',
      '2018-02-20', // compensation for Saturday
      '2018-02-21', // compensation for Sunday
    ]);
  });

  it('adds 1/9 when 2/9 is a Tuesday, else 3/9', () => {
    expect(dates(2025).filter((d) => d.slice(5, 7) === '09')).toEqual(['2025-09-01', '2025-09-02']);
    expect(dates(2026).filter((d) => d.slice(5, 7) === '09')).toEqual(['2026-09-02', '2026-09-03']);
    // 2/9/2018 is a Sunday: 3/9 is the adjacent day, and the compensation moves on to 4/9.
    expect(dates(2018).filter((d) => d.slice(5, 7) === '09')).toEqual([
      '2018-09-02',
      '2018-09-03',
      '2018-09-04',
    ]);
  });

  it('compensates a Sunday Giỗ Tổ on the Monday', () => {
    expect(dates(2026)).toContain('2026-04-26');
    expect(dates(2026)).toContain('2026-04-27');
  });

  it('merges holidays that share a date and compensates the lost day (1947: 10/3 âm lịch = 30/4)', () => {
    const april = defaultHolidays(1947).filter((d) => d.date >= '1947-04-29' && d.date <= '1947-05-05');
    expect(april.map((d) => d.date)).toEqual(['1947-04-30', '1947-05-01', '1947-05-02']);
    expect(april[0].nameVi).toBe('Giỗ Tổ Hùng Vương (10/3 âm lịch); Ngày Chiến thắng (30/4)');
    expect(april[2].nameVi).toBe('Nghỉ bù Ngày Chiến thắng');
  });

  it('is sorted, without duplicates, one compensation per weekend holiday, 1950–2150', () => {
    for (let year = 1950; year <= 2150; year++) {
      const days = defaultHolidays(year);
      const ds = days.map((d) => d.date);
      expect([...ds].sort()).toEqual(ds);
      expect(new Set(ds).size).toBe(ds.length);
      expect(ds.every((d) => d.startsWith(`${year}-`))).toBe(true);
      expect(days.every((d) => d.kind === 'holiday')).toBe(true);
      const weekend = days.filter((d) => !d.nameVi.startsWith('Nghỉ bù') && [0, 6].includes(weekday(d.date)));
      const comps = days.filter((d) => d.nameVi.startsWith('Nghỉ bù'));
      expect(days.length - comps.length).toBe(11); // no holidays share a date in these years
      expect(comps.length).toBe(weekend.length);
      expect(comps.every((d) => ![0, 6].includes(weekday(d.date)))).toBe(true);
    }
  });
});

function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}
