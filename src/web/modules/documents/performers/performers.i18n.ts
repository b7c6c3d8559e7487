/** Texts of step performers (procedure editor, view, case page); vi.ts and en.ts include them under "performers". */
export const performersVi = {
  unit: 'Đơn vị thực hiện',
  caseUnit: 'Đơn vị xử lý công việc',
  caseUnitHelp: 'Để trống: bước do chính đơn vị xử lý công việc thực hiện.',
  role: 'Vai trò',
  position: 'Chức vụ',
  anyRole: 'Bất kỳ ai trong đơn vị',
  note: 'Ghi chú người thực hiện',
  notePlaceholder: 'Ví dụ: Bộ phận Một cửa, chuyên viên phụ trách',
  legend: 'Người thực hiện',
};
