/** Texts of this module; vi.ts and en.ts include them under "recordFiles". */
export const recordFilesVi = {
  title: 'Hồ sơ',
};

export const recordFilesEn: typeof recordFilesVi = {
  title: 'Files',
};
