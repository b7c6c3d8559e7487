import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import {
  type ReportAction,
  type ReportView,
  type reportBody,
  reportStateNames,
  type reportTransitionBody,
} from '../../../../contract/internal-audits-work.ts';
import type { Db, Tx } from '../../../db/connection.ts';
import { newId } from '../../../db/ids.ts';
import { isUniqueViolation, updateVersioned } from '../../../db/versioned.ts';
import { canonicalJson, diff } from '../../../platform/audit/audit.service.ts';
import { AppError, forbidden, staleVersion } from '../../../platform/http/errors.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { verifySigner } from '../../org/index.ts';
import { findingViews } from '../findings/findings.service.ts';
import { auditEvent, roundLabel } from '../internal-audits.audit.ts';
import { namesFor } from '../internal-audits.names.ts';
import { auditPolicy } from '../internal-audits.policy.ts';
import { type Deps, loadRound, loadRoundAudit } from '../internal-audits.repository.ts';
import { approvalBlocked } from '../programme/programme.transition.ts';
import { internalAuditReports } from '../report.table.ts';
import { roundFigures } from './report.figures.ts';

export type ReportRow = typeof internalAuditReports.$inferSelect;
type Loaded = Awaited<ReturnType<typeof loadRound>>;

async function reportRow(tx: Db | Tx, agencyId: string, roundId: string, lock = false) {
  const base = tx
    .select()
    .from(internalAuditReports)
    .where(and(eq(internalAuditReports.agencyId, agencyId), eq(internalAuditReports.roundId, roundId)));
  const [row] = lock ? await base.for('update') : await base;
  return row;
}

/** The lead auditor writes the report while the round is being reported, until it is submitted. */
const editable = (l: Loaded, report: ReportRow | undefined) =>
  l.round.state === 'reporting' && (!report || ['draft', 'returned'].includes(report.state));

type Rule = {
  from: string[];
  to: string;
  may: (a: Actor, l: Loaded) => boolean;
  signs?: boolean;
  needsComment?: boolean;
};
const rules: Record<ReportAction, Rule> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', may: (a, l) => auditPolicy.runRound(a, l.facts) },
  approve: { from: ['submitted'], to: 'approved', may: (a) => auditPolicy.approve(a), signs: true },
  return: { from: ['submitted'], to: 'returned', may: (a) => auditPolicy.approve(a), needsComment: true },
};

export async function getReport(db: Db | Tx, actor: Actor, roundId: string): Promise<ReportView> {
  const loaded = await loadRound(db, actor, roundId);
  const report = await reportRow(db, actor.agencyId, roundId);
  const figures = await roundFigures(db, actor.agencyId, roundId);
  const audits = new Map<string, Awaited<ReturnType<typeof loadRoundAudit>>>();
  for (const u of figures.units) audits.set(u.roundAuditId, await loadRoundAudit(db, actor, u.roundAuditId));
  const names = await namesFor(db, actor.agencyId, {
    people: report ? [report.submittedBy, report.approvedBy].filter((x): x is string => !!x) : [],
  });
  const state = (report?.state ?? 'draft') as ReportView['state'];
  return {
    roundId,
    round: { number: loaded.round.number, title: loaded.round.title, year: loaded.programme.year },
    state,
    summary: report?.summary ?? '',
    strengths: report?.strengths ?? '',
    number: report?.number ?? null,
    counts: figures.counts,
    units: figures.units.map(({ roundAuditId: _, ...u }) => u),
    findings: await findingViews(db, actor, figures.findings, (id) => audits.get(id)),
    submittedBy: report?.submittedBy ? names.person(report.submittedBy) : null,
    submittedAt: report?.submittedAt?.toISOString() ?? null,
    approvedBy: report?.approvedBy ? names.person(report.approvedBy) : null,
    approvedAt: report?.approvedAt?.toISOString() ?? null,
    approverPosition: report?.approverPosition ?? null,
    returnComment: report?.returnComment ?? null,
    can: {
      edit: auditPolicy.runRound(actor, loaded.facts) && editable(loaded, report),
      submit: auditPolicy.runRound(actor, loaded.facts) && editable(loaded, report) && !!report,
      approve: auditPolicy.approve(actor) && state === 'submitted',
    },
    version: report?.version ?? 0,
  };
}

const notEditable = () =>
  new AppError(409, 'internal_audit.transition_forbidden', {
    vi: 'Chỉ sửa báo cáo khi đợt đánh giá đang lập báo cáo và báo cáo chưa được trình.',
    en: 'The report is edited only while the round is being reported and before it is submitted.',
  });

/** Drafts or edits the report (version 0: the first draft, created once). */
export async function saveReport(
  { db, actor, audit }: Deps,
  roundId: string,
  body: z.infer<typeof reportBody>,
) {
  try {
    await db.transaction(async (tx) => {
      const loaded = await loadRound(tx, actor, roundId, true);
      if (!auditPolicy.runRound(actor, loaded.facts)) throw forbidden();
      const report = await reportRow(tx, actor.agencyId, roundId, true);
      if (!editable(loaded, report)) throw notEditable();
      const { version, ...patch } = body;
      if ((report?.version ?? 0) !== version) throw staleVersion();
      const updated = report
        ? await updateVersioned(
            tx,
            internalAuditReports,
            { id: report.id, agencyId: actor.agencyId, version },
            patch,
          )
        : (
            await tx
              .insert(internalAuditReports)
              .values({ id: newId(), agencyId: actor.agencyId, roundId, ...patch, createdBy: actor.personId })
              .returning()
          )[0];
      await auditEvent(tx, audit, {
        agencyId: actor.agencyId,
        entityType: 'internal_audit_report',
        entityId: updated.id,
        entityLabel: `Báo cáo — ${roundLabel(loaded.programme, loaded.round)}`,
        action: report ? 'update' : 'create',
        changes: diff(report ?? null, updated),
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw staleVersion();
    throw error;
  }
}

/**
 * Submit (the lead auditor; the figures recounted and kept), approve (leadership, password
 * re-entered, never who drafted or submitted it — the programme's e-approval), return (with a
 * comment). The report's row is locked and its version checked.
 */
export async function transitionReport(
  { db, actor, audit }: Deps,
  roundId: string,
  body: z.infer<typeof reportTransitionBody>,
) {
  await db.transaction(async (tx) => {
    const loaded = await loadRound(tx, actor, roundId, true);
    const report = await reportRow(tx, actor.agencyId, roundId, true);
    const rule = rules[body.action];
    if (!rule.may(actor, loaded)) throw forbidden();
    if (!report || !rule.from.includes(report.state) || loaded.round.state !== 'reporting') {
      const state = (report?.state ?? 'draft') as keyof typeof reportStateNames;
      throw new AppError(409, 'internal_audit.transition_forbidden', {
        vi: report
          ? `Không thể thực hiện thao tác này khi báo cáo đang ở trạng thái "${reportStateNames[state].vi}".`
          : 'Chưa có dự thảo báo cáo.',
        en: report
          ? `This action is not possible while the report is "${reportStateNames[state].en}".`
          : 'There is no draft report yet.',
      });
    }
    if (body.action === 'approve') {
      const blocked = approvalBlocked(actor, report, {
        vi: 'lập hoặc trình báo cáo này',
        en: 'drafted or submitted this report',
      });
      if (blocked) throw blocked;
    }
    if (body.version !== report.version) throw staleVersion();
    const missing = [
      ...(rule.signs && !body.password ? ['password'] : []),
      ...(rule.needsComment && !body.comment ? ['comment'] : []),
    ];
    if (missing.length)
      throw new AppError(
        400,
        'validation.failed',
        { vi: 'Thiếu thông tin bắt buộc.', en: 'Required details are missing.' },
        missing.map((path) => ({
          path,
          text: { vi: 'Trường này là bắt buộc.', en: 'This field is required.' },
        })),
      );
    const now = new Date();
    let patch: Partial<ReportRow> = { state: rule.to };
    if (body.action === 'submit') {
      const figures = await roundFigures(tx, actor.agencyId, roundId);
      patch = {
        ...patch,
        submittedBy: actor.personId,
        submittedAt: now,
        returnComment: null,
        figures: {
          counts: figures.counts,
          units: figures.units.map((u) => ({ unitId: u.unit.id, counts: u.counts })),
        },
      };
    }
    if (body.action === 'approve') {
      const position = await verifySigner(tx, actor, body.password as string);
      const canonical = canonicalJson({
        roundId,
        number: report.number,
        summary: report.summary,
        strengths: report.strengths,
        figures: report.figures,
      });
      patch = {
        ...patch,
        approvedBy: actor.personId,
        approvedAt: now,
        approverPosition: position,
        approvalHash: createHash('sha256').update(canonical).digest('hex'),
      };
    }
    if (body.action === 'return') patch = { ...patch, returnComment: body.comment ?? null };
    const updated = await updateVersioned(
      tx,
      internalAuditReports,
      { id: report.id, agencyId: actor.agencyId, version: body.version },
      patch,
    );
    await auditEvent(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'internal_audit_report',
      entityId: report.id,
      entityLabel: `Báo cáo — ${roundLabel(loaded.programme, loaded.round)}`,
      action: body.action,
      changes: {
        state: { from: report.state, to: updated.state },
        ...(body.comment ? { comment: { to: body.comment } } : {}),
      },
    });
  });
}
