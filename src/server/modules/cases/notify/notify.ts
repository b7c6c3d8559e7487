import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/connection.ts';
import { formatDate } from '../../../platform/format.ts';
import type { Mailer } from '../../../platform/mail/mail.ts';
import { notify, type Recipient } from '../../../platform/notifications/index.ts';
import { personRows } from '../../org/index.ts';

/** A step's action as a title reads it: without its closing full stop ("…bổ sung (hạn …)"). */
const actionOf = (step: { action: string }) => step.action.trim().replace(/[.;:]+$/, '');

const people = personRows();

export type StepMail = {
  agencyId: string;
  caseId: string;
  stepId: string;
  caseCode: string;
  caseTitle: string;
  action: string;
  dueDate: string;
  assigneeId: string | null;
  candidateUnitId: string | null;
  /** A step for a position: only the people of the unit having it. */
  candidatePositionId?: string | null;
};

/** Who a step's notice goes to: its assignee, or else everyone who may claim it. */
export async function recipientsOf(db: Db, step: StepMail): Promise<Recipient[]> {
  const where = step.assigneeId
    ? eq(people.id, step.assigneeId)
    : step.candidateUnitId
      ? and(
          eq(people.unitId, step.candidateUnitId),
          step.candidatePositionId ? eq(people.positionId, step.candidatePositionId) : undefined,
        )
      : undefined;
  if (!where) return [];
  return db
    .select({ id: people.id, email: people.email })
    .from(people)
    .where(and(eq(people.agencyId, step.agencyId), eq(people.active, true), where));
}

const subjectOf = (step: StepMail) => ({ type: 'work_case', id: step.caseId });
const linkOf = (step: StepMail) => `/cases/${step.caseId}`;

/**
 * A step was assigned (or waits to be claimed): a notification for each recipient, mailed
 * at once to those who get this kind by e-mail. Called after the transaction commits: a
 * failed mail never undoes the work. Assigning the step again to someone else notifies them.
 */
export async function notifyAssignment(db: Db, mailer: Mailer, step: StepMail) {
  const claim = !step.assigneeId;
  await notify(db, {
    agencyId: step.agencyId,
    kind: 'cases.step_assigned',
    recipients: await recipientsOf(db, step),
    subject: subjectOf(step),
    title: claim
      ? {
          vi: `Bước chờ nhận: ${step.caseCode} — ${actionOf(step)} (hạn ${formatDate(step.dueDate)})`,
          en: `Step to claim: ${step.caseCode} — ${actionOf(step)} (due ${formatDate(step.dueDate)})`,
        }
      : {
          vi: `Bước được giao: ${step.caseCode} — ${actionOf(step)} (hạn ${formatDate(step.dueDate)})`,
          en: `Step assigned: ${step.caseCode} — ${actionOf(step)} (due ${formatDate(step.dueDate)})`,
        },
    link: linkOf(step),
    dedupeKey: `step:${step.stepId}:assigned:${step.assigneeId ?? `unit:${step.candidateUnitId}`}`,
    mail: {
      mailer,
      subject: `[eiso] ${claim ? 'Bước công việc chờ nhận' : 'Bước công việc được giao'}: ${step.caseCode} — ${actionOf(step)}`,
      text: [
        claim
          ? 'Một bước công việc của đơn vị bạn đang chờ người nhận xử lý.'
          : 'Bạn được giao xử lý một bước công việc.',
        `Công việc: ${step.caseCode} — ${step.caseTitle}`,
        `Bước: ${actionOf(step)}`,
        `Hạn xử lý: ${formatDate(step.dueDate)}`,
        'Xem tại mục "Việc của tôi" trên eiso.',
      ].join('\n'),
    },
  });
}

/** One working day before the due date. */
export async function notifyDueSoon(db: Db, mailer: Mailer, step: StepMail) {
  await notify(db, {
    agencyId: step.agencyId,
    kind: 'cases.step_due',
    recipients: await recipientsOf(db, step),
    subject: subjectOf(step),
    title: {
      vi: `Sắp đến hạn: ${step.caseCode} — ${actionOf(step)} (hạn ${formatDate(step.dueDate)})`,
      en: `Due soon: ${step.caseCode} — ${actionOf(step)} (due ${formatDate(step.dueDate)})`,
    },
    link: linkOf(step),
    dedupeKey: `step:${step.stepId}:due:${step.dueDate}`,
    mail: {
      mailer,
      subject: `[eiso] Sắp đến hạn: ${step.caseCode} — ${actionOf(step)} (hạn ${formatDate(step.dueDate)})`,
      text: [
        `Bước công việc đến hạn vào ngày làm việc tiếp theo (${formatDate(step.dueDate)}).`,
        `Công việc: ${step.caseCode} — ${step.caseTitle}`,
        `Bước: ${actionOf(step)}`,
        'Xem tại mục "Việc của tôi" trên eiso.',
      ].join('\n'),
    },
  });
}

/** The due date has passed and the step is still open (once per step and due date; mailed in the digest). */
export async function notifyOverdue(db: Db, step: StepMail) {
  return notify(db, {
    agencyId: step.agencyId,
    kind: 'cases.step_overdue',
    recipients: await recipientsOf(db, step),
    subject: subjectOf(step),
    title: {
      vi: `Quá hạn: ${step.caseCode} — ${actionOf(step)} (hạn ${formatDate(step.dueDate)})`,
      en: `Overdue: ${step.caseCode} — ${actionOf(step)} (due ${formatDate(step.dueDate)})`,
    },
    link: linkOf(step),
    dedupeKey: `step:${step.stepId}:overdue:${step.dueDate}`,
  });
}
