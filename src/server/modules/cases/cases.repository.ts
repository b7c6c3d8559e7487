import { and, asc, eq } from 'drizzle-orm';
import { documentContent, type ProcedureStep } from '../../../contract/documents.ts';
import { withPerformer } from '../../../contract/performers.ts';
import type { Db, Tx } from '../../db/connection.ts';
import type { AuditContext } from '../../platform/audit/audit.service.ts';
import { AppError, forbidden, notFound } from '../../platform/http/errors.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { versionRows } from '../documents/index.ts';
import { sampledItemAccess } from '../internal-audits/index.ts';
import { personRows, unitRows } from '../org/index.ts';
import type { CaseScope } from './cases.policy.ts';
import { casesPolicy } from './cases.policy.ts';
import { caseSteps, workCases } from './cases.table.ts';
import { unitsForRouting } from './steps/route.ts';

const documentVersions = versionRows();

const people = personRows();
const units = unitRows();

export type Deps = { db: Db; actor: Actor; audit: AuditContext };
export type CaseRow = typeof workCases.$inferSelect;
export type StepRow = typeof caseSteps.$inferSelect;

export const notFoundCase = () => notFound('work_case');

export function scopeOf(c: CaseRow, unitPath: string, steps: StepRow[]): CaseScope {
  const active = steps.find((s) => s.state === 'active');
  return {
    agencyId: c.agencyId,
    unitPath,
    startedBy: c.startedBy,
    assigneeIds: steps.flatMap((s) => (s.assigneeId ? [s.assigneeId] : [])),
    candidateUnitIds: steps.flatMap((s) =>
      s.state === 'active' && !s.assigneeId && s.candidateUnitId ? [s.candidateUnitId] : [],
    ),
    state: c.state,
    active: c.state === 'open' && active ? active : null,
  };
}

/** A case the actor may read (else 404), its steps, scope and the procedure's steps. */
export async function loadCase(db: Db | Tx, actor: Actor, caseId: string, options: { lock?: boolean } = {}) {
  const query = db
    .select({ case: workCases, unitPath: units.path, unitName: units.name })
    .from(workCases)
    .innerJoin(units, eq(units.id, workCases.unitId))
    .where(and(eq(workCases.id, caseId), eq(workCases.agencyId, actor.agencyId)));
  const [row] = options.lock ? await query.for('update', { of: workCases }) : await query;
  if (!row) throw notFoundCase();
  const steps = await db
    .select()
    .from(caseSteps)
    .where(and(eq(caseSteps.agencyId, actor.agencyId), eq(caseSteps.caseId, caseId)))
    .orderBy(asc(caseSteps.sequence));
  const scope = scopeOf(row.case, row.unitPath, steps);
  // An internal auditor reads a case sampled for their audit, on the audit's dates (read only).
  if (
    !casesPolicy.read(actor, scope) &&
    (options.lock || !(await sampledItemAccess(db, actor, 'case', caseId, todayInVietnam())))
  )
    throw notFoundCase();
  const [version] = await db
    .select({ content: documentVersions.content })
    .from(documentVersions)
    .where(eq(documentVersions.id, row.case.procedureVersionId));
  const agencyUnits = await unitsForRouting(db, actor.agencyId);
  const procedureSteps: ProcedureStep[] = documentContent
    .parse(version.content)
    .steps.map((s) => withPerformer(s, agencyUnits));
  return {
    ...row,
    steps,
    scope,
    procedureSteps,
    units: agencyUnits,
    active: steps.find((s) => s.state === 'active') ?? null,
  };
}
export type LoadedCase = Awaited<ReturnType<typeof loadCase>>;

/** Loads, checks the version the client read, and the policy: 404 unseen, 409 stale, 403 not allowed. */
export async function caseForAction(
  tx: Tx,
  actor: Actor,
  caseId: string,
  version: number,
  allowed: (scope: CaseScope) => boolean,
) {
  const loaded = await loadCase(tx, actor, caseId, { lock: true });
  if (loaded.case.version !== version) {
    throw new AppError(409, 'record.stale', {
      vi: 'Công việc đã được người khác cập nhật sau khi bạn mở. Hãy tải lại trang rồi thử lại.',
      en: 'Someone else updated this case after you opened it. Reload the page and try again.',
    });
  }
  if (!allowed(loaded.scope)) throw forbidden();
  return loaded;
}

/** An active person of the agency (a step may be given to anyone in it). */
export async function personInAgency(db: Db | Tx, agencyId: string, personId: string) {
  const [row] = await db
    .select({ id: people.id, fullName: people.fullName, email: people.email, unitId: people.unitId })
    .from(people)
    .where(and(eq(people.id, personId), eq(people.agencyId, agencyId), eq(people.active, true)));
  return row ?? null;
}

/** Active people of a unit with their unit's name, for picking an assignee. */
export async function peopleOfUnit(db: Db | Tx, agencyId: string, unitId: string) {
  return db
    .select({ id: people.id, fullName: people.fullName, unitName: units.name, email: people.email })
    .from(people)
    .innerJoin(units, eq(units.id, people.unitId))
    .where(and(eq(people.agencyId, agencyId), eq(people.unitId, unitId), eq(people.active, true)))
    .orderBy(asc(people.fullName));
}

/** Active people of the agency, for handing a step to someone outside the unit. */
export async function peopleOfAgency(db: Db | Tx, agencyId: string) {
  return db
    .select({ id: people.id, fullName: people.fullName, unitName: units.name })
    .from(people)
    .innerJoin(units, eq(units.id, people.unitId))
    .where(and(eq(people.agencyId, agencyId), eq(people.active, true)))
    .orderBy(asc(units.sortOrder), asc(units.name), asc(people.fullName));
}
