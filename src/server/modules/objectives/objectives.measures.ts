/*
 * Computed indicators: each measure is read, period by period, from the function the
 * reports use — cases' caseMeasures (the case measures report) and nonconformities'
 * ncMeasures (the nonconformity measures), documents' reviewsDueInPeriod and acknowledgementsOfNewVersions, internal audits' auditProgrammeCompletion, records' filesClosedAfterWork — through those
 * modules' public surfaces.
 * Who may read an objective decides who sees its values; the measure itself is counted
 * for the whole agency (or the indicator's unit), as the agency's reader would see it.
 */
import type { ObjectiveMeasure } from '../../../contract/objectives.ts';
import type { Db } from '../../db/connection.ts';
import { agencyReader } from '../../platform/permissions/agency-reader.ts';
import { caseMeasures } from '../cases/index.ts';
import { acknowledgementsOfNewVersions, reviewsDueInPeriod } from '../documents/index.ts';
import { auditProgrammeCompletion } from '../internal-audits/index.ts';
import { ncMeasures } from '../nonconformities/index.ts';
import { filesClosedAfterWork } from '../records/index.ts';

export type MeasureParams = { unitId?: string; procedureId?: string };
export type Period = { start: string; end: string };

const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);
/** part / whole as a percentage with one decimal; null when there is nothing to count. */
const share = (part: number, whole: number) => (whole ? percent(part / whole) : null);

/** The value of a measure for one period (null: nothing to measure in it). */
export async function measureValue(
  db: Db,
  agencyId: string,
  measure: ObjectiveMeasure,
  params: MeasureParams,
  period: Period,
): Promise<number | null> {
  const actor = agencyReader(agencyId);
  if (measure === 'nc_closed_on_time_rate') {
    const m = await ncMeasures(db, actor, { from: period.start, to: period.end, unitId: params.unitId });
    return m.total.onTimeRate;
  }
  if (measure === 'documents_reviewed_on_time_rate') {
    // Periodic reviews due in the period (documents of the unit) done by their due date.
    const r = await reviewsDueInPeriod(db, agencyId, {
      from: period.start,
      to: period.end,
      unitId: params.unitId,
    });
    return share(r.onTime, r.due);
  }
  if (measure === 'audit_programme_completion_rate') {
    // Unit audits the approved programme planned in the period, done by its last day.
    const a = await auditProgrammeCompletion(db, agencyId, {
      from: period.start,
      to: period.end,
      unitId: params.unitId,
    });
    return share(a.done, a.planned);
  }
  if (measure === 'acknowledgements_rate') {
    // Acknowledgements asked for the versions in force from the period, given by its last day.
    const a = await acknowledgementsOfNewVersions(db, agencyId, {
      from: period.start,
      to: period.end,
      unitId: params.unitId,
    });
    return share(a.given, a.required);
  }
  if (measure === 'files_closed_after_work_rate') {
    // The unit's files whose work ended in the period, closed by its last day.
    const c = await filesClosedAfterWork(db, agencyId, {
      from: period.start,
      to: period.end,
      unitId: params.unitId,
    });
    return share(c.closed, c.shouldClose);
  }
  const m = await caseMeasures(db, actor, {
    from: period.start,
    to: period.end,
    unitId: params.unitId,
    procedureId: params.procedureId,
  });
  if (measure === 'case_on_time_rate') return percent(m.totals.onTimeRate);
  if (measure === 'case_file_opened_at_start_rate') return percent(m.totals.fileOpenedAtStartRate);
  if (measure === 'case_avg_working_days_per_case') return m.totals.avgWorkingDaysPerCase;
  return m.totals.avgWorkingDaysPerStep;
}
