import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, max } from 'drizzle-orm';
import type { z } from 'zod';
import {
  type attendanceBody,
  type CreateMeetingBody,
  type conclusionItemBody,
  type endMemberBody,
  type inviteBody,
  type MeetingState,
  meetingStateNames,
  type memberBody,
  type minutesBody,
  type signConclusionsBody,
  type updateMeetingBody,
} from '../../../contract/steering.ts';
import type { Tx } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { diff, recordAudit } from '../../platform/audit/audit.service.ts';
import { AppError, forbidden, invalidField, notFound } from '../../platform/http/errors.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { workingCalendarFor } from '../calendar/index.ts';
import { documentRows } from '../documents/index.ts';
import { personRows, unitRows, verifySigner } from '../org/index.ts';
import { ensurePackOfPeriod } from './reports/index.ts';
import { notifyDirectivesAssigned, notifyInvitations } from './steering.notify.ts';
import { steeringPolicy } from './steering.policy.ts';
import { auditMeeting, type Deps, holdsOn, loadMeeting, type MeetingRow } from './steering.repository.ts';
import {
  steeringAttendees,
  steeringConclusions,
  steeringDirectives,
  steeringMeetings,
  steeringMembers,
} from './steering.table.ts';

const people = personRows();
const units = unitRows();
const documents = documentRows();

export const wrongState = (state: string) =>
  new AppError(409, 'steering_meeting.transition_forbidden', {
    vi: `Không thể thực hiện thao tác này khi cuộc họp đang ở trạng thái "${meetingStateNames[state as MeetingState]?.vi ?? state}".`,
    en: `This action is not possible while the meeting is "${meetingStateNames[state as MeetingState]?.en ?? state}".`,
  });

function assertState(meeting: MeetingRow, ...states: MeetingState[]) {
  if (!states.includes(meeting.state as MeetingState)) throw wrongState(meeting.state);
}

async function peopleIn(tx: Tx, agencyId: string, ids: string[], field: string) {
  if (!ids.length) return;
  const found = await tx
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.agencyId, agencyId), inArray(people.id, ids), eq(people.active, true)));
  if (found.length !== new Set(ids).size)
    throw invalidField(field, {
      vi: 'Người này không có trong cơ quan.',
      en: 'No such person in the agency.',
    });
}

async function unitsIn(tx: Tx, agencyId: string, ids: string[], field: string) {
  const found = await tx
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.agencyId, agencyId), inArray(units.id, ids), eq(units.status, 'active')));
  if (found.length !== new Set(ids).size)
    throw invalidField(field, {
      vi: 'Đơn vị không có trong cơ quan hoặc đã giải thể.',
      en: 'No such unit in the agency, or it is closed.',
    });
}

const auditMember = (
  tx: Tx,
  deps: Deps,
  row: typeof steeringMembers.$inferSelect,
  action: string,
  changes: object,
) =>
  recordAudit(tx, deps.audit, {
    agencyId: row.agencyId,
    entityType: 'steering_member',
    entityId: row.id,
    entityLabel: `Thành viên Ban chỉ đạo ISO từ ${row.validFrom.split('-').reverse().join('/')}`,
    action,
    changes: changes as never,
  });

/** Names a person to the committee from a day, with the decision that did it (a document of the agency). */
export async function addMember(deps: Deps, body: z.infer<typeof memberBody>) {
  const { actor } = deps;
  if (!steeringPolicy.prepare(actor)) throw forbidden();
  return deps.db.transaction(async (tx) => {
    await peopleIn(tx, actor.agencyId, [body.personId], 'personId');
    if (body.decisionDocumentId) {
      const [doc] = await tx
        .select({ id: documents.id })
        .from(documents)
        .where(and(eq(documents.agencyId, actor.agencyId), eq(documents.id, body.decisionDocumentId)));
      if (!doc)
        throw invalidField('decisionDocumentId', {
          vi: 'Không có tài liệu này trong cơ quan.',
          en: 'No such document in the agency.',
        });
    }
    const [current] = await tx
      .select({ id: steeringMembers.id })
      .from(steeringMembers)
      .where(
        and(
          eq(steeringMembers.agencyId, actor.agencyId),
          eq(steeringMembers.personId, body.personId),
          holdsOn(body.validFrom),
        ),
      );
    if (current)
      throw invalidField(
        'personId',
        {
          vi: 'Người này đang là thành viên Ban chỉ đạo vào ngày đó; hãy kết thúc tư cách cũ trước.',
          en: 'This person is a member on that day already; end the earlier membership first.',
        },
        409,
      );
    const [row] = await tx
      .insert(steeringMembers)
      .values({
        id: newId(),
        agencyId: actor.agencyId,
        personId: body.personId,
        committeeRole: body.committeeRole,
        decisionDocumentId: body.decisionDocumentId ?? null,
        validFrom: body.validFrom,
        createdBy: actor.personId,
      })
      .returning();
    await auditMember(tx, deps, row, 'create', diff(null, row));
    return row;
  });
}

/** Ends a membership from a day (a change of the committee); the history stays. */
export async function endMember(deps: Deps, id: string, body: z.infer<typeof endMemberBody>) {
  const { actor } = deps;
  if (!steeringPolicy.prepare(actor)) throw forbidden();
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(steeringMembers)
      .where(and(eq(steeringMembers.agencyId, actor.agencyId), eq(steeringMembers.id, id)));
    if (!row) throw notFound('steering_member');
    if (body.validTo <= row.validFrom || row.validTo)
      throw invalidField('validTo', {
        vi: 'Ngày kết thúc phải sau ngày bắt đầu, và tư cách thành viên chưa kết thúc.',
        en: 'The end must follow the start, and the membership must not have ended.',
      });
    const updated = await updateVersioned(
      tx,
      steeringMembers,
      { id, agencyId: actor.agencyId, version: body.version },
      { validTo: body.validTo },
    );
    await auditMember(tx, deps, row, 'end_membership', diff(row, updated));
    return updated;
  });
}

/** The secretariat prepares a meeting: kind, date, chair, agenda and the period under review. */
export async function createMeeting(deps: Deps, body: CreateMeetingBody) {
  const { actor } = deps;
  if (!steeringPolicy.prepare(actor)) throw forbidden();
  return deps.db.transaction(async (tx) => {
    await peopleIn(tx, actor.agencyId, [body.chairPersonId], 'chairPersonId');
    const [row] = await tx
      .insert(steeringMeetings)
      .values({
        id: newId(),
        agencyId: actor.agencyId,
        kind: body.kind,
        title: body.title,
        meetingDate: body.meetingDate,
        place: body.place ?? '',
        chairPersonId: body.chairPersonId,
        agenda: body.agenda,
        periodFrom: body.periodFrom,
        periodTo: body.periodTo,
        createdBy: actor.personId,
      })
      .returning();
    await auditMeeting(tx, deps.audit, row, 'create', diff(null, row));
    return row;
  });
}

/** Edits the meeting's date, place, agenda or chair until it is held. */
export async function updateMeeting(deps: Deps, id: string, body: z.infer<typeof updateMeetingBody>) {
  const { actor } = deps;
  await deps.db.transaction(async (tx) => {
    const { meeting } = await loadMeeting(tx, actor, id, true);
    if (!steeringPolicy.prepare(actor)) throw forbidden();
    assertState(meeting, 'planned', 'invited');
    const { version, ...patch } = body;
    if (patch.chairPersonId) await peopleIn(tx, actor.agencyId, [patch.chairPersonId], 'chairPersonId');
    const updated = await updateVersioned(
      tx,
      steeringMeetings,
      { id, agencyId: actor.agencyId, version },
      patch,
    );
    await auditMeeting(tx, deps.audit, meeting, 'update', diff(meeting, updated));
  });
}

/**
 * Sends the invitations (planned → invited): the committee's members on the meeting's day,
 * the chair and the guests named, each in the app and by e-mail (the notification's
 * channel: e-mail by default, through the outbox). Inviting again later adds guests.
 */
export async function inviteToMeeting(deps: Deps, id: string, body: z.infer<typeof inviteBody>) {
  const { actor } = deps;
  await deps.db.transaction(async (tx) => {
    const { meeting } = await loadMeeting(tx, actor, id, true);
    if (!steeringPolicy.prepare(actor)) throw forbidden();
    assertState(meeting, 'planned', 'invited');
    await peopleIn(tx, actor.agencyId, body.guestIds, 'guestIds');
    const members = await tx
      .select({ personId: steeringMembers.personId })
      .from(steeringMembers)
      .innerJoin(
        people,
        and(eq(people.agencyId, steeringMembers.agencyId), eq(people.id, steeringMembers.personId)),
      )
      .where(
        and(
          eq(steeringMembers.agencyId, actor.agencyId),
          holdsOn(meeting.meetingDate),
          eq(people.active, true),
        ),
      );
    const invitees = [
      ...new Set([meeting.chairPersonId, ...members.map((m) => m.personId), ...body.guestIds]),
    ];
    const updated = await updateVersioned(
      tx,
      steeringMeetings,
      { id, agencyId: actor.agencyId, version: body.version },
      { state: 'invited', invitedAt: meeting.invitedAt ?? new Date() },
    );
    await tx
      .insert(steeringAttendees)
      .values(
        invitees.map((personId) => ({ id: newId(), agencyId: actor.agencyId, meetingId: id, personId })),
      )
      .onConflictDoNothing();
    await notifyInvitations(tx, updated, invitees);
    await auditMeeting(tx, deps.audit, meeting, 'invite', { ...diff(meeting, updated), invitees });
  });
}

/** Records who came (and why someone did not), once the invitations are out. */
export async function recordAttendance(deps: Deps, id: string, body: z.infer<typeof attendanceBody>) {
  const { actor } = deps;
  await deps.db.transaction(async (tx) => {
    const { meeting } = await loadMeeting(tx, actor, id, true);
    if (!steeringPolicy.prepare(actor)) throw forbidden();
    assertState(meeting, 'invited', 'held');
    await peopleIn(
      tx,
      actor.agencyId,
      body.attendance.map((a) => a.personId),
      'attendance',
    );
    await updateVersioned(tx, steeringMeetings, { id, agencyId: actor.agencyId, version: body.version }, {});
    for (const a of body.attendance) {
      await tx
        .insert(steeringAttendees)
        .values({
          id: newId(),
          agencyId: actor.agencyId,
          meetingId: id,
          personId: a.personId,
          invited: false,
          present: a.present,
          note: a.note || null,
        })
        .onConflictDoUpdate({
          target: [steeringAttendees.agencyId, steeringAttendees.meetingId, steeringAttendees.personId],
          set: { present: a.present, note: a.note || null, updatedAt: new Date() },
        });
    }
    await auditMeeting(tx, deps.audit, meeting, 'record_attendance', { attendance: body.attendance });
  });
}

/** Records (or corrects) the minutes: the meeting is held (invited → held). */
export async function recordMinutes(deps: Deps, id: string, body: z.infer<typeof minutesBody>) {
  const { actor } = deps;
  await deps.db.transaction(async (tx) => {
    const { meeting } = await loadMeeting(tx, actor, id, true);
    if (!steeringPolicy.prepare(actor)) throw forbidden();
    assertState(meeting, 'invited', 'held');
    const updated = await updateVersioned(
      tx,
      steeringMeetings,
      { id, agencyId: actor.agencyId, version: body.version },
      { state: 'held', minutes: body.minutes, minutesBy: actor.personId },
    );
    await auditMeeting(tx, deps.audit, meeting, 'record_minutes', diff(meeting, updated));
  });
}

/** Adds an item of the conclusions, a directive when it names owner units and a deadline. */
export async function addConclusion(deps: Deps, id: string, body: z.infer<typeof conclusionItemBody>) {
  const { actor } = deps;
  return deps.db.transaction(async (tx) => {
    const { meeting } = await loadMeeting(tx, actor, id, true);
    if (!steeringPolicy.prepare(actor)) throw forbidden();
    assertState(meeting, 'held');
    if (body.directive) await unitsIn(tx, actor.agencyId, body.directive.unitIds, 'directive.unitIds');
    await updateVersioned(tx, steeringMeetings, { id, agencyId: actor.agencyId, version: body.version }, {});
    const [{ last }] = await tx
      .select({ last: max(steeringConclusions.seq) })
      .from(steeringConclusions)
      .where(and(eq(steeringConclusions.agencyId, actor.agencyId), eq(steeringConclusions.meetingId, id)));
    const [row] = await tx
      .insert(steeringConclusions)
      .values({
        id: newId(),
        agencyId: actor.agencyId,
        meetingId: id,
        seq: (last ?? 0) + 1,
        text: body.text,
        unitIds: body.directive?.unitIds ?? [],
        dueInWorkingDays: body.directive?.dueInWorkingDays ?? null,
        expectedResult: body.directive?.expectedResult ?? null,
        createdBy: actor.personId,
      })
      .returning();
    await auditMeeting(tx, deps.audit, meeting, 'add_conclusion', diff(null, row));
    return row;
  });
}

/** Removes an item of the conclusions before the chair confirms them. */
export async function removeConclusion(deps: Deps, id: string, conclusionId: string, version: number) {
  const { actor } = deps;
  await deps.db.transaction(async (tx) => {
    const { meeting } = await loadMeeting(tx, actor, id, true);
    if (!steeringPolicy.prepare(actor)) throw forbidden();
    assertState(meeting, 'held');
    await updateVersioned(tx, steeringMeetings, { id, agencyId: actor.agencyId, version }, {});
    const [row] = await tx
      .delete(steeringConclusions)
      .where(
        and(
          eq(steeringConclusions.agencyId, actor.agencyId),
          eq(steeringConclusions.meetingId, id),
          eq(steeringConclusions.id, conclusionId),
        ),
      )
      .returning();
    if (!row) throw notFound('steering_meeting');
    await auditMeeting(tx, deps.audit, meeting, 'remove_conclusion', diff(row, null));
  });
}

/**
 * The chair confirms the conclusions with their password (the shared e-approval): the
 * meeting is concluded, the hash of what was confirmed kept, and each directive becomes one
 * row per owner unit, due that many working days after today on the agency's calendar; the
 * units' heads and ISO officers are told. The row is locked and the version checked: one wins.
 */
export async function signConclusions(deps: Deps, id: string, body: z.infer<typeof signConclusionsBody>) {
  const { actor } = deps;
  await deps.db.transaction(async (tx) => {
    const { meeting, facts } = await loadMeeting(tx, actor, id, true);
    if (!steeringPolicy.sign(actor, facts)) throw forbidden();
    assertState(meeting, 'held');
    const items = await tx
      .select()
      .from(steeringConclusions)
      .where(and(eq(steeringConclusions.agencyId, actor.agencyId), eq(steeringConclusions.meetingId, id)))
      .orderBy(asc(steeringConclusions.seq));
    if (!items.length)
      throw invalidField('conclusions', {
        vi: 'Thông báo kết luận cần ít nhất một nội dung.',
        en: 'The conclusions need at least one item.',
      });
    await verifySigner(tx, actor, body.password);
    const today = todayInVietnam();
    const longest = Math.max(0, ...items.map((i) => i.dueInWorkingDays ?? 0));
    const calendar = await workingCalendarFor(
      tx,
      actor.agencyId,
      today,
      `${Number(today.slice(0, 4)) + 2 + Math.ceil(longest / 200)}-12-31`,
    );
    const approvalHash = createHash('sha256')
      .update(
        JSON.stringify(items.map((i) => [i.seq, i.text, i.unitIds, i.dueInWorkingDays, i.expectedResult])),
      )
      .digest('hex');
    const updated = await updateVersioned(
      tx,
      steeringMeetings,
      { id, agencyId: actor.agencyId, version: body.version },
      {
        state: 'concluded',
        signedBy: actor.personId,
        signedAt: new Date(),
        approvalHash,
        noticeRef: body.noticeRef || null,
      },
    );
    const directives = items.flatMap((i) =>
      i.dueInWorkingDays
        ? i.unitIds.map((unitId) => ({
            id: newId(),
            agencyId: actor.agencyId,
            meetingId: id,
            conclusionId: i.id,
            unitId,
            dueDate: calendar.addWorkingDays(today, i.dueInWorkingDays ?? 0),
          }))
        : [],
    );
    if (directives.length) await tx.insert(steeringDirectives).values(directives);
    await notifyDirectivesAssigned(tx, updated, directives, items);
    await auditMeeting(tx, deps.audit, meeting, 'sign_conclusions', {
      ...diff(meeting, updated),
      directives: directives.length,
    });
  });
}

/**
 * The input pack of the meeting's period under review (Báo cáo đầu vào), compiled by the
 * secretariat when the period has none yet (one pack per agency and period, the reports'):
 * the meeting's readers who may not prepare get 403, others 404.
 */
export async function meetingPack(deps: Deps, id: string): Promise<string> {
  const { meeting } = await loadMeeting(deps.db, deps.actor, id);
  if (!steeringPolicy.prepare(deps.actor)) throw forbidden();
  return ensurePackOfPeriod(deps, {
    title: `Báo cáo đầu vào — ${meeting.title}`.slice(0, 300),
    from: meeting.periodFrom,
    to: meeting.periodTo,
  });
}
