import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureStep } from '../../../../contract/documents.ts';
import { performerLabel } from '../../../../contract/performers.ts';
import { roleName } from '../../org/names.ts';
import { usePositions, useUnits } from '../../org/queries.ts';

/** A step's performer as one line (unit names and positions in the agency's words). */
export function usePerformerLabel() {
  const { t } = useTranslation();
  const units = useUnits('all');
  const positions = usePositions();
  const names = useMemo(() => {
    const unitNames = new Map((units.data ?? []).map((u) => [u.id, u.name]));
    const positionNames = new Map((positions.data ?? []).map((p) => [p.id, p.name]));
    return {
      unitName: (id: string) => unitNames.get(id),
      positionName: (id: string) => positionNames.get(id),
      caseUnit: t('performers.caseUnit'),
      role: roleName,
    };
  }, [units.data, positions.data, t]);
  return useCallback(
    (step: Pick<ProcedureStep, 'who' | 'performer'>) => performerLabel(step, names),
    [names],
  );
}
