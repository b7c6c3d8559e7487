import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  type ProgrammeAction,
  type ProgrammeState,
  programmeStateNames,
  type programmeTransitionBody,
} from '../../../../contract/internal-audits.ts';
import type { Tx } from '../../../db/connection.ts';
import { newId } from '../../../db/ids.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { canonicalJson, diff } from '../../../platform/audit/audit.service.ts';
import { AppError, forbidden, staleVersion } from '../../../platform/http/errors.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { dutyConflict, dutyError } from '../../../platform/permissions/duties.ts';
import { verifySigner } from '../../org/index.ts';
import { auditEvent, programmeLabel } from '../internal-audits.audit.ts';
import { auditPolicy } from '../internal-audits.policy.ts';
import { type Deps, loadProgramme, type ProgrammeRow } from '../internal-audits.repository.ts';
import { internalAuditProgrammeEvents, internalAuditProgrammes } from '../programme.table.ts';
import { notifyProgrammeSubmitted } from './programme.notify.ts';
import { roundsOf } from './programme.service.ts';

type Rule = {
  from: ProgrammeState[];
  to: ProgrammeState;
  may: (a: Actor) => boolean;
  signs?: boolean;
  needsComment?: boolean;
};

/** The programme's lifecycle; anything else is 409 internal_audit.transition_forbidden. */
export const programmeTransitions: Record<ProgrammeAction, Rule> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', may: auditPolicy.plan },
  approve: { from: ['submitted'], to: 'approved', may: auditPolicy.approve, signs: true },
  return: { from: ['submitted', 'approved'], to: 'returned', may: auditPolicy.approve, needsComment: true },
};

/**
 * Segregation of duties (the rule documents and catalogues apply): who drafted or submitted
 * it does not approve it. Shared by the programme and the round's report (`author` names it).
 */
export function approvalBlocked(
  actor: Actor,
  record: { createdBy: string; submittedBy: string | null },
  author: { vi: string; en: string } = {
    vi: 'lập hoặc trình chương trình này',
    en: 'drafted or submitted this programme',
  },
) {
  const facts = { authorIds: [record.createdBy, record.submittedBy], signatures: [] };
  const conflict = dutyConflict(actor.personId, 'approve', facts);
  if (!conflict) return null;
  return dutyError('internal_audit', conflict, {
    personId: actor.personId,
    meaning: 'approve',
    facts,
    names: { approve: { vi: 'phê duyệt', en: 'approval' } },
    author,
  });
}

/** SHA-256 of the programme and its rounds as approved: the approval is over exactly this. */
async function programmeHash(tx: Tx, programme: ProgrammeRow) {
  const rounds = await roundsOf(tx, programme.agencyId, programme.id);
  const canonical = canonicalJson({
    year: programme.year,
    title: programme.title,
    objectives: programme.objectives,
    rounds: rounds.map((r) => ({
      number: r.number,
      title: r.title,
      plannedMonth: r.plannedMonth,
      scopeUnitIds: r.scopeUnitIds,
      scopeProcedureIds: r.scopeProcedureIds,
      scopeClauses: r.scopeClauses,
      criteria: r.criteria,
    })),
  });
  return createHash('sha256').update(canonical).digest('hex');
}

const required = (fields: string[]) =>
  new AppError(
    400,
    'validation.failed',
    { vi: 'Thiếu thông tin bắt buộc.', en: 'Required details are missing.' },
    fields.map((path) => ({ path, text: { vi: 'Trường này là bắt buộc.', en: 'This field is required.' } })),
  );

/**
 * Draft (or returned) → submitted by the secretariat → approved by leadership, password
 * re-entered (phê duyệt điện tử, the shared verifySigner), never by who drafted or submitted
 * it; leadership returns a submitted or approved programme with a comment. The row is locked
 * for the transaction and its version checked in the update.
 */
export async function transitionProgramme(
  { db, actor, audit }: Deps,
  id: string,
  body: z.infer<typeof programmeTransitionBody>,
) {
  await db.transaction(async (tx) => {
    const programme = await loadProgramme(tx, actor, id, true);
    const rule = programmeTransitions[body.action];
    if (!rule.may(actor)) throw forbidden();
    if (body.action === 'approve') {
      const blocked = approvalBlocked(actor, programme);
      if (blocked) throw blocked;
    }
    const state = programme.state as ProgrammeState;
    if (!rule.from.includes(state)) {
      throw new AppError(409, 'internal_audit.transition_forbidden', {
        vi: `Không thể thực hiện thao tác này khi chương trình đang ở trạng thái "${programmeStateNames[state].vi}".`,
        en: `This action is not possible while the programme is "${programmeStateNames[state].en}".`,
      });
    }
    if (body.version !== programme.version) throw staleVersion();
    const missing = [
      ...(rule.signs && !body.password ? ['password'] : []),
      ...(rule.needsComment && !body.comment ? ['comment'] : []),
    ];
    if (missing.length) throw required(missing);
    if (body.action === 'submit' && !(await roundsOf(tx, actor.agencyId, id)).length) {
      throw new AppError(409, 'internal_audit.no_rounds', {
        vi: 'Chương trình chưa có đợt đánh giá nào; hãy thêm ít nhất một đợt trước khi trình.',
        en: 'The programme has no audit round yet; add at least one before submitting it.',
      });
    }
    const now = new Date();
    let patch: Partial<ProgrammeRow> = { state: rule.to };
    if (body.action === 'submit')
      patch = { ...patch, submittedBy: actor.personId, submittedAt: now, returnComment: null };
    if (body.action === 'approve') {
      const position = await verifySigner(tx, actor, body.password as string);
      patch = {
        ...patch,
        approvedBy: actor.personId,
        approvedAt: now,
        approverPosition: position,
        approvalHash: await programmeHash(tx, programme),
      };
    }
    if (body.action === 'return') {
      patch = {
        ...patch,
        approvedBy: null,
        approvedAt: null,
        approverPosition: null,
        approvalHash: null,
        returnComment: body.comment ?? null,
      };
    }
    const updated = await updateVersioned(
      tx,
      internalAuditProgrammes,
      { id, agencyId: actor.agencyId, version: body.version },
      patch,
    );
    await tx.insert(internalAuditProgrammeEvents).values({
      id: newId(),
      agencyId: actor.agencyId,
      programmeId: id,
      action: body.action,
      fromState: state,
      toState: rule.to,
      actorId: actor.personId,
      actorName: actor.fullName,
      comment: body.comment ?? null,
    });
    if (body.action === 'submit')
      await notifyProgrammeSubmitted(tx, {
        id,
        agencyId: actor.agencyId,
        year: programme.year,
        version: updated.version,
        createdBy: programme.createdBy,
        submittedBy: actor.personId,
      });
    await auditEvent(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'internal_audit_programme',
      entityId: id,
      entityLabel: programmeLabel(programme),
      action: body.action,
      changes: { ...diff(programme, updated), ...(body.comment ? { comment: { to: body.comment } } : {}) },
    });
  });
}
