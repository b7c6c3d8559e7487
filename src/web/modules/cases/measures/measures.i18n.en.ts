import type { caseMeasuresVi } from './measures.i18n.ts';

export const caseMeasuresEn: typeof caseMeasuresVi = {
  title: 'Case measures',
  subtitle: 'From {{from}} to {{to}}; overdue figures as of {{today}}',
  from: 'From',
  to: 'To',
  unit: 'Unit',
  procedure: 'Procedure',
  allUnits: 'All units you may see',
  allProcedures: 'All procedures',
  xlsx: 'Download Excel',
  total: 'Total',
  byUnit: 'By unit',
  byProcedure: 'By procedure',
  monthly: 'Month by month',
  monthlyChart: 'Bars: cases started and finished each month; line: share of cases finished on time.',
  unitChart: 'Bars: cases started and finished by each unit in the period.',
  started: 'Started',
  finished: 'Finished',
  onTime: 'On-time rate',
  month: 'Month',
  code: 'Code',
  noData: 'No figures in the period',
  chartEmpty: 'No data in this period — choose another period, unit or procedure',
  of: '{{part}}/{{whole}}',
  helpTitle: 'How the figures are counted',
  help: {
    period:
      'The period includes its first and last days; by default from 1 January of this year to today, or the whole of the latest year with figures when this year has none yet; the period shown is stated at the top. Cancelled cases are not counted.',
    counts: 'Cases started: start date in the period. Cases finished: closing date in the period.',
    onTime:
      'On-time rate = cases finished in the period none of whose steps was late / cases finished in the period.',
    caseDays:
      "Average working days per case: the average of the working days from start to closing of the cases finished in the period, in the agency calendar's working days.",
    steps:
      "Step on-time rate and average working days per step: over the steps done in the period, in the agency calendar's working days (weekends and holidays excluded).",
    overdue: 'Overdue now: steps not yet done whose due date has passed as of today, whatever the period.',
    file: 'File opened at start: of the cases started in the period, the share whose file was opened the day the work started.',
    leftOpen: 'Files left open after the work: cases finished in the period whose file is still open.',
  },
};
