// The demo's files: opened with the shared openFile (so their codes are the app's), then,
// once the work is done, closed (most of them) and, for work finished in 2016 and early
// 2017, transferred to the agency archive. Like the documents demo, the trail holds one
// event per created record (the file's 'open'); closing and transfer are in the row.
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import type { WorkingCalendar } from '../../modules/calendar/working-days.ts';
import { type FileRow, openFile } from '../../modules/records/files/files.open.ts';
import { archiveTransfers } from '../../modules/records/records.table.ts';
import { vietnamTime } from '../documents/days.ts';
import { ARCHIVIST, files2016, transfers } from './archive-plan.ts';
import { CASES_AS_OF, type PlannedCase } from './build-cases.ts';
import type { BuiltCatalogues } from './build-catalogues.ts';
import { CHUNK, DEMO_AUTHOR, insertAudited } from './bulk-audit.ts';
import type { DemoPeople, Member } from './demo-people.ts';
import { seeded } from './random.ts';

/** Share of finished cases whose file nobody closed (the measure "files not closed after the work ended"). */
const LEFT_OPEN = 0.12;

type FileUpdate = {
  id: string;
  state: 'open' | 'closed' | 'transferred';
  endDate: string | null;
  closedBy: string | null;
  closedAt: Date | null;
  transferId: string | null;
  pageCount: number;
  createdAt: Date;
};

type General = BuiltCatalogues['generalEntries'][number];
type GeneralFile = { file: FileRow; owner: Member; ends: string | null };

/**
 * Opens, in the order they were opened: the 2016 files later transferred, the files of the
 * catalogues' general entries (reports, the unit's QMS…) and every case's file.
 */
export async function openFiles(
  tx: Tx,
  org: DemoPeople,
  calendar: WorkingCalendar,
  general: General[],
  cases: PlannedCase[],
) {
  const context = (m: Member) => ({ actor: org.actorOf(m), audit: { actor: null, actorName: DEMO_AUTHOR } });
  const archived: { file: FileRow; end: string; officer: Member }[] = [];
  for (const t of transfers) {
    const unit = org.unit(t.unit);
    for (const f of files2016) {
      const file = await openFile(tx, context(unit.officer), {
        unitId: unit.id,
        startDate: f.start,
        title: f.title,
        retentionYears: f.retentionYears,
        ownerPersonId: unit.officer.id,
      });
      archived.push({ file, end: f.end, officer: unit.officer });
    }
  }
  const generalFiles: GeneralFile[] = [];
  const onWorkingDay = (day: string) => (calendar.isWorkingDay(day) ? day : calendar.nextWorkingDay(day));
  type Opening = { start: string; key: string } & ({ general: General } | { work: PlannedCase });
  const openings: Opening[] = [
    ...general.map((g) => ({ start: onWorkingDay(g.opens), key: g.entry.code, general: g })),
    ...cases.map((c) => ({ start: c.fileStart, key: c.row.code, work: c })),
  ];
  openings.sort((a, b) => a.start.localeCompare(b.start) || a.key.localeCompare(b.key));
  for (const opening of openings) {
    if (opening.start > CASES_AS_OF) continue;
    if ('general' in opening) {
      const g = opening.general;
      const owner = org.everyone.find((m) => m.id === g.entry.ownerPersonId) ?? g.unit.officer;
      const file = await openFile(tx, context(owner), {
        unitId: g.unit.id,
        startDate: opening.start,
        catalogueEntryId: g.entry.id,
        ownerPersonId: owner.id,
      });
      // The work of the year ended on the last working day on or before its planned end.
      const ends = g.ends < CASES_AS_OF ? calendar.addWorkingDays(calendar.nextWorkingDay(g.ends), -1) : null;
      generalFiles.push({ file, owner, ends });
      continue;
    }
    const c = opening.work;
    const file = await openFile(tx, context(c.handler), {
      unitId: c.unit.id,
      startDate: c.fileStart,
      ...(c.entry ? { catalogueEntryId: c.entry.id } : { retentionYears: c.retentionYears }),
      title: c.fileTitle,
      ownerPersonId: c.handler.id,
    });
    c.row.fileId = file.id;
  }
  return { archived, generalFiles };
}

/** Closes and transfers files as their work ended; sets page counts and backdated timestamps. */
export async function settleFiles(
  tx: Tx,
  agencyId: string,
  org: DemoPeople,
  calendar: WorkingCalendar,
  cases: PlannedCase[],
  opened: Awaited<ReturnType<typeof openFiles>>,
  pages: Map<string, number>,
) {
  const { archived, generalFiles } = opened;
  const random = seeded('files');
  const updates = new Map<string, FileUpdate>();
  for (const c of cases) {
    const closes = c.row.closedDate && !random.chance(LEFT_OPEN);
    const closedAt = c.row.closedAt ? new Date(c.row.closedAt.getTime() + 30 * 60_000) : null;
    updates.set(c.row.fileId!, {
      id: c.row.fileId!,
      state: closes ? 'closed' : 'open',
      endDate: closes ? (c.row.closedDate ?? null) : null,
      closedBy: closes ? c.handler.id : null,
      closedAt: closes ? closedAt : null,
      transferId: null,
      pageCount: pages.get(c.row.fileId!) ?? 0,
      createdAt: vietnamTime(c.fileStart, 8 * 60 + 15),
    });
  }
  for (const a of archived) {
    updates.set(a.file.id, {
      id: a.file.id,
      state: 'closed',
      endDate: a.end,
      closedBy: a.officer.id,
      closedAt: vietnamTime('2017-01-12', 15 * 60),
      transferId: null,
      pageCount: 40 + random.int(0, 160),
      createdAt: vietnamTime(a.file.startDate, 8 * 60 + 15),
    });
  }
  for (const g of generalFiles) {
    updates.set(g.file.id, {
      id: g.file.id,
      state: g.ends ? 'closed' : 'open',
      endDate: g.ends,
      closedBy: g.ends ? g.owner.id : null,
      closedAt: g.ends ? vietnamTime(calendar.addWorkingDays(g.ends, random.int(3, 12)), 15 * 60) : null,
      transferId: null,
      pageCount: 10 + random.int(0, 240),
      createdAt: vietnamTime(g.file.startDate, 8 * 60 + 15),
    });
  }
  const archivist = org.everyone.find((m) => m.username === ARCHIVIST)!;
  const transferRows = transfers.map((t) => {
    const unit = org.unit(t.unit);
    const files = [
      ...archived.filter((a) => a.file.unitId === unit.id).map((a) => updates.get(a.file.id)!),
      ...cases
        .filter((c) => c.unit.id === unit.id && c.row.closedDate && c.row.closedDate <= t.finishedBy)
        .map((c) => updates.get(c.row.fileId!)!)
        .filter((u) => u.state === 'closed'),
    ];
    const id = newId();
    for (const f of files) Object.assign(f, { state: 'transferred', transferId: id });
    return {
      id,
      agencyId,
      unitId: unit.id,
      transferDate: t.date,
      handedOverBy: unit.officer.id,
      receivedByName: `${archivist.fullName}, Lưu trữ cơ quan (Văn phòng Bộ)`,
      notes: `Nộp lưu ${files.length} hồ sơ công việc đã kết thúc năm 2016 và quý I/2017.`,
      createdAt: vietnamTime(t.date, 14 * 60),
      updatedAt: vietnamTime(t.date, 14 * 60),
    };
  });
  await insertAudited(tx, agencyId, archiveTransfers, transferRows, 'archive_transfer', (t) => t.notes);
  await writeUpdates(tx, [...updates.values()]);
  return { transfers: transferRows.length, updates: [...updates.values()] };
}

async function writeUpdates(tx: Tx, rows: FileUpdate[]) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = sql.join(
      rows
        .slice(i, i + CHUNK)
        .map(
          (u) =>
            sql`(${u.id}::uuid, ${u.state}, ${u.endDate}::date, ${u.closedBy}::uuid, ${u.closedAt?.toISOString() ?? null}::timestamptz, ${u.transferId}::uuid, ${u.pageCount}::int, ${u.createdAt.toISOString()}::timestamptz)`,
        ),
      sql`, `,
    );
    await tx.execute(sql`
      update record_files f set state = v.state, end_date = v.end_date, closed_by = v.closed_by,
             closed_at = v.closed_at, transfer_id = v.transfer_id, page_count = v.page_count,
             created_at = v.created_at, updated_at = coalesce(v.closed_at, v.created_at)
        from (values ${values}) as v(id, state, end_date, closed_by, closed_at, transfer_id, page_count, created_at)
       where f.id = v.id`);
  }
}
