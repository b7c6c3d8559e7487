/** Texts of this module; vi.ts and en.ts include them under "catalogue". */
export const catalogueVi = {
  title: 'Danh mục hồ sơ',
};

export const catalogueEn: typeof catalogueVi = {
  title: 'Records catalogues',
};
