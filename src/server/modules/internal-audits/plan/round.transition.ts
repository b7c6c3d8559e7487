import { and, eq, ne } from 'drizzle-orm';
import type { RoundAction, RoundState } from '../../../../contract/internal-audits.ts';
import type { Tx } from '../../../db/connection.ts';
import { AppError, forbidden } from '../../../platform/http/errors.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { unitRows } from '../../org/index.ts';
import { auditEvent, roundLabel } from '../internal-audits.audit.ts';
import { auditPolicy, type RoundFacts } from '../internal-audits.policy.ts';
import { type Deps, loadRound, type ProgrammeRow, type RoundRow } from '../internal-audits.repository.ts';
import { assertRoundClosable } from '../report/closable.ts';
import { internalAuditRoundAudits } from '../round.table.ts';
import { assertIndependent } from './independence.ts';
import { assertRoundState, bumpRound } from './plan.common.ts';

type Rule = {
  from: RoundState;
  to: RoundState;
  may: (actor: Actor, facts: RoundFacts) => boolean;
  doing: { vi: string; en: string };
};

/** The round's lifecycle: the secretariat publishes the plan; the lead auditor runs the round. */
export const roundTransitions: Record<RoundAction, Rule> = {
  publish_plan: {
    from: 'planned',
    to: 'plan_published',
    may: (a) => auditPolicy.plan(a),
    doing: { vi: 'công bố kế hoạch', en: 'publish the plan' },
  },
  start: {
    from: 'plan_published',
    to: 'in_progress',
    may: auditPolicy.runRound,
    doing: { vi: 'bắt đầu đánh giá', en: 'start the audit' },
  },
  start_reporting: {
    from: 'in_progress',
    to: 'reporting',
    may: auditPolicy.runRound,
    doing: { vi: 'chuyển sang lập báo cáo', en: 'start reporting' },
  },
  close: {
    from: 'reporting',
    to: 'closed',
    may: auditPolicy.runRound,
    doing: { vi: 'kết thúc đợt đánh giá', en: 'close the round' },
  },
};

const units = unitRows();
const incomplete = (
  details: Array<{ path: string; text: { vi: string; en: string } }>,
  text: { vi: string; en: string },
) => new AppError(409, 'internal_audit.plan_incomplete', text, details);

/**
 * Publishing needs the programme approved, a lead auditor, and every unit of the scope on the
 * schedule with a date and at least one auditor; independence is checked again for each.
 */
async function assertPublishable(tx: Tx, programme: ProgrammeRow, round: RoundRow) {
  if (programme.state !== 'approved')
    throw incomplete([], {
      vi: 'Chương trình đánh giá năm chưa được lãnh đạo phê duyệt nên chưa công bố được kế hoạch.',
      en: 'The year’s programme is not approved by leadership yet, so the plan cannot be published.',
    });
  if (!round.leadAuditorId)
    throw incomplete(
      [{ path: 'leadAuditorId', text: { vi: 'Chưa chọn trưởng đoàn.', en: 'No lead auditor.' } }],
      {
        vi: 'Đợt đánh giá chưa có trưởng đoàn.',
        en: 'The round has no lead auditor.',
      },
    );
  const audits = await tx
    .select({ audit: internalAuditRoundAudits, unitName: units.name, unitPath: units.path })
    .from(internalAuditRoundAudits)
    .innerJoin(
      units,
      and(
        eq(units.agencyId, internalAuditRoundAudits.agencyId),
        eq(units.id, internalAuditRoundAudits.unitId),
      ),
    )
    .where(
      and(
        eq(internalAuditRoundAudits.agencyId, round.agencyId),
        eq(internalAuditRoundAudits.roundId, round.id),
      ),
    );
  const missing = round.scopeUnitIds.filter((id) => !audits.some((a) => a.audit.unitId === id));
  const unready = audits.filter((a) => !a.audit.auditDate || !a.audit.auditorIds.length);
  if (missing.length || unready.length) {
    const names = await tx
      .select({ id: units.id, name: units.name })
      .from(units)
      .where(eq(units.agencyId, round.agencyId));
    const nameOf = (id: string) => names.find((u) => u.id === id)?.name ?? id;
    const list = [...missing.map(nameOf), ...unready.map((a) => a.unitName)];
    throw incomplete(
      list.map((name) => ({
        path: 'audits',
        text: {
          vi: `${name}: chưa có ngày đánh giá hoặc người đánh giá.`,
          en: `${name}: no audit date or auditor yet.`,
        },
      })),
      {
        vi: `Lịch đánh giá chưa đủ: ${list.join('; ')}.`,
        en: `The schedule is incomplete: ${list.join('; ')}.`,
      },
    );
  }
  for (const a of audits) {
    await assertIndependent(tx, round.agencyId, a.audit.auditorIds, {
      unitId: a.audit.unitId,
      unitPath: a.unitPath,
      unitName: a.unitName,
      procedureIds: a.audit.procedureIds,
    });
  }
}

export async function transitionRound(
  { db, actor, audit }: Deps,
  id: string,
  body: { action: RoundAction; version: number },
) {
  await db.transaction(async (tx) => {
    const { round, programme, facts } = await loadRound(tx, actor, id, true);
    const rule = roundTransitions[body.action];
    if (!rule.may(actor, facts)) throw forbidden();
    assertRoundState(round, [rule.from], rule.doing);
    if (body.action === 'publish_plan') await assertPublishable(tx, programme, round);
    if (body.action === 'close') await assertRoundClosable(tx, round);
    const now = new Date();
    const updated = await bumpRound(tx, round, body.version, {
      state: rule.to,
      ...(body.action === 'publish_plan' ? { publishedBy: actor.personId, publishedAt: now } : {}),
      ...(body.action === 'close' ? { closedAt: now } : {}),
    });
    if (body.action === 'start') {
      await tx
        .update(internalAuditRoundAudits)
        .set({ state: 'in_progress', updatedAt: now })
        .where(
          and(
            eq(internalAuditRoundAudits.agencyId, actor.agencyId),
            eq(internalAuditRoundAudits.roundId, id),
            ne(internalAuditRoundAudits.state, 'done'),
          ),
        );
    }
    await auditEvent(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'internal_audit_round',
      entityId: id,
      entityLabel: roundLabel(programme, round),
      action: body.action,
      changes: { state: { from: round.state, to: updated.state } },
    });
  });
}
