import { and, eq, sql } from 'drizzle-orm';
import type { StartCaseBody, StartOptions } from '../../../../contract/cases.ts';
import { documentContent } from '../../../../contract/documents.ts';
import type { Db, Tx } from '../../../db/connection.ts';
import { newId } from '../../../db/ids.ts';
import { diff, recordAudit } from '../../../platform/audit/audit.service.ts';
import { forbidden, invalidField } from '../../../platform/http/errors.ts';
import type { Mailer } from '../../../platform/mail/mail.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { workingCalendarFor } from '../../calendar/index.ts';
import { procedureInForce as documentsProcedureInForce } from '../../documents/index.ts';
import { findUnit } from '../../org/index.ts';
import { entriesForProcedure, openFile } from '../../records/index.ts';
import { casesPolicy, mayTake } from '../cases.policy.ts';
import { type Deps, peopleOfUnit, personInAgency } from '../cases.repository.ts';
import { caseSteps, workCases } from '../cases.table.ts';
import { notifyAssignment } from '../notify/notify.ts';
import { parseRetention, plannedDueDate, stepDueDate, stepDuration } from '../steps/plan.ts';
import { routeStep, unitsForRouting } from '../steps/route.ts';

/** The procedure's version in force, with steps; else 400 on the field that named it. */
async function procedureInForce(db: Db | Tx, actor: Actor, documentId: string) {
  const row = await documentsProcedureInForce(db, actor.agencyId, documentId);
  const content = row ? documentContent.parse(row.version.content) : null;
  if (!row || !content?.steps.length) {
    throw invalidField('procedureDocumentId', {
      vi: 'Hãy chọn một quy trình đang có hiệu lực và có các bước thực hiện.',
      en: 'Choose a procedure that is in force and has steps.',
    });
  }
  return { ...row, content };
}

/** The unit the case belongs to (404 outside the agency), if the actor may start cases there. */
async function startingUnit(db: Db | Tx, actor: Actor, unitId: string | undefined) {
  const unit = await findUnit(db as Tx, actor, unitId ?? actor.unitId);
  if (!casesPolicy.start(actor, { agencyId: unit.agencyId, unitPath: unit.path })) throw forbidden();
  return unit;
}

/** What the start form needs: the procedure, the catalogue entries to choose from, the unit's people. */
export async function startOptions(
  db: Db,
  actor: Actor,
  query: { procedureDocumentId: string; unitId?: string; startDate?: string },
): Promise<StartOptions> {
  const unit = await startingUnit(db, actor, query.unitId);
  const procedure = await procedureInForce(db, actor, query.procedureDocumentId);
  const startDate = query.startDate ?? todayInVietnam();
  const entries = await entriesForProcedure(db, {
    agencyId: actor.agencyId,
    unitId: unit.id,
    year: Number(startDate.slice(0, 4)),
    documentId: procedure.document.id,
  });
  return {
    procedure: {
      documentId: procedure.document.id,
      versionId: procedure.version.id,
      code: procedure.document.code,
      title: procedure.version.title,
      issueNo: procedure.version.issueNo,
    },
    unitId: unit.id,
    startDate,
    catalogueEntries: entries.map((e) => ({
      id: e.id,
      code: e.code,
      title: e.title,
      retentionYears: e.retentionYears,
    })),
    people: (await peopleOfUnit(db, actor.agencyId, unit.id)).map(({ email: _, ...p }) => p),
    steps: procedure.content.steps.map((s) => ({
      id: s.id,
      action: s.action,
      who: s.who,
      durationDays: stepDuration(s),
    })),
  };
}

/** "2017-000001": per agency and year (as the table and the demo write them), allocated under a lock so two starts never share one. */
async function nextCaseCode(tx: Tx, agencyId: string, year: number) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`work_cases:${agencyId}:${year}`}))`);
  const [{ last }] = await tx
    .select({ last: sql<number>`coalesce(max(split_part(${workCases.code}, '-', 2)::int), 0)::int` })
    .from(workCases)
    .where(and(eq(workCases.agencyId, agencyId), sql`${workCases.code} ~ ${`^${year}-[0-9]+$`}`));
  return `${year}-${String(last + 1).padStart(6, '0')}`;
}

/**
 * Starts a case from the procedure's version in force and, in the same transaction, opens
 * its file: in the unit's catalogue entry for that procedure (one: taken; several: the
 * request names it), or ad hoc, "not in the catalogue", when the catalogue has none.
 */
export async function startCase(deps: Deps & { mailer: Mailer }, body: StartCaseBody) {
  const { db, actor, audit } = deps;
  const startDate = body.startDate ?? todayInVietnam();
  const year = Number(startDate.slice(0, 4));
  const unit = await startingUnit(db, actor, body.unitId);
  const procedure = await procedureInForce(db, actor, body.procedureDocumentId);
  const calendar = await workingCalendarFor(db, actor.agencyId, startDate, startDate, { store: true });
  const steps = procedure.content.steps;
  const first = steps[0];
  const firstDuration = stepDuration(first);
  const route = routeStep(first, unit.id, await unitsForRouting(db, actor.agencyId));

  const created = await db.transaction(async (tx) => {
    const entries = await entriesForProcedure(tx, {
      agencyId: actor.agencyId,
      unitId: unit.id,
      year,
      documentId: procedure.document.id,
    });
    const entry = body.catalogueEntryId
      ? entries.find((e) => e.id === body.catalogueEntryId)
      : entries.length === 1
        ? entries[0]
        : undefined;
    if (!entry && (body.catalogueEntryId || entries.length > 1)) {
      const choices = entries.map((e) => `${e.code} ${e.title}`).join('; ');
      throw invalidField('catalogueEntryId', {
        vi: body.catalogueEntryId
          ? `Mục trong danh mục hồ sơ không dành cho quy trình này. Chọn một trong: ${choices || '(không có)'}.`
          : `Danh mục hồ sơ của đơn vị có nhiều mục cho quy trình này; hãy chọn một: ${choices}.`,
        en: body.catalogueEntryId
          ? `That catalogue entry is not for this procedure. Choose one of: ${choices || '(none)'}.`
          : `The unit's catalogue has several entries for this procedure; choose one: ${choices}.`,
      });
    }
    const record = procedure.content.records[0];
    const file = await openFile(
      tx,
      { actor, audit },
      // Whoever starts the work keeps its file (người lập hồ sơ), not the entry's default owner.
      entry
        ? { unitId: unit.id, startDate, catalogueEntryId: entry.id, ownerPersonId: actor.personId }
        : {
            unitId: unit.id,
            startDate,
            ownerPersonId: actor.personId,
            title: record?.name ?? body.title,
            retentionYears: parseRetention(record?.retention),
            notes: `Mở khi bắt đầu công việc "${body.title}" (${procedure.document.code})`,
          },
    );
    const named = body.assigneeId ? await personInAgency(tx, actor.agencyId, body.assigneeId) : null;
    if (body.assigneeId && !named) {
      throw invalidField('assigneeId', {
        vi: 'Người được giao không thuộc cơ quan hoặc đã ngừng hoạt động.',
        en: 'The assignee is not an active person of the agency.',
      });
    }
    // Whoever starts the work does its first step without claiming it, when they may take it.
    const assignee = named ?? (mayTake(actor, route) ? { id: actor.personId } : null);
    const [row] = await tx
      .insert(workCases)
      .values({
        id: newId(),
        agencyId: actor.agencyId,
        code: await nextCaseCode(tx, actor.agencyId, year),
        title: body.title,
        unitId: unit.id,
        procedureDocumentId: procedure.document.id,
        procedureVersionId: procedure.version.id,
        fileId: file.id,
        fileOpenedAtStart: true,
        startedBy: actor.personId,
        startDate,
        dueDate: plannedDueDate(calendar, steps, startDate),
      })
      .returning();
    const [step] = await tx
      .insert(caseSteps)
      .values({
        id: newId(),
        agencyId: actor.agencyId,
        caseId: row.id,
        stepId: first.id,
        sequence: 1,
        action: first.action,
        durationDays: firstDuration,
        assigneeId: assignee?.id ?? null,
        ...(assignee ? { candidateUnitId: null, candidateRole: null, candidatePositionId: null } : route),
        startDate,
        dueDate: stepDueDate(calendar, startDate, firstDuration),
      })
      .returning();
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'work_case',
      entityId: row.id,
      entityLabel: `${row.code}: ${row.title}`,
      action: 'start',
      changes: diff(null, { ...row, firstStep: step.stepId, firstAssigneeId: step.assigneeId }),
    });
    return { row, step };
  });
  // No notice to the starter about the step they have just taken themselves.
  if (created.step.assigneeId !== actor.personId)
    await notifyAssignment(db, deps.mailer, {
      agencyId: actor.agencyId,
      caseId: created.row.id,
      stepId: created.step.id,
      caseCode: created.row.code,
      caseTitle: created.row.title,
      action: created.step.action,
      dueDate: created.step.dueDate,
      assigneeId: created.step.assigneeId,
      candidateUnitId: created.step.candidateUnitId,
      candidatePositionId: created.step.candidatePositionId,
    });
  return created.row;
}
