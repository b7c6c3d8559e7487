import { and, eq, gt, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../../db/connection.ts';
import type { Mailer } from '../../../platform/mail/mail.ts';
import { workingCalendarFor } from '../../calendar/index.ts';
import { caseSteps, workCases } from '../cases.table.ts';
import { mailReminder } from './notify.ts';

/** Holidays and Tết never make the next working day more than this many calendar days away. */
const LOOKAHEAD_DAYS = 20;

const plusDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * One working day before a step is due, its assignee (or the people who may claim it) get
 * a reminder: every active step due on the agency's next working day after `today`. Each
 * step is marked as it is reminded, so running this again (every hour) sends nothing twice.
 */
export async function sendDueReminders(db: Db, mailer: Mailer, today: string): Promise<{ sent: number }> {
  const due = await db
    .select({ step: caseSteps, caseCode: workCases.code, caseTitle: workCases.title })
    .from(caseSteps)
    .innerJoin(workCases, eq(workCases.id, caseSteps.caseId))
    .where(
      and(
        eq(caseSteps.state, 'active'),
        isNull(caseSteps.reminderSentOn),
        gt(caseSteps.dueDate, today),
        lte(caseSteps.dueDate, plusDays(today, LOOKAHEAD_DAYS)),
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
    await mailReminder(db, mailer, {
      agencyId: step.agencyId,
      caseCode,
      caseTitle,
      action: step.action,
      dueDate: step.dueDate,
      assigneeId: step.assigneeId,
      candidateUnitId: step.candidateUnitId,
    });
    sent++;
  }
  return { sent };
}
