/** The period a report shows, said above its figures; vi.ts and en.ts include it under "reportPeriod". */
export const reportPeriodVi = {
  label: 'Kỳ báo cáo: {{from}} – {{to}}',
};
