import { and, eq, lte, ne } from 'drizzle-orm';
import type { Db } from '../../../db/connection.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { addDays, todayInVietnam } from '../../../platform/time.ts';
import { caseMeasures, returnedStepsByUnit } from '../../cases/index.ts';
import { documentFiguresByUnit, proceduresInForce } from '../../documents/index.ts';
import { openNonconformitiesByProcedure, openNonconformitiesByUnit } from '../../nonconformities/index.ts';
import { agencyUnits, unitsInTreeOrder } from '../../org/index.ts';
import { loadProgramme } from '../internal-audits.repository.ts';
import { internalAuditRoundAudits, internalAuditRounds } from '../round.table.ts';
import { riskOf } from './risk.reasons.ts';

/**
 * When each unit and each procedure was last audited: a unit's audit on or before today in a
 * round past planning (its procedures audited with it).
 */
async function lastAudited(db: Db, agencyId: string, today: string) {
  const rows = await db
    .select({
      unitId: internalAuditRoundAudits.unitId,
      procedureIds: internalAuditRoundAudits.procedureIds,
      date: internalAuditRoundAudits.auditDate,
    })
    .from(internalAuditRoundAudits)
    .innerJoin(
      internalAuditRounds,
      and(
        eq(internalAuditRounds.agencyId, internalAuditRoundAudits.agencyId),
        eq(internalAuditRounds.id, internalAuditRoundAudits.roundId),
      ),
    )
    .where(
      and(
        eq(internalAuditRoundAudits.agencyId, agencyId),
        lte(internalAuditRoundAudits.auditDate, today),
        ne(internalAuditRounds.state, 'planned'),
      ),
    );
  const units = new Map<string, string>();
  const procedures = new Map<string, string>();
  const later = (map: Map<string, string>, id: string, date: string) => {
    if ((map.get(id) ?? '') < date) map.set(id, date);
  };
  for (const r of rows) {
    if (!r.date) continue;
    later(units, r.unitId, r.date);
    for (const id of r.procedureIds) later(procedures, id, r.date);
  }
  return { units, procedures };
}

/**
 * The risk-based planning aid: each active unit, and each procedure in force, scored from the
 * other modules' public figures of the last twelve months — late and overdue steps and cases
 * started without their file (cases), returned steps (cases, by unit), open nonconformities,
 * documents overdue for review (by unit), months since the last audit — highest first, each
 * with its reasons (risk.reasons.ts).
 */
export async function programmeRisk(db: Db, actor: Actor, id: string) {
  const programme = await loadProgramme(db, actor, id);
  const today = todayInVietnam();
  const from = addDays(today, -365);
  const [measures, returned, ncsByUnit, ncsByProcedure, documents, audited, units, procedures] =
    await Promise.all([
      caseMeasures(db, actor, { from, to: today }),
      returnedStepsByUnit(db, actor.agencyId, from, today),
      openNonconformitiesByUnit(db, actor.agencyId),
      openNonconformitiesByProcedure(db, actor.agencyId),
      documentFiguresByUnit(db, actor.agencyId, today),
      lastAudited(db, actor.agencyId, today),
      agencyUnits(db, actor.agencyId),
      proceduresInForce(db, actor.agencyId),
    ]);
  const byUnit = new Map(measures.byUnit.map((m) => [m.unitId, m]));
  const byProcedure = new Map(measures.byProcedure.map((m) => [m.procedureId, m]));
  const ranked = <T>(rows: Array<T & { score: number }>) =>
    rows
      .map((row, order) => ({ row, order }))
      .sort((a, b) => b.row.score - a.row.score || a.order - b.order)
      .map(({ row }) => row);
  return {
    year: programme.year,
    items: ranked(
      unitsInTreeOrder(units)
        .filter((u) => u.status === 'active')
        .map((u) => ({
          unit: { id: u.id, name: u.name },
          ...riskOf(
            {
              cases: byUnit.get(u.id),
              returnedSteps: returned.get(u.id) ?? 0,
              openNonconformities: ncsByUnit.get(u.id) ?? 0,
              reviewsOverdue: documents.get(u.id)?.reviewsOverdue ?? 0,
              lastAudited: audited.units.get(u.id),
            },
            today,
          ),
        })),
    ),
    procedures: ranked(
      procedures.map((p) => ({
        procedure: { id: p.id, code: p.code, title: p.title },
        ...riskOf(
          {
            cases: byProcedure.get(p.id),
            openNonconformities: ncsByProcedure.get(p.id) ?? 0,
            lastAudited: audited.procedures.get(p.id),
          },
          today,
        ),
      })),
    ),
  };
}
