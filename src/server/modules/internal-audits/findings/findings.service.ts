import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { FindingKind } from '../../../../contract/internal-audits.ts';
import type {
  FindingView,
  findingBody,
  respondFindingBody,
  updateFindingBody,
} from '../../../../contract/internal-audits-work.ts';
import type { Db, Tx } from '../../../db/connection.ts';
import { newId } from '../../../db/ids.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { diff } from '../../../platform/audit/audit.service.ts';
import { AppError, forbidden, invalidField, notFound, staleVersion } from '../../../platform/http/errors.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { createFromAuditFinding, nonconformityCodes } from '../../nonconformities/index.ts';
import { internalAuditFindings } from '../finding.table.ts';
import { auditEvent } from '../internal-audits.audit.ts';
import { namesFor } from '../internal-audits.names.ts';
import { auditPolicy } from '../internal-audits.policy.ts';
import { type Deps, loadRoundAudit } from '../internal-audits.repository.ts';
import { internalAuditProgrammes } from '../programme.table.ts';
import { internalAuditReports } from '../report.table.ts';
import { internalAuditSamples } from '../sample.table.ts';

type Loaded = Awaited<ReturnType<typeof loadRoundAudit>>;
export type FindingRow = typeof internalAuditFindings.$inferSelect;

/** The nonconformity grades: only these become nonconformity records and hold the round open. */
export const isNonconformity = (kind: string) => kind === 'major' || kind === 'minor';
/** Findings are recorded while the audit runs and until the report is written. */
export const recording = (l: Pick<Loaded, 'round'>) => ['in_progress', 'reporting'].includes(l.round.state);

const findingLabel = (f: { seq: number }, l: Pick<Loaded, 'unitName'>) =>
  `Phát hiện số ${f.seq} — ${l.unitName}`;

const notOpen = () =>
  new AppError(409, 'internal_audit.finding_not_open', {
    vi: 'Phát hiện đã được chuyển thành sự không phù hợp hoặc đã đóng.',
    en: 'The finding has been handed to corrective action or closed.',
  });
const notRecording = () =>
  new AppError(409, 'internal_audit.transition_forbidden', {
    vi: 'Chỉ ghi phát hiện khi đợt đánh giá đang diễn ra hoặc đang lập báo cáo.',
    en: 'Findings are recorded only while the round is running or being reported.',
  });

/** Once the report is submitted its findings are what leadership reads: no more changes. */
async function assertReportOpen(tx: Tx, agencyId: string, roundId: string) {
  const [report] = await tx
    .select({ state: internalAuditReports.state })
    .from(internalAuditReports)
    .where(and(eq(internalAuditReports.agencyId, agencyId), eq(internalAuditReports.roundId, roundId)));
  if (report && ['submitted', 'approved'].includes(report.state))
    throw new AppError(409, 'internal_audit.transition_forbidden', {
      vi: 'Báo cáo của đợt đánh giá đã được trình nên không ghi thêm hoặc sửa phát hiện.',
      en: 'The round’s report has been submitted, so findings are no longer recorded or edited.',
    });
}

/** The samples cited must be this unit audit's. */
async function assertSamples(tx: Tx, agencyId: string, roundAuditId: string, ids: string[]) {
  if (!ids.length) return;
  const rows = await tx
    .select({ id: internalAuditSamples.id })
    .from(internalAuditSamples)
    .where(
      and(
        eq(internalAuditSamples.agencyId, agencyId),
        eq(internalAuditSamples.roundAuditId, roundAuditId),
        inArray(internalAuditSamples.id, ids),
      ),
    );
  if (rows.length !== new Set(ids).size)
    throw invalidField('sampleIds', {
      vi: 'Có mẫu không thuộc cuộc đánh giá tại đơn vị này.',
      en: 'A sample is not of this unit’s audit.',
    });
}

function assertProcedure(l: Loaded, procedureDocumentId: string | null | undefined) {
  const audited = l.audit.procedureIds.length ? l.audit.procedureIds : l.round.scopeProcedureIds;
  if (procedureDocumentId && !audited.includes(procedureDocumentId))
    throw invalidField('procedureDocumentId', {
      vi: 'Quy trình này không thuộc phạm vi đánh giá tại đơn vị.',
      en: 'This procedure is not audited at this unit.',
    });
}

/** Records a finding at a unit's audit, numbered within the round (the round's row is locked). */
export async function recordFinding(
  { db, actor, audit }: Deps,
  roundAuditId: string,
  body: z.infer<typeof findingBody>,
) {
  return db.transaction(async (tx) => {
    const loaded = await loadRoundAudit(tx, actor, roundAuditId, true);
    if (!auditPolicy.auditorOf(actor, loaded.facts)) throw forbidden();
    if (!recording(loaded)) throw notRecording();
    await assertReportOpen(tx, actor.agencyId, loaded.round.id);
    assertProcedure(loaded, body.procedureDocumentId);
    await assertSamples(tx, actor.agencyId, roundAuditId, body.sampleIds);
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`internal_audit_findings:${loaded.round.id}`}))`,
    );
    const [{ last }] = await tx
      .select({ last: sql<number>`coalesce(max(${internalAuditFindings.seq}), 0)::int` })
      .from(internalAuditFindings)
      .where(
        and(
          eq(internalAuditFindings.agencyId, actor.agencyId),
          eq(internalAuditFindings.roundId, loaded.round.id),
        ),
      );
    const [row] = await tx
      .insert(internalAuditFindings)
      .values({
        id: newId(),
        agencyId: actor.agencyId,
        roundId: loaded.round.id,
        roundAuditId,
        seq: last + 1,
        unitId: loaded.audit.unitId,
        ...body,
        sampleIds: [...new Set(body.sampleIds)],
        createdBy: actor.personId,
      })
      .returning();
    await auditEvent(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'internal_audit_finding',
      entityId: row.id,
      entityLabel: findingLabel(row, loaded),
      action: 'create',
      changes: diff(null, row),
    });
    return row;
  });
}

/** A finding the actor may read (its unit audit readable), locked when asked; else 404. */
export async function loadFinding(tx: Tx | Db, actor: Actor, id: string, lock = false) {
  const base = tx
    .select()
    .from(internalAuditFindings)
    .where(and(eq(internalAuditFindings.agencyId, actor.agencyId), eq(internalAuditFindings.id, id)));
  const [finding] = lock ? await base.for('update') : await base;
  if (!finding) throw notFound('internal_audit_finding');
  const loaded = await loadRoundAudit(tx, actor, finding.roundAuditId).catch(() => {
    throw notFound('internal_audit_finding');
  });
  return { finding, ...loaded };
}

export async function updateFinding(
  { db, actor, audit }: Deps,
  id: string,
  body: z.infer<typeof updateFindingBody>,
) {
  await db.transaction(async (tx) => {
    const loaded = await loadFinding(tx, actor, id, true);
    if (!auditPolicy.auditorOf(actor, loaded.facts)) throw forbidden();
    if (!recording(loaded)) throw notRecording();
    if (loaded.finding.state !== 'open') throw notOpen();
    await assertReportOpen(tx, actor.agencyId, loaded.round.id);
    assertProcedure(loaded, body.procedureDocumentId);
    if (body.sampleIds) await assertSamples(tx, actor.agencyId, loaded.finding.roundAuditId, body.sampleIds);
    const { version, ...patch } = body;
    const updated = await updateVersioned(
      tx,
      internalAuditFindings,
      { id, agencyId: actor.agencyId, version },
      patch,
    );
    await auditEvent(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'internal_audit_finding',
      entityId: id,
      entityLabel: findingLabel(updated, loaded),
      action: 'update',
      changes: diff(loaded.finding, updated),
    });
  });
}

/** The audited unit's head or ISO officer acknowledges the finding, or disputes it with a reason. */
export async function respondToFinding(
  { db, actor, audit }: Deps,
  id: string,
  body: z.infer<typeof respondFindingBody>,
) {
  await db.transaction(async (tx) => {
    const loaded = await loadFinding(tx, actor, id, true);
    if (!auditPolicy.auditeeOf(actor, loaded.facts)) throw forbidden();
    if (loaded.finding.state !== 'open') throw notOpen();
    const reason = body.reason?.trim() ?? '';
    if (body.response === 'disputed' && !reason)
      throw invalidField('reason', {
        vi: 'Cần nêu lý do không đồng ý với phát hiện.',
        en: 'Give the reason for disputing the finding.',
      });
    const updated = await updateVersioned(
      tx,
      internalAuditFindings,
      { id, agencyId: actor.agencyId, version: body.version },
      {
        response: body.response,
        responseReason: reason || null,
        respondedBy: actor.personId,
        respondedAt: new Date(),
      },
    );
    await auditEvent(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'internal_audit_finding',
      entityId: id,
      entityLabel: findingLabel(updated, loaded),
      action: body.response === 'acknowledged' ? 'acknowledge_finding' : 'dispute_finding',
      changes: diff(loaded.finding, updated),
    });
  });
}

/**
 * "Chuyển thành sự không phù hợp": a major or minor finding becomes a nonconformity record
 * of the audited unit (source internal audit, origin this finding), linked both ways, in one
 * transaction with the finding's row locked — a second click finds it handed over.
 */
export async function handOverFinding({ db, actor, audit }: Deps, id: string, version: number) {
  return db.transaction(async (tx) => {
    const loaded = await loadFinding(tx, actor, id, true);
    const f = loaded.finding;
    if (!auditPolicy.auditorOf(actor, loaded.facts)) throw forbidden();
    if (f.state !== 'open') throw notOpen();
    if (f.version !== version) throw staleVersion();
    if (!isNonconformity(f.kind))
      throw new AppError(409, 'internal_audit.not_a_nonconformity', {
        vi: 'Chỉ điểm không phù hợp (nặng hoặc nhẹ) mới chuyển thành sự không phù hợp.',
        en: 'Only a (major or minor) nonconformity becomes a nonconformity record.',
      });
    const [programme] = await tx
      .select({ year: internalAuditProgrammes.year })
      .from(internalAuditProgrammes)
      .where(
        and(
          eq(internalAuditProgrammes.agencyId, actor.agencyId),
          eq(internalAuditProgrammes.id, loaded.round.programmeId),
        ),
      );
    const today = todayInVietnam();
    const detectedOn =
      loaded.audit.auditDate && loaded.audit.auditDate <= today ? loaded.audit.auditDate : today;
    const names = await namesFor(tx, actor.agencyId, {
      procedures: f.procedureDocumentId ? [f.procedureDocumentId] : [],
    });
    const procedure = f.procedureDocumentId ? names.procedure(f.procedureDocumentId) : null;
    const requirement = [
      f.clause ? `Điều ${f.clause} TCVN ISO 9001:2015` : null,
      procedure?.code ? `Quy trình ${procedure.code} ${procedure.title}` : null,
    ]
      .filter(Boolean)
      .join('; ');
    const ncId = await createFromAuditFinding(
      tx,
      { actor, audit },
      {
        findingId: f.id,
        roundId: loaded.round.id,
        findingLabel: `số ${f.seq}, đợt ${loaded.round.number}/${programme.year} — ${loaded.unitName}`,
        unitId: f.unitId,
        grade: f.kind as 'major' | 'minor',
        clause: f.clause,
        requirement: (requirement || 'Yêu cầu của hệ thống quản lý chất lượng').slice(0, 1000),
        title: f.description.split('\n')[0].slice(0, 300),
        description: [f.description, f.evidence ? `Bằng chứng: ${f.evidence}` : '']
          .filter(Boolean)
          .join('\n\n')
          .slice(0, 5000),
        procedureDocumentId: f.procedureDocumentId,
        detectedOn,
      },
    );
    const nc = (await nonconformityCodes(tx, actor.agencyId, [ncId])).get(ncId)!;
    const updated = await updateVersioned(
      tx,
      internalAuditFindings,
      { id, agencyId: actor.agencyId, version },
      { nonconformityId: nc.id, state: 'handed_over' },
    );
    await auditEvent(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'internal_audit_finding',
      entityId: id,
      entityLabel: findingLabel(updated, loaded),
      action: 'hand_over',
      changes: { state: { from: f.state, to: updated.state }, nonconformity: { to: nc.code } },
    });
    return nc;
  });
}

/** The lead auditor closes a finding (nothing more to do about it). */
export async function closeFinding({ db, actor, audit }: Deps, id: string, version: number) {
  await db.transaction(async (tx) => {
    const loaded = await loadFinding(tx, actor, id, true);
    if (!auditPolicy.runRound(actor, loaded.facts)) throw forbidden();
    if (loaded.finding.state !== 'open') throw notOpen();
    const updated = await updateVersioned(
      tx,
      internalAuditFindings,
      { id, agencyId: actor.agencyId, version },
      {
        state: 'closed',
      },
    );
    await auditEvent(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'internal_audit_finding',
      entityId: id,
      entityLabel: findingLabel(updated, loaded),
      action: 'close',
      changes: { state: { from: 'open', to: 'closed' } },
    });
  });
}

/** Views of findings, with what the actor may do with each (facts per unit audit). */
export async function findingViews(
  db: Db | Tx,
  actor: Actor,
  rows: FindingRow[],
  factsOf: (roundAuditId: string) => Loaded | undefined,
): Promise<FindingView[]> {
  const sampleIds = rows.flatMap((r) => r.sampleIds);
  const [names, codes, samples] = await Promise.all([
    namesFor(db, actor.agencyId, {
      units: rows.map((r) => r.unitId),
      procedures: rows.flatMap((r) => (r.procedureDocumentId ? [r.procedureDocumentId] : [])),
      people: rows.flatMap((r) => [r.createdBy, ...(r.respondedBy ? [r.respondedBy] : [])]),
    }),
    nonconformityCodes(
      db,
      actor.agencyId,
      rows.flatMap((r) => (r.nonconformityId ? [r.nonconformityId] : [])),
    ),
    sampleIds.length
      ? db
          .select()
          .from(internalAuditSamples)
          .where(
            and(
              eq(internalAuditSamples.agencyId, actor.agencyId),
              inArray(internalAuditSamples.id, sampleIds),
            ),
          )
      : [],
  ]);
  return rows.map((r) => {
    const l = factsOf(r.roundAuditId);
    const open = r.state === 'open';
    const auditor = !!l && auditPolicy.auditorOf(actor, l.facts);
    return {
      id: r.id,
      roundId: r.roundId,
      roundAuditId: r.roundAuditId,
      seq: r.seq,
      kind: r.kind as FindingKind,
      clause: r.clause,
      procedure: r.procedureDocumentId ? names.procedure(r.procedureDocumentId) : null,
      unit: names.unit(r.unitId),
      description: r.description,
      evidence: r.evidence,
      samples: samples
        .filter((s) => r.sampleIds.includes(s.id))
        .map((s) => ({
          id: s.id,
          kind: s.kind as 'case' | 'record_file',
          itemId: s.itemId,
          itemLabel: s.itemLabel,
        })),
      response: r.response as FindingView['response'],
      responseReason: r.responseReason,
      respondedBy: r.respondedBy ? names.person(r.respondedBy) : null,
      respondedAt: r.respondedAt?.toISOString() ?? null,
      nonconformity: r.nonconformityId
        ? { id: r.nonconformityId, code: codes.get(r.nonconformityId)?.code ?? '' }
        : null,
      state: r.state as FindingView['state'],
      createdBy: names.person(r.createdBy),
      can: {
        edit: auditor && open && !!l && recording(l),
        respond: !!l && open && auditPolicy.auditeeOf(actor, l.facts),
        handOver: auditor && open && isNonconformity(r.kind),
        close: !!l && open && auditPolicy.runRound(actor, l.facts),
      },
      version: r.version,
    };
  });
}

export async function findingsOfRoundAudit(db: Db, actor: Actor, roundAuditId: string) {
  const loaded = await loadRoundAudit(db, actor, roundAuditId);
  const rows = await db
    .select()
    .from(internalAuditFindings)
    .where(
      and(
        eq(internalAuditFindings.agencyId, actor.agencyId),
        eq(internalAuditFindings.roundAuditId, roundAuditId),
      ),
    )
    .orderBy(asc(internalAuditFindings.seq));
  return {
    items: await findingViews(db, actor, rows, () => loaded),
    can: { record: auditPolicy.auditorOf(actor, loaded.facts) && recording(loaded) },
  };
}

export async function getFinding(db: Db, actor: Actor, id: string) {
  const loaded = await loadFinding(db, actor, id);
  const [view] = await findingViews(db, actor, [loaded.finding], () => loaded);
  return view;
}
