/** Texts of this module; vi.ts and en.ts include them under "cases". */
export const casesVi = {
  title: 'Hồ sơ công việc',
};

export const casesEn: typeof casesVi = {
  title: 'Work cases',
};
