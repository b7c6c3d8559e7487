import { and, eq, lte } from 'drizzle-orm';
import { ESCALATE_AFTER_WORKING_DAYS } from '../../../contract/nonconformities.ts';
import type { Db, Tx } from '../../db/connection.ts';
import { formatDate } from '../../platform/format.ts';
import { notify } from '../../platform/notifications/index.ts';
import { workingCalendarFor } from '../calendar/index.ts';
import { peopleHolding } from '../org/index.ts';
import type { NcRow } from './nonconformities.repository.ts';
import { ncSettingsOf } from './nonconformities.settings.ts';
import { nonconformities, nonconformityActions } from './nonconformities.table.ts';

const link = (id: string) => `/nonconformities/${id}`;
const subject = (nc: Pick<NcRow, 'id'>) => ({ type: 'nonconformity', id: nc.id });

/** Analysed: the unit's head is asked to approve the plan (once per analysis). */
export async function notifyPlanToApprove(tx: Tx, nc: NcRow) {
  const heads = await peopleHolding(tx, nc.agencyId, ['unit_head'], nc.unitId);
  await notify(tx, {
    agencyId: nc.agencyId,
    kind: 'nonconformities.plan_to_approve',
    recipients: heads.filter((h) => h.id !== nc.analysedBy),
    subject: subject(nc),
    title: {
      vi: `Kế hoạch khắc phục chờ phê duyệt: ${nc.code} — ${nc.title}`,
      en: `Corrective action plan to approve: ${nc.code} — ${nc.title}`,
    },
    link: link(nc.id),
    dedupeKey: `nc:${nc.id}:plan:${nc.analysedAt?.toISOString() ?? ''}`,
  });
}

/** The plan approved: each owner hears of their action. */
export async function notifyActionsAssigned(
  tx: Tx,
  nc: NcRow,
  actions: Array<{ id: string; ownerPersonId: string; description: string; dueDate: string; state: string }>,
) {
  for (const action of actions.filter((a) => a.state === 'open')) {
    await notify(tx, {
      agencyId: nc.agencyId,
      kind: 'nonconformities.action_assigned',
      recipients: [action.ownerPersonId],
      subject: subject(nc),
      title: {
        vi: `Hành động khắc phục ${nc.code}: ${action.description} (hạn ${formatDate(action.dueDate)})`,
        en: `Corrective action ${nc.code}: ${action.description} (due ${formatDate(action.dueDate)})`,
      },
      link: link(nc.id),
      dedupeKey: `nc-action:${action.id}:assigned`,
    });
  }
}

/**
 * The hourly follow-up: an action due on the next working day reminds its owner; an overdue
 * one tells its owner once per due date, and the owner unit's head once it is
 * the agency's escalation delay late (its settings; 5 working days by default); a record whose waiting period has ended asks the
 * secretariat to verify it. Each notice is raised once (dedupe keys), however often this runs.
 */
export async function remindNonconformities(db: Db, today: string): Promise<{ raised: number }> {
  const open = await db
    .select({ action: nonconformityActions, nc: nonconformities })
    .from(nonconformityActions)
    .innerJoin(
      nonconformities,
      and(
        eq(nonconformities.agencyId, nonconformityActions.agencyId),
        eq(nonconformities.id, nonconformityActions.nonconformityId),
      ),
    )
    .where(and(eq(nonconformityActions.state, 'open'), eq(nonconformities.state, 'in_progress')));
  const verify = await db
    .select()
    .from(nonconformities)
    .where(
      and(eq(nonconformities.state, 'awaiting_verification'), lte(nonconformities.verifiableFrom, today)),
    );
  const agencies = [...new Set([...open.map((r) => r.nc.agencyId), ...verify.map((n) => n.agencyId)])];
  const calendars = new Map(
    await Promise.all(
      agencies.map(
        async (id) =>
          [
            id,
            await workingCalendarFor(
              db,
              id,
              `${Number(today.slice(0, 4)) - 1}-01-01`,
              `${Number(today.slice(0, 4)) + 1}-12-31`,
            ),
          ] as const,
      ),
    ),
  );
  const settings = new Map(
    await Promise.all(agencies.map(async (id) => [id, await ncSettingsOf(db, id)] as const)),
  );
  let raised = 0;
  const count = (r: { created: string[] }) => {
    raised += r.created.length;
  };
  for (const { action, nc } of open) {
    const calendar = calendars.get(nc.agencyId);
    if (!calendar) continue;
    const late = action.dueDate < today ? calendar.countWorkingDays(action.dueDate, today) : 0;
    const base = {
      agencyId: nc.agencyId,
      kind: 'nonconformities.action_due' as const,
      subject: subject(nc),
      link: link(nc.id),
    };
    if (action.dueDate > today && calendar.nextWorkingDay(today) >= action.dueDate) {
      count(
        await notify(db as Tx, {
          ...base,
          recipients: [action.ownerPersonId],
          title: {
            vi: `Sắp đến hạn: hành động ${nc.code} — ${action.description} (hạn ${formatDate(action.dueDate)})`,
            en: `Due soon: action ${nc.code} — ${action.description} (due ${formatDate(action.dueDate)})`,
          },
          dedupeKey: `nc-action:${action.id}:due:${action.dueDate}`,
        }),
      );
    }
    if (late > 0) {
      count(
        await notify(db as Tx, {
          ...base,
          recipients: [action.ownerPersonId],
          title: {
            vi: `Quá hạn: hành động ${nc.code} — ${action.description} (hạn ${formatDate(action.dueDate)})`,
            en: `Overdue: action ${nc.code} — ${action.description} (due ${formatDate(action.dueDate)})`,
          },
          dedupeKey: `nc-action:${action.id}:overdue:${action.dueDate}`,
        }),
      );
    }
    const escalateAfter = settings.get(nc.agencyId)?.escalateAfterWorkingDays ?? ESCALATE_AFTER_WORKING_DAYS;
    if (late >= escalateAfter) {
      const heads = await peopleHolding(db, nc.agencyId, ['unit_head'], action.ownerUnitId);
      count(
        await notify(db as Tx, {
          ...base,
          recipients: heads.filter((h) => h.id !== action.ownerPersonId),
          title: {
            vi: `Quá hạn ${late} ngày làm việc: hành động ${nc.code} — ${action.description}`,
            en: `${late} working days overdue: action ${nc.code} — ${action.description}`,
          },
          dedupeKey: `nc-action:${action.id}:escalated:${action.dueDate}`,
        }),
      );
    }
  }
  for (const nc of verify) {
    const implementers = (
      await db
        .select({ owner: nonconformityActions.ownerPersonId, doer: nonconformityActions.doneBy })
        .from(nonconformityActions)
        .where(
          and(
            eq(nonconformityActions.agencyId, nc.agencyId),
            eq(nonconformityActions.nonconformityId, nc.id),
          ),
        )
    ).flatMap((a) => [a.owner, a.doer]);
    const secretariat = await peopleHolding(db, nc.agencyId, ['secretariat'], nc.unitId);
    count(
      await notify(db as Tx, {
        agencyId: nc.agencyId,
        kind: 'nonconformities.to_verify',
        recipients: secretariat.filter((p) => !implementers.includes(p.id)),
        subject: subject(nc),
        title: {
          vi: `Chờ xác nhận hiệu quả: ${nc.code} — ${nc.title}`,
          en: `To verify: ${nc.code} — ${nc.title}`,
        },
        link: link(nc.id),
        dedupeKey: `nc:${nc.id}:verify:${nc.verifiableFrom}`,
      }),
    );
  }
  return { raised };
}
