import { and, eq, inArray } from 'drizzle-orm';
import type { CoverageView } from '../../../../contract/internal-audits.ts';
import type { Db } from '../../../db/connection.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { proceduresInForce } from '../../documents/index.ts';
import { agencyUnits, unitsInTreeOrder } from '../../org/index.ts';
import { loadProgramme } from '../internal-audits.repository.ts';
import { internalAuditRoundAudits } from '../round.table.ts';
import { roundsOf } from './programme.service.ts';

/**
 * QĐ 19/2014 and ISO 9.2: every unit and every procedure in scope audited at least once a
 * year. A unit is covered when a round of the programme has it (or a unit above it) in its
 * scope or schedule; a procedure in force when a round or a unit's audit names it. The gaps
 * are listed in the unit tree's order and by procedure code.
 */
export async function programmeCoverage(db: Db, actor: Actor, id: string): Promise<CoverageView> {
  const programme = await loadProgramme(db, actor, id);
  const rounds = await roundsOf(db, actor.agencyId, id);
  const audits = rounds.length
    ? await db
        .select({
          unitId: internalAuditRoundAudits.unitId,
          procedureIds: internalAuditRoundAudits.procedureIds,
        })
        .from(internalAuditRoundAudits)
        .where(
          and(
            eq(internalAuditRoundAudits.agencyId, actor.agencyId),
            inArray(
              internalAuditRoundAudits.roundId,
              rounds.map((r) => r.id),
            ),
          ),
        )
    : [];
  const coveredUnits = new Set([...rounds.flatMap((r) => r.scopeUnitIds), ...audits.map((a) => a.unitId)]);
  const coveredProcedures = new Set([
    ...rounds.flatMap((r) => r.scopeProcedureIds),
    ...audits.flatMap((a) => a.procedureIds),
  ]);
  const units = unitsInTreeOrder(await agencyUnits(db, actor.agencyId)).filter((u) => u.status === 'active');
  const pathCovered = (path: string) => path.split('/').some((id) => id && coveredUnits.has(id));
  const procedures = await proceduresInForce(db, actor.agencyId);
  return {
    year: programme.year,
    unitGaps: units.filter((u) => !pathCovered(u.path)).map((u) => ({ id: u.id, name: u.name })),
    procedureGaps: procedures
      .filter((p) => !coveredProcedures.has(p.id))
      .map((p) => ({ id: p.id, code: p.code, title: p.title })),
    unitCount: units.length,
    procedureCount: procedures.length,
  };
}
