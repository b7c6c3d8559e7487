// The period a report opens on when none is asked for: where there is data, and said.

export type Period = { from: string; to: string };

/**
 * A report's period from what was asked — one rule for every report and measure. Nothing
 * asked: from 1 January of this year to today — or, when nothing has happened yet this
 * year (`latest`, the last day with data on or before today, is in an earlier year), that
 * latest year whole, so a report never opens on a year of zeros while data sits in the
 * year before. Only `to` asked: from 1 January of its year; only `from` asked: to today
 * when it is in this year (and not after today), else to 31/12 of its year. The page
 * says which period is shown (ReportPeriod).
 */
export function reportPeriod(
  asked: { from?: string; to?: string },
  today: string,
  latest: string | null,
): Period {
  const yearOf = (day: string) => day.slice(0, 4);
  const yearEnd = (day: string) => `${yearOf(day)}-12-31`;
  const openEnd = (from: string) => (yearOf(from) === yearOf(today) && from <= today ? today : yearEnd(from));
  if (asked.from && asked.to) return { from: asked.from, to: asked.to };
  if (asked.to) return { from: `${yearOf(asked.to)}-01-01`, to: asked.to };
  if (asked.from) return { from: asked.from, to: openEnd(asked.from) };
  const year = latest && yearOf(latest) < yearOf(today) ? yearOf(latest) : yearOf(today);
  const from = `${year}-01-01`;
  return { from, to: openEnd(from) };
}
