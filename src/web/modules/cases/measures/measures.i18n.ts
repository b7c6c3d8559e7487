/** Texts of this module; vi.ts and en.ts include them under "caseMeasures". */
export const caseMeasuresVi = {
  title: 'Đo lường xử lý công việc',
};

export const caseMeasuresEn: typeof caseMeasuresVi = {
  title: 'Case measures',
};
