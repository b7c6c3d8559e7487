import { createHash } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { questionBody, updateQuestionBody } from '../../../../contract/internal-audits-work.ts';
import type { Db, Tx } from '../../../db/connection.ts';
import { newId } from '../../../db/ids.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { diff } from '../../../platform/audit/audit.service.ts';
import { forbidden, notFound } from '../../../platform/http/errors.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { internalAuditQuestions } from '../checklist.table.ts';
import { auditEvent } from '../internal-audits.audit.ts';
import { auditPolicy } from '../internal-audits.policy.ts';
import type { Deps } from '../internal-audits.repository.ts';
import { defaultQuestions } from './question-bank.seed.ts';

export type QuestionRow = typeof internalAuditQuestions.$inferSelect;

/** Who reads the bank: the planners and whoever audits. */
export const readsBank = (actor: Actor) =>
  auditPolicy.readProgramme(actor) || actor.grants.some((g) => g.role === 'internal_auditor');

/**
 * The standard's clause questions an agency's bank starts with, with ids of their own per
 * agency (a name-based UUID), so a read can show them before anything is written and the
 * first write stores them under the same ids.
 */
export function defaultBank(agencyId: string): QuestionRow[] {
  const at = new Date(0);
  return defaultQuestions.map((q, i) => ({
    id: nameBasedId(`internal_audit_questions:${agencyId}:${i + 1}`),
    agencyId,
    clause: q.clause,
    question: q.question,
    position: i + 1,
    active: true,
    version: 1,
    createdAt: at,
    updatedAt: at,
  }));
}

/** A UUID (version 5 layout) from a name: the same name, the same id. */
function nameBasedId(name: string) {
  const hex = createHash('sha1').update(name).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((Number.parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const bankRows = (tx: Db | Tx, agencyId: string) =>
  tx
    .select()
    .from(internalAuditQuestions)
    .where(eq(internalAuditQuestions.agencyId, agencyId))
    .orderBy(asc(internalAuditQuestions.position), asc(internalAuditQuestions.createdAt));

/** The agency's bank as it reads: what it holds, or the standard's questions until its first change. */
async function readBank(tx: Db | Tx, agencyId: string) {
  const rows = await bankRows(tx, agencyId);
  return rows.length ? rows : defaultBank(agencyId);
}

/**
 * Stores the default bank before the first change to it (once: an advisory lock per agency,
 * and only when the agency has none). Writes only.
 */
export async function ensureQuestionBank(tx: Tx, agencyId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`internal_audit_questions:${agencyId}`}))`);
  const [any] = await tx
    .select({ id: internalAuditQuestions.id })
    .from(internalAuditQuestions)
    .where(eq(internalAuditQuestions.agencyId, agencyId))
    .limit(1);
  if (any) return;
  await tx
    .insert(internalAuditQuestions)
    .values(defaultBank(agencyId).map(({ createdAt: _c, updatedAt: _u, ...row }) => row));
}

export async function activeQuestions(tx: Db | Tx, agencyId: string) {
  return (await readBank(tx, agencyId)).filter((q) => q.active);
}

const view = (q: QuestionRow) => ({
  id: q.id,
  clause: q.clause,
  question: q.question,
  position: q.position,
  active: q.active,
  version: q.version,
});

export async function listQuestions(db: Db, actor: Actor) {
  if (!readsBank(actor)) throw forbidden();
  return { items: (await readBank(db, actor.agencyId)).map(view), canEdit: auditPolicy.plan(actor) };
}

const label = (q: { clause: string; question: string }) => `${q.clause}: ${q.question}`.slice(0, 200);

export async function createQuestion({ db, actor, audit }: Deps, body: z.infer<typeof questionBody>) {
  if (!auditPolicy.plan(actor)) throw forbidden();
  return db.transaction(async (tx) => {
    await ensureQuestionBank(tx, actor.agencyId);
    const [{ last }] = await tx
      .select({ last: sql<number>`coalesce(max(${internalAuditQuestions.position}), 0)::int` })
      .from(internalAuditQuestions)
      .where(eq(internalAuditQuestions.agencyId, actor.agencyId));
    const [row] = await tx
      .insert(internalAuditQuestions)
      .values({ id: newId(), agencyId: actor.agencyId, ...body, position: last + 1 })
      .returning();
    await auditEvent(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'internal_audit_question',
      entityId: row.id,
      entityLabel: label(row),
      action: 'create',
      changes: { clause: { to: row.clause }, question: { to: row.question } },
    });
    return view(row);
  });
}

export async function updateQuestion(
  { db, actor, audit }: Deps,
  id: string,
  body: z.infer<typeof updateQuestionBody>,
) {
  return db.transaction(async (tx) => {
    if (auditPolicy.plan(actor)) await ensureQuestionBank(tx, actor.agencyId);
    const [row] = await tx
      .select()
      .from(internalAuditQuestions)
      .where(and(eq(internalAuditQuestions.agencyId, actor.agencyId), eq(internalAuditQuestions.id, id)))
      .for('update');
    if (!row || !readsBank(actor)) throw notFound('internal_audit_question');
    if (!auditPolicy.plan(actor)) throw forbidden();
    const { version, ...patch } = body;
    const updated = await updateVersioned(
      tx,
      internalAuditQuestions,
      { id, agencyId: actor.agencyId, version },
      patch,
    );
    await auditEvent(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'internal_audit_question',
      entityId: id,
      entityLabel: label(updated),
      action: 'update',
      changes: diff(row, updated),
    });
    return view(updated);
  });
}
