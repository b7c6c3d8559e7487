import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import type { Fixture } from '../../testing/fixture.ts';
import { internalAuditProgrammes } from './programme.table.ts';
import { internalAuditRoundAudits, internalAuditRounds, internalAuditTeamMembers } from './round.table.ts';

let year = 2300;

/**
 * An approved programme with one round whose lead auditor is X1's internal auditor, auditing
 * Vụ Hai (X2) — so the auditor is independent of it — with the procedures given. Written
 * directly: the planning half's own tests walk the API.
 */
export async function seedAudit(
  db: Db,
  f: Fixture,
  o: {
    procedureIds?: string[];
    clauses?: string[];
    roundState?: string;
    auditState?: string;
    auditDate?: string;
    programmeYear?: number;
    unitId?: string;
  } = {},
) {
  const agencyId = f.agencyX;
  const auditor = f.roleHolders.internal_auditor;
  const programmeYear = o.programmeYear ?? ++year;
  const [existing] = await db
    .select({ id: internalAuditProgrammes.id })
    .from(internalAuditProgrammes)
    .where(
      and(eq(internalAuditProgrammes.agencyId, agencyId), eq(internalAuditProgrammes.year, programmeYear)),
    );
  const programmeId = existing?.id ?? newId();
  if (!existing)
    await db.insert(internalAuditProgrammes).values({
      id: programmeId,
      agencyId,
      year: programmeYear,
      title: 'Chương trình đánh giá nội bộ',
      state: 'approved',
      createdBy: f.xSecretariat,
    });
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(internalAuditRounds)
    .where(eq(internalAuditRounds.programmeId, programmeId));
  const roundId = newId();
  await db.insert(internalAuditRounds).values({
    id: roundId,
    agencyId,
    programmeId,
    number: n + 1,
    title: `Đợt ${n + 1}`,
    plannedMonth: 11,
    scopeUnitIds: [o.unitId ?? f.units.x2.id],
    scopeProcedureIds: o.procedureIds ?? [],
    scopeClauses: o.clauses ?? [],
    state: o.roundState ?? 'plan_published',
    leadAuditorId: auditor,
    createdBy: f.xSecretariat,
  });
  await db
    .insert(internalAuditTeamMembers)
    .values({ id: newId(), agencyId, roundId, personId: auditor, role: 'lead' });
  const auditId = newId();
  await db.insert(internalAuditRoundAudits).values({
    id: auditId,
    agencyId,
    roundId,
    unitId: o.unitId ?? f.units.x2.id,
    auditDate: o.auditDate ?? '2018-11-07',
    procedureIds: o.procedureIds ?? [],
    clauses: o.clauses ?? [],
    auditorIds: [auditor],
    state: o.auditState ?? 'planned',
  });
  return { programmeId, roundId, auditId };
}

/** Moves the round (and its unit audits) to a state, as the lead auditor's transitions would. */
export async function setRoundState(
  db: Db,
  ids: { roundId: string; auditId: string },
  round: string,
  audit: string,
) {
  await db.update(internalAuditRounds).set({ state: round }).where(eq(internalAuditRounds.id, ids.roundId));
  await db
    .update(internalAuditRoundAudits)
    .set({ state: audit })
    .where(eq(internalAuditRoundAudits.id, ids.auditId));
}
