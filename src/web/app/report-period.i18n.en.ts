import type { reportPeriodVi } from './report-period.i18n.ts';

export const reportPeriodEn: typeof reportPeriodVi = {
  label: 'Period: {{from}} – {{to}}',
};
