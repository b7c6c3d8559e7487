import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import type { InboxItem } from '../../../../contract/cases.ts';
import type { Page } from '../../../../contract/common.ts';
import { roles } from '../../../../contract/roles.ts';
import type { Db } from '../../../db/connection.ts';
import { type Actor, holds } from '../../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { workingCalendarFor } from '../../calendar/index.ts';
import { documentRows } from '../../documents/index.ts';
import { caseSteps, workCases } from '../cases.table.ts';

const documents = documentRows();

/**
 * Việc của tôi, case steps: the active steps assigned to the actor plus the unassigned ones
 * they may claim (their unit's), overdue first then by due date — which is due date order,
 * since the overdue ones are those due before today. Both halves walk the index
 * (agency_id, assignee_id, state, due_date) in due-date order, so a page costs the same
 * whatever the number of cases.
 */
export async function listMyCaseSteps(
  db: Db,
  actor: Actor,
  options: { page: number; pageSize: number },
): Promise<Page<InboxItem>> {
  const assigned = and(
    eq(caseSteps.agencyId, actor.agencyId),
    eq(caseSteps.assigneeId, actor.personId),
    eq(caseSteps.state, 'active'),
  );
  // The same test as casesPolicy.claim (mayTake), in SQL: the step's unit is the actor's,
  // its role one they hold there, its position theirs.
  const rolesHere = roles.filter((r) =>
    holds(actor, r, { agencyId: actor.agencyId, unitPath: actor.unitPath }),
  );
  const claimable = and(
    eq(caseSteps.agencyId, actor.agencyId),
    isNull(caseSteps.assigneeId),
    eq(caseSteps.state, 'active'),
    eq(caseSteps.candidateUnitId, actor.unitId),
    or(
      isNull(caseSteps.candidateRole),
      rolesHere.length ? inArray(caseSteps.candidateRole, rolesHere) : sql`false`,
    ),
    actor.positionId
      ? or(isNull(caseSteps.candidatePositionId), eq(caseSteps.candidatePositionId, actor.positionId))
      : isNull(caseSteps.candidatePositionId),
  );
  const slice = options.page * options.pageSize;
  const pick = { id: caseSteps.id, dueDate: caseSteps.dueDate };
  // Each half is limited before the merge: the first `slice` rows of the union come from them.
  const count = (where: typeof assigned) => sql`(select count(*) from ${caseSteps} where ${where})`;
  // The page and the total, side by side; the total of both halves in one statement.
  const [ordered, [{ total }]] = await Promise.all([
    unionAll(
      db.select(pick).from(caseSteps).where(assigned).orderBy(caseSteps.dueDate, caseSteps.id).limit(slice),
      db.select(pick).from(caseSteps).where(claimable).orderBy(caseSteps.dueDate, caseSteps.id).limit(slice),
    )
      .orderBy(sql`"due_date"`, sql`"id"`)
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db
      .select({ total: sql<number>`(${count(assigned)} + ${count(claimable)})::int` })
      .from(sql`(select 1) as one`),
  ]);
  if (ordered.length === 0) return { items: [], total, page: options.page, pageSize: options.pageSize };

  const rows = await db
    .select({
      step: caseSteps,
      case: workCases,
      procedureCode: documents.code,
      procedureTitle: documents.title,
    })
    .from(caseSteps)
    .innerJoin(workCases, and(eq(workCases.agencyId, caseSteps.agencyId), eq(workCases.id, caseSteps.caseId)))
    .innerJoin(
      documents,
      and(eq(documents.agencyId, workCases.agencyId), eq(documents.id, workCases.procedureDocumentId)),
    )
    .where(
      and(
        eq(caseSteps.agencyId, actor.agencyId),
        inArray(
          caseSteps.id,
          ordered.map((r) => r.id),
        ),
      ),
    );
  const today = todayInVietnam();
  const earliest = ordered[0].dueDate < today ? ordered[0].dueDate : today;
  const calendar = await workingCalendarFor(db, actor.agencyId, earliest, today);
  const byId = new Map(rows.map((r) => [r.step.id, r]));
  const items = ordered.flatMap(({ id }) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        stepRowId: r.step.id,
        caseId: r.case.id,
        caseCode: r.case.code,
        caseTitle: r.case.title,
        procedureCode: r.procedureCode,
        procedureTitle: r.procedureTitle,
        action: r.step.action,
        startDate: r.step.startDate,
        dueDate: r.step.dueDate,
        claimable: r.step.assigneeId == null,
        daysOverdue: r.step.dueDate < today ? calendar.countWorkingDays(r.step.dueDate, today) : 0,
      },
    ];
  });
  return { items, total, page: options.page, pageSize: options.pageSize };
}
