import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { TransferStatus } from '../../../../contract/record-files.ts';
import type { Db, Tx } from '../../../db/connection.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { holdsSql } from '../../../platform/permissions/sql.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { caseParticipantSql } from '../../cases/index.ts';
import { sampledItemAccess } from '../../internal-audits/index.ts';
import { unitRows } from '../../org/index.ts';
import { recordFiles } from '../records.table.ts';
import { type FileScope, filesPolicy } from './files.policy.ts';

const units = unitRows();

/*
 * filesPolicy.read as SQL over record_files joined with its unit (`units`), so lists
 * filter and page in the database. Taking part through a case is read from the cases
 * module's tables (read only): a person assigned a step of a case whose file this is.
 */

export const participantSql = (actor: Actor) => caseParticipantSql(actor.personId, recordFiles);

export function fileReadableSql(actor: Actor): SQL {
  const owner = sql`${recordFiles.ownerPersonId} = ${actor.personId}`;
  return sql`(${recordFiles.agencyId} = ${actor.agencyId} and case when ${recordFiles.accessRegime} = 'restricted'
    then (${owner} or ${holdsSql(actor, 'unit_head', units.path)} or ${holdsSql(actor, 'secretariat', units.path)})
    else (${holdsSql(actor, 'secretariat', units.path)} or ${holdsSql(actor, 'unit_head', units.path)} or ${holdsSql(actor, 'iso_officer', units.path)}
      or ${owner} or ${recordFiles.openedBy} = ${actor.personId} or ${participantSql(actor)}) end)`;
}

/** Today and the day a year before it: a closed file ended on or before that is overdue for transfer. */
export function transferDates(today = todayInVietnam()) {
  const [y, m, d] = today.split('-').map(Number);
  const back = new Date(Date.UTC(y - 1, m - 1, d));
  // 29 February a year back is 28 February, not 1 March.
  if (back.getUTCMonth() !== m - 1) back.setUTCDate(0);
  return { today, yearAgo: back.toISOString().slice(0, 10) };
}

export const transferStatusOf = (
  file: { state: string; endDate: string | null },
  yearAgo: string,
): TransferStatus | null =>
  file.state !== 'closed' ? null : file.endDate && file.endDate <= yearAgo ? 'overdue' : 'due';

/** Past its retention: the end date plus the years kept is before today (permanent files never are). */
export const pastRetentionSql = (today: string) =>
  sql<boolean>`(${recordFiles.retentionYears} is not null and ${recordFiles.endDate} is not null and (${recordFiles.endDate} + make_interval(years => ${recordFiles.retentionYears}))::date < ${today}::date)`;

export type LoadedFile = {
  file: typeof recordFiles.$inferSelect;
  unit: { name: string; path: string };
  scope: FileScope;
};

/** A file of the actor's agency with what its policy needs; 404 when absent or unreadable. */
export async function loadFile(db: Db | Tx, actor: Actor, id: string, opts: { lock?: boolean } = {}) {
  const query = db
    .select({
      file: recordFiles,
      unitName: units.name,
      unitPath: units.path,
      participant: participantSql(actor),
    })
    .from(recordFiles)
    .innerJoin(units, eq(units.id, recordFiles.unitId))
    .where(and(eq(recordFiles.id, id), eq(recordFiles.agencyId, actor.agencyId)));
  const [row] = opts.lock ? await query.for('update', { of: recordFiles }) : await query;
  if (!row) throw notFound('record_file');
  const scope: FileScope = {
    agencyId: row.file.agencyId,
    unitPath: row.unitPath,
    ownerPersonId: row.file.ownerPersonId,
    openedBy: row.file.openedBy,
    accessRegime: row.file.accessRegime,
    state: row.file.state,
    participant: row.participant,
  };
  // An internal auditor reads a file sampled for their audit, on the audit's dates (read only).
  if (
    !filesPolicy.read(actor, scope) &&
    (opts.lock || !(await sampledItemAccess(db, actor, 'record_file', id, todayInVietnam())))
  )
    throw notFound('record_file');
  return { file: row.file, unit: { name: row.unitName, path: row.unitPath }, scope } satisfies LoadedFile;
}

/** The unit of the actor's agency, for opening and transferring; 404 when it is another agency's. */
export async function loadUnit(db: Db | Tx, actor: Actor, unitId: string, field = 'unitId') {
  const [unit] = await db
    .select({ id: units.id, name: units.name, path: units.path, agencyId: units.agencyId })
    .from(units)
    .where(and(eq(units.id, unitId), eq(units.agencyId, actor.agencyId)));
  if (!unit) throw notFound(field === 'unitId' ? 'unit' : field);
  return { ...unit, scope: { agencyId: unit.agencyId, unitPath: unit.path } };
}
