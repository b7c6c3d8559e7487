import { describe, expect, it } from 'vitest';
import { type CalendarDay, defaultHolidays } from './default-holidays.ts';
import { fromJulianDay, julianDay } from './lunar.ts';
import { createWorkingCalendar } from './working-days.ts';

const years = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => defaultHolidays(from + i)).flat();

const cal = createWorkingCalendar(years(2017, 2031));

// A Monday off swapped with a Saturday worked, as agencies are often told to do around Tết.
const swapped = createWorkingCalendar([
  ...defaultHolidays(2025),
  { date: '2025-01-27', kind: 'holiday', nameVi: 'Nghỉ hoán đổi', nameEn: 'Swapped day off' },
  { date: '2025-02-08', kind: 'working_day', nameVi: 'Làm bù', nameEn: 'Make-up working day' },
] satisfies CalendarDay[]);

describe('working calendar', () => {
  it('knows weekends, holidays and swapped days', () => {
    expect(cal.isWorkingDay('2025-06-06')).toBe(true); // Friday
    expect(cal.isWorkingDay('2025-06-07')).toBe(false); // Saturday
    expect(cal.isWorkingDay('2025-04-30')).toBe(false);
    expect(swapped.isWorkingDay('2025-02-08')).toBe(true);
    expect(swapped.isWorkingDay('2025-01-27')).toBe(false);
    expect(cal.isWorkingDay('2025-01-27')).toBe(true);
  });

  it('adds working days across a weekend', () => {
    expect(cal.addWorkingDays('2025-06-06', 1)).toBe('2025-06-09');
    expect(cal.addWorkingDays('2025-06-04', 5)).toBe('2025-06-11');
    expect(cal.countWorkingDays('2025-06-06', '2025-06-09')).toBe(1);
    expect(cal.nextWorkingDay('2025-06-06')).toBe('2025-06-09');
    expect(cal.nextWorkingDay('2025-06-04')).toBe('2025-06-05');
  });

  it('adds working days across Tết 2018', () => {
    // Tue 13/2 → Wed 14/2 (1); 15–19/2 Tết and 20–21/2 compensation off; Thu 22/2 (2), Fri 23/2 (3).
    expect(cal.addWorkingDays('2018-02-13', 3)).toBe('2018-02-23');
    expect(cal.countWorkingDays('2018-02-13', '2018-02-23')).toBe(3);
    expect(cal.nextWorkingDay('2018-02-14')).toBe('2018-02-22');
  });

  it('adds working days across 30/4–1/5', () => {
    // 2025: Tue 29/4 → 30/4 and 1/5 off → Fri 2/5 (1), Mon 5/5 (2).
    expect(cal.addWorkingDays('2025-04-29', 1)).toBe('2025-05-02');
    expect(cal.addWorkingDays('2025-04-29', 2)).toBe('2025-05-05');
    expect(cal.countWorkingDays('2025-04-29', '2025-05-05')).toBe(2);
  });

  it('uses a swapped working Saturday', () => {
    // Fri 24/1 → 25–26 weekend, 27 swapped off, 28/1–1/2 Tết, 2 Sunday, 3/2 compensation → Tue 4/2 (1).
    expect(swapped.addWorkingDays('2025-01-24', 1)).toBe('2025-02-04');
    // 4, 5, 6, 7/2 (1–4), Saturday 8/2 worked (5), Monday 10/2 (6).
    expect(swapped.addWorkingDays('2025-01-24', 6)).toBe('2025-02-10');
    expect(swapped.addWorkingDays('2025-02-07', 1)).toBe('2025-02-08');
    expect(swapped.countWorkingDays('2025-01-24', '2025-02-10')).toBe(6);
  });

  it('treats n = 0 as "today, or the next working day"', () => {
    expect(cal.addWorkingDays('2025-06-06', 0)).toBe('2025-06-06');
    expect(cal.addWorkingDays('2025-06-07', 0)).toBe('2025-06-09');
    expect(cal.countWorkingDays('2025-06-06', '2025-06-06')).toBe(0);
    expect(() => cal.addWorkingDays('2025-06-06', 1.5)).toThrow(RangeError);
  });

  it('mirrors negative spans', () => {
    expect(cal.countWorkingDays('2025-05-05', '2025-04-29')).toBe(-2);
    expect(cal.addWorkingDays('2025-05-05', -2)).toBe('2025-04-29');
    expect(cal.addWorkingDays('2018-02-22', -1)).toBe('2018-02-14');
  });

  it('keeps add and count inverse over random dates', () => {
    let seed = 20250101;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed % n;
    };
    const first = julianDay('2017-01-01');
    for (let i = 0; i < 2000; i++) {
      const d = fromJulianDay(first + random(365 * 12));
      const n = random(300);
      const due = cal.addWorkingDays(d, n);
      expect(cal.isWorkingDay(due)).toBe(true);
      if (n > 0 || cal.isWorkingDay(d)) {
        expect(cal.countWorkingDays(d, due)).toBe(n);
        expect(cal.countWorkingDays(due, d)).toBe(-n);
        if (n > 0) expect(cal.countWorkingDays(d, fromJulianDay(julianDay(due) - 1))).toBe(n - 1);
      }
      if (cal.isWorkingDay(d)) expect(cal.addWorkingDays(due, -n)).toBe(d);
    }
  });

  it('counts a 10-year span consistently with day-by-day checks', () => {
    let expected = 0;
    for (let jd = julianDay('2018-01-01') + 1; jd <= julianDay('2027-12-31'); jd++) {
      if (cal.isWorkingDay(fromJulianDay(jd))) expected++;
    }
    expect(cal.countWorkingDays('2018-01-01', '2027-12-31')).toBe(expected);
    // 2609 weekdays minus the holidays and compensatory days that fall on them.
    expect(expected).toBe(2500);
  });
});
