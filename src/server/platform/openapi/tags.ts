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
  notifications: {
    name: 'Thông báo / Notifications',
    description:
      'Thông báo của người đang đăng nhập, đã đọc/chưa đọc, lựa chọn nhận thông báo — One’s notifications, read state, choices.',
  },
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
  nonconformities: {
    name: 'Sự không phù hợp / Nonconformities',
    description:
      'Sự không phù hợp và hành động khắc phục (ISO 9001 mục 8.7, 10.2): nguyên nhân, kế hoạch, thực hiện, xác nhận hiệu quả — Nonconformities and corrective actions.',
  },
  risks: {
    name: 'Rủi ro và cơ hội / Risks and opportunities',
    description:
      'Sổ rủi ro và cơ hội của các đơn vị (ISO 9001 mục 6.1): đánh giá khả năng xảy ra và mức độ ảnh hưởng, hành động xử lý có người phụ trách và thời hạn, đánh giá hiệu quả khi đóng — The risk and opportunity register: assessment, treatment with owner and deadline, review of effectiveness at closing.',
  },
  objectives: {
    name: 'Mục tiêu chất lượng / Quality objectives',
    description:
      'Mục tiêu chất lượng của cơ quan và các đơn vị theo năm (ISO 9001 mục 6.2, 9.1): chỉ số, chỉ tiêu, giá trị theo kỳ (tính từ dữ liệu hoặc nhập có bằng chứng), kế hoạch thực hiện — Quality objectives per year: indicators, targets, values per period, plan.',
  },
  steering: {
    name: 'Ban chỉ đạo ISO / Steering committee',
    description:
      'Ban chỉ đạo ISO và xem xét của lãnh đạo (ISO 9001 mục 9.3): thành viên, cuộc họp, giấy mời, biên bản, thông báo kết luận, chỉ đạo giao đơn vị theo dõi đến khi hoàn thành — The ISO steering committee and management review: members, meetings, invitations, minutes, conclusions, directives tracked to done.',
  },
  internalAudits: {
    name: 'Đánh giá nội bộ / Internal audit',
    description:
      'Đánh giá nội bộ (ISO 9001 mục 9.2): chương trình năm, đợt đánh giá, đoàn đánh giá, lịch, đánh giá chéo, tính độc lập — Internal audit: yearly programme, rounds, teams, schedule, cross-audits, independence.',
  },
  steeringReports: {
    name: 'Ban chỉ đạo ISO: báo cáo / Steering committee: reports',
    description:
      'Báo cáo đầu vào xem xét của lãnh đạo (ISO 9001 mục 9.3.2), báo cáo năm (Phụ lục II QĐ 19/2014), công bố HTQLCL (Phụ lục I), hồ sơ phục vụ kiểm tra (Điều 36 TT 26/2014), mốc thời hạn theo quy định — Review input pack, annual report, declaration of conformity, inspection evidence pack, statutory clock.',
  },
} as const;
