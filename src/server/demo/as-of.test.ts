// The day map that moves the demo's story, on computed calendars (no database).
import { describe, expect, it } from 'vitest';
import { defaultHolidays } from '../modules/calendar/default-holidays.ts';
import { createWorkingCalendar } from '../modules/calendar/working-days.ts';
import { AsOfError, dayMapping, parseAsOf, STORY_AS_OF } from './as-of.ts';
import { moveYearsInText } from './relabel.ts';

const calendarOf = (from: number, to: number) =>
  createWorkingCalendar(Array.from({ length: to - from + 1 }, (_, i) => defaultHolidays(from + i)).flat());

describe('moving the demo story', () => {
  const source = calendarOf(2013, 2020);
  const target = calendarOf(2019, 2028);
  const map = dayMapping(source, target, '2026-12-07');

  it('puts the story anchor on the as-of day and keeps working-day distances', () => {
    expect(map.day(STORY_AS_OF)).toBe('2026-12-07');
    for (const [from, to] of [
      ['2018-03-30', '2018-04-04'],
      ['2018-02-13', '2018-02-22'], // across Tết 2018 (6 days off in the story)
      ['2017-04-28', '2017-05-03'],
    ]) {
      expect(target.countWorkingDays(map.day(from), map.day(to))).toBe(source.countWorkingDays(from, to));
      expect(target.isWorkingDay(map.day(from))).toBe(true);
    }
    expect(map.day('2030-01-01')).toBe('2030-01-01');
    expect(map.years).toBe(8);
  });

  it('keeps days in order', () => {
    const moved = [...map.entries].sort(([a], [b]) => a.localeCompare(b)).map(([, to]) => to);
    expect(moved.every((d, i) => i === 0 || d >= moved[i - 1])).toBe(true);
  });

  it('moves year labels in titles, not law numbers', () => {
    expect(moveYearsInText('Báo cáo công tác năm 2017 — đợt 1/2018, quý I/2017', 8)).toBe(
      'Báo cáo công tác năm 2025 — đợt 1/2026, quý I/2025',
    );
    expect(moveYearsInText('Quyết định 19/2014/QĐ-TTg; TCVN ISO 9001:2015', 8)).toBe(
      'Quyết định 19/2014/QĐ-TTg; TCVN ISO 9001:2015',
    );
    // Codes and capitals move; laws of the real world (and their years) stay.
    expect(moveYearsInText('MT-2017 MỤC TIÊU CHẤT LƯỢNG NĂM 2017', 9)).toBe(
      'MT-2026 MỤC TIÊU CHẤT LƯỢNG NĂM 2026',
    );
    expect(moveYearsInText('Nghị định số 91/2017/NĐ-CP; Luật Ngân sách nhà nước năm 2015', 8)).toBe(
      'Nghị định số 91/2017/NĐ-CP; Luật Ngân sách nhà nước năm 2015',
    );
    // A plan period moves by whole five-year periods.
    expect(moveYearsInText('kế hoạch giai đoạn 2016 – 2020', 8)).toBe('kế hoạch giai đoạn 2026 – 2030');
    expect(moveYearsInText('a1b2c3d4-2017-4abc-8def-0123456789ab', 8)).toBe(
      'a1b2c3d4-2017-4abc-8def-0123456789ab',
    );
  });

  it('takes a day up to the story end as it was, or from 2020', () => {
    expect(parseAsOf('2017-12-26')).toBe('2017-12-26');
    expect(parseAsOf('2025-03-14')).toBe('2025-03-14');
    expect(() => parseAsOf('2019-05-01')).toThrow(AsOfError);
    expect(() => parseAsOf('2026-02-30')).toThrow(AsOfError);
  });
});
