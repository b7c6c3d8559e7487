import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  createProgrammeBody,
  ProgrammeState,
  updateProgrammeBody,
} from '../../../../contract/internal-audits.ts';
import type { Db, Tx } from '../../../db/connection.ts';
import { newId } from '../../../db/ids.ts';
import { isUniqueViolation, updateVersioned } from '../../../db/versioned.ts';
import { diff } from '../../../platform/audit/audit.service.ts';
import { AppError, forbidden, invalidField } from '../../../platform/http/errors.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { auditEvent, programmeLabel } from '../internal-audits.audit.ts';
import { auditPolicy } from '../internal-audits.policy.ts';
import { type Deps, loadProgramme, type ProgrammeRow } from '../internal-audits.repository.ts';
import { internalAuditProgrammes } from '../programme.table.ts';
import { internalAuditRounds } from '../round.table.ts';

const yearTaken = (year: number) =>
  invalidField(
    'year',
    {
      vi: `Cơ quan đã có chương trình đánh giá nội bộ năm ${year}.`,
      en: `The agency already has an internal audit programme for ${year}.`,
    },
    409,
    'internal_audit.programme_exists',
  );

/** The agency's programmes, newest year first (empty for those who may not read them). */
export async function listProgrammes(db: Db, actor: Actor) {
  const canCreate = auditPolicy.plan(actor);
  if (!auditPolicy.readProgramme(actor)) return { items: [], canCreate };
  const [rows, counts] = await Promise.all([
    db
      .select()
      .from(internalAuditProgrammes)
      .where(eq(internalAuditProgrammes.agencyId, actor.agencyId))
      .orderBy(sql`${internalAuditProgrammes.year} desc`),
    db
      .select({ programmeId: internalAuditRounds.programmeId, n: sql<number>`count(*)::int` })
      .from(internalAuditRounds)
      .where(eq(internalAuditRounds.agencyId, actor.agencyId))
      .groupBy(internalAuditRounds.programmeId),
  ]);
  const roundCount = new Map(counts.map((c) => [c.programmeId, c.n]));
  return {
    items: rows.map((p) => ({
      id: p.id,
      year: p.year,
      title: p.title,
      state: p.state as ProgrammeState,
      roundCount: roundCount.get(p.id) ?? 0,
      version: p.version,
    })),
    canCreate,
  };
}

/** The secretariat drafts the programme of a year (one per agency and year). */
export async function createProgramme({ db, actor, audit }: Deps, body: z.infer<typeof createProgrammeBody>) {
  if (!auditPolicy.plan(actor)) throw forbidden();
  try {
    return await db.transaction(async (tx) => {
      const [existing] = await tx
        .select({ id: internalAuditProgrammes.id })
        .from(internalAuditProgrammes)
        .where(
          and(
            eq(internalAuditProgrammes.agencyId, actor.agencyId),
            eq(internalAuditProgrammes.year, body.year),
          ),
        );
      if (existing) throw yearTaken(body.year);
      const [row] = await tx
        .insert(internalAuditProgrammes)
        .values({
          id: newId(),
          agencyId: actor.agencyId,
          year: body.year,
          title: body.title ?? `Chương trình đánh giá nội bộ năm ${body.year}`,
          objectives: body.objectives,
          createdBy: actor.personId,
        })
        .returning();
      await auditEvent(tx, audit, {
        agencyId: actor.agencyId,
        entityType: 'internal_audit_programme',
        entityId: row.id,
        entityLabel: programmeLabel(row),
        action: 'create',
        changes: diff(null, { year: row.year, title: row.title, objectives: row.objectives }),
      });
      return row;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw yearTaken(body.year);
    throw e;
  }
}

/** The programme and its rounds change only while it is a draft or returned. */
export function assertEditable(programme: ProgrammeRow) {
  if (programme.state !== 'draft' && programme.state !== 'returned') {
    throw new AppError(409, 'internal_audit.programme_locked', {
      vi: 'Chương trình đã trình hoặc đã được phê duyệt nên không sửa được; lãnh đạo trả lại thì mới sửa.',
      en: 'The programme has been submitted or approved, so it cannot change unless leadership returns it.',
    });
  }
}

export async function updateProgramme(
  { db, actor, audit }: Deps,
  id: string,
  body: z.infer<typeof updateProgrammeBody>,
) {
  return db.transaction(async (tx) => {
    const programme = await loadProgramme(tx, actor, id, true);
    if (!auditPolicy.plan(actor)) throw forbidden();
    assertEditable(programme);
    const patch = {
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.objectives !== undefined ? { objectives: body.objectives } : {}),
    };
    const updated = await updateVersioned(
      tx,
      internalAuditProgrammes,
      { id, agencyId: actor.agencyId, version: body.version },
      patch,
    );
    await auditEvent(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'internal_audit_programme',
      entityId: id,
      entityLabel: programmeLabel(programme),
      action: 'update',
      changes: diff(
        { title: programme.title, objectives: programme.objectives },
        { title: updated.title, objectives: updated.objectives },
      ),
    });
    return updated;
  });
}

/** The rounds of a programme, by number. */
export const roundsOf = (db: Tx, agencyId: string, programmeId: string) =>
  db
    .select()
    .from(internalAuditRounds)
    .where(and(eq(internalAuditRounds.agencyId, agencyId), eq(internalAuditRounds.programmeId, programmeId)))
    .orderBy(asc(internalAuditRounds.number));
