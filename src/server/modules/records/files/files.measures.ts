/*
 * Files closed when their work ended (hồ sơ được kết thúc khi công việc kết thúc, Nghị định
 * 30/2020), per period — what quality objectives measure (objectives' files_closed_after_work_rate):
 *
 * - The work of a file ended on its end date (ngày kết thúc: the date of its last document, or
 *   the date its keeper gave on closing). A file still open has no end date: its year's work
 *   is over on 31/12 of its year (the year of the catalogue it was opened in), so it should
 *   have been closed by then; it counts once that day is past (before `today`).
 * - shouldClose: the unit's files (all the agency's without `unitId`) whose work ended in
 *   [from, to], both days included; closed: those of them closed (the Vietnamese day of the
 *   closing) on or before the period's last day. A file closed after the period, or never,
 *   counts against the period its work ended in.
 */
import { and, eq, gte, isNotNull, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../../../db/connection.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { recordFiles } from '../records.table.ts';

export type FileClosings = { shouldClose: number; closed: number };

export async function filesClosedAfterWork(
  db: Db,
  agencyId: string,
  query: { from: string; to: string; unitId?: string; today?: string },
): Promise<FileClosings> {
  const today = query.today ?? todayInVietnam();
  const fromYear = Number(query.from.slice(0, 4));
  const toYear = Number(query.to.slice(0, 4));
  const rows = await db
    .select({
      year: recordFiles.year,
      endDate: recordFiles.endDate,
      closedAt: recordFiles.closedAt,
    })
    .from(recordFiles)
    .where(
      and(
        eq(recordFiles.agencyId, agencyId),
        query.unitId ? eq(recordFiles.unitId, query.unitId) : undefined,
        or(
          and(
            isNotNull(recordFiles.endDate),
            gte(recordFiles.endDate, query.from),
            lte(recordFiles.endDate, query.to),
          ),
          and(isNull(recordFiles.endDate), gte(recordFiles.year, fromYear), lte(recordFiles.year, toYear)),
        ),
      ),
    );
  let shouldClose = 0;
  let closed = 0;
  for (const r of rows) {
    const workEnded = r.endDate ?? `${r.year}-12-31`;
    if (workEnded < query.from || workEnded > query.to) continue;
    if (!r.endDate && workEnded >= today) continue;
    shouldClose += 1;
    if (r.closedAt && todayInVietnam(r.closedAt) <= query.to) closed += 1;
  }
  return { shouldClose, closed };
}
