import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../../db/connection.ts';
import type { Mailer } from '../../../platform/mail/mail.ts';
import { personRows } from '../../org/index.ts';

const people = personRows();

const ddmmyyyy = (date: string) => date.split('-').reverse().join('/');

export type StepMail = {
  agencyId: string;
  caseCode: string;
  caseTitle: string;
  action: string;
  dueDate: string;
  assigneeId: string | null;
  candidateUnitId: string | null;
};

/** Who a step's mail goes to: its assignee, or else everyone who may claim it. */
export async function recipientsOf(db: Db, step: StepMail): Promise<string[]> {
  const where = step.assigneeId
    ? eq(people.id, step.assigneeId)
    : step.candidateUnitId
      ? eq(people.unitId, step.candidateUnitId)
      : undefined;
  if (!where) return [];
  const rows = await db
    .select({ email: people.email })
    .from(people)
    .where(and(eq(people.agencyId, step.agencyId), eq(people.active, true), isNotNull(people.email), where));
  return rows.flatMap((r) => (r.email ? [r.email] : []));
}

/** Sent after the transaction commits: a failed mail never undoes the work. */
export async function mailAssignment(db: Db, mailer: Mailer, step: StepMail) {
  const claim = !step.assigneeId;
  for (const to of await recipientsOf(db, step)) {
    await mailer.send({
      agencyId: step.agencyId,
      to,
      subject: `[eiso] ${claim ? 'Bước công việc chờ nhận' : 'Bước công việc được giao'}: ${step.caseCode} — ${step.action}`,
      text: [
        claim
          ? 'Một bước công việc của đơn vị bạn đang chờ người nhận xử lý.'
          : 'Bạn được giao xử lý một bước công việc.',
        `Hồ sơ công việc: ${step.caseCode} — ${step.caseTitle}`,
        `Bước: ${step.action}`,
        `Hạn xử lý: ${ddmmyyyy(step.dueDate)}`,
        'Xem tại mục "Việc của tôi" trên eiso.',
      ].join('\n'),
    });
  }
}

export async function mailReminder(db: Db, mailer: Mailer, step: StepMail) {
  for (const to of await recipientsOf(db, step)) {
    await mailer.send({
      agencyId: step.agencyId,
      to,
      subject: `[eiso] Sắp đến hạn: ${step.caseCode} — ${step.action} (hạn ${ddmmyyyy(step.dueDate)})`,
      text: [
        `Bước công việc đến hạn vào ngày làm việc tiếp theo (${ddmmyyyy(step.dueDate)}).`,
        `Hồ sơ công việc: ${step.caseCode} — ${step.caseTitle}`,
        `Bước: ${step.action}`,
        'Xem tại mục "Việc của tôi" trên eiso.',
      ].join('\n'),
    });
  }
}
