import type { papersVi } from './papers.i18n.ts';

export const papersEn: typeof papersVi = {
  docx: 'Report as Word (DOCX)',
  pdf: 'Report as PDF',
  hint: 'The report in the official layout of Decree 30/2020: number and code, recipients and signature block; the number is left blank for the clerk to fill when registering it.',
};
