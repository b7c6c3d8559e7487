import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  type CreateRiskBody,
  type RiskState,
  riskCodePrefix,
  riskStateNames,
  type riskTransitionBody,
  type treatmentBody,
  type UpdateRiskBody,
} from '../../../contract/risks.ts';
import type { Tx } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { diff, recordAudit } from '../../platform/audit/audit.service.ts';
import { AppError, forbidden, invalidField } from '../../platform/http/errors.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { workingCalendarFor } from '../calendar/index.ts';
import { documentNames } from '../documents/index.ts';
import { personRows } from '../org/index.ts';
import { assertMayClose, risksPolicy } from './risks.policy.ts';
import { type Deps, loadRisk, type RiskRow, units } from './risks.repository.ts';
import { risks } from './risks.table.ts';

const people = personRows();
const todayOf = (deps: Pick<Deps, 'today'>) => deps.today ?? todayInVietnam();

/** One audit event on the risk, labelled by its code and the start of its description. */
const audited = (tx: Tx, deps: Deps, risk: RiskRow, action: string, changes: object) =>
  recordAudit(tx, deps.audit, {
    agencyId: risk.agencyId,
    entityType: 'risk',
    entityId: risk.id,
    entityLabel: `${risk.code} ${risk.description}`.slice(0, 160),
    action,
    changes: changes as never,
  });

const wrongState = (state: string) =>
  new AppError(409, 'risk.transition_forbidden', {
    vi: `Không thể thực hiện thao tác này khi rủi ro, cơ hội ở trạng thái "${riskStateNames[state as RiskState]?.vi ?? state}".`,
    en: `This action is not possible while the risk or opportunity is ${riskStateNames[state as RiskState]?.en ?? state}.`,
  });

async function unitOf(tx: Tx, agencyId: string, id: string) {
  const [unit] = await tx
    .select()
    .from(units)
    .where(and(eq(units.agencyId, agencyId), eq(units.id, id)));
  if (!unit)
    throw invalidField('unitId', { vi: 'Đơn vị không có trong cơ quan.', en: 'No such unit in the agency.' });
  return unit;
}

/** A linked procedure is one of the agency's documents (asked of the documents module). */
async function assertDocument(tx: Tx, agencyId: string, documentId: string | null | undefined) {
  if (!documentId) return;
  const names = await documentNames(tx, agencyId, [documentId]);
  if (!names[documentId])
    throw invalidField('documentId', {
      vi: 'Không có tài liệu này trong cơ quan.',
      en: 'No such document in the agency.',
    });
}

const assertNotFuture = (field: string, day: string, today: string) => {
  if (day > today)
    throw invalidField(field, { vi: 'Ngày nhận diện ở tương lai.', en: 'Identified on a future day.' });
};

/** Records a risk or opportunity, numbered next of its kind in the agency under a lock held to the commit. */
export async function createRisk(deps: Deps, body: CreateRiskBody): Promise<RiskRow> {
  const { actor } = deps;
  return deps.db.transaction(async (tx) => {
    const unit = await unitOf(tx, actor.agencyId, body.unitId);
    if (!risksPolicy.edit(actor, { agencyId: actor.agencyId, unitPath: unit.path })) throw forbidden();
    assertNotFuture('identifiedOn', body.identifiedOn, todayOf(deps));
    await assertDocument(tx, actor.agencyId, body.documentId);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`risks:${actor.agencyId}:${body.kind}`}))`);
    const [{ last }] = await tx
      .select({ last: sql<number>`coalesce(max(${risks.seq}), 0)::int` })
      .from(risks)
      .where(and(eq(risks.agencyId, actor.agencyId), eq(risks.kind, body.kind)));
    const seq = last + 1;
    const [row] = await tx
      .insert(risks)
      .values({
        id: newId(),
        agencyId: actor.agencyId,
        ...body,
        seq,
        code: `${riskCodePrefix[body.kind]}-${String(seq).padStart(3, '0')}`,
        createdBy: actor.personId,
      })
      .returning();
    await audited(tx, deps, row, 'create', diff(null, row));
    return row;
  });
}

/** Corrects the assessment (any field sent) until the risk is closed. */
export async function updateRisk(deps: Deps, id: string, body: UpdateRiskBody) {
  const { db, actor } = deps;
  await db.transaction(async (tx) => {
    const { risk, facts } = await loadRisk(tx, actor, id, true);
    if (!risksPolicy.edit(actor, facts.unit)) throw forbidden();
    if (risk.state === 'closed') throw wrongState(risk.state);
    await assertDocument(tx, actor.agencyId, body.documentId);
    const { version, ...fields } = body;
    const patch = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    const updated = await updateVersioned(tx, risks, { id, agencyId: actor.agencyId, version }, patch);
    await audited(tx, deps, risk, 'update', diff(risk, updated));
  });
}

/**
 * Plans (or, before it is done, replans) the treatment: its action, owner and due date in
 * working days of the agency's calendar. The risk is then being treated.
 */
export async function planTreatment(deps: Deps, id: string, body: z.infer<typeof treatmentBody>) {
  const { db, actor } = deps;
  await db.transaction(async (tx) => {
    const { risk, facts } = await loadRisk(tx, actor, id, true);
    if (!risksPolicy.edit(actor, facts.unit)) throw forbidden();
    if (risk.state === 'closed' || risk.treatmentDoneOn) throw wrongState(risk.state);
    const [owner] = await tx
      .select({ id: people.id })
      .from(people)
      .where(
        and(eq(people.agencyId, actor.agencyId), eq(people.id, body.ownerPersonId), eq(people.active, true)),
      );
    if (!owner)
      throw invalidField('ownerPersonId', {
        vi: 'Người phụ trách không có trong cơ quan.',
        en: 'No such person in the agency.',
      });
    const today = todayOf(deps);
    const calendar = await workingCalendarFor(
      tx,
      actor.agencyId,
      today,
      `${Number(today.slice(0, 4)) + 2}-12-31`,
    );
    const updated = await updateVersioned(
      tx,
      risks,
      { id, agencyId: actor.agencyId, version: body.version },
      {
        state: 'treating',
        treatment: body.treatment,
        treatmentOwnerId: body.ownerPersonId,
        treatmentDueOn: calendar.addWorkingDays(today, body.dueInWorkingDays),
      },
    );
    await audited(tx, deps, risk, 'plan_treatment', diff(risk, updated));
  });
}

/**
 * complete_treatment: the owner (or a keeper) says the action is done, and what was done.
 * close: the review of effectiveness, once the action is done, by a keeper or the secretariat
 * who did not record the risk.
 */
export async function transitionRisk(deps: Deps, id: string, body: z.infer<typeof riskTransitionBody>) {
  const { db, actor } = deps;
  await db.transaction(async (tx) => {
    const { risk, facts } = await loadRisk(tx, actor, id, true);
    const today = todayOf(deps);
    const closing = body.action === 'close';
    let patch: Partial<RiskRow>;
    if (!closing) {
      if (!risksPolicy.completeTreatment(actor, facts)) throw forbidden();
      if (risk.state !== 'treating' || risk.treatmentDoneOn) throw wrongState(risk.state);
      if (!body.result)
        throw invalidField('result', {
          vi: 'Cho biết kết quả thực hiện hành động xử lý.',
          en: 'Say what was done.',
        });
      patch = { treatmentDoneOn: today, treatmentResult: body.result };
    } else {
      if (!risksPolicy.close(actor, facts.unit)) throw forbidden();
      if (risk.state !== 'treating') throw wrongState(risk.state);
      if (!risk.treatmentDoneOn)
        throw invalidField(
          'action',
          {
            vi: 'Hành động xử lý chưa hoàn thành: chưa thể đánh giá hiệu quả để đóng.',
            en: 'The treatment is not done yet: its effectiveness cannot be reviewed.',
          },
          409,
          'risk.treatment_open',
        );
      assertMayClose(actor, facts);
      if (body.effective === undefined)
        throw invalidField('effective', {
          vi: 'Cho biết hành động xử lý có hiệu quả không.',
          en: 'Say whether the treatment was effective.',
        });
      patch = {
        state: 'closed',
        closedOn: today,
        closedBy: actor.personId,
        effective: body.effective,
        effectivenessNote: body.note ?? '',
      };
    }
    const updated = await updateVersioned(
      tx,
      risks,
      { id, agencyId: actor.agencyId, version: body.version },
      patch,
    );
    await audited(tx, deps, risk, closing ? 'close' : 'complete_treatment', diff(risk, updated));
  });
}
