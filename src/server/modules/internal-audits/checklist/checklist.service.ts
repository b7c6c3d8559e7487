import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  answerChecklistItemBody,
  ChecklistView,
  checklistGenerateBody,
  checklistItemBody,
  reorderChecklistBody,
  updateChecklistItemBody,
} from '../../../../contract/internal-audits-work.ts';
import type { Db, Tx } from '../../../db/connection.ts';
import { newId } from '../../../db/ids.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { diff } from '../../../platform/audit/audit.service.ts';
import { AppError, forbidden, invalidField, notFound, staleVersion } from '../../../platform/http/errors.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { procedureInForce } from '../../documents/index.ts';
import { internalAuditChecklistItems } from '../checklist.table.ts';
import { auditEvent } from '../internal-audits.audit.ts';
import { namesFor } from '../internal-audits.names.ts';
import { auditPolicy } from '../internal-audits.policy.ts';
import { type Deps, loadRoundAudit } from '../internal-audits.repository.ts';
import { itemsFromClauses, itemsFromProcedure } from './checklist.generate.ts';
import { activeQuestions } from './questions.service.ts';

type Loaded = Awaited<ReturnType<typeof loadRoundAudit>>;
export type ChecklistRow = typeof internalAuditChecklistItems.$inferSelect;

/** Before the audit: the plan is not yet running at this unit. */
export const checklistEditable = ({ round, audit }: Pick<Loaded, 'round' | 'audit'>) =>
  ['planned', 'plan_published'].includes(round.state) && audit.state === 'planned';
/** During it: the round is running and this unit's audit is not done. */
export const checklistAnswerable = ({ round, audit }: Pick<Loaded, 'round' | 'audit'>) =>
  round.state === 'in_progress' && audit.state !== 'done';

const locked = (doing: 'edit' | 'answer') =>
  new AppError(
    409,
    'internal_audit.checklist_locked',
    doing === 'edit'
      ? {
          vi: 'Danh mục kiểm tra chỉ được sửa trước khi đánh giá tại đơn vị bắt đầu.',
          en: 'The checklist can be edited only before the audit at the unit starts.',
        }
      : {
          vi: 'Danh mục kiểm tra chỉ được trả lời trong thời gian đánh giá.',
          en: 'The checklist is answered only while the audit is running.',
        },
  );

/** The round audit, locked, for one of its auditors, in the phase the change needs. */
async function forAuditor(tx: Tx, actor: Actor, roundAuditId: string, doing: 'edit' | 'answer') {
  const loaded = await loadRoundAudit(tx, actor, roundAuditId, true);
  if (!auditPolicy.auditorOf(actor, loaded.facts)) throw forbidden();
  if (doing === 'edit' ? !checklistEditable(loaded) : !checklistAnswerable(loaded)) throw locked(doing);
  return loaded;
}

/** The procedures audited at the unit: its own list, else the round's scope. */
export const audited = (l: Pick<Loaded, 'audit' | 'round'>) =>
  l.audit.procedureIds.length ? l.audit.procedureIds : l.round.scopeProcedureIds;

const auditLabel = (l: Loaded) => `Danh mục kiểm tra — ${l.unitName}`;

async function itemsOf(tx: Tx | Db, agencyId: string, roundAuditId: string) {
  return tx
    .select()
    .from(internalAuditChecklistItems)
    .where(
      and(
        eq(internalAuditChecklistItems.agencyId, agencyId),
        eq(internalAuditChecklistItems.roundAuditId, roundAuditId),
      ),
    )
    .orderBy(asc(internalAuditChecklistItems.position), asc(internalAuditChecklistItems.createdAt));
}

export async function getChecklist(db: Db | Tx, actor: Actor, roundAuditId: string): Promise<ChecklistView> {
  const loaded = await loadRoundAudit(db, actor, roundAuditId);
  const rows = await itemsOf(db, actor.agencyId, roundAuditId);
  const names = await namesFor(db, actor.agencyId, {
    procedures: [
      ...rows.flatMap((r) => (r.procedureDocumentId ? [r.procedureDocumentId] : [])),
      ...audited(loaded),
    ],
    people: rows.flatMap((r) => (r.answeredBy ? [r.answeredBy] : [])),
  });
  const auditor = auditPolicy.auditorOf(actor, loaded.facts);
  return {
    roundAuditId,
    audit: {
      unit: { id: loaded.audit.unitId, name: loaded.unitName },
      auditDate: loaded.audit.auditDate,
      state: loaded.audit.state,
      round: {
        id: loaded.round.id,
        number: loaded.round.number,
        title: loaded.round.title,
        state: loaded.round.state,
      },
      procedures: audited(loaded).map(names.procedure),
    },
    items: rows.map((r) => ({
      id: r.id,
      procedure: r.procedureDocumentId ? names.procedure(r.procedureDocumentId) : null,
      source: r.source as ChecklistView['items'][number]['source'],
      sourceRef: r.sourceRef,
      clause: r.clause,
      question: r.question,
      answer: r.answer as ChecklistView['items'][number]['answer'],
      note: r.note,
      position: r.position,
      answeredBy: r.answeredBy ? names.person(r.answeredBy) : null,
      answeredAt: r.answeredAt?.toISOString() ?? null,
      version: r.version,
    })),
    can: { edit: auditor && checklistEditable(loaded), answer: auditor && checklistAnswerable(loaded) },
  };
}

/**
 * Generates the checklist of a unit's audit: for each audited procedure, from its version
 * in force, one item per step and per record to keep; then the clauses in scope with the
 * agency's questions. A checklist already there is replaced only on request and only when
 * nothing of it is answered (the hand-written items stay).
 */
export async function generateChecklist(
  { db, actor, audit }: Deps,
  roundAuditId: string,
  body: z.infer<typeof checklistGenerateBody>,
) {
  await db.transaction(async (tx) => {
    const loaded = await forAuditor(tx, actor, roundAuditId, 'edit');
    const existing = await itemsOf(tx, actor.agencyId, roundAuditId);
    if (existing.length && !body.replace)
      throw new AppError(409, 'internal_audit.checklist_exists', {
        vi: 'Đơn vị này đã có danh mục kiểm tra. Chọn "Tạo lại" để thay các câu hỏi được tạo tự động.',
        en: 'This unit already has a checklist. Choose "Generate again" to replace the generated items.',
      });
    if (existing.some((i) => i.answer != null))
      throw new AppError(409, 'internal_audit.checklist_answered', {
        vi: 'Danh mục kiểm tra đã có câu trả lời nên không tạo lại được.',
        en: 'The checklist has answers, so it cannot be generated again.',
      });
    const procedureIds = loaded.audit.procedureIds.length
      ? loaded.audit.procedureIds
      : loaded.round.scopeProcedureIds;
    const scope = loaded.audit.clauses.length ? loaded.audit.clauses : loaded.round.scopeClauses;
    const procedures = [];
    for (const id of procedureIds) {
      const found = await procedureInForce(tx, actor.agencyId, id);
      if (found) procedures.push(found);
    }
    const names = await namesFor(tx, actor.agencyId, {
      units: procedures.flatMap((p) =>
        ((p.version.content as { steps?: Array<{ performer?: { unitId?: string } }> }).steps ?? []).flatMap(
          (s) => (s.performer?.unitId ? [s.performer.unitId] : []),
        ),
      ),
    });
    const generated = [
      ...procedures.flatMap((p) =>
        itemsFromProcedure(p.document, p.version.content, (id) => names.unit(id).name),
      ),
      ...itemsFromClauses(scope, await activeQuestions(tx, actor.agencyId)),
    ];
    const kept = existing.filter((i) => i.source === 'manual');
    if (existing.length) {
      await tx
        .delete(internalAuditChecklistItems)
        .where(
          and(
            eq(internalAuditChecklistItems.agencyId, actor.agencyId),
            eq(internalAuditChecklistItems.roundAuditId, roundAuditId),
            sql`${internalAuditChecklistItems.source} <> 'manual'`,
          ),
        );
    }
    if (generated.length)
      await tx.insert(internalAuditChecklistItems).values(
        generated.map((g, i) => ({
          id: newId(),
          agencyId: actor.agencyId,
          roundAuditId,
          ...g,
          position: i + 1,
        })),
      );
    for (const [i, item] of kept.entries())
      await tx
        .update(internalAuditChecklistItems)
        .set({ position: generated.length + i + 1 })
        .where(eq(internalAuditChecklistItems.id, item.id));
    await auditEvent(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'internal_audit_checklist',
      entityId: roundAuditId,
      entityLabel: auditLabel(loaded),
      action: 'generate_checklist',
      changes: { items: { from: existing.length, to: generated.length + kept.length } },
    });
  });
}

export async function addChecklistItem(
  { db, actor, audit }: Deps,
  roundAuditId: string,
  body: z.infer<typeof checklistItemBody>,
) {
  await db.transaction(async (tx) => {
    const loaded = await forAuditor(tx, actor, roundAuditId, 'edit');
    const audited = loaded.audit.procedureIds.length
      ? loaded.audit.procedureIds
      : loaded.round.scopeProcedureIds;
    if (body.procedureDocumentId && !audited.includes(body.procedureDocumentId))
      throw invalidField('procedureDocumentId', {
        vi: 'Quy trình này không thuộc phạm vi đánh giá tại đơn vị.',
        en: 'This procedure is not audited at this unit.',
      });
    const [{ last }] = await tx
      .select({ last: sql<number>`coalesce(max(${internalAuditChecklistItems.position}), 0)::int` })
      .from(internalAuditChecklistItems)
      .where(
        and(
          eq(internalAuditChecklistItems.agencyId, actor.agencyId),
          eq(internalAuditChecklistItems.roundAuditId, roundAuditId),
        ),
      );
    const [row] = await tx
      .insert(internalAuditChecklistItems)
      .values({
        id: newId(),
        agencyId: actor.agencyId,
        roundAuditId,
        source: 'manual',
        ...body,
        position: last + 1,
      })
      .returning();
    await auditEvent(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'internal_audit_checklist',
      entityId: roundAuditId,
      entityLabel: auditLabel(loaded),
      action: 'add_item',
      changes: { question: { to: row.question }, clause: { to: row.clause } },
    });
  });
}

async function itemOf(tx: Tx, actor: Actor, roundAuditId: string, itemId: string) {
  const [row] = await tx
    .select()
    .from(internalAuditChecklistItems)
    .where(
      and(
        eq(internalAuditChecklistItems.agencyId, actor.agencyId),
        eq(internalAuditChecklistItems.roundAuditId, roundAuditId),
        eq(internalAuditChecklistItems.id, itemId),
      ),
    )
    .for('update');
  if (!row) throw notFound('internal_audit_checklist_item');
  return row;
}

export async function updateChecklistItem(
  { db, actor, audit }: Deps,
  roundAuditId: string,
  itemId: string,
  body: z.infer<typeof updateChecklistItemBody>,
) {
  await db.transaction(async (tx) => {
    const loaded = await forAuditor(tx, actor, roundAuditId, 'edit');
    const row = await itemOf(tx, actor, roundAuditId, itemId);
    const { version, ...patch } = body;
    const updated = await updateVersioned(
      tx,
      internalAuditChecklistItems,
      { id: itemId, agencyId: actor.agencyId, version },
      patch,
    );
    await auditEvent(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'internal_audit_checklist',
      entityId: roundAuditId,
      entityLabel: auditLabel(loaded),
      action: 'update_item',
      changes: diff(row, updated),
    });
  });
}

export async function answerChecklistItem(
  { db, actor, audit }: Deps,
  roundAuditId: string,
  itemId: string,
  body: z.infer<typeof answerChecklistItemBody>,
) {
  await db.transaction(async (tx) => {
    const loaded = await forAuditor(tx, actor, roundAuditId, 'answer');
    const row = await itemOf(tx, actor, roundAuditId, itemId);
    const updated = await updateVersioned(
      tx,
      internalAuditChecklistItems,
      { id: itemId, agencyId: actor.agencyId, version: body.version },
      {
        answer: body.answer,
        note: body.note,
        answeredBy: body.answer ? actor.personId : null,
        answeredAt: body.answer ? new Date() : null,
      },
    );
    await auditEvent(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'internal_audit_checklist',
      entityId: roundAuditId,
      entityLabel: auditLabel(loaded),
      action: 'answer_item',
      changes: {
        question: { to: row.question },
        ...diff({ answer: row.answer, note: row.note }, { answer: updated.answer, note: updated.note }),
      },
    });
  });
}

export async function removeChecklistItem(
  { db, actor, audit }: Deps,
  roundAuditId: string,
  itemId: string,
  version: number,
) {
  await db.transaction(async (tx) => {
    const loaded = await forAuditor(tx, actor, roundAuditId, 'edit');
    const row = await itemOf(tx, actor, roundAuditId, itemId);
    if (row.version !== version) throw staleVersion();
    await tx.delete(internalAuditChecklistItems).where(eq(internalAuditChecklistItems.id, itemId));
    await auditEvent(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'internal_audit_checklist',
      entityId: roundAuditId,
      entityLabel: auditLabel(loaded),
      action: 'remove_item',
      changes: { question: { from: row.question } },
    });
  });
}

/** The new order, given as every item's id once. */
export async function reorderChecklist(
  { db, actor, audit }: Deps,
  roundAuditId: string,
  body: z.infer<typeof reorderChecklistBody>,
) {
  await db.transaction(async (tx) => {
    const loaded = await forAuditor(tx, actor, roundAuditId, 'edit');
    const rows = await itemsOf(tx, actor.agencyId, roundAuditId);
    const same =
      new Set(body.ids).size === body.ids.length &&
      body.ids.length === rows.length &&
      rows.every((r) => body.ids.includes(r.id));
    if (!same)
      throw invalidField('ids', {
        vi: 'Danh sách phải gồm đúng mọi câu hỏi của danh mục, mỗi câu một lần.',
        en: 'The list must hold every item of the checklist exactly once.',
      });
    for (const [i, id] of body.ids.entries())
      await tx
        .update(internalAuditChecklistItems)
        .set({ position: i + 1, updatedAt: new Date() })
        .where(
          and(
            eq(internalAuditChecklistItems.agencyId, actor.agencyId),
            eq(internalAuditChecklistItems.id, id),
          ),
        );
    await auditEvent(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'internal_audit_checklist',
      entityId: roundAuditId,
      entityLabel: auditLabel(loaded),
      action: 'reorder_checklist',
      changes: {},
    });
  });
}

/** Unanswered items per unit audit (for "Đánh giá của tôi" and the report). */
export async function checklistCounts(db: Db | Tx, agencyId: string, roundAuditIds: string[]) {
  if (!roundAuditIds.length) return new Map<string, { items: number; answered: number }>();
  const rows = await db
    .select({
      roundAuditId: internalAuditChecklistItems.roundAuditId,
      items: sql<number>`count(*)::int`,
      answered: sql<number>`count(${internalAuditChecklistItems.answer})::int`,
    })
    .from(internalAuditChecklistItems)
    .where(
      and(
        eq(internalAuditChecklistItems.agencyId, agencyId),
        inArray(internalAuditChecklistItems.roundAuditId, roundAuditIds),
      ),
    )
    .groupBy(internalAuditChecklistItems.roundAuditId);
  return new Map(rows.map((r) => [r.roundAuditId, { items: r.items, answered: r.answered }]));
}
