import type { ProcedureStep } from '../../../../contract/documents.ts';
import { withPerformer } from '../../../../contract/performers.ts';
import type { Db, Tx } from '../../../db/connection.ts';
import { agencyUnits } from '../../org/index.ts';

/** Where an unassigned step waits: the people of a unit, narrowed to a role and/or a position. */
export type StepRoute = {
  candidateUnitId: string;
  candidateRole: string | null;
  candidatePositionId: string | null;
};

type Unit = { id: string; name: string; status: string };

/** The agency's units a performer may name (closed units too: a step of a closed unit goes to the case's unit). */
export const unitsForRouting = (db: Db | Tx, agencyId: string): Promise<Unit[]> => agencyUnits(db, agencyId);

/**
 * The candidates of a procedure step in a case of `caseUnitId`: the performer's unit (a
 * free-text performer naming a unit counts as that unit), or the case's unit when the step
 * names none or names a unit no longer active; the role and position the step asks for.
 */
export function routeStep(step: ProcedureStep, caseUnitId: string, units: readonly Unit[]): StepRoute {
  const performer = withPerformer(step, units).performer ?? {};
  const unit = performer.unitId
    ? units.find((u) => u.id === performer.unitId && u.status === 'active')
    : null;
  return {
    candidateUnitId: unit?.id ?? caseUnitId,
    candidateRole: performer.role ?? null,
    candidatePositionId: performer.positionId ?? null,
  };
}
