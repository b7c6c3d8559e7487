import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type {
  CommitteeRole,
  CommitteeView,
  MeetingDetail,
  MeetingSummary,
} from '../../../contract/steering.ts';
import type { Db } from '../../db/connection.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { documentRows } from '../documents/index.ts';
import { personRows, unitRows } from '../org/index.ts';
import { packOfPeriod } from './reports/index.ts';
import { directivesOfMeetings } from './steering.directives.ts';
import { steeringPolicy } from './steering.policy.ts';
import { holdsOn, isCurrentMember, loadMeeting } from './steering.repository.ts';
import {
  steeringAttendees,
  steeringConclusions,
  steeringMeetings,
  steeringMembers,
} from './steering.table.ts';

const people = personRows();
const chairs = personRows('chairs');
const units = unitRows();
const documents = documentRows();

async function namesOf(db: Db, agencyId: string, ids: string[]) {
  if (!ids.length) return new Map<string, string>();
  const rows = await db
    .select({ id: people.id, name: people.fullName })
    .from(people)
    .where(and(eq(people.agencyId, agencyId), inArray(people.id, [...new Set(ids)])));
  return new Map(rows.map((r) => [r.id, r.name]));
}

const summary = (m: typeof steeringMeetings.$inferSelect, chairName: string): MeetingSummary => ({
  id: m.id,
  version: m.version,
  kind: m.kind as MeetingSummary['kind'],
  title: m.title,
  meetingDate: m.meetingDate,
  state: m.state as MeetingSummary['state'],
  chair: { id: m.chairPersonId, name: chairName },
  periodFrom: m.periodFrom,
  periodTo: m.periodTo,
});

/** The committee's page: its members over time (current first) and its meetings, newest first. */
export async function committeeOf(db: Db, actor: Actor): Promise<CommitteeView> {
  const member = await isCurrentMember(db, actor.agencyId, actor.personId);
  if (!steeringPolicy.readCommittee(actor, member)) throw notFound('steering_meeting');
  const today = todayInVietnam();
  const members = await db
    .select({
      m: steeringMembers,
      personName: people.fullName,
      unitName: units.name,
      decisionTitle: documents.title,
      decisionCode: documents.code,
    })
    .from(steeringMembers)
    .innerJoin(
      people,
      and(eq(people.agencyId, steeringMembers.agencyId), eq(people.id, steeringMembers.personId)),
    )
    .leftJoin(units, and(eq(units.agencyId, people.agencyId), eq(units.id, people.unitId)))
    .leftJoin(
      documents,
      and(
        eq(documents.agencyId, steeringMembers.agencyId),
        eq(documents.id, steeringMembers.decisionDocumentId),
      ),
    )
    .where(eq(steeringMembers.agencyId, actor.agencyId))
    .orderBy(desc(steeringMembers.validFrom), asc(steeringMembers.id));
  const order: CommitteeRole[] = ['head', 'deputy', 'member', 'secretary'];
  const current = await db
    .select({ id: steeringMembers.id })
    .from(steeringMembers)
    .where(and(eq(steeringMembers.agencyId, actor.agencyId), holdsOn(today)));
  const currentIds = new Set(current.map((c) => c.id));
  const meetings = await db
    .select({ m: steeringMeetings, chairName: chairs.fullName })
    .from(steeringMeetings)
    .innerJoin(
      chairs,
      and(eq(chairs.agencyId, steeringMeetings.agencyId), eq(chairs.id, steeringMeetings.chairPersonId)),
    )
    .where(eq(steeringMeetings.agencyId, actor.agencyId))
    .orderBy(desc(steeringMeetings.meetingDate), desc(steeringMeetings.id));
  return {
    members: members
      .map(({ m, personName, unitName, decisionTitle, decisionCode }) => ({
        id: m.id,
        version: m.version,
        personId: m.personId,
        personName,
        unitName,
        committeeRole: m.committeeRole as CommitteeRole,
        decisionDocumentId: m.decisionDocumentId,
        decisionTitle: decisionTitle ? `${decisionCode ? `${decisionCode} — ` : ''}${decisionTitle}` : null,
        validFrom: m.validFrom,
        validTo: m.validTo,
        current: currentIds.has(m.id),
      }))
      .sort(
        (a, b) =>
          Number(b.current) - Number(a.current) ||
          order.indexOf(a.committeeRole) - order.indexOf(b.committeeRole) ||
          String(a.personName).localeCompare(String(b.personName), 'vi'),
      ),
    meetings: meetings.map(({ m, chairName }) => summary(m, chairName)),
    abilities: { prepare: steeringPolicy.prepare(actor) },
  };
}

/** One meeting: agenda, invitees and attendance, minutes, conclusions with their directives. */
export async function meetingDetailOf(db: Db, actor: Actor, id: string): Promise<MeetingDetail> {
  const { meeting, facts } = await loadMeeting(db, actor, id);
  const [attendees, conclusions, members, directives] = await Promise.all([
    db
      .select()
      .from(steeringAttendees)
      .where(and(eq(steeringAttendees.agencyId, actor.agencyId), eq(steeringAttendees.meetingId, id))),
    db
      .select()
      .from(steeringConclusions)
      .where(and(eq(steeringConclusions.agencyId, actor.agencyId), eq(steeringConclusions.meetingId, id)))
      .orderBy(asc(steeringConclusions.seq)),
    db
      .select({ personId: steeringMembers.personId, committeeRole: steeringMembers.committeeRole })
      .from(steeringMembers)
      .where(and(eq(steeringMembers.agencyId, actor.agencyId), holdsOn(meeting.meetingDate))),
    directivesOfMeetings(db, actor, [id]),
  ]);
  const names = await namesOf(db, actor.agencyId, [
    meeting.chairPersonId,
    ...(meeting.signedBy ? [meeting.signedBy] : []),
    ...attendees.map((a) => a.personId),
  ]);
  const unitIds = [...new Set(conclusions.flatMap((c) => c.unitIds))];
  const unitNames = new Map(
    unitIds.length
      ? (
          await db
            .select({ id: units.id, name: units.name })
            .from(units)
            .where(and(eq(units.agencyId, actor.agencyId), inArray(units.id, unitIds)))
        ).map((u) => [u.id, u.name])
      : [],
  );
  const roleOf = new Map(members.map((m) => [m.personId, m.committeeRole as CommitteeRole]));
  return {
    ...summary(meeting, names.get(meeting.chairPersonId) ?? ''),
    place: meeting.place,
    agenda: meeting.agenda,
    minutes: meeting.minutes,
    invitedAt: meeting.invitedAt?.toISOString() ?? null,
    signedBy: meeting.signedBy ? { id: meeting.signedBy, name: names.get(meeting.signedBy) ?? '' } : null,
    signedAt: meeting.signedAt?.toISOString() ?? null,
    noticeRef: meeting.noticeRef,
    attendees: attendees
      .map((a) => ({
        personId: a.personId,
        name: names.get(a.personId) ?? '',
        committeeRole: roleOf.get(a.personId) ?? null,
        invited: a.invited,
        present: a.present,
        note: a.note,
      }))
      .sort(
        (a, b) => Number(!!b.committeeRole) - Number(!!a.committeeRole) || a.name.localeCompare(b.name, 'vi'),
      ),
    conclusions: conclusions.map((c) => ({
      id: c.id,
      seq: c.seq,
      text: c.text,
      isDirective: c.dueInWorkingDays !== null,
      dueInWorkingDays: c.dueInWorkingDays,
      expectedResult: c.expectedResult,
      unitIds: c.unitIds,
      unitNames: c.unitIds.map((u) => unitNames.get(u) ?? ''),
      directives: directives.filter((d) => d.conclusionId === c.id),
    })),
    packId: await packOfPeriod(db, actor, { from: meeting.periodFrom, to: meeting.periodTo }),
    abilities: {
      compilePack: steeringPolicy.prepare(actor),
      prepare: steeringPolicy.prepare(actor) && meeting.state !== 'concluded',
      sign: steeringPolicy.sign(actor, facts) && meeting.state === 'held' && conclusions.length > 0,
    },
  };
}
