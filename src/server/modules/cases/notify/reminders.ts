import { and, eq, gt, gte, isNull, lt, lte, sql } from 'drizzle-orm';
import type { Db } from '../../../db/connection.ts';
import type { Mailer } from '../../../platform/mail/mail.ts';
import { addDays } from '../../../platform/time.ts';
import { workingCalendarFor } from '../../calendar/index.ts';
import { caseSteps, workCases } from '../cases.table.ts';
import { notifyDueSoon, notifyOverdue } from './notify.ts';

/** Holidays and Tết never make the next working day more than this many calendar days away. */
const LOOKAHEAD_DAYS = 20;

/**
 * One working day before a step is due, its assignee (or the people who may claim it) get
 * a reminder: every active step due on the agency's next working day after `today`. Each
 * step is marked as it is reminded, so running this again (every hour) sends nothing twice.
 */
export async function sendDueReminders(
  db: Db,
  mailer: Mailer,
  today: string,
): Promise<{ sent: number; overdue: number }> {
  const due = await db
    .select({ step: caseSteps, caseCode: workCases.code, caseTitle: workCases.title })
    .from(caseSteps)
    .innerJoin(workCases, eq(workCases.id, caseSteps.caseId))
    .where(
      and(
        eq(caseSteps.state, 'active'),
        isNull(caseSteps.reminderSentOn),
        gt(caseSteps.dueDate, today),
        lte(caseSteps.dueDate, addDays(today, LOOKAHEAD_DAYS)),
      ),
    );
  const nextWorkingDay = new Map<string, string>();
  let sent = 0;
  for (const { step, caseCode, caseTitle } of due) {
    if (!nextWorkingDay.has(step.agencyId)) {
      const calendar = await workingCalendarFor(db, step.agencyId, today, today);
      nextWorkingDay.set(step.agencyId, calendar.nextWorkingDay(today));
    }
    if (step.dueDate !== nextWorkingDay.get(step.agencyId)) continue;
    // Claimed by this run only if no other run marked it first.
    const marked = await db
      .update(caseSteps)
      .set({ reminderSentOn: today, updatedAt: sql`${caseSteps.updatedAt}` })
      .where(and(eq(caseSteps.id, step.id), isNull(caseSteps.reminderSentOn)))
      .returning({ id: caseSteps.id });
    if (marked.length === 0) continue;
    await notifyDueSoon(db, mailer, {
      agencyId: step.agencyId,
      caseId: step.caseId,
      stepId: step.id,
      caseCode,
      caseTitle,
      action: step.action,
      dueDate: step.dueDate,
      assigneeId: step.assigneeId,
      candidateUnitId: step.candidateUnitId,
    });
    sent++;
  }
  return { sent, overdue: await notifyOverdueSteps(db, today) };
}

/**
 * Active steps past their due date: their assignee (or the people who may claim them)
 * are notified once per step and due date — the notification's dedupe key, so the hourly
 * run adds nothing after the first. Steps overdue for longer than the look-ahead were
 * notified when they fell due (the window keeps each run small however old the backlog).
 */
export async function notifyOverdueSteps(db: Db, today: string): Promise<number> {
  const overdue = await db
    .select({ step: caseSteps, caseCode: workCases.code, caseTitle: workCases.title })
    .from(caseSteps)
    .innerJoin(workCases, and(eq(workCases.agencyId, caseSteps.agencyId), eq(workCases.id, caseSteps.caseId)))
    .where(
      and(
        eq(caseSteps.state, 'active'),
        lt(caseSteps.dueDate, today),
        gte(caseSteps.dueDate, addDays(today, -LOOKAHEAD_DAYS)),
      ),
    );
  let notified = 0;
  for (const { step, caseCode, caseTitle } of overdue) {
    const { created } = await notifyOverdue(db, {
      agencyId: step.agencyId,
      caseId: step.caseId,
      stepId: step.id,
      caseCode,
      caseTitle,
      action: step.action,
      dueDate: step.dueDate,
      assigneeId: step.assigneeId,
      candidateUnitId: step.candidateUnitId,
    });
    notified += created.length;
  }
  return notified;
}
