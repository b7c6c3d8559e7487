import { and, asc, eq } from 'drizzle-orm';
import type { PlanActionWork } from '../../../contract/objectives.ts';
import type { Db, Tx } from '../../db/connection.ts';
import { formatDate } from '../../platform/format.ts';
import { notify } from '../../platform/notifications/index.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { workingCalendarFor } from '../calendar/index.ts';
import { objectivePolicy } from './objectives.policy.ts';
import { factsOf, units } from './objectives.repository.ts';
import { objectiveActions, objectives } from './objectives.table.ts';

const objectiveLink = (id: string) => `/objectives/${id}`;

/** The open plan actions (with their objective and its unit), of one owner or of every agency. */
function openActions(db: Db, owner?: { agencyId: string; personId: string }) {
  return db
    .select({ action: objectiveActions, objective: objectives, unitPath: units.path, unitName: units.name })
    .from(objectiveActions)
    .innerJoin(
      objectives,
      and(
        eq(objectives.agencyId, objectiveActions.agencyId),
        eq(objectives.id, objectiveActions.objectiveId),
      ),
    )
    .leftJoin(units, and(eq(units.agencyId, objectives.agencyId), eq(units.id, objectives.unitId)))
    .where(
      and(
        eq(objectiveActions.done, false),
        owner ? eq(objectiveActions.agencyId, owner.agencyId) : undefined,
        owner ? eq(objectiveActions.ownerPersonId, owner.personId) : undefined,
      ),
    )
    .orderBy(asc(objectiveActions.dueDate), asc(objectiveActions.id));
}

/**
 * Việc của tôi: the open plan actions I own, of the objectives I may read (so that I may mark
 * them done there too); overdue first, then by due date.
 */
export async function planActionWorkOf(db: Db, actor: Actor): Promise<PlanActionWork> {
  const today = todayInVietnam();
  const rows = await openActions(db, { agencyId: actor.agencyId, personId: actor.personId });
  const actions = rows
    .filter((r) => objectivePolicy.read(actor, factsOf(r.objective, r.unitPath)))
    .map((r) => ({
      id: r.action.id,
      objectiveId: r.objective.id,
      objectiveTitle: r.objective.title,
      year: r.objective.year,
      unitName: r.unitName,
      description: r.action.description,
      dueDate: r.action.dueDate,
      overdue: r.action.dueDate < today,
    }));
  // Rows come by due date: overdue ones are the earliest, so they already lead.
  return { actions };
}

/**
 * The hourly follow-up of open plan actions: due on the next working day → its owner; overdue
 * (a working day past due) → its owner, once per due date. Each notice is raised once (dedupe
 * keys, a unique index), however often and on however many instances this runs.
 */
export async function remindPlanActions(db: Db, today: string): Promise<{ raised: number }> {
  const open = await openActions(db);
  const year = Number(today.slice(0, 4));
  const calendars = new Map<string, Awaited<ReturnType<typeof workingCalendarFor>>>();
  for (const agencyId of new Set(open.map((r) => r.action.agencyId)))
    calendars.set(agencyId, await workingCalendarFor(db, agencyId, `${year - 3}-01-01`, `${year + 1}-12-31`));
  let raised = 0;
  for (const { action: a, objective } of open) {
    const calendar = calendars.get(a.agencyId);
    if (!calendar) continue;
    const what = `${a.description} (${objective.title})`.slice(0, 300);
    const base = {
      agencyId: a.agencyId,
      kind: 'objectives.action_due' as const,
      recipients: [a.ownerPersonId],
      subject: { type: 'objective_action', id: a.id },
      link: objectiveLink(objective.id),
    };
    if (a.dueDate > today && calendar.nextWorkingDay(today) >= a.dueDate) {
      const r = await notify(db as Tx, {
        ...base,
        title: {
          vi: `Sắp đến hạn hành động của kế hoạch thực hiện mục tiêu (hạn ${formatDate(a.dueDate)}): ${what}`,
          en: `Objectives plan action due soon (${formatDate(a.dueDate)}): ${what}`,
        },
        dedupeKey: `objective-action:${a.id}:due:${a.dueDate}`,
      });
      raised += r.created.length;
    }
    if (a.dueDate >= today || calendar.countWorkingDays(a.dueDate, today) <= 0) continue;
    const r = await notify(db as Tx, {
      ...base,
      title: {
        vi: `Quá hạn hành động của kế hoạch thực hiện mục tiêu (hạn ${formatDate(a.dueDate)}): ${what}`,
        en: `Objectives plan action overdue (due ${formatDate(a.dueDate)}): ${what}`,
      },
      dedupeKey: `objective-action:${a.id}:overdue:${a.dueDate}`,
    });
    raised += r.created.length;
  }
  return { raised };
}
