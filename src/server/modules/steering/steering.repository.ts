import { and, asc, eq, gt, isNull, lte, or } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connection.ts';
import type { AuditContext } from '../../platform/audit/audit.service.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { type MeetingFacts, steeringPolicy } from './steering.policy.ts';
import { steeringAttendees, steeringMeetings, steeringMembers } from './steering.table.ts';

export type Deps = { db: Db; actor: Actor; audit: AuditContext };
export type MeetingRow = typeof steeringMeetings.$inferSelect;

/** A membership that holds on the day. */
export const holdsOn = (day: string) =>
  and(
    lte(steeringMembers.validFrom, day),
    or(isNull(steeringMembers.validTo), gt(steeringMembers.validTo, day)),
  );

/** Is the person a member of the committee today? */
export async function isCurrentMember(db: Db | Tx, agencyId: string, personId: string) {
  const [row] = await db
    .select({ id: steeringMembers.id })
    .from(steeringMembers)
    .where(
      and(
        eq(steeringMembers.agencyId, agencyId),
        eq(steeringMembers.personId, personId),
        holdsOn(todayInVietnam()),
      ),
    )
    .limit(1);
  return Boolean(row);
}

async function invited(db: Db | Tx, agencyId: string, meetingId: string, personId: string) {
  const [row] = await db
    .select({ id: steeringAttendees.id })
    .from(steeringAttendees)
    .where(
      and(
        eq(steeringAttendees.agencyId, agencyId),
        eq(steeringAttendees.meetingId, meetingId),
        eq(steeringAttendees.personId, personId),
      ),
    );
  return Boolean(row);
}

export async function meetingFacts(db: Db | Tx, actor: Actor, m: MeetingRow): Promise<MeetingFacts> {
  const memberOrInvited =
    (await isCurrentMember(db, m.agencyId, actor.personId)) ||
    (await invited(db, m.agencyId, m.id, actor.personId));
  return { agencyId: m.agencyId, chairPersonId: m.chairPersonId, memberOrInvited };
}

/** The meeting's row in the actor's agency (locked with `lock`), without a read check. */
export async function meetingRow(tx: Tx | Db, actor: Actor, id: string, lock = false) {
  const base = tx
    .select()
    .from(steeringMeetings)
    .where(and(eq(steeringMeetings.agencyId, actor.agencyId), eq(steeringMeetings.id, id)))
    .orderBy(asc(steeringMeetings.id));
  const [row] = lock ? await base.for('update') : await base;
  if (!row) throw notFound('steering_meeting');
  return row;
}

/** A meeting the actor may read; `lock` takes its row (FOR UPDATE). Out of reach: 404. */
export async function loadMeeting(tx: Tx | Db, actor: Actor, id: string, lock = false) {
  const meeting = await meetingRow(tx, actor, id, lock);
  const facts = await meetingFacts(tx, actor, meeting);
  if (!steeringPolicy.readMeeting(actor, facts)) throw notFound('steering_meeting');
  return { meeting, facts };
}

/** One audit event on a meeting, labelled by its date and title. */
export const auditMeeting = (
  tx: Tx,
  audit: AuditContext,
  m: Pick<MeetingRow, 'id' | 'title' | 'meetingDate' | 'agencyId'>,
  action: string,
  changes: object,
) =>
  recordAudit(tx, audit, {
    agencyId: m.agencyId,
    entityType: 'steering_meeting',
    entityId: m.id,
    entityLabel: `${m.meetingDate.split('-').reverse().join('/')}: ${m.title}`.slice(0, 300),
    action,
    changes: changes as never,
  });
