import { and, desc, eq, exists, gte, inArray, isNull, lt, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { CaseDetail, CaseState, CaseSummary, StepView } from '../../../contract/cases.ts';
import type { Page } from '../../../contract/common.ts';
import type { Db } from '../../db/connection.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { documentRows, versionRows } from '../documents/index.ts';
import { personRows, positionRows, unitRows } from '../org/index.ts';
import { fileItemRows, fileRows } from '../records/index.ts';
import { casesPolicy, wholeUnitReaders } from './cases.policy.ts';
import { loadCase, peopleOfAgency } from './cases.repository.ts';
import { caseSteps, workCases } from './cases.table.ts';

const recordFileItems = fileItemRows();
const recordFiles = fileRows();

const documents = documentRows();
const documentVersions = versionRows();

const people = personRows();
const units = unitRows();
const positions = positionRows();

/** Units whose whole set of cases the actor sees (casesPolicy.read: wholeUnitReaders), by path. */
function wholeUnitCondition(actor: Actor): SQL | undefined {
  const grants = actor.grants.filter((g) => wholeUnitReaders.includes(g.role));
  if (grants.some((g) => g.unitId === null)) return sql`true`;
  const paths = grants.flatMap((g) => (g.unitId ? [sql`${units.path} like ${`%/${g.unitId}/%`}`] : []));
  return paths.length ? or(...paths) : undefined;
}

/** Cases the actor takes part in: started, assigned a step, or may claim one. */
function takesPart(actor: Actor): SQL {
  return or(
    eq(workCases.startedBy, actor.personId),
    exists(
      sql`(select 1 from ${caseSteps} where ${caseSteps.caseId} = ${workCases.id} and ${caseSteps.agencyId} = ${actor.agencyId} and (${caseSteps.assigneeId} = ${actor.personId} or (${caseSteps.state} = 'active' and ${caseSteps.assigneeId} is null and ${caseSteps.candidateUnitId} = ${actor.unitId})))`,
    ),
  ) as SQL;
}

const activeStep = alias(caseSteps, 'active_step');
const activeAssignee = personRows('active_assignee');

export async function listCases(
  db: Db,
  actor: Actor,
  query: {
    page: number;
    pageSize: number;
    scope: 'mine' | 'unit';
    state?: CaseState;
    procedureDocumentId?: string;
    unitId?: string;
    subunits?: boolean;
    overdue?: boolean;
    startedFrom?: string;
    startedTo?: string;
    fileOpenedAtStart?: boolean;
    q?: string;
  },
): Promise<Page<CaseSummary>> {
  const today = todayInVietnam();
  const whole = wholeUnitCondition(actor);
  const visible = query.scope === 'mine' || !whole ? takesPart(actor) : or(whole, takesPart(actor));
  const where = and(
    eq(workCases.agencyId, actor.agencyId),
    visible,
    query.state ? eq(workCases.state, query.state) : undefined,
    query.procedureDocumentId ? eq(workCases.procedureDocumentId, query.procedureDocumentId) : undefined,
    query.unitId && query.subunits !== false ? sql`${units.path} like ${`%/${query.unitId}/%`}` : undefined,
    query.unitId && query.subunits === false ? eq(workCases.unitId, query.unitId) : undefined,
    // As the case measures count overdue steps: active steps of open cases due before today.
    query.overdue === true ? and(eq(workCases.state, 'open'), lt(activeStep.dueDate, today)) : undefined,
    query.overdue === false
      ? or(isNull(activeStep.dueDate), sql`${activeStep.dueDate} >= ${today}`)
      : undefined,
    query.startedFrom ? gte(workCases.startDate, query.startedFrom) : undefined,
    query.startedTo ? lte(workCases.startDate, query.startedTo) : undefined,
    query.fileOpenedAtStart === undefined
      ? undefined
      : and(eq(workCases.fileOpenedAtStart, query.fileOpenedAtStart), ne(workCases.state, 'cancelled')),
    query.q
      ? or(sql`${workCases.title} ilike ${`%${query.q}%`}`, sql`${workCases.code} ilike ${`%${query.q}%`}`)
      : undefined,
  );
  const base = db
    .select({
      case: workCases,
      unitName: units.name,
      procedureCode: documents.code,
      procedureTitle: documentVersions.title,
      procedureIssueNo: documentVersions.issueNo,
      activeAction: activeStep.action,
      activeDue: activeStep.dueDate,
      assigneeName: activeAssignee.fullName,
    })
    .from(workCases)
    .innerJoin(units, and(eq(units.agencyId, workCases.agencyId), eq(units.id, workCases.unitId)))
    .innerJoin(documents, eq(documents.id, workCases.procedureDocumentId))
    .innerJoin(documentVersions, eq(documentVersions.id, workCases.procedureVersionId))
    .leftJoin(
      activeStep,
      and(
        eq(activeStep.agencyId, workCases.agencyId),
        eq(activeStep.caseId, workCases.id),
        eq(activeStep.state, 'active'),
      ),
    )
    .leftJoin(
      activeAssignee,
      and(eq(activeAssignee.agencyId, activeStep.agencyId), eq(activeAssignee.id, activeStep.assigneeId)),
    );
  const rows = await base
    .where(where)
    .orderBy(desc(workCases.startDate), desc(workCases.code))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(workCases)
    .innerJoin(units, and(eq(units.agencyId, workCases.agencyId), eq(units.id, workCases.unitId)))
    .leftJoin(
      activeStep,
      and(
        eq(activeStep.agencyId, workCases.agencyId),
        eq(activeStep.caseId, workCases.id),
        eq(activeStep.state, 'active'),
      ),
    )
    .where(where);
  return {
    items: rows.map((r) => ({
      id: r.case.id,
      code: r.case.code,
      title: r.case.title,
      unitId: r.case.unitId,
      unitName: r.unitName,
      procedureDocumentId: r.case.procedureDocumentId,
      procedureCode: r.procedureCode,
      procedureTitle: r.procedureTitle,
      procedureIssueNo: r.procedureIssueNo,
      state: r.case.state as CaseState,
      startDate: r.case.startDate,
      dueDate: r.case.dueDate,
      closedDate: r.case.closedDate,
      currentStepAction: r.activeAction,
      currentAssigneeName: r.assigneeName,
      overdue: r.activeDue != null && r.activeDue < today,
      version: r.case.version,
    })),
    total: Number(n),
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getCase(db: Db, actor: Actor, caseId: string): Promise<CaseDetail> {
  const loaded = await loadCase(db, actor, caseId);
  const c = loaded.case;
  const today = todayInVietnam();
  const personIds = [
    ...new Set([c.startedBy, ...loaded.steps.flatMap((s) => [s.assigneeId, s.doneBy])].filter(Boolean)),
  ] as string[];
  const names = new Map(
    (
      await db
        .select({ id: people.id, name: people.fullName })
        .from(people)
        .where(inArray(people.id, personIds))
    ).map((p) => [p.id, p.name]),
  );
  const unitNames = new Map(
    (
      await db
        .select({ id: units.id, name: units.name })
        .from(units)
        .where(eq(units.agencyId, actor.agencyId))
    ).map((u) => [u.id, u.name]),
  );
  const positionNames = new Map(
    (
      await db
        .select({ id: positions.id, name: positions.name })
        .from(positions)
        .where(eq(positions.agencyId, actor.agencyId))
    ).map((p) => [p.id, p.name]),
  );
  const itemIds = loaded.steps.flatMap((s) => (s.outputItemId ? [s.outputItemId] : []));
  const items = new Map(
    itemIds.length
      ? (
          await db
            .select({ id: recordFileItems.id, fileName: recordFileItems.fileName })
            .from(recordFileItems)
            .where(inArray(recordFileItems.id, itemIds))
        ).map((i) => [i.id, i.fileName])
      : [],
  );
  const [procedure] = await db
    .select({ code: documents.code, title: documentVersions.title, issueNo: documentVersions.issueNo })
    .from(documentVersions)
    .innerJoin(documents, eq(documents.id, documentVersions.documentId))
    .where(eq(documentVersions.id, c.procedureVersionId));
  const [file] = c.fileId
    ? await db.select({ code: recordFiles.fileCode }).from(recordFiles).where(eq(recordFiles.id, c.fileId))
    : [];
  const steps: StepView[] = loaded.steps.map((s) => {
    const planned = loaded.procedureSteps.find((p) => p.id === s.stepId);
    return {
      id: s.id,
      stepId: s.stepId,
      sequence: s.sequence,
      action: s.action,
      durationDays: s.durationDays,
      state: s.state as StepView['state'],
      assigneeId: s.assigneeId,
      assigneeName: s.assigneeId ? (names.get(s.assigneeId) ?? null) : null,
      candidateUnitId: s.candidateUnitId,
      candidateUnitName: s.candidateUnitId ? (unitNames.get(s.candidateUnitId) ?? null) : null,
      candidateRole: (s.candidateRole as StepView['candidateRole']) ?? null,
      candidatePositionName: s.candidatePositionId
        ? (positionNames.get(s.candidatePositionId) ?? null)
        : null,
      performer: {
        unitName: planned?.performer?.unitId ? (unitNames.get(planned.performer.unitId) ?? null) : null,
        role: planned?.performer?.role ?? null,
        positionName: planned?.performer?.positionId
          ? (positionNames.get(planned.performer.positionId) ?? null)
          : null,
        note: planned?.who ?? '',
      },
      startDate: s.startDate,
      dueDate: s.dueDate,
      doneDate: s.doneDate,
      doneByName: s.doneBy ? (names.get(s.doneBy) ?? null) : null,
      decision: (s.decision as 'yes' | 'no' | null) ?? null,
      output: s.output,
      outputItemId: s.outputItemId,
      outputFileName: s.outputItemId ? (items.get(s.outputItemId) ?? null) : null,
      returnReason: s.returnReason,
      workingDays: s.workingDays,
      daysLate: s.daysLate,
      overdue: s.state === 'active' && s.dueDate < today,
      condition: planned?.condition || null,
      expectedOutput: planned?.output ?? '',
    };
  });
  const abilities = {
    claim: casesPolicy.claim(actor, loaded.scope),
    complete: casesPolicy.complete(actor, loaded.scope),
    returnStep: casesPolicy.returnStep(actor, loaded.scope),
    reassign: casesPolicy.reassign(actor, loaded.scope),
    cancel: casesPolicy.cancel(actor, loaded.scope),
  };
  const seen = new Set<string>();
  const returnTargets = loaded.steps
    .filter((s) => s.state === 'done' && !seen.has(s.stepId) && seen.add(s.stepId))
    .map((s) => ({ stepId: s.stepId, action: s.action }));
  const active = loaded.active;
  return {
    id: c.id,
    code: c.code,
    title: c.title,
    unitId: c.unitId,
    unitName: loaded.unitName,
    procedureDocumentId: c.procedureDocumentId,
    procedureVersionId: c.procedureVersionId,
    procedureCode: procedure.code,
    procedureTitle: procedure.title,
    procedureIssueNo: procedure.issueNo,
    state: c.state as CaseState,
    startDate: c.startDate,
    dueDate: c.dueDate,
    closedDate: c.closedDate,
    currentStepAction: active?.action ?? null,
    currentAssigneeName: active?.assigneeId ? (names.get(active.assigneeId) ?? null) : null,
    overdue: active != null && active.dueDate < today,
    version: c.version,
    fileId: c.fileId,
    fileCode: file?.code ?? null,
    fileOpenedAtStart: c.fileOpenedAtStart,
    startedByName: names.get(c.startedBy) ?? '',
    steps,
    abilities,
    returnTargets,
    assignable: abilities.reassign || abilities.complete ? await peopleOfAgency(db, actor.agencyId) : [],
  };
}
