import { describe, expect, it } from 'vitest';
import { reportPeriod } from './period.ts';

describe('the period a report opens on', () => {
  it('is this year to today when this year has data, for every report alike', () => {
    expect(reportPeriod({}, '2026-12-07', '2026-12-04')).toEqual({
      from: '2026-01-01',
      to: '2026-12-07',
    });
  });

  it('is the latest year with data, whole, when this year has none yet', () => {
    expect(reportPeriod({}, '2026-12-07', '2018-03-30')).toEqual({
      from: '2018-01-01',
      to: '2018-12-31',
    });
    expect(reportPeriod({}, '2026-12-07', null)).toEqual({ from: '2026-01-01', to: '2026-12-07' });
  });

  it('completes what was asked', () => {
    expect(reportPeriod({ to: '2017-12-25' }, '2026-12-07', null)).toEqual({
      from: '2017-01-01',
      to: '2017-12-25',
    });
    expect(reportPeriod({ from: '2026-03-01' }, '2026-12-07', null)).toEqual({
      from: '2026-03-01',
      to: '2026-12-07',
    });
    expect(reportPeriod({ from: '2017-03-01' }, '2026-12-07', null)).toEqual({
      from: '2017-03-01',
      to: '2017-12-31',
    });
    expect(reportPeriod({ from: '2017-01-01', to: '2017-12-25' }, '2026-12-07', '2026-12-01')).toEqual({
      from: '2017-01-01',
      to: '2017-12-25',
    });
  });
});
