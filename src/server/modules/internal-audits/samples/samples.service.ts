import { randomInt } from 'node:crypto';
import { and, asc, eq, like, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { SampleList, sampleBody, seenBody } from '../../../../contract/internal-audits-work.ts';
import type { Db, Tx } from '../../../db/connection.ts';
import { newId } from '../../../db/ids.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { formatDate } from '../../../platform/format.ts';
import { AppError, forbidden, invalidField, notFound, staleVersion } from '../../../platform/http/errors.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { casesOfProcedure } from '../../cases/index.ts';
import { unitRows } from '../../org/index.ts';
import { filesOfProcedure } from '../../records/index.ts';
import { internalAuditFindings } from '../finding.table.ts';
import { auditEvent } from '../internal-audits.audit.ts';
import { namesFor } from '../internal-audits.names.ts';
import { auditPolicy } from '../internal-audits.policy.ts';
import { type Deps, loadRoundAudit } from '../internal-audits.repository.ts';
import { internalAuditProgrammes } from '../programme.table.ts';
import { internalAuditSamples } from '../sample.table.ts';

type Loaded = Awaited<ReturnType<typeof loadRoundAudit>>;
export type SampleRow = typeof internalAuditSamples.$inferSelect;
type Kind = 'case' | 'record_file';

const units = unitRows();

/** Sampling: while the plan is out or the audit runs, before this unit's audit is done. */
export const samplingOpen = ({ round, audit }: Pick<Loaded, 'round' | 'audit'>) =>
  ['plan_published', 'in_progress'].includes(round.state) && audit.state !== 'done';

const procedureIdsOf = (l: Loaded) =>
  l.audit.procedureIds.length ? l.audit.procedureIds : l.round.scopeProcedureIds;

async function programmeYear(tx: Db | Tx, l: Loaded) {
  const [p] = await tx
    .select({ year: internalAuditProgrammes.year })
    .from(internalAuditProgrammes)
    .where(
      and(
        eq(internalAuditProgrammes.agencyId, l.round.agencyId),
        eq(internalAuditProgrammes.id, l.round.programmeId),
      ),
    );
  return p.year;
}

/** The same day a year earlier (29/02 → 28/02). */
export const yearBefore = (day: string) => {
  const back = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
  return back.endsWith('-02-29') ? `${back.slice(0, 8)}28` : back;
};

/**
 * The audit period: the one given, else the 12 months up to the unit's audit date (the work
 * done since the last yearly audit, whatever the programme's year); an audit not dated yet,
 * the programme's year. from ≤ to.
 */
async function periodOf(tx: Db | Tx, l: Loaded, from?: string, to?: string) {
  const day = l.audit.auditDate;
  const year = day ? 0 : await programmeYear(tx, l);
  const period = day
    ? { from: from ?? yearBefore(day), to: to ?? day }
    : { from: from ?? `${year}-01-01`, to: to ?? `${year}-12-31` };
  if (period.from > period.to)
    throw invalidField('to', {
      vi: 'Ngày kết thúc của kỳ lấy mẫu trước ngày bắt đầu.',
      en: 'The sampling period ends before it starts.',
    });
  return period;
}

/** The audited unit and the units under it. */
async function unitIdsOf(tx: Db | Tx, l: Loaded) {
  const rows = await tx
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.agencyId, l.round.agencyId), like(units.path, `${l.facts.unit.unitPath}%`)));
  return rows.map((r) => r.id);
}

/** What can be sampled: that procedure's cases or files of the audited unit within the period. */
async function candidatesOf(
  tx: Db | Tx,
  l: Loaded,
  o: { procedureDocumentId: string; kind: Kind; from: string; to: string; ids?: string[] },
) {
  if (!procedureIdsOf(l).includes(o.procedureDocumentId))
    throw invalidField('procedureDocumentId', {
      vi: 'Quy trình này không thuộc phạm vi đánh giá tại đơn vị.',
      en: 'This procedure is not audited at this unit.',
    });
  const unitIds = await unitIdsOf(tx, l);
  const base = { procedureDocumentId: o.procedureDocumentId, unitIds, from: o.from, to: o.to };
  if (o.kind === 'case') {
    const cases = await casesOfProcedure(tx, l.round.agencyId, { ...base, ids: o.ids });
    return cases.map((c) => ({ id: c.id, label: `${c.code} — ${c.title}`, date: c.startDate }));
  }
  const cases = await casesOfProcedure(tx, l.round.agencyId, base);
  const files = await filesOfProcedure(tx, l.round.agencyId, {
    ...base,
    caseFileIds: cases.flatMap((c) => (c.fileId ? [c.fileId] : [])),
    ids: o.ids,
  });
  return files.map((f) => ({ id: f.id, label: `${f.fileCode} — ${f.title}`, date: f.startDate }));
}

export async function sampleCandidates(
  db: Db,
  actor: Actor,
  roundAuditId: string,
  q: { procedureDocumentId: string; kind: Kind; from?: string; to?: string },
) {
  const loaded = await loadRoundAudit(db, actor, roundAuditId);
  if (!auditPolicy.auditorOf(actor, loaded.facts)) throw forbidden();
  const period = await periodOf(db, loaded, q.from, q.to);
  const items = await candidatesOf(db, loaded, { ...q, ...period });
  return { ...period, items };
}

async function samplesOf(db: Db | Tx, agencyId: string, roundAuditId: string) {
  return db
    .select()
    .from(internalAuditSamples)
    .where(
      and(eq(internalAuditSamples.agencyId, agencyId), eq(internalAuditSamples.roundAuditId, roundAuditId)),
    )
    .orderBy(asc(internalAuditSamples.createdAt), asc(internalAuditSamples.itemLabel));
}

export async function listSamples(db: Db, actor: Actor, roundAuditId: string): Promise<SampleList> {
  const loaded = await loadRoundAudit(db, actor, roundAuditId);
  const rows = await samplesOf(db, actor.agencyId, roundAuditId);
  const names = await namesFor(db, actor.agencyId, {
    procedures: rows.flatMap((r) => (r.procedureDocumentId ? [r.procedureDocumentId] : [])),
    people: rows.map((r) => r.chosenByPersonId),
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      procedure: r.procedureDocumentId ? names.procedure(r.procedureDocumentId) : null,
      kind: r.kind as Kind,
      itemId: r.itemId,
      itemLabel: r.itemLabel,
      chosenBy: r.chosenBy as 'random' | 'auditor',
      chosenByPerson: names.person(r.chosenByPersonId),
      accessFrom: r.accessFrom,
      accessTo: r.accessTo,
      seen: r.seen,
      version: r.version,
    })),
    can: { sample: auditPolicy.auditorOf(actor, loaded.facts) && samplingOpen(loaded) },
  };
}

const closed = () =>
  new AppError(409, 'internal_audit.sampling_closed', {
    vi: 'Chỉ lấy mẫu sau khi công bố kế hoạch và trước khi kết thúc đánh giá tại đơn vị.',
    en: 'Samples are taken after the plan is published and before the unit’s audit is done.',
  });

/**
 * Picks a sample: `count` items at random from what the period holds (not yet sampled), or
 * exactly the items the auditor chose (each must be that procedure's, in that period). The
 * auditors read them on the audit's date (accessFrom–accessTo).
 */
export async function takeSample(
  { db, actor, audit }: Deps,
  roundAuditId: string,
  body: z.infer<typeof sampleBody>,
) {
  return db.transaction(async (tx) => {
    const loaded = await loadRoundAudit(tx, actor, roundAuditId, true);
    if (!auditPolicy.auditorOf(actor, loaded.facts)) throw forbidden();
    if (!samplingOpen(loaded)) throw closed();
    if (!loaded.audit.auditDate)
      throw new AppError(409, 'internal_audit.sampling_closed', {
        vi: 'Đơn vị chưa có ngày đánh giá nên chưa xác định được thời gian xem mẫu.',
        en: 'The unit has no audit date yet, so the sample cannot be opened on any day.',
      });
    if (body.choice === 'random' && !body.count)
      throw invalidField('count', {
        vi: 'Cần số lượng mẫu lấy ngẫu nhiên.',
        en: 'How many to draw at random.',
      });
    if (body.choice === 'auditor' && !body.itemIds?.length)
      throw invalidField('itemIds', { vi: 'Cần chọn ít nhất một mục.', en: 'Choose at least one item.' });
    const period = await periodOf(tx, loaded, body.from, body.to);
    const already = new Set(
      (await samplesOf(tx, actor.agencyId, roundAuditId))
        .filter((s) => s.kind === body.kind)
        .map((s) => s.itemId),
    );
    let chosen: Array<{ id: string; label: string }>;
    if (body.choice === 'auditor') {
      const ids = [...new Set(body.itemIds)];
      const found = await candidatesOf(tx, loaded, { ...body, ...period, ids });
      const outside = ids.filter((id) => !found.some((c) => c.id === id));
      if (outside.length)
        throw invalidField('itemIds', {
          vi: `${outside.length} mục không thuộc quy trình này của đơn vị trong kỳ ${formatDate(period.from)}–${formatDate(period.to)}.`,
          en: `${outside.length} item(s) are not this procedure's at the unit within ${period.from}–${period.to}.`,
        });
      chosen = found.filter((c) => !already.has(c.id));
    } else {
      const pool = (await candidatesOf(tx, loaded, { ...body, ...period })).filter((c) => !already.has(c.id));
      for (let i = pool.length - 1; i > 0; i--) {
        const j = randomInt(i + 1);
        [pool[i], pool[j]] = [pool[j], pool[i]];
      }
      chosen = pool.slice(0, body.count);
    }
    if (!chosen.length)
      throw new AppError(409, 'internal_audit.nothing_to_sample', {
        vi: 'Không còn mục nào của quy trình trong kỳ này để lấy mẫu.',
        en: 'Nothing of this procedure is left to sample in this period.',
      });
    const day = loaded.audit.auditDate;
    await tx.insert(internalAuditSamples).values(
      chosen.map((c) => ({
        id: newId(),
        agencyId: actor.agencyId,
        roundAuditId,
        procedureDocumentId: body.procedureDocumentId,
        kind: body.kind,
        itemId: c.id,
        itemLabel: c.label,
        chosenBy: body.choice,
        chosenByPersonId: actor.personId,
        accessFrom: day,
        accessTo: day,
      })),
    );
    await auditEvent(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'internal_audit_sample',
      entityId: roundAuditId,
      entityLabel: `Mẫu đánh giá — ${loaded.unitName}`,
      action: 'take_sample',
      changes: {
        items: { to: chosen.map((c) => c.label).join('; ') },
        period: { to: `${period.from}–${period.to}` },
      },
    });
    return chosen.length;
  });
}

async function sampleRow(tx: Tx, actor: Actor, roundAuditId: string, sampleId: string) {
  const [row] = await tx
    .select()
    .from(internalAuditSamples)
    .where(
      and(
        eq(internalAuditSamples.agencyId, actor.agencyId),
        eq(internalAuditSamples.roundAuditId, roundAuditId),
        eq(internalAuditSamples.id, sampleId),
      ),
    )
    .for('update');
  if (!row) throw notFound('internal_audit_sample');
  return row;
}

/** What the auditor saw in the sampled item. */
export async function recordSeen(
  { db, actor, audit }: Deps,
  roundAuditId: string,
  sampleId: string,
  body: z.infer<typeof seenBody>,
) {
  await db.transaction(async (tx) => {
    const loaded = await loadRoundAudit(tx, actor, roundAuditId);
    if (!auditPolicy.auditorOf(actor, loaded.facts)) throw forbidden();
    if (!samplingOpen(loaded)) throw closed();
    const row = await sampleRow(tx, actor, roundAuditId, sampleId);
    await updateVersioned(
      tx,
      internalAuditSamples,
      { id: sampleId, agencyId: actor.agencyId, version: body.version },
      {
        seen: body.seen,
      },
    );
    await auditEvent(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'internal_audit_sample',
      entityId: sampleId,
      entityLabel: row.itemLabel,
      action: 'record_seen',
      changes: { seen: { from: row.seen, to: body.seen } },
    });
  });
}

/** Takes an item out of the sample (before findings point to it). */
export async function dropSample(
  { db, actor, audit }: Deps,
  roundAuditId: string,
  sampleId: string,
  version: number,
) {
  await db.transaction(async (tx) => {
    const loaded = await loadRoundAudit(tx, actor, roundAuditId, true);
    if (!auditPolicy.auditorOf(actor, loaded.facts)) throw forbidden();
    if (!samplingOpen(loaded)) throw closed();
    const row = await sampleRow(tx, actor, roundAuditId, sampleId);
    if (row.version !== version) throw staleVersion();
    const [cited] = await tx
      .select({ seq: internalAuditFindings.seq })
      .from(internalAuditFindings)
      .where(
        and(
          eq(internalAuditFindings.agencyId, actor.agencyId),
          sql`${internalAuditFindings.sampleIds} @> ${JSON.stringify([sampleId])}::jsonb`,
        ),
      )
      .limit(1);
    if (cited)
      throw new AppError(409, 'internal_audit.sample_cited', {
        vi: `Phát hiện số ${cited.seq} dẫn chứng mẫu này nên không bỏ được.`,
        en: `Finding no. ${cited.seq} cites this sample, so it cannot be dropped.`,
      });
    await tx.delete(internalAuditSamples).where(eq(internalAuditSamples.id, sampleId));
    await auditEvent(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'internal_audit_sample',
      entityId: sampleId,
      entityLabel: row.itemLabel,
      action: 'delete',
      changes: { itemLabel: { from: row.itemLabel } },
    });
  });
}
