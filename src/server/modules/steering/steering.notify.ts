import type { Db, Tx } from '../../db/connection.ts';
import { formatDate } from '../../platform/format.ts';
import { notify } from '../../platform/notifications/index.ts';
import { workingCalendarFor } from '../calendar/index.ts';
import { peopleHolding } from '../org/index.ts';
import { directiveRows } from './steering.directives.ts';
import type { MeetingRow } from './steering.repository.ts';
import { steeringSettingsOf } from './steering.settings.ts';

const meetingLink = (id: string) => `/steering/meetings/${id}`;
const directivesLink = (unitId: string) => `/steering/directives?unitId=${unitId}`;

/** The people who answer for a unit's directives: its head and its ISO officer. */
const keepersOf = (db: Db | Tx, agencyId: string, unitId: string) =>
  peopleHolding(db, agencyId, ['unit_head', 'iso_officer'], unitId);

/** An invitation to each invitee, in the app and by e-mail (the kind's default channel), once per meeting date. */
export async function notifyInvitations(tx: Tx, meeting: MeetingRow, personIds: string[]) {
  await notify(tx, {
    agencyId: meeting.agencyId,
    kind: 'steering.invitation',
    recipients: personIds,
    subject: { type: 'steering_meeting', id: meeting.id },
    title: {
      vi: `Giấy mời họp Ban chỉ đạo ISO ngày ${formatDate(meeting.meetingDate)}: ${meeting.title}`,
      en: `Invitation to the ISO steering committee meeting on ${formatDate(meeting.meetingDate)}: ${meeting.title}`,
    },
    link: meetingLink(meeting.id),
    dedupeKey: `steering-meeting:${meeting.id}:invite:${meeting.meetingDate}`,
  });
}

/** The conclusions confirmed: each owner unit's head and ISO officer hear of their directives. */
export async function notifyDirectivesAssigned(
  tx: Tx,
  meeting: MeetingRow,
  directives: Array<{ id: string; unitId: string; conclusionId: string; dueDate: string }>,
  items: Array<{ id: string; text: string }>,
) {
  for (const d of directives) {
    const text = items.find((i) => i.id === d.conclusionId)?.text ?? '';
    await notify(tx, {
      agencyId: meeting.agencyId,
      kind: 'steering.directive_assigned',
      recipients: await keepersOf(tx, meeting.agencyId, d.unitId),
      subject: { type: 'steering_directive', id: d.id },
      title: {
        vi: `Chỉ đạo của Ban chỉ đạo ISO (hạn ${formatDate(d.dueDate)}): ${text}`.slice(0, 500),
        en: `ISO steering committee directive (due ${formatDate(d.dueDate)}): ${text}`.slice(0, 500),
      },
      link: directivesLink(d.unitId),
      dedupeKey: `steering-directive:${d.id}:assigned`,
    });
  }
}

/**
 * The hourly follow-up of open directives: due on the next working day → the owner unit's
 * head and ISO officer; overdue → the same, once per due date; overdue by the agency's
 * escalation delay (working days, 5 unless the secretariat set another) → the meeting's chair
 * and the secretariat. Each notice is raised once
 * (dedupe keys, a unique index), however often and on however many instances this runs.
 */
export async function remindDirectives(db: Db, today: string): Promise<{ raised: number }> {
  const open = await directiveRows(db, null, { open: true });
  const year = Number(today.slice(0, 4));
  const calendars = new Map<string, Awaited<ReturnType<typeof workingCalendarFor>>>();
  const escalateAfter = new Map<string, number>();
  for (const agencyId of new Set(open.map((r) => r.directive.agencyId))) {
    calendars.set(agencyId, await workingCalendarFor(db, agencyId, `${year - 3}-01-01`, `${year + 1}-12-31`));
    escalateAfter.set(agencyId, (await steeringSettingsOf(db, agencyId)).escalateDirectivesAfterWorkingDays);
  }
  let raised = 0;
  for (const { directive: d, meeting, conclusion, unitName } of open) {
    const calendar = calendars.get(d.agencyId);
    if (!calendar) continue;
    const base = {
      agencyId: d.agencyId,
      subject: { type: 'steering_directive', id: d.id },
      link: directivesLink(d.unitId),
    };
    const what = conclusion.text.slice(0, 300);
    if (d.dueDate > today && calendar.nextWorkingDay(today) >= d.dueDate) {
      const r = await notify(db as Tx, {
        ...base,
        kind: 'steering.directive_due',
        recipients: await keepersOf(db, d.agencyId, d.unitId),
        title: {
          vi: `Sắp đến hạn chỉ đạo của Ban chỉ đạo ISO (hạn ${formatDate(d.dueDate)}): ${what}`,
          en: `ISO steering committee directive due soon (${formatDate(d.dueDate)}): ${what}`,
        },
        dedupeKey: `steering-directive:${d.id}:due:${d.dueDate}`,
      });
      raised += r.created.length;
    }
    if (d.dueDate >= today) continue;
    const late = calendar.countWorkingDays(d.dueDate, today);
    if (late <= 0) continue;
    const r = await notify(db as Tx, {
      ...base,
      kind: 'steering.directive_due',
      recipients: await keepersOf(db, d.agencyId, d.unitId),
      title: {
        vi: `Quá hạn chỉ đạo của Ban chỉ đạo ISO (hạn ${formatDate(d.dueDate)}): ${what}`,
        en: `ISO steering committee directive overdue (due ${formatDate(d.dueDate)}): ${what}`,
      },
      dedupeKey: `steering-directive:${d.id}:overdue:${d.dueDate}`,
    });
    raised += r.created.length;
    if (late >= (escalateAfter.get(d.agencyId) ?? Number.POSITIVE_INFINITY)) {
      const secretariat = await peopleHolding(db, d.agencyId, ['secretariat'], d.unitId);
      const e = await notify(db as Tx, {
        ...base,
        kind: 'steering.directive_escalated',
        recipients: [meeting.chairPersonId, ...secretariat.map((p) => p.id)],
        title: {
          vi: `${unitName} chậm ${late} ngày làm việc thực hiện chỉ đạo: ${what}`,
          en: `${unitName} is ${late} working days late on a directive: ${what}`,
        },
        dedupeKey: `steering-directive:${d.id}:escalated:${d.dueDate}`,
      });
      raised += e.created.length;
    }
  }
  return { raised };
}
