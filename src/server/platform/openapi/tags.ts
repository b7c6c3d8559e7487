/** One tag per module, bilingual, in the order the documentation lists them. */
export const TAGS = {
  system: { name: 'Hệ thống / System', description: 'Tình trạng máy chủ — Server health.' },
  auth: {
    name: 'Đăng nhập / Sign-in',
    description: 'Phiên đăng nhập, mật khẩu, mã truy cập API — Sessions, passwords, API tokens.',
  },
  org: {
    name: 'Tổ chức / Organisation',
    description:
      'Cơ quan, đơn vị, chức vụ, người dùng, phân quyền — Agencies, units, positions, people, grants.',
  },
  audit: {
    name: 'Nhật ký / Audit trail',
    description: 'Nhật ký thao tác có chuỗi băm — Hash-chained audit trail.',
  },
  calendar: {
    name: 'Lịch làm việc / Working calendar',
    description: 'Ngày làm việc, ngày nghỉ, tính hạn — Working days, holidays, deadlines.',
  },
  home: { name: 'Trang chủ / Home', description: 'Số liệu trang chủ — Home page figures.' },
  documents: {
    name: 'Tài liệu / Documents',
    description:
      'Kiểm soát tài liệu (ISO 9001 mục 7.5): đề nghị, soạn thảo, xem xét, phê duyệt, ban hành, phân phối — Document control: change requests, drafts, review, approval, issue, distribution.',
  },
  reports: { name: 'Báo cáo / Reports', description: 'Báo cáo và đo lường — Reports and measures.' },
  catalogue: {
    name: 'Danh mục hồ sơ / Records catalogue',
    description: 'Danh mục hồ sơ hằng năm (Nghị định 30/2020) — Yearly records catalogue.',
  },
  files: {
    name: 'Hồ sơ / Record files',
    description: 'Lập hồ sơ, kết thúc, nộp lưu — Opening, closing and transferring record files.',
  },
  cases: {
    name: 'Xử lý công việc / Work cases',
    description:
      'Công việc chạy theo quy trình: các bước, người thực hiện, thời hạn — Work cases run by a procedure.',
  },
} as const;
