import type { QmsByUnit } from '../../../contract/home.ts';
import { paths } from '../../app/paths.ts';

export type QmsKey =
  | 'onTimeRate'
  | 'overdueSteps'
  | 'awaitingApproval'
  | 'reviewsOverdue'
  | 'notOpenedAtStart';

/**
 * The list behind each figure, filtered in its URL to exactly the rows the figure counts:
 * a unit's row counts that unit alone (subunits=false), the totals every unit shown.
 */
export function qmsLink(
  key: QmsKey,
  qms: Pick<QmsByUnit, 'from' | 'to' | 'overdueList'>,
  unitId?: string,
): string {
  const q = (params: Record<string, string | undefined>) =>
    `?${new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1]))).toString()}`;
  const unit = unitId ? { unitId, subunits: 'false' } : {};
  switch (key) {
    case 'onTimeRate':
      return `${paths.caseMeasures}${q({ from: qms.from, to: qms.to, unitId })}`;
    case 'notOpenedAtStart':
      // Cases started in the period whose file was not opened the day the work started.
      return qms.overdueList === 'cases'
        ? `${paths.cases}${q({ fileOpenedAtStart: 'false', startedFrom: qms.from, startedTo: qms.to, ...unit })}`
        : `${paths.caseMeasures}${q({ from: qms.from, to: qms.to, unitId })}`;
    case 'overdueSteps':
      return qms.overdueList === 'cases'
        ? `${paths.cases}${q({ overdue: 'true', ...unit })}`
        : `${paths.caseMeasures}${q({ from: qms.from, to: qms.to, unitId })}`;
    case 'awaitingApproval':
      return `${paths.documents}${q({ pendingState: 'submitted', ownerUnitId: unitId })}`;
    case 'reviewsOverdue':
      return `${paths.documents}${q({ reviewOverdue: 'true', ownerUnitId: unitId })}`;
  }
}
