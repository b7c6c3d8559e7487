import type { Db } from '../../../db/connection.ts';
import { newId } from '../../../db/ids.ts';
import { recordFiles } from '../../records/records.table.ts';
import { caseSteps, workCases } from '../cases.table.ts';

export type StepSeed = {
  state?: 'active' | 'done' | 'returned';
  start?: string;
  due?: string;
  done?: string;
  workingDays?: number;
  daysLate?: number;
};
export type CaseSeed = {
  agencyId: string;
  unitId: string;
  procedureId: string;
  personId: string;
  start: string;
  state?: 'open' | 'closed' | 'cancelled';
  closed?: string;
  /** The file's state; null: no file. */
  file?: 'open' | 'closed' | 'transferred' | null;
  fileOpenedAtStart?: boolean;
  /** Working days start to closing (a closed case); by default none, as before eiso kept them. */
  workingDays?: number;
  steps?: StepSeed[];
};

let counter = 0;

/** A case with its file and steps, written straight into the tables (as the cases module would). */
export async function seedCase(db: Db, seed: CaseSeed) {
  const n = ++counter;
  const fileId = seed.file === null ? null : newId();
  if (fileId)
    await db.insert(recordFiles).values({
      id: fileId,
      agencyId: seed.agencyId,
      unitId: seed.unitId,
      year: Number(seed.start.slice(0, 4)),
      fileCode: `TEST.${seed.start.slice(0, 4)}.${n}.MEASURES`,
      title: `Hồ sơ thử ${n}`,
      ownerUnitId: seed.unitId,
      startDate: seed.start,
      state: seed.file ?? 'open',
    });
  const caseId = newId();
  await db.insert(workCases).values({
    id: caseId,
    agencyId: seed.agencyId,
    code: `${seed.start.slice(0, 4)}-M${String(n).padStart(5, '0')}`,
    title: `Công việc thử ${n}`,
    unitId: seed.unitId,
    procedureDocumentId: seed.procedureId,
    procedureVersionId: newId(),
    fileId,
    fileOpenedAtStart: seed.fileOpenedAtStart ?? fileId !== null,
    state: seed.state ?? (seed.closed ? 'closed' : 'open'),
    startedBy: seed.personId,
    startDate: seed.start,
    closedDate: seed.closed ?? null,
    workingDays: seed.workingDays ?? null,
  });
  const steps = seed.steps ?? [];
  if (steps.length)
    await db.insert(caseSteps).values(
      steps.map((s, i) => ({
        id: newId(),
        agencyId: seed.agencyId,
        caseId,
        stepId: `B${i + 1}`,
        sequence: i + 1,
        action: `Bước ${i + 1}`,
        durationDays: 2,
        assigneeId: seed.personId,
        state: s.state ?? (s.done ? 'done' : 'active'),
        startDate: s.start ?? seed.start,
        dueDate: s.due ?? s.done ?? seed.start,
        doneDate: s.done ?? null,
        workingDays: s.done ? (s.workingDays ?? 1) : null,
        daysLate: s.done ? (s.daysLate ?? 0) : null,
      })),
    );
  return { caseId, fileId };
}
