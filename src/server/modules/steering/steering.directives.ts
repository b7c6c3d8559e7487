import { and, asc, eq, inArray, lt } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  DirectiveList,
  DirectiveStatus,
  DirectiveView,
  DirectiveWork,
  directiveDoneBody,
  directiveListQuery,
  OverdueByUnit,
} from '../../../contract/steering.ts';
import type { Db } from '../../db/connection.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { diff, recordAudit } from '../../platform/audit/audit.service.ts';
import { type FileStore, readFile } from '../../platform/files/files.ts';
import { AppError, forbidden, invalidField, notFound } from '../../platform/http/errors.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { personRows, unitRows } from '../org/index.ts';
import { fileUploadedDocument } from '../records/index.ts';
import { steeringPolicy } from './steering.policy.ts';
import { type Deps, isCurrentMember } from './steering.repository.ts';
import {
  steeringAttendees,
  steeringConclusions,
  steeringDirectives,
  steeringMeetings,
} from './steering.table.ts';

const units = unitRows();
const doers = personRows('doers');

/** A directive's status on a day: done (on time or late) by then, else open or overdue. */
export function directiveStatus(
  d: { state: string; dueDate: string; doneOn: string | null },
  asOf: string,
): DirectiveStatus {
  if (d.state === 'done' && d.doneOn && d.doneOn <= asOf) return d.doneOn > d.dueDate ? 'done_late' : 'done';
  return d.dueDate < asOf ? 'overdue' : 'open';
}

type Row = Awaited<ReturnType<typeof directiveRows>>[number];

/**
 * Directives with their meeting, conclusion, unit and who did them: an agency's (optionally
 * one), or every agency's open ones for the reminders (`agencyId` null).
 */
export async function directiveRows(
  db: Db,
  agencyId: string | null,
  where: { id?: string; meetingIds?: string[]; before?: string; open?: true },
) {
  return db
    .select({
      directive: steeringDirectives,
      meeting: {
        id: steeringMeetings.id,
        title: steeringMeetings.title,
        meetingDate: steeringMeetings.meetingDate,
        chairPersonId: steeringMeetings.chairPersonId,
        agencyId: steeringMeetings.agencyId,
      },
      conclusion: { text: steeringConclusions.text, expectedResult: steeringConclusions.expectedResult },
      unitName: units.name,
      unitPath: units.path,
      doerName: doers.fullName,
    })
    .from(steeringDirectives)
    .innerJoin(
      steeringMeetings,
      and(
        eq(steeringMeetings.agencyId, steeringDirectives.agencyId),
        eq(steeringMeetings.id, steeringDirectives.meetingId),
      ),
    )
    .innerJoin(
      steeringConclusions,
      and(
        eq(steeringConclusions.agencyId, steeringDirectives.agencyId),
        eq(steeringConclusions.id, steeringDirectives.conclusionId),
      ),
    )
    .innerJoin(
      units,
      and(eq(units.agencyId, steeringDirectives.agencyId), eq(units.id, steeringDirectives.unitId)),
    )
    .leftJoin(
      doers,
      and(eq(doers.agencyId, steeringDirectives.agencyId), eq(doers.id, steeringDirectives.doneBy)),
    )
    .where(
      and(
        agencyId === null ? undefined : eq(steeringDirectives.agencyId, agencyId),
        where.open ? eq(steeringDirectives.state, 'open') : undefined,
        where.id ? eq(steeringDirectives.id, where.id) : undefined,
        where.meetingIds ? inArray(steeringDirectives.meetingId, where.meetingIds) : undefined,
        where.before ? lt(steeringMeetings.meetingDate, where.before) : undefined,
      ),
    )
    .orderBy(asc(steeringDirectives.dueDate), asc(units.sortOrder), asc(steeringDirectives.id));
}

/** What decides whether the actor reads a directive: membership today and the meetings they were invited to. */
async function readerOf(db: Db, actor: Actor) {
  const member = await isCurrentMember(db, actor.agencyId, actor.personId);
  const invitedTo = new Set(
    (
      await db
        .select({ meetingId: steeringAttendees.meetingId })
        .from(steeringAttendees)
        .where(
          and(eq(steeringAttendees.agencyId, actor.agencyId), eq(steeringAttendees.personId, actor.personId)),
        )
    ).map((r) => r.meetingId),
  );
  const facts = (r: Row) => ({
    agencyId: r.meeting.agencyId,
    chairPersonId: r.meeting.chairPersonId,
    memberOrInvited: member || invitedTo.has(r.meeting.id),
  });
  const scope = (r: Row) => ({ agencyId: r.directive.agencyId, unitPath: r.unitPath });
  return {
    reads: (r: Row) => steeringPolicy.readDirective(actor, facts(r), scope(r)),
    completes: (r: Row) => steeringPolicy.completeDirective(actor, scope(r)),
  };
}

function view(r: Row, asOf: string, canComplete: boolean): DirectiveView {
  const d = r.directive;
  return {
    id: d.id,
    version: d.version,
    meetingId: r.meeting.id,
    meetingTitle: r.meeting.title,
    meetingDate: r.meeting.meetingDate,
    conclusionId: d.conclusionId,
    conclusionText: r.conclusion.text,
    expectedResult: r.conclusion.expectedResult ?? '',
    unitId: d.unitId,
    unitName: r.unitName,
    dueDate: d.dueDate,
    state: d.state as DirectiveView['state'],
    status: directiveStatus(d, asOf),
    doneOn: d.doneOn,
    doneBy: d.doneBy ? { id: d.doneBy, name: r.doerName ?? '' } : null,
    evidenceNote: d.evidenceNote,
    evidenceFiles: d.evidenceFiles,
    canComplete: canComplete && d.state === 'open',
  };
}

/** The directives the actor may read, by owner unit and status as of today. */
export async function listDirectives(
  db: Db,
  actor: Actor,
  query: z.infer<typeof directiveListQuery>,
): Promise<DirectiveList> {
  const today = todayInVietnam();
  const rows = await directiveRows(db, actor.agencyId, {});
  const { reads, completes } = await readerOf(db, actor);
  const items = rows
    .filter(reads)
    .filter((r) => !query.unitId || r.directive.unitId === query.unitId)
    .map((r) => view(r, today, completes(r)))
    .filter((d) => !query.status || d.status === query.status);
  return { items };
}

/** The directives of some meetings, as the actor may read them (the meeting's page). */
export async function directivesOfMeetings(db: Db, actor: Actor, meetingIds: string[]) {
  if (!meetingIds.length) return [];
  const today = todayInVietnam();
  const { reads, completes } = await readerOf(db, actor);
  return (await directiveRows(db, actor.agencyId, { meetingIds }))
    .filter(reads)
    .map((r) => view(r, today, completes(r)));
}

/** Việc của tôi: the open directives of the units whose head or ISO officer I am. */
export async function directiveWorkOf(db: Db, actor: Actor): Promise<DirectiveWork> {
  const today = todayInVietnam();
  const { completes } = await readerOf(db, actor);
  const rows = await directiveRows(db, actor.agencyId, {});
  return {
    directives: rows
      .filter((r) => r.directive.state === 'open' && completes(r))
      .map((r) => view(r, today, true)),
  };
}

/** Leadership's home (and the secretariat's): open directives by owner unit, how many overdue. Others: none. */
export async function overdueDirectivesByUnit(db: Db, actor: Actor): Promise<OverdueByUnit> {
  if (!steeringPolicy.readCommittee(actor, false)) return { units: [] };
  const today = todayInVietnam();
  const rows = (await directiveRows(db, actor.agencyId, {})).filter((r) => r.directive.state === 'open');
  const byUnit = new Map<string, OverdueByUnit['units'][number]>();
  for (const r of rows) {
    const u = byUnit.get(r.directive.unitId) ?? {
      unitId: r.directive.unitId,
      unitName: r.unitName,
      overdue: 0,
      open: 0,
    };
    u.open++;
    if (r.directive.dueDate < today) u.overdue++;
    byUnit.set(u.unitId, u);
  }
  return {
    units: [...byUnit.values()].sort(
      (a, b) => b.overdue - a.overdue || a.unitName.localeCompare(b.unitName, 'vi'),
    ),
  };
}

/**
 * The status of the directives of the meetings held before `until`, as of `until` (the first
 * input of the next meeting, ISO 9001 9.3.2 a): each directive the actor may read, and the
 * counts by status.
 */
export async function directivesStatus(deps: Pick<Deps, 'db' | 'actor'>, { until }: { until: string }) {
  const { db, actor } = deps;
  const { reads, completes } = await readerOf(db, actor);
  const items = (await directiveRows(db, actor.agencyId, { before: until }))
    .filter(reads)
    .map((r) => view(r, until, completes(r)));
  const counts: Record<DirectiveStatus, number> = { open: 0, overdue: 0, done: 0, done_late: 0 };
  for (const d of items) counts[d.status]++;
  return { until, items, counts, total: items.length };
}

/**
 * Locks an open directive the actor may complete (the owner unit's head or ISO officer) and
 * reads it: 404 unseen, 403 not theirs to complete, 409 done already.
 */
async function lockOpenDirective(tx: Db, actor: Deps['actor'], id: string) {
  const [locked] = await tx
    .select({ id: steeringDirectives.id })
    .from(steeringDirectives)
    .where(and(eq(steeringDirectives.agencyId, actor.agencyId), eq(steeringDirectives.id, id)))
    .for('update');
  if (!locked) throw notFound('steering_directive');
  const [row] = await directiveRows(tx, actor.agencyId, { id });
  const { reads, completes } = await readerOf(tx, actor);
  if (!row || !reads(row)) throw notFound('steering_directive');
  if (!completes(row)) throw forbidden();
  if (row.directive.state !== 'open')
    throw new AppError(409, 'steering_directive.done', {
      vi: 'Chỉ đạo này đã được đánh dấu hoàn thành.',
      en: 'This directive is marked done already.',
    });
  return row;
}

/**
 * The owner unit's head or ISO officer marks a directive done, with the evidence in words
 * (files are added to it like a nonconformity's). The row is locked and the version checked: one wins.
 */
export async function completeDirective(deps: Deps, id: string, body: z.infer<typeof directiveDoneBody>) {
  const { db, actor } = deps;
  await db.transaction(async (tx) => {
    const row = await lockOpenDirective(tx as unknown as Db, actor, id);
    const updated = await updateVersioned(
      tx,
      steeringDirectives,
      { id, agencyId: actor.agencyId, version: body.version },
      { state: 'done', doneOn: todayInVietnam(), doneBy: actor.personId, evidenceNote: body.evidenceNote },
    );
    await recordAudit(tx, deps.audit, {
      agencyId: actor.agencyId,
      entityType: 'steering_directive',
      entityId: id,
      entityLabel: `${row.unitName}: ${row.conclusion.text}`.slice(0, 300),
      action: 'complete',
      changes: diff(row.directive, updated) as never,
    });
  });
}

/** Catalogue entries that hold a unit's records of the committee's directives carry these words. */
const ENTRY_WORDS = ['chi dao', 'ban chi dao', 'iso'];

/**
 * A file as evidence of an open directive, by its owner unit's head or ISO officer (as a
 * nonconformity's action takes one): kept with the directive and filed in the unit's records
 * file for the directives (the one its earlier evidence went to, else the year's file under a
 * catalogue entry for the committee's directives or ISO, else one opened outside the catalogue).
 */
export async function addDirectiveEvidence(
  deps: Deps,
  files: FileStore,
  id: string,
  upload: { fileName: string; content: Buffer } | null,
) {
  const { db, actor } = deps;
  await db.transaction(async (tx) => {
    const row = await lockOpenDirective(tx as unknown as Db, actor, id);
    if (!upload || upload.content.length === 0)
      throw invalidField('file', { vi: 'Hãy chọn tệp bằng chứng.', en: 'Choose an evidence file.' });
    const today = todayInVietnam();
    const filed = await fileUploadedDocument(tx, deps, files, {
      unitId: row.directive.unitId,
      on: today,
      entryWords: ENTRY_WORDS,
      earlierFileIds: row.directive.evidenceFiles.map((f) => f.recordFileId),
      adHocTitle: 'Hồ sơ thực hiện chỉ đạo của Ban chỉ đạo ISO',
      adHocNote: `Mở khi lưu bằng chứng thực hiện chỉ đạo của Ban chỉ đạo ISO: danh mục hồ sơ năm ${today.slice(0, 4)} của đơn vị chưa có hồ sơ về việc này.`,
      upload: {
        ...upload,
        title: `Bằng chứng thực hiện chỉ đạo: ${upload.fileName.replace(/\.[^.]*$/, '')}`,
      },
    });
    const evidenceFiles = [
      ...row.directive.evidenceFiles,
      {
        hash: filed.item.fileHash,
        name: filed.item.fileName,
        mimeType: filed.item.mimeType,
        recordFileId: filed.file.id,
      },
    ];
    const updated = await updateVersioned(
      tx,
      steeringDirectives,
      { id, agencyId: actor.agencyId, version: row.directive.version },
      { evidenceFiles },
    );
    await recordAudit(tx, deps.audit, {
      agencyId: actor.agencyId,
      entityType: 'steering_directive',
      entityId: id,
      entityLabel: `${row.unitName}: ${row.conclusion.text}`.slice(0, 300),
      action: 'add_evidence',
      changes: diff(row.directive, updated) as never,
    });
  });
}

/** An evidence file of a directive the actor may read, by its hash; 404 otherwise. */
export async function downloadDirectiveEvidence(
  db: Db,
  files: FileStore,
  actor: Actor,
  id: string,
  hash: string,
) {
  const [row] = await directiveRows(db, actor.agencyId, { id });
  const { reads } = await readerOf(db, actor);
  const file = row && reads(row) ? row.directive.evidenceFiles.find((f) => f.hash === hash) : undefined;
  if (!file) throw notFound('steering_directive');
  return { ...file, content: await readFile(files, file.hash) };
}
